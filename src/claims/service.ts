/**
 * Claims: intake with the eligibility check (protected on the incident date, within the claim
 * period), the document checklist, and the workflow submitted → verified (BPJS) → approved with
 * the computed benefits (adjustments only with a reason, kept beside the computed value) → paid
 * (STMB may be paid in installments) or rejected. Every step records who and when.
 */
import { actorNamer } from '../auth/index.ts';
import { createHash } from 'node:crypto';
import type { Kysely, Updateable } from 'kysely';
import type { z } from 'zod';
import type { ClaimsTable, DB } from '../db/schema.ts';
import type { ChildSchedule, DisabilityPart, Outcome, BenefitsService } from '../benefits/index.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { assertAgreementInScope, canSeeAgreement, canSeeEmployee, unitLimit, visibleAgreementIds } from '../core/scope.ts';
import { AppError, notFound } from '../core/errors.ts';
import { addDays, formatDateId, parseDate, Temporal, zoneLabel } from '../core/dates.ts';
import { holidayCalendar, NO_HOLIDAYS } from '../holidays/index.ts';
import { formatRupiah, sumRupiah } from '../core/money.ts';
import { amountInWords, textLanguage, withTextLanguage } from '../core/language.ts';
import { normalizeReferenceKey, parseOrThrow } from '../core/validation.ts';
import { recordAudit } from '../audit/index.ts';
import { lockClaim, lockEmployee, nextNumber } from '../db/counters.ts';
import { claimNumber } from '../db/migrations/0018_claim_numbers.ts';
import type { ContributionsService } from '../contributions/index.ts';
import { getEmployee } from '../roster/index.ts';
import { findParticipantsForEmployees } from '../enrolment/index.ts';
import * as repo from './repo.ts';
import { claimNoteText } from './notes.ts';
import {
  canMoveClaim,
  CLAIM_OUTCOME_LABEL,
  CLAIM_STATUS_LABEL,
  claimDeadlines,
  claimStatusLabel,
  documentChecklist,
  duplicateCodes,
  paymentDateProblem,
  type ClaimStatus,
} from './rules.ts';
import { claimReminders, type ClaimReminder } from './reminders.ts';
import { approveSchema, claimPaymentSchema, documentSchema, fileClaimSchema, rejectClaimSchema } from './schemas.ts';

type FileClaimInput = z.output<typeof fileClaimSchema>;

interface QuoteItem {
  code: string;
  label: string;
  amount: number;
  cap: number | null;
  formula: string;
  basis: string;
}
/** The engine's quote as stored at approval (older rows may lack the detail arrays). */
interface StoredQuote {
  items: QuoteItem[];
  total: number;
  wage?: number;
  disabilityParts?: DisabilityPart[];
  scholarshipSchedule?: ChildSchedule[];
  notes?: string[];
  warnings?: string[];
}

export function createClaimsService({
  db,
  today,
  now: nowOption,
  timeZone = 'Asia/Makassar',
  contributions,
  benefits,
}: {
  db: Kysely<DB>;
  today: () => string;
  now?: () => string;
  timeZone?: string;
  contributions: ContributionsService;
  benefits: BenefitsService;
}) {
  /**
   * The office-zone date-time now ('YYYY-MM-DDTHH:MM'). When "today" is set back or ahead (tests,
   * demos) and no clock is given, the end of that day: no hour of "today" counts as future.
   */
  function now(): string {
    if (nowOption) return nowOption();
    const real = Temporal.Now.plainDateTimeISO(timeZone);
    const day = parseDate(today());
    const at = real.toPlainDate().equals(day) ? real : day.toPlainDateTime({ hour: 23, minute: 59 });
    return at.toString({ smallestUnit: 'minute' });
  }

  /** The office day of an event instant. */
  const officeDay = (at: string) => Temporal.Instant.from(at).toZonedDateTimeISO(timeZone).toPlainDate().toString();

  /** A claim; outside the actor's scope (its agreements; an operator's own unit) it answers like a missing one. */
  async function load(executor: Kysely<DB>, id: number, actor?: Actor) {
    const c = await repo.claimWithEmployee(executor, id);
    if (!c) throw notFound('Klaim', id);
    if (actor) {
      const limit = unitLimit(actor);
      if ((limit !== undefined && c.work_unit_id !== limit) || !(await canSeeAgreement(executor, actor, c.agreement_id))) throw notFound('Klaim', id);
    }
    return c;
  }

  async function event(trx: Kysely<DB>, actor: Actor, claimId: number, from: ClaimStatus | null, to: ClaimStatus, note: string | null) {
    await repo.insertClaimEvent(trx, { claimId, actorLabel: actor.label, from, to, note });
  }

  async function move(
    actor: Actor,
    id: number,
    to: ClaimStatus,
    patch: Updateable<ClaimsTable>,
    note: string | null,
    check?: (c: repo.ClaimRecord) => Promise<void>,
  ) {
    await db.transaction().execute(async (trx) => {
      await lockClaim(trx, id); // a parallel decision on this claim waits, then sees this one's status
      const c = await load(trx, id, actor);
      if (!canMoveClaim(c.status, to))
        throw new AppError('invalid_state', `Klaim berstatus ${CLAIM_STATUS_LABEL[c.status]} tidak dapat menjadi ${CLAIM_STATUS_LABEL[to]}`);
      await check?.(c);
      await repo.updateClaim(trx, id, { ...patch, status: to });
      await event(trx, actor, id, c.status, to, note);
      await recordAudit(trx, actor, {
        action: `claim.${to}`,
        entityType: 'claim',
        entityId: id,
        before: { status: c.status },
        after: { status: to, ...patch, note },
      });
    });
  }

  function requestOf(c: { program: string; outcome: string; incident_date: string; agreement_id: number; request_json: string }) {
    return {
      ...(JSON.parse(c.request_json) as Record<string, unknown>),
      program: c.program,
      outcome: c.outcome,
      incidentDate: c.incident_date,
      agreement: c.agreement_id,
    };
  }

  /**
   * The quote stored at approval was written in Bahasa. On an English screen its texts come from the
   * same request quoted again, line by line by code, where the amount is still the same; a line whose
   * amount differs (terms changed since) keeps its stored text, and so do the notes then.
   */
  async function storedQuoteInLanguage(stored: StoredQuote, request: Record<string, unknown>): Promise<StoredQuote> {
    if (textLanguage() !== 'en') return stored;
    const fresh = await benefits.quote(request).catch(() => null);
    if (!fresh) return stored;
    const same = (i: QuoteItem) => fresh.items.find((f) => f.code === i.code && f.amount === i.amount);
    const items = stored.items.map((i) => {
      const twin = same(i);
      return twin ? { ...i, label: twin.label, formula: twin.formula } : i;
    });
    const all = stored.items.every((i) => same(i)) && fresh.items.length === stored.items.length;
    return { ...stored, items, ...(all ? { notes: fresh.notes, warnings: fresh.warnings } : {}) };
  }

  /** The claim's document checklist: by program and outcome, with the scholarship papers when children are named. */
  function checklistOf(c: { program: 'JKK' | 'JKM'; outcome: string; incident_date: string; agreement_id: number; request_json: string }) {
    const children = (requestOf(c) as { children?: unknown }).children;
    return documentChecklist(c.program, c.outcome, Array.isArray(children) && children.length > 0);
  }

  /**
   * The office day of the approval event. A clock set back (tests, demos) can put that day after
   * "today"; the service's today is then taken, so a payment can still be recorded on it.
   */
  async function approvedOn(executor: Kysely<DB>, id: number): Promise<string> {
    const at = await repo.approvalInstant(executor, id);
    const day = today();
    if (!at) return day;
    const eventDay = officeDay(at);
    return eventDay < day ? eventDay : day;
  }

  /** The employee a claim is filed for; outside the actor's scope (its governments; an operator's own unit) it answers like a missing one. */
  async function employeeInScope(actor: Actor, employeeId: number) {
    const employee = await getEmployee(db, employeeId);
    if (!employee || !(await canSeeEmployee(db, actor, employee))) throw notFound('Pegawai', employeeId);
    return employee;
  }

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

  /** The quote's lines with the approval's adjustments: the amount adjusted, the computed one kept beside it. */
  function itemsWithAdjustments(items: QuoteItem[], adjustmentsJson: string) {
    const adjustments = JSON.parse(adjustmentsJson) as { code: string; amount: number; reason: string }[];
    return items.map((i) => {
      const adj = adjustments.find((a) => a.code === i.code);
      return { ...i, computed: i.amount, amount: adj ? adj.amount : i.amount, adjustment: adj ? { amount: adj.amount, reason: adj.reason } : null };
    });
  }

  /** The claim's deadlines (reports, BPJS's decision and payment, expiry) as of today and the office clock. */
  async function deadlinesOf(c: repo.ClaimRecord, events: { at: string; from_status: string | null; to_status: string }[], payments: { paid_on: string }[]) {
    // Rows from before migration 0012 carry no dates: the events tell them.
    const decision = events.find((e) => e.from_status === 'submitted' && (e.to_status === 'verified' || e.to_status === 'rejected'));
    const verified = events.find((e) => e.to_status === 'verified');
    const completeOn = c.documents_complete_on ?? (verified ? officeDay(verified.at) : null);
    // BPJS pays within working days: weekends, national holidays and cuti bersama are skipped
    // (the holiday calendar, src/holidays), read for the weeks after the documents were complete.
    const holidays = completeOn ? await holidayCalendar(db, completeOn, addDays(completeOn, 90)) : NO_HOLIDAYS;
    return claimDeadlines({
      program: c.program,
      incidentDate: c.incident_date,
      incidentTime: c.incident_time,
      stage1ReportedOn: c.stage1_reported_on,
      doctorStatementOn: c.doctor_statement_on,
      stage2ReportedOn: c.stage2_reported_on,
      claimExpiryYears: 5,
      today: today(),
      now: now(),
      decidedOn: c.decided_on ?? (decision ? officeDay(decision.at) : null),
      completeOn,
      paidOn: c.status === 'paid' ? (c.paid_on ?? payments.at(-1)?.paid_on ?? null) : null,
      benefitDue: c.approved_total,
      isHoliday: (d) => holidays.has(d),
    });
  }

  /**
   * A payment whose reference (case and spaces aside) the claim already has: with the same amount and
   * date it is a retry (true); with another amount or date a 409. False for a new reference.
   */
  function isRetryOf(
    payments: { reference: string; amount: number; paid_on: string }[],
    input: { reference: string; amount: number; paidOn: string },
  ): boolean {
    const referenceKey = normalizeReferenceKey(input.reference);
    const same = payments.find((p) => normalizeReferenceKey(p.reference) === referenceKey);
    if (!same) return false;
    if (same.amount === input.amount && same.paid_on === input.paidOn) return true;
    throw new AppError(
      'conflict',
      `Nomor referensi ${input.reference} sudah dipakai untuk pembayaran lain klaim ini (${formatDateId(same.paid_on)}, ${formatRupiah(same.amount)})`,
    );
  }

  return {
    /** The office-zone clock the filing checks use ('YYYY-MM-DDTHH:MM'). */
    now,

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
      return this.get(actor, id);
    },

    async get(actor: Actor, id: number) {
      authorize(actor, 'claims:read');
      const c = await load(db, id, actor);
      const docs = await repo.claimDocuments(db, id);
      const request = requestOf(c);
      const checklist = checklistOf(c).map((item) => ({ ...item, uploaded: docs.some((d) => d.code === item.code) }));
      const quote = c.quote_json ? await storedQuoteInLanguage(JSON.parse(c.quote_json) as StoredQuote, request) : await benefits.quote(request);
      const items = itemsWithAdjustments(quote.items, c.adjustments_json);
      const payments = await repo.claimPayments(db, id);
      const events = await repo.claimEvents(db, id);
      const actorName = await actorNamer(
        db,
        events.map((e) => e.actor_label),
      );
      const total = sumRupiah(items.map((i) => i.amount));
      const paid = sumRupiah(payments.map((p) => p.amount));
      return {
        id: c.id,
        number: c.number,
        agreementId: c.agreement_id,
        employeeId: c.employee_id,
        fullName: c.full_name,
        nik: c.nik,
        program: c.program,
        outcome: c.outcome as Outcome,
        incidentDate: c.incident_date,
        incidentTime: c.incident_time,
        place: c.place,
        chronology: c.chronology,
        reporter: c.reporter,
        status: c.status,
        statusLabel: claimStatusLabel(c.status),
        rejectionReason: c.rejection_reason,
        deadlines: await deadlinesOf(c, events, payments),
        checklist,
        documents: docs.map((d) => ({ id: d.id, code: d.code, name: d.name, size: d.size, uploadedAt: d.uploaded_at, uploadedBy: d.uploaded_by })),
        items,
        total,
        totalInWords: amountInWords(total),
        computedFinal: !!c.quote_json,
        approvedTotal: c.approved_total,
        wage: quote.wage ?? null,
        disabilityParts: quote.disabilityParts ?? [],
        scholarshipSchedule: quote.scholarshipSchedule ?? [],
        notes: quote.notes ?? [],
        warnings: quote.warnings ?? [],
        payments: payments.map((p) => ({ id: p.id, paidOn: p.paid_on, amount: p.amount, reference: p.reference, note: p.note })),
        paid,
        outstanding: Math.max(0, (c.approved_total ?? total) - paid),
        timeline: events.map((e) => ({
          at: e.at,
          actor: e.actor_label,
          actorName: actorName(e.actor_label),
          from: e.from_status as ClaimStatus | null,
          to: e.to_status as ClaimStatus,
          note: claimNoteText(e.note),
        })),
      };
    },

    async list(actor: Actor, filter: { agreementId?: number | undefined; status?: string | undefined; employeeId?: number | undefined } = {}) {
      authorize(actor, 'claims:read');
      const scope = { agreementIds: await visibleAgreementIds(db, actor), unitId: unitLimit(actor) };
      const rows = await repo.listClaims(db, { ...filter, status: filter.status as ClaimStatus | undefined }, scope);
      return rows.map((r) => ({
        id: r.id,
        number: r.number,
        program: r.program,
        outcome: r.outcome as Outcome,
        incidentDate: r.incident_date,
        status: r.status,
        approvedTotal: r.approved_total,
        fullName: r.full_name,
        nik: r.nik,
      }));
    },

    /** Reminders of the agreement's open claims (deadlines, missing documents, unpaid approvals); an operator's own unit only. */
    async reminders(actor: Actor, agreementId: number): Promise<(ClaimReminder & { agreementId: number })[]> {
      authorize(actor, 'claims:read');
      await assertAgreementInScope(db, actor, agreementId);
      const open = (await this.list(actor, { agreementId })).filter((c) => c.status !== 'paid' && c.status !== 'rejected');
      const out: (ClaimReminder & { agreementId: number })[] = [];
      for (const row of open) for (const r of claimReminders(await this.get(actor, row.id), today())) out.push({ ...r, agreementId });
      return out;
    },

    /** Filing is the regency's (admin, the unit's operator): a BPJS officer or a viewer adds no document. */
    async addDocument(actor: Actor, id: number, raw: unknown) {
      authorize(actor, 'claims:file');
      const input = parseOrThrow(documentSchema, raw);
      const content = Buffer.from(input.contentBase64, 'base64');
      if (!content.length || content.length > 10 * 1024 * 1024) throw new AppError('bad_file', 'Berkas kosong atau lebih dari 10 MB');
      await db.transaction().execute(async (trx) => {
        const c = await load(trx, id, actor);
        if (c.status === 'paid' || c.status === 'rejected') throw new AppError('invalid_state', 'Klaim sudah selesai');
        const checklist = checklistOf(c);
        if (!checklist.some((item) => item.code === input.code)) {
          throw new AppError(
            'validation_failed',
            `Jenis dokumen "${input.code}" tidak ada dalam daftar dokumen klaim ini (${checklist.map((i) => i.code).join(', ')})`,
            { issues: [{ path: 'code', message: 'Bukan dokumen klaim ini' }] },
          );
        }
        const fileId = await repo.insertClaimDocument(trx, {
          claimId: id,
          code: input.code,
          name: input.name,
          mime: input.mime,
          content,
          sha256: createHash('sha256').update(content).digest('hex'),
          uploadedBy: actor.label,
        });
        await recordAudit(trx, actor, { action: 'claim.document', entityType: 'claim', entityId: id, after: { code: input.code, name: input.name, fileId } });
      });
      return this.get(actor, id);
    },

    async document(actor: Actor, id: number, documentId: number) {
      authorize(actor, 'claims:read');
      await load(db, id, actor);
      const doc = await repo.claimDocumentFile(db, id, documentId);
      if (!doc) throw notFound('Dokumen', documentId);
      return doc;
    },

    async verify(actor: Actor, id: number) {
      authorize(actor, 'claims:process');
      const missing = (await this.get(actor, id)).checklist.filter((i) => i.required && !i.uploaded);
      if (missing.length)
        throw new AppError('invalid_state', `Dokumen wajib belum lengkap: ${missing.map((m) => m.label).join('; ')}`, { missing: missing.map((m) => m.code) });
      const day = today();
      await move(actor, id, 'verified', { decided_on: day, documents_complete_on: day }, null);
      return this.get(actor, id);
    },

    async approve(actor: Actor, id: number, raw: unknown) {
      authorize(actor, 'claims:process');
      const input = parseOrThrow(approveSchema, raw);
      const c = await load(db, id, actor);
      // The quote kept with the approval is written in Bahasa; an English screen reads it back through storedQuoteInLanguage.
      const quote = await withTextLanguage('id', () => benefits.quote(requestOf(c)));
      const twice = duplicateCodes(input.adjustments.map((a) => a.code));
      if (twice.length) throw new AppError('validation_failed', `Butir ${twice.join(', ')} disesuaikan lebih dari sekali; satu penyesuaian per butir`);
      for (const a of input.adjustments) {
        if (!quote.items.some((i) => i.code === a.code)) throw new AppError('validation_failed', `Butir ${a.code} tidak ada dalam perhitungan`);
      }
      const total = sumRupiah(quote.items.map((i) => input.adjustments.find((a) => a.code === i.code)?.amount ?? i.amount));
      await move(
        actor,
        id,
        'approved',
        { quote_json: JSON.stringify(quote), adjustments_json: JSON.stringify(input.adjustments), approved_total: total },
        `disetujui ${formatRupiah(total)}${input.adjustments.length ? ` (${input.adjustments.length} butir disesuaikan)` : ''}`,
      );
      return this.get(actor, id);
    },

    async reject(actor: Actor, id: number, raw: unknown) {
      authorize(actor, 'claims:process');
      const input = parseOrThrow(rejectClaimSchema, raw);
      const c = await load(db, id);
      await move(actor, id, 'rejected', { rejection_reason: input.reason, ...(c.decided_on ? {} : { decided_on: today() }) }, input.reason);
      return this.get(actor, id);
    },

    /**
     * A payment (an STMB installment or the whole); the claim is paid when payments reach the approved total.
     * The same reference again (case and spaces aside) with the same amount and date is a retry: nothing is
     * recorded and the claim comes back as it is; with another amount or date it is a 409.
     */
    async pay(actor: Actor, id: number, raw: unknown) {
      authorize(actor, 'claims:process');
      const input = parseOrThrow(claimPaymentSchema, raw);
      await db.transaction().execute(async (trx) => {
        await lockClaim(trx, id); // parallel payments of one claim are taken one at a time
        const c = await load(trx, id, actor);
        const payments = await repo.claimPayments(trx, id);
        if (isRetryOf(payments, input)) return; // already recorded
        if (c.status !== 'approved')
          throw new AppError('invalid_state', `Klaim berstatus ${CLAIM_STATUS_LABEL[c.status]}; pembayaran hanya untuk klaim yang disetujui`);
        const dateProblem = paymentDateProblem(input.paidOn, await approvedOn(trx, id), today());
        if (dateProblem) throw new AppError('validation_failed', dateProblem, { issues: [{ path: 'paidOn', message: dateProblem }] });
        const paid = sumRupiah(payments.map((p) => p.amount));
        if (paid + input.amount > (c.approved_total ?? 0))
          throw new AppError('validation_failed', `Pembayaran melebihi sisa manfaat yang disetujui (${formatRupiah((c.approved_total ?? 0) - paid)})`);
        await repo.insertClaimPayment(trx, {
          claimId: id,
          paidOn: input.paidOn,
          amount: input.amount,
          reference: input.reference,
          note: input.note,
          createdBy: actor.label,
        });
        await recordAudit(trx, actor, { action: 'claim.payment', entityType: 'claim', entityId: id, after: input });
        if (paid + input.amount === c.approved_total) {
          await repo.updateClaim(trx, id, { status: 'paid', paid_on: input.paidOn });
          await event(trx, actor, id, 'approved', 'paid', `dibayar ${formatRupiah(paid + input.amount)} (${input.reference})`);
        } else {
          await event(trx, actor, id, 'approved', 'approved', `angsuran ${formatRupiah(input.amount)} (${input.reference})`);
        }
      });
      return this.get(actor, id);
    },
  };
}

export type ClaimsService = ReturnType<typeof createClaimsService>;
