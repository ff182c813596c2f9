/** Writes on one claim. Each answers with the whole claim, which replaces the cached one; the lists refresh. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { readFileAsBase64 } from '../../../lib/files.ts';
import { claimKey } from './get-claims.ts';
import type { Claim } from './types.ts';

export interface Adjustment {
  code: string;
  amount: number;
  reason: string;
}
export interface ClaimPaymentInput {
  amount: number;
  paidOn: string;
  reference: string;
  note: string;
}

function useClaimWrite<Input>(id: number, path: string, body: (input: Input) => Promise<unknown> | unknown) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => api<Claim>(`/claims/${id}/${path}`, { method: 'POST', body: await body(input) }),
    onSuccess: (claim) => {
      queryClient.setQueryData(claimKey(id), claim);
      void queryClient.invalidateQueries({ queryKey: ['claims', 'list'] });
    },
  });
}

/** BPJS: the required documents are complete. */
export const useVerifyClaim = (id: number) => useClaimWrite<void>(id, 'verify', () => ({}));

/** BPJS: approve the computed benefits, some items adjusted with a written reason. */
export const useApproveClaim = (id: number) => useClaimWrite<Adjustment[]>(id, 'approve', (adjustments) => ({ adjustments }));

/** BPJS: reject with a reason. */
export const useRejectClaim = (id: number) => useClaimWrite<string>(id, 'reject', (reason) => ({ reason }));

/** BPJS: a payment (the whole, or an STMB installment). */
export const useRecordClaimPayment = (id: number) => useClaimWrite<ClaimPaymentInput>(id, 'payments', (input) => input);

/** Filer: one document of the checklist, sent as base64 JSON. */
export const useUploadClaimDocument = (id: number) =>
  useClaimWrite<{ code: string; file: File }>(id, 'documents', async ({ code, file }) => ({
    code,
    name: file.name,
    mime: file.type || 'application/octet-stream',
    contentBase64: await readFileAsBase64(file),
  }));
