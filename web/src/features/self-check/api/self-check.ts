/** "Cek perlindungan saya": the public check (no sign-in) and the link to one's own card. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, apiUrl } from '../../../lib/api-client.ts';
import type { SelfCheckAnswer } from '../../../../../src/self-check/schemas.ts';

export type { SelfCheckAnswer };

export interface SelfCheckQuestion {
  nik: string;
  birthDate: string;
  kpjLast4: string;
}

export function useSelfCheck() {
  return useMutation({ mutationFn: (q: SelfCheckQuestion) => api<SelfCheckAnswer>('/self-check', { method: 'POST', body: q }) });
}

export const ownCardUrl = (token: string) => apiUrl('/self-check/card.pdf', { token });

type LogRow = { id: number; at: string; ip: string; nikMasked: string; outcome: 'found' | 'no_match' | 'invalid' | 'limited'; outcomeLabel: string };

/** The public lookups (admin: its government's employees; system administrator: all). */
export function useSelfCheckLog() {
  return useQuery({
    queryKey: ['self-check', 'log'],
    queryFn: () => api<{ items: LogRow[] }>('/self-check/log', { query: { limit: 500 } }),
    select: (d) => d.items,
  });
}
