import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { TermsFieldsCatalogue } from './types.ts';

/** Labels and kinds of every cited term, and the regulation defaults. They never change at run time. */
export function useTermsFields() {
  return useQuery({
    queryKey: ['agreements', 'terms-fields'],
    queryFn: () => api<TermsFieldsCatalogue>('/agreements/terms-fields'),
    staleTime: Infinity,
  });
}
