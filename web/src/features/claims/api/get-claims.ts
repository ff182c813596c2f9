import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Claim, ClaimRow, ClaimStatus } from './types.ts';

export interface ClaimsFilter {
  status?: ClaimStatus | undefined;
  employeeId?: number | undefined;
}

export const claimsKey = (filter: ClaimsFilter = {}) => ['claims', 'list', filter] as const;
export const claimKey = (id: number) => ['claims', 'one', id] as const;

export function useClaims(filter: ClaimsFilter) {
  return useQuery({
    queryKey: claimsKey(filter),
    queryFn: () => api<{ items: ClaimRow[] }>('/claims', { query: { status: filter.status, employeeId: filter.employeeId } }),
    select: (data) => data.items,
    placeholderData: keepPreviousData,
  });
}

export function useClaim(id: number) {
  return useQuery({ queryKey: claimKey(id), queryFn: () => api<Claim>(`/claims/${id}`) });
}
