import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Unit } from './types.ts';

/** Work units the user may see (an operator: only its own). */
export function useUnits(agreementId?: number) {
  return useQuery({
    queryKey: ['units', agreementId ?? null],
    queryFn: () => api<{ items: Unit[] }>('/units', { query: { agreementId } }),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}

export const unitLabel = (u: Pick<Unit, 'code' | 'name'>) => `${u.code} — ${u.name}`;
