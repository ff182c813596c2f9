/**
 * Filing a claim: the eligibility check (protected on the incident date, within the claim period,
 * dates not in the future), the benefit request, one open claim per incident, numbered.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { AppError } from '../core/errors.ts';
import { formatDateId, parseDate, Temporal, zoneLabel } from '../core/dates.ts';
import { formatRupiah } from '../core/money.ts';
import { withTextLanguage } from '../core/language.ts';
import { parseOrThrow } from '../core/validation.ts';
import { recordAudit } from '../audit/index.ts';
import { lockEmployee, nextNumber } from '../db/counters.ts';
import { claimNumber } from '../db/migrations/0018_claim_numbers.ts';
import { findParticipantsForEmployees } from '../enrolment/index.ts';
import * as repo from './repo.ts';
import { CLAIM_OUTCOME_LABEL, CLAIM_STATUS_LABEL, claimDeadlines } from './rules.ts';
import { fileClaimSchema } from './schemas.ts';
import type { ClaimsContext } from './context.ts';
import type { ClaimView } from './reads-service.ts';

type FileClaimInput = z.output<typeof fileClaimSchema>;

export function createClaimFiling(
  { db, today, now, timeZone, contributions, benefits, event, employeeInScope }: ClaimsContext,
  get: (actor: Actor, id: number) => Promise<ClaimView>,
) {
  /** A filing's dates: the incident not in the future (nor its hour, on the office clock), no report dated before it. */
  function assertFilingDates(input: FileClaimInput, day: string) {
    if (input.incidentDate > day)
      throw new AppError('validation_failed', `Tanggal kejadian ${formatDateId(input.incidentDate)} ada di masa depan`, {
        issues: [{ path: 'incidentDate', message: 'Di masa depan' }],
      });
    if (input.incidentTime) {
      const at = parseDate(input.incidentDate).toPlainDateTime(Temporal.PlainTime.from(input.incidentTime));
      const current = Temporal.PlainDateTime.from(now());
      if (Temporal.PlainDateTime.compare(at, current) > 0) {
        throw new AppError(
          'validation_failed',
          `Jam kejadian ${input.incidentTime} pada ${formatDateId(input.incidentDate)} ada di masa depan (sekarang pukul ${current.toPlainTime().toString({ smallestUnit: 'minute' })} ${zoneLabel(timeZone)})`,
          { issues: [{ path: 'incidentTime', message: 'Di masa depan' }] },
        );
      }
    }
    for (const [field, date] of [
      ['stage1ReportedOn', input.stage1ReportedOn],
      ['doctorStatementOn', input.doctorStatementOn],
      ['stage2ReportedOn', input.stage2ReportedOn],
    ] as const) {
      if (date && date < input.incidentDate)
        throw new AppError('validation_failed', `Tanggal laporan (${formatDateId(date)}) sebelum tanggal kejadian (${formatDateId(input.incidentDate)})`, {
          issues: [{ path: field, message: 'Sebelum tanggal kejadian' }],
        });
    }
  }

  /**
   * The agreement a claim is filed under, from the employee's protection on the incident date; a
   * refusal when not protected. With the agreement comes, in arrears, the note of who pays first.
   */
  async function protectionForFiling(input: FileClaimInput, fullName: string): Promise<{ agreementId: number; arrears: string }> {
    // Paid, awaiting payment (not yet due) and in arrears may all file: in arrears the benefits are
    // still owed, and who pays first is the consequence stated with the claim (contributions/protection.ts).
    // Stored notes and refusals are Bahasa whatever the screen's language (src/core/language.ts).
    const protection = await withTextLanguage('id', () => contributions.protectionOf(input.employeeId, input.incidentDate));
    if ((protection.code === 'before_agreement' || protection.code === 'outside_validity') && protection.agreementId) {
      const refusal = await benefits.validityRefusal(protection.agreementId, input.incidentDate);
      if (refusal) throw new AppError('validation_failed', `${fullName}: ${refusal}`, { code: protection.code });
    }
    if (protection.state === 'not_covered' || !protection.agreementId) {
      throw new AppError('validation_failed', `${fullName} tidak terlindungi pada ${formatDateId(input.incidentDate)}: ${protection.reason}`, {
        code: protection.code,
        state: protection.state,
      });
    }
    const arrears =
      protection.state === 'in_arrears' ? `; ${protection.reason}. Akibat: ${protection.consequence!.text} (${protection.consequence!.basis})` : '';
    return { agreementId: protection.agreementId, arrears };
  }

  /** The benefit request as filed. JKM scholarships need 36 months of contributions: when the filer does not state them, the months paid in Lindung's records count. */
  async function benefitOfFiling(input: FileClaimInput): Promise<{ benefit: Record<string, unknown>; fromRecords: boolean }> {
    const benefit: Record<string, unknown> = { ...input.benefit };
    const fromRecords = input.program === 'JKM' && benefit.contributionMonths === undefined;
    if (fromRecords) benefit.contributionMonths = await contributions.paidMonthsOf(input.employeeId, input.incidentDate);
    return { benefit, fromRecords };
  }

  /** The right to claim lapses 5 years after the incident. */
  function assertNotLapsed(input: FileClaimInput, day: string) {
    const expiry = claimDeadlines({
      program: input.program,
      incidentDate: input.incidentDate,
      stage1ReportedOn: null,
      doctorStatementOn: null,
      stage2ReportedOn: null,
      claimExpiryYears: 5,
      today: day,
    }).find((d) => d.code === 'expiry')!;
    if (day > expiry.due) throw new AppError('validation_failed', `Hak klaim hapus: lebih dari 5 tahun sejak kejadian (batas ${formatDateId(expiry.due)})`);
  }

  return {
    /**
     * Files a claim. `within` runs inside the filing's transaction after the claim row and its
     * first event (a field report's own rows, issue #18): when it fails, no claim is left behind.
     */
    async file(actor: Actor, raw: unknown, within?: (trx: Kysely<DB>, claimId: number) => Promise<void>) {
      authorize(actor, 'claims:file');
      const input = parseOrThrow(fileClaimSchema, raw);
      const day = today();
      const employee = await employeeInScope(actor, input.employeeId);
      assertFilingDates(input, day);
      if (input.outcome === 'death') {
        const open = await repo.openDeathClaim(db, input.employeeId);
        if (open) throw new AppError('conflict', `${employee.full_name} sudah memiliki klaim kematian (ID ${open.id})`);
      }
      const { agreementId, arrears } = await protectionForFiling(input, employee.full_name);
      const { benefit, fromRecords } = await benefitOfFiling(input);
      const request = { ...benefit, program: input.program, outcome: input.outcome, incidentDate: input.incidentDate, agreement: agreementId };
      const quote = await benefits.quote(request); // validates the benefit request (table codes, costs…)
      assertNotLapsed(input, day);
      const [participant] = await findParticipantsForEmployees(db, agreementId, [input.employeeId]);
      const id = await db.transaction().execute(async (trx) => {
        // The natural key: one open claim (submitted, verified or approved) per employee, incident date,
        // programme and outcome (a death after an accident already claimed as "sembuh" is another claim;
        // a rejected claim may be filed again). The employee's row lock (PostgreSQL) makes a parallel
        // filing wait, then see this one; SQLite's single writer does the same.
        await lockEmployee(trx, input.employeeId);
        const twin = await repo.openClaimLike(trx, input);
        if (twin)
          throw new AppError(
            'conflict',
            `Klaim ${input.program} (${CLAIM_OUTCOME_LABEL[input.outcome]}) ${employee.full_name} untuk kejadian ${formatDateId(input.incidentDate)} sudah diajukan: ${twin.number ?? ''} (${CLAIM_STATUS_LABEL[twin.status]})`,
            { number: twin.number },
          );
        const number = claimNumber(parseDate(day).year, await nextNumber(trx, `claim/${parseDate(day).year}`));
        const claimId = await repo.insertClaim(trx, {
          number,
          agreement_id: agreementId,
          employee_id: input.employeeId,
          participant_id: participant?.id ?? null,
          program: input.program,
          outcome: input.outcome,
          incident_date: input.incidentDate,
          incident_time: input.incidentTime,
          place: input.place,
          chronology: input.chronology,
          reporter: input.reporter,
          stage1_reported_on: input.stage1ReportedOn,
          doctor_statement_on: input.doctorStatementOn,
          stage2_reported_on: input.stage2ReportedOn,
          request_json: JSON.stringify(benefit),
          status: 'submitted',
          quote_json: null,
          adjustments_json: '[]',
          approved_total: null,
          rejection_reason: null,
          created_by: actor.label,
        });
        await event(
          trx,
          actor,
          claimId,
          null,
          'submitted',
          `perkiraan manfaat ${formatRupiah(quote.total)}${fromRecords ? `; masa iur dari catatan iuran: ${String(benefit.contributionMonths)} bulan` : ''}${arrears}`,
        );
        await recordAudit(trx, actor, { action: 'claim.file', entityType: 'claim', entityId: claimId, after: input });
        await within?.(trx, claimId);
        return claimId;
      });
      return get(actor, id);
    },
  };
}
