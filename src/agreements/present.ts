/** Turns stored rows into the API's agreement shapes. */
import type { AgreementOut, AgreementSummary } from './schemas.ts';
import { agreementStatus, daysRemaining, renewalDue, reportedWage, termsVersionOn, validFrom, validUntil, type AgreementDates } from './rules.ts';
import { diffTerms, parseTerms } from './terms-fields.ts';
import { addDays } from '../core/dates.ts';
import type { Terms } from './terms.ts';
import type { AgreementRecord } from './repo.ts';

export interface VersionRow {
  id: number;
  effective_from: string;
  amendment_id: number | null;
  terms_json: string;
}

export interface AmendmentRow {
  id: number;
  kind: 'adendum' | 'amandemen';
  number: string;
  signed_on: string;
  effective_from: string;
  summary: string;
  created_at: string;
  document_file_id: number | null;
  file_name: string | null;
  file_mime: string | null;
  file_size: number | null;
}

/** An agreement row's validity facts (any row carrying these four columns). */
export function datesOf(a: Pick<AgreementRecord, 'signed_on' | 'duration_months' | 'terminated_on' | 'starts_on'>): AgreementDates {
  return { signedOn: a.signed_on, durationMonths: a.duration_months, terminatedOn: a.terminated_on, startsOn: a.starts_on };
}

export type PresentedVersion = AgreementOut['termsVersions'][number];

/** Versions in order, each with its end date and what changed from the one before. */
export function presentVersions(rows: readonly VersionRow[]): PresentedVersion[] {
  const parsed = rows.map((r) => ({ row: r, terms: parseTerms(JSON.parse(r.terms_json)) as Terms }));
  return parsed.map(({ row, terms }, i) => {
    const next = parsed[i + 1];
    const prev = parsed[i - 1];
    return {
      id: row.id,
      effectiveFrom: row.effective_from,
      effectiveUntil: next ? addDays(next.row.effective_from, -1) : null,
      amendmentId: row.amendment_id,
      terms,
      changes: prev ? diffTerms(prev.terms, terms) : [],
    };
  });
}

export function presentSummary(a: AgreementRecord, versions: readonly PresentedVersion[], today: string, successorId: number | null = null): AgreementSummary {
  const dates = datesOf(a);
  const current = versions.length ? termsVersionOn(versions, today) : null;
  return {
    id: a.id,
    title: a.title,
    numberPartyOne: a.number_party_one,
    numberPartyTwo: a.number_party_two,
    partyOne: a.party_one_name,
    partyTwo: a.party_two_name,
    signedOn: a.signed_on,
    validFrom: validFrom(dates),
    validUntil: validUntil(dates),
    status: agreementStatus(dates, today),
    daysRemaining: daysRemaining(dates, today),
    predecessorId: a.predecessor_id,
    successorId,
    renewalDue: successorId === null && renewalDue(dates, today),
    reportedWage: current ? reportedWage(current.terms) : null,
  };
}

export function presentAgreement(
  a: AgreementRecord,
  versions: readonly PresentedVersion[],
  amendments: readonly AmendmentRow[],
  today: string,
  successor: { id: number; number: string } | null = null,
  predecessorNumber: string | null = null,
): AgreementOut {
  const current = versions.length ? termsVersionOn(versions, today) : null;
  return {
    ...presentSummary(a, versions, today, successor?.id ?? null),
    predecessorNumber: a.predecessor_id ? predecessorNumber : null,
    successorNumber: successor?.number ?? null,
    place: a.place,
    durationMonths: a.duration_months,
    startsOn: a.starts_on,
    parties: {
      one: {
        institutionId: a.party_one_institution_id,
        institution: a.party_one_name,
        address: a.party_one_address,
        signatory: a.party_one_signatory,
        position: a.party_one_position,
      },
      two: {
        institutionId: a.party_two_institution_id,
        institution: a.party_two_name,
        address: a.party_two_address,
        signatory: a.party_two_signatory,
        position: a.party_two_position,
      },
    },
    purpose: JSON.parse(a.purpose_json) as string[],
    scope: JSON.parse(a.scope_json) as string[],
    legalBases: JSON.parse(a.legal_bases_json) as string[],
    terminatedOn: a.terminated_on,
    terminationReason: a.termination_reason,
    currentTerms: current,
    termsVersions: [...versions],
    amendments: amendments.map((m) => ({
      id: m.id,
      kind: m.kind,
      number: m.number,
      signedOn: m.signed_on,
      effectiveFrom: m.effective_from,
      summary: m.summary,
      document: m.document_file_id && m.file_name ? { id: m.document_file_id, name: m.file_name, mime: m.file_mime ?? '', size: m.file_size ?? 0 } : null,
      createdAt: m.created_at,
    })),
    createdAt: a.created_at,
    updatedAt: a.updated_at,
  };
}
