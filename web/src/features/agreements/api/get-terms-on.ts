import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { TermsOn } from './types.ts';

export function useTermsOn(agreementId: number, date: string | null) {
  return useQuery({
    queryKey: ['agreements', 'terms-on', agreementId, date],
    queryFn: () => api<TermsOn>(`/agreements/${agreementId}/terms`, { query: { date } }),
    enabled: !!date,
  });
}
