/** Shapes of the claims API (src/claims/service.ts). */
import type { ChildSchedule, DisabilityPart } from '../../benefits/index.ts';

export type ClaimStatus = 'submitted' | 'verified' | 'approved' | 'paid' | 'rejected';
export type ClaimProgram = 'JKK' | 'JKM';
export type ClaimOutcome = 'recovered' | 'partial_anatomical' | 'partial_functional' | 'total_permanent' | 'death';

export interface ClaimRow {
  /** The claim's document number (KLM/2026/00001); null only for a claim filed before numbering. */
  number: string | null;
  id: number;
  program: ClaimProgram;
  outcome: ClaimOutcome;
  incidentDate: string;
  status: ClaimStatus;
  approvedTotal: number | null;
  fullName: string;
  nik: string;
}

export interface ClaimDeadline {
  code: string;
  label: string;
  due: string;
  /** The due moment with its time (office zone, 'YYYY-MM-DDTHH:MM') when the clock runs by the hour. */
  dueAt: string | null;
  doneOn: string | null;
  status: 'open' | 'on_time' | 'late' | 'missed';
  consequence: string | null;
  basis: string;
  /** BPJS's late-payment penalty owed to the participant (PP 44/2015 Pasal 37). */
  penalty?: { daysLate: number; amount: number; formula: string; basis: string } | null;
}
export interface ChecklistItem { code: string; label: string; required: boolean; uploaded: boolean }
export interface ClaimDocument { id: number; code: string; name: string; size: number; uploadedAt: string; uploadedBy: string }
export interface ClaimItem {
  code: string;
  label: string;
  amount: number;
  computed: number;
  cap: number | null;
  formula: string;
  basis: string;
  adjustment: { amount: number; reason: string } | null;
}
export interface ClaimPayment { id: number; paidOn: string; amount: number; reference: string; note: string }
export interface ClaimEvent { at: string; actor: string; actorName?: string; from: ClaimStatus | null; to: ClaimStatus; note: string | null }

export interface Claim {
  id: number;
  number: string | null;
  agreementId: number;
  employeeId: number;
  fullName: string;
  nik: string;
  program: ClaimProgram;
  outcome: ClaimOutcome;
  incidentDate: string;
  incidentTime: string;
  place: string;
  chronology: string;
  reporter: string;
  status: ClaimStatus;
  statusLabel: string;
  rejectionReason: string | null;
  deadlines: ClaimDeadline[];
  checklist: ChecklistItem[];
  documents: ClaimDocument[];
  items: ClaimItem[];
  total: number;
  totalInWords: string;
  computedFinal: boolean;
  /** The wage the benefits were computed on, and the detail of the quote. */
  wage: number | null;
  disabilityParts: DisabilityPart[];
  scholarshipSchedule: ChildSchedule[];
  notes: string[];
  warnings: string[];
  approvedTotal: number | null;
  payments: ClaimPayment[];
  paid: number;
  outstanding: number;
  timeline: ClaimEvent[];
}
