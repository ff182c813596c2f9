/**
 * Reading claims: one claim with its checklist, computed benefits (with the approval's
 * adjustments), payments, deadlines and timeline; the list in scope; the reminders of open claims.
 */
import { actorNamer } from '../auth/index.ts';
import type { ChildSchedule, DisabilityPart, Outcome } from '../benefits/index.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { assertAgreementInScope, unitLimit, visibleAgreementIds } from '../core/scope.ts';
import { addDays } from '../core/dates.ts';
import { holidayCalendar, NO_HOLIDAYS } from '../holidays/index.ts';
import { sumRupiah } from '../core/money.ts';
import { amountInWords, textLanguage } from '../core/language.ts';
import * as repo from './repo.ts';
import { claimNoteText } from './notes.ts';
import { claimDeadlines, claimStatusLabel, type ClaimStatus } from './rules.ts';
import { claimReminders, type ClaimReminder } from './reminders.ts';
import type { ClaimsContext } from './context.ts';

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

export type ClaimView = Awaited<ReturnType<ReturnType<typeof createClaimReads>['get']>>;

export function createClaimReads({ db, today, now, benefits, officeDay, load, requestOf, checklistOf }: ClaimsContext) {
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

  async function get(actor: Actor, id: number) {
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
  }

  async function list(actor: Actor, filter: { agreementId?: number | undefined; status?: string | undefined; employeeId?: number | undefined } = {}) {
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
  }

  return {
    get,
    list,

    /** Reminders of the agreement's open claims (deadlines, missing documents, unpaid approvals); an operator's own unit only. */
    async reminders(actor: Actor, agreementId: number): Promise<(ClaimReminder & { agreementId: number })[]> {
      authorize(actor, 'claims:read');
      await assertAgreementInScope(db, actor, agreementId);
      const open = (await list(actor, { agreementId })).filter((c) => c.status !== 'paid' && c.status !== 'rejected');
      const out: (ClaimReminder & { agreementId: number })[] = [];
      for (const row of open) for (const r of claimReminders(await get(actor, row.id), today())) out.push({ ...r, agreementId });
      return out;
    },
  };
}
