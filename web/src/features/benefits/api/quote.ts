import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { DisabilityRow, Quote, QuoteRequest } from './types.ts';

/** POST /benefits/quote: every item of Pasal 7 for the request, from the terms in force on the incident date. */
export function useQuote() {
  return useMutation({ mutationFn: (request: QuoteRequest) => api<Quote>('/benefits/quote', { method: 'POST', body: request }) });
}

/** The quote of a request, refetched when the request changes (null = nothing to ask yet). */
export function useLiveQuote(request: QuoteRequest | null) {
  return useQuery({
    queryKey: ['benefits', 'quote', request],
    queryFn: () => api<Quote>('/benefits/quote', { method: 'POST', body: request }),
    enabled: request !== null,
    retry: false,
    staleTime: 60_000,
  });
}

/** The disability table (code, label, percent, source, confirmed or not): static data, fetched once. */
export function useDisabilityTable() {
  return useQuery({
    queryKey: ['benefits', 'table'],
    queryFn: () => api<{ items: DisabilityRow[] }>('/benefits/table'),
    select: (data) => data.items,
    staleTime: Infinity,
  });
}
