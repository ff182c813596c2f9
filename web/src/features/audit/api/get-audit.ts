import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  actorUserId: number | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export function useAudit(page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: ['audit', page],
    queryFn: () => api<{ items: AuditEntry[]; total: number }>('/audit', { query: page }),
    placeholderData: keepPreviousData,
  });
}
