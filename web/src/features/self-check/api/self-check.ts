/** "Cek perlindungan saya": the public check (no sign-in) and the link to one's own card. */
import { useMutation } from '@tanstack/react-query';
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
