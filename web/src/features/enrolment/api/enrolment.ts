/** Enrolment API: batches, participants, decisions, branch files, cards. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUpload, apiUrl } from '../../../lib/api-client.ts';
import type { BatchOut, ParticipantOut } from '../../../../../src/enrolment/schemas.ts';

export type Batch = BatchOut;
export type Participant = ParticipantOut;
export type BatchDetail = Batch & { participants: Participant[] };
export interface Eligible { id: number; nik: string; fullName: string; unitId: number; unitCode: string; unitName: string; previouslyRejected: boolean }
interface Side { nik: string | null; kpj: string | null; fullName: string; birthDate: string | null; unitName?: string; row?: number }
export interface Reconciliation { matching: { lindung: Side; branch: Side }[]; differing: { lindung: Side; branch: Side; fields: string[] }[]; onlyInLindung: Side[]; onlyInBranch: Side[] }

export function useBatches(agreementId: number | null) {
  return useQuery({ queryKey: ['batches', agreementId], queryFn: () => api<{ items: Batch[] }>('/enrolment/batches', { query: { agreementId } }), select: (d) => d.items, enabled: !!agreementId });
}
export function useBatch(id: number) {
  return useQuery({ queryKey: ['batch', id], queryFn: () => api<BatchDetail>(`/enrolment/batches/${id}`) });
}
export function useEligible(agreementId: number | null) {
  return useQuery({ queryKey: ['eligible', agreementId], queryFn: () => api<{ items: Eligible[] }>('/enrolment/eligible', { query: { agreementId } }), select: (d) => d.items, enabled: !!agreementId });
}
export function useParticipants(agreementId: number | null, q: string, page: number) {
  return useQuery({ queryKey: ['participants', agreementId, q, page], queryFn: () => api<{ items: Participant[]; total: number }>('/enrolment/participants', { query: { agreementId, q, page, pageSize: 50 } }), enabled: !!agreementId });
}

export function useEnrolmentAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { path: string; method?: 'POST' | 'DELETE'; body?: unknown }) => api<unknown>(a.path, { method: a.method ?? 'POST', ...(a.body !== undefined ? { body: a.body } : {}) }),
    onSuccess: () => {
      for (const key of ['batch', 'batches', 'participants', 'eligible']) void qc.invalidateQueries({ queryKey: [key] });
    },
  });
}

export const uploadNumbers = (file: File, agreementId: number) => apiUpload<{ rows: number; assigned: number; unchanged: number }>('/enrolment/numbers', file, { agreementId });
export const uploadReconcile = (file: File, agreementId: number) => apiUpload<Reconciliation>('/enrolment/reconcile', file, { agreementId });
export const batchExportUrl = (id: number) => apiUrl(`/enrolment/batches/${id}/export.xlsx`);
export const cardUrl = (participantId: number) => apiUrl(`/enrolment/participants/${participantId}/card.pdf`);
export const batchCardsUrl = (batchId: number) => apiUrl('/enrolment/cards.pdf', { batchId });
