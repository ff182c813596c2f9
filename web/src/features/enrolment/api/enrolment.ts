/** Enrolment API: batches, eligible employees, participants, decisions, branch files, cards. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUpload, apiUrl } from '../../../lib/api-client.ts';
import type { BatchOut, ParticipantOut } from '../../../../../src/enrolment/schemas.ts';

export type Batch = BatchOut;
export type Participant = ParticipantOut;
export type ParticipantStatus = Participant['status'];
export type BatchDetail = Batch & { participants: Participant[] };
export interface ParticipantEvent {
  id: number;
  at: string;
  actor: string;
  actorName?: string;
  fromStatus: string | null;
  toStatus: string;
  note: string | null;
}
export type ParticipantDetail = Participant & { events: ParticipantEvent[] };
export interface Eligible {
  id: number;
  nik: string;
  fullName: string;
  unitId: number;
  unitCode: string;
  unitName: string;
  previouslyRejected: boolean;
}
export interface UnitOption {
  id: number;
  code: string;
  name: string;
}

export interface LindungSide {
  nik: string;
  kpj: string | null;
  fullName: string;
  birthDate: string;
  unitName: string;
}
export interface BranchSide {
  row: number;
  nik: string | null;
  kpj: string | null;
  fullName: string;
  birthDate: string | null;
}
export type ReconcileField = 'fullName' | 'birthDate' | 'kpj';
export interface FileIssue {
  row: number;
  column: string;
  message: string;
}
export interface Reconciliation {
  matching: { lindung: LindungSide; branch: BranchSide }[];
  /** `details`: the differing fields in words, Lindung's value first ("KPJ berbeda: … ≠ …"). */
  differing: { lindung: LindungSide; branch: BranchSide; fields: ReconcileField[]; details?: string[] }[];
  onlyInLindung: LindungSide[];
  onlyInBranch: BranchSide[];
  unreadable: FileIssue[];
}
export interface NumbersResult {
  rows: number;
  assigned: number;
  unchanged: number;
}

export const PARTICIPANT_STATUSES = ['draft', 'submitted', 'registered', 'rejected'] as const satisfies readonly ParticipantStatus[];
export const PAGE_SIZE = 25;

export function useBatches(agreementId: number | null) {
  return useQuery({
    queryKey: ['batches', agreementId],
    queryFn: () => api<{ items: Batch[] }>('/enrolment/batches', { query: { agreementId } }),
    select: (d) => d.items,
    enabled: !!agreementId,
  });
}

export function useBatch(id: number) {
  return useQuery({ queryKey: ['batch', id], queryFn: () => api<BatchDetail>(`/enrolment/batches/${id}`) });
}

export function useEligible(agreementId: number, unitId: number | null) {
  return useQuery({
    queryKey: ['eligible', agreementId, unitId],
    queryFn: () => api<{ items: Eligible[] }>('/enrolment/eligible', { query: { agreementId, unitId } }),
    select: (d) => d.items,
    placeholderData: keepPreviousData,
  });
}

export function useUnitOptions(agreementId: number) {
  return useQuery({
    queryKey: ['units', agreementId],
    queryFn: () => api<{ items: UnitOption[] }>('/units', { query: { agreementId } }),
    select: (d) => d.items,
  });
}

export interface ParticipantFilter {
  q: string;
  status: ParticipantStatus | null;
  page: number;
}

export function useParticipants(agreementId: number, filter: ParticipantFilter) {
  return useQuery({
    queryKey: ['participants', agreementId, filter],
    queryFn: () =>
      api<{ items: Participant[]; total: number }>('/enrolment/participants', {
        query: { agreementId, q: filter.q, status: filter.status, page: filter.page, pageSize: PAGE_SIZE },
      }),
    placeholderData: keepPreviousData,
  });
}

export function useParticipant(id: number | null) {
  return useQuery({ queryKey: ['participant', id], queryFn: () => api<ParticipantDetail>(`/enrolment/participants/${id}`), enabled: !!id });
}

/** Every write of enrolment; afterwards every enrolment list is fetched again. */
export function useEnrolmentAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { path: string; method?: 'POST' | 'DELETE'; body?: unknown }) =>
      api<unknown>(a.path, { method: a.method ?? 'POST', ...(a.body !== undefined ? { body: a.body } : {}) }),
    onSuccess: () => invalidateEnrolment(qc),
  });
}

export function invalidateEnrolment(qc: ReturnType<typeof useQueryClient>): void {
  for (const key of ['batch', 'batches', 'participants', 'participant', 'eligible']) void qc.invalidateQueries({ queryKey: [key] });
}

export const uploadNumbers = (file: File, agreementId: number) => apiUpload<NumbersResult>('/enrolment/numbers', file, { agreementId });
export const uploadReconcile = (file: File, agreementId: number) => apiUpload<Reconciliation>('/enrolment/reconcile', file, { agreementId });
export const batchExportUrl = (id: number) => apiUrl(`/enrolment/batches/${id}/export.xlsx`);
export const cardUrl = (participantId: number) => apiUrl(`/enrolment/participants/${participantId}/card.pdf`);
export const batchCardsUrl = (batchId: number) => apiUrl('/enrolment/cards.pdf', { batchId });
