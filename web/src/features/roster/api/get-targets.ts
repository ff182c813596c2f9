import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { AgreementSummary } from '../../../../../src/agreements/schemas.ts';

/** Agreements an admin may import into (rows then name their unit by "Kode Unit"). */
export function useImportAgreements(enabled: boolean) {
  return useQuery({
    queryKey: ['agreements', 'list', {}],
    queryFn: () => api<{ items: AgreementSummary[] }>('/agreements'),
    select: (data) => data.items.filter((a) => a.status !== 'terminated'),
    enabled,
  });
}
