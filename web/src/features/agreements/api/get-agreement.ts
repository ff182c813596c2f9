import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { AgreementOut } from './types.ts';

export const agreementKey = (id: number) => ['agreements', 'detail', id] as const;

export function useAgreement(id: number) {
  return useQuery({
    queryKey: agreementKey(id),
    queryFn: () => api<AgreementOut>(`/agreements/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });
}
