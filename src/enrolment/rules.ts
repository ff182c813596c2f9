/**
 * Pure rules of enrolment (PKS Pasal 3): the participant number format, which state changes are
 * allowed, whether a participant is enrolled on a date, and the reconciliation of Lindung's
 * participants against the branch's list.
 */
import type { ParticipantStatus } from '../db/schema.ts';
import { formatDateId } from '../core/dates.ts';

/**
 * KPJ (Kartu Peserta Jamsostek), the BPJS Ketenagakerjaan participant number: exactly 11 digits,
 * leading zeros kept, stored as text. Source: two independent public validators (reference
 * regulation.md §5.2, weak); no check digit is known, so none is checked.
 */
export const KPJ_PATTERN = /^\d{11}$/;
export const KPJ_RULE = 'Nomor peserta (KPJ) harus tepat 11 digit angka';

export function isValidKpj(kpj: string): boolean {
  return KPJ_PATTERN.test(kpj);
}

/** The transitions a participant may make, and who drives them. */
export const TRANSITIONS: Record<ParticipantStatus, readonly ParticipantStatus[]> = {
  draft: ['submitted'],
  submitted: ['registered', 'rejected'],
  registered: [],
  rejected: ['draft'],
};

export function canMove(from: ParticipantStatus, to: ParticipantStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export const STATUS_LABEL: Record<ParticipantStatus, string> = {
  draft: 'draf',
  submitted: 'diajukan',
  registered: 'terdaftar',
  rejected: 'ditolak',
};

export interface EnrolmentDates {
  status: ParticipantStatus;
  registeredOn: string | null;
  /** First day without coverage. */
  deactivatedOn: string | null;
}

/** Registered, registration in effect on `date`, and not deactivated on or before it. */
export function isEnrolledOn(p: EnrolmentDates, date: string): boolean {
  if (p.status !== 'registered' || !p.registeredOn) return false;
  if (date < p.registeredOn) return false;
  return !(p.deactivatedOn && date >= p.deactivatedOn);
}

// ---- Reconciliation ----

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

export interface Reconciliation {
  matching: { lindung: LindungSide; branch: BranchSide }[];
  /** `details`: one sentence per differing field, Lindung's value first ("KPJ berbeda: 22222222222 ≠ 22222222223"). */
  differing: { lindung: LindungSide; branch: BranchSide; fields: ('fullName' | 'birthDate' | 'kpj')[]; details: string[] }[];
  onlyInLindung: LindungSide[];
  onlyInBranch: BranchSide[];
}

/** Names compare without case, punctuation or repeated spaces ("LA ODE  BUDI" = "La Ode Budi"). */
export const normaliseName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Matches the two lists by NIK, then by KPJ. A pair whose name, birth date or KPJ differ goes to
 * `differing` (side by side); the rest of each list is "only on one side".
 */
export function reconcile(lindung: readonly LindungSide[], branch: readonly BranchSide[]): Reconciliation {
  const byNik = new Map(lindung.filter((l) => l.nik).map((l) => [l.nik, l]));
  const byKpj = new Map(lindung.filter((l) => l.kpj).map((l) => [l.kpj!, l]));
  const used = new Set<LindungSide>();
  const result: Reconciliation = { matching: [], differing: [], onlyInLindung: [], onlyInBranch: [] };
  for (const b of branch) {
    const l = (b.nik ? byNik.get(b.nik) : undefined) ?? (b.kpj ? byKpj.get(b.kpj) : undefined);
    if (!l || used.has(l)) {
      result.onlyInBranch.push(b);
      continue;
    }
    used.add(l);
    const fields: ('fullName' | 'birthDate' | 'kpj')[] = [];
    if (normaliseName(l.fullName) !== normaliseName(b.fullName)) fields.push('fullName');
    if (b.birthDate && b.birthDate !== l.birthDate) fields.push('birthDate');
    if (b.kpj && l.kpj && b.kpj !== l.kpj) fields.push('kpj');
    const details = fields.map((f) =>
      f === 'fullName'
        ? `Nama berbeda: "${l.fullName}" ≠ "${b.fullName}"`
        : f === 'birthDate'
          ? `Tanggal lahir berbeda: ${formatDateId(l.birthDate)} ≠ ${formatDateId(b.birthDate!)}`
          : `KPJ berbeda: ${l.kpj!} ≠ ${b.kpj!}`,
    );
    if (fields.length) result.differing.push({ lindung: l, branch: b, fields, details });
    else result.matching.push({ lindung: l, branch: b });
  }
  result.onlyInLindung = lindung.filter((l) => !used.has(l));
  return result;
}
