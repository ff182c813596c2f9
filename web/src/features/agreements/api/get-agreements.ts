import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { AgreementStatus, AgreementSummary } from './types.ts';

export interface AgreementsFilter {
  q?: string;
  status?: AgreementStatus;
}

export const agreementsKey = (filter: AgreementsFilter = {}) => ['agreements', 'list', filter] as const;

export function useAgreements(filter: AgreementsFilter) {
  return useQuery({
    queryKey: agreementsKey(filter),
    queryFn: () => api<{ items: AgreementSummary[] }>('/agreements', { query: { q: filter.q, status: filter.status } }),
    select: (data) => data.items,
    placeholderData: keepPreviousData,
  });
}
