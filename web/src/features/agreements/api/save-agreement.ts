/** Writes on agreements: create, edit, record an addendum, terminate. Each refreshes the cached data. */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { agreementKey } from './get-agreement.ts';
import type { AgreementOut, TermsChangeInput } from './types.ts';

export interface PartyInput {
  institution: string;
  address: string;
  signatory: string;
  position: string;
}

export interface AgreementInput {
  title: string;
  numberPartyOne: string;
  numberPartyTwo: string;
  signedOn: string | null;
  place: string;
  durationMonths: number;
  partyOne: PartyInput;
  partyTwo: PartyInput;
  purpose: string[];
  scope: string[];
  legalBases: string[];
  termsChanges?: TermsChangeInput[];
}

export interface AmendmentInput {
  kind: 'adendum' | 'amandemen';
  number: string;
  signedOn: string;
  effectiveFrom: string;
  summary: string;
  termsChanges: TermsChangeInput[];
  durationMonths?: number;
  document?: { name: string; mime: string; contentBase64: string };
}

export interface TerminateInput {
  terminatedOn: string;
  reason: string;
}

function refresh(queryClient: QueryClient, agreement: AgreementOut): void {
  queryClient.setQueryData(agreementKey(agreement.id), agreement);
  void queryClient.invalidateQueries({ queryKey: ['agreements'] });
}

export function useCreateAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AgreementInput) => api<AgreementOut>('/agreements', { method: 'POST', body: input }),
    onSuccess: (agreement) => refresh(queryClient, agreement),
  });
}

export function useUpdateAgreement(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<AgreementInput>) => api<AgreementOut>(`/agreements/${id}`, { method: 'PATCH', body: input }),
    onSuccess: (agreement) => refresh(queryClient, agreement),
  });
}

export function useAddAmendment(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AmendmentInput) => api<AgreementOut>(`/agreements/${id}/amendments`, { method: 'POST', body: input }),
    onSuccess: (agreement) => refresh(queryClient, agreement),
  });
}

export interface RenewInput {
  numberPartyOne: string;
  numberPartyTwo: string;
  signedOn: string | null;
  startsOn?: string;
  durationMonths?: number;
}

export interface RenewalOut {
  agreement: AgreementOut;
  carriedOver: number | null;
  warnings: string[];
}

/** "Perpanjang": POST /agreements/:id/renew; refreshes both agreements. */
export function useRenewAgreement(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RenewInput) => api<RenewalOut>(`/agreements/${id}/renew`, { method: 'POST', body: input }),
    onSuccess: (r) => {
      refresh(queryClient, r.agreement);
      void queryClient.invalidateQueries({ queryKey: agreementKey(id) });
    },
  });
}

export function useTerminateAgreement(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TerminateInput) => api<AgreementOut>(`/agreements/${id}/terminate`, { method: 'POST', body: input }),
    onSuccess: (agreement) => refresh(queryClient, agreement),
  });
}
