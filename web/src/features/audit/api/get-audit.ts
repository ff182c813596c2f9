import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export interface Label {
  id: string;
  en: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  actorName: string | null;
  actorUserId: number | null;
  action: string;
  actionLabel: Label;
  entityType: string;
  entityLabel: Label;
  entityId: string;
  before: unknown;
  after: unknown;
  changes: { field: string; label: { id: string; en: string }; before: string | null; after: string | null }[];
}

export interface AuditFilters {
  actorUserId?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export function useAudit(page: { limit: number; offset: number }, filters: AuditFilters = {}) {
  return useQuery({
    queryKey: ['audit', page, filters],
    queryFn: () => api<{ items: AuditEntry[]; total: number }>('/audit', { query: { ...page, ...filters } }),
    placeholderData: keepPreviousData,
  });
}

export function useAuditLabels() {
  return useQuery({
    queryKey: ['audit', 'labels'],
    queryFn: () => api<{ actions: Record<string, Label>; entities: Record<string, Label> }>('/audit/labels'),
    staleTime: Infinity,
  });
}
