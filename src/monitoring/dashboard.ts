/**
 * The shared picture of an agreement (PKS Pasal 3: monitoring and evaluation): coverage by unit
 * (roster vs enrolled vs protected today), who is unprotected today and why, contributions
 * billed vs paid by month, arrears ageing, claims, days remaining, open follow-ups and
 * force-majeure events. Figures are computed set-wise with the same pure rules the rest uses.
 */
import { formatDay, formatMonth, textLanguage, tr } from '../core/language.ts';
import { datesOf } from '../agreements/present.ts';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { assertAgreementInScope, unitLimit } from '../core/scope.ts';
import { notFound } from '../core/errors.ts';
import { agreementStatus, daysRemaining, defaultViewDate, validFrom, validUntil } from '../agreements/rules.ts';
import { addDays } from '../core/dates.ts';
import { holidayCalendar } from '../holidays/service.ts';
import { chargeFacts, protectionOn, PROTECTION_STATES, type ChargeFacts, type ProtectionCode, type ProtectionState } from '../contributions/protection.ts';
import { dueDate, monthBalances, periodOf } from '../contributions/rules.ts';
import * as billsRepo from '../contributions/repo.ts';
import type { createContributionReports } from '../contributions/reports.ts';
import type { Registers } from './registers.ts';

/** Why someone is unprotected today: in arrears, or not covered (awaiting payment is protected). */
export const REASON_LABEL: Record<Exclude<ProtectionCode, 'protected_paid' | 'awaiting_payment'> | 'pending', string> = {
  not_enrolled: 'Belum pernah didaftarkan',
  pending: 'Pendaftaran belum selesai (draf/diajukan)',
  before_agreement: 'Sebelum perjanjian berlaku',
  outside_validity: 'Di luar masa berlaku perjanjian',
  before_enrolment: 'Kepesertaan belum mulai',
  deactivated: 'Kepesertaan nonaktif',
  in_arrears: 'Iuran bulan ini menunggak (lewat jatuh tempo)',
};
export type UnprotectedReason = keyof typeof REASON_LABEL;

const REASON_LABEL_EN: Record<UnprotectedReason, string> = {
  not_enrolled: 'Never registered',
  pending: 'Registration not finished (draft/submitted)',
  before_agreement: 'Before the agreement took effect',
  outside_validity: 'Outside the validity of the agreement',
  before_enrolment: 'Participation not yet started',
  deactivated: 'Participation inactive',
  in_arrears: "This month's contribution is in arrears (past its due date)",
};

/** Why someone is unprotected, in the language of the moment (src/core/language.ts). */
const reasonLabel = (reason: UnprotectedReason): string => (textLanguage() === 'en' ? REASON_LABEL_EN : REASON_LABEL)[reason];

export interface PersonStatus {
  employeeId: number;
  nik: string;
  fullName: string;
  unitId: number;
  unitCode: string;
  unitName: string;
  enrolled: boolean;
  protected: boolean;
  /** The protection state today (not_covered also for enrolment not finished). */
  state: ProtectionState;
  reason: UnprotectedReason | null;
  detail: string;
}

export function createDashboard({ db, today, reports, registers }: { db: Kysely<DB>; today: () => string; reports: ReturnType<typeof createContributionReports>; registers: Registers }) {
  async function agreement(agreementId: number) {
    const a = await db
      .selectFrom('agreements as a')
      .innerJoin('institutions as p1', 'p1.id', 'a.party_one_institution_id')
      .innerJoin('institutions as p2', 'p2.id', 'a.party_two_institution_id')
      .select(['a.id', 'a.title', 'a.number_party_one', 'a.number_party_two', 'a.signed_on', 'a.starts_on', 'a.duration_months', 'a.terminated_on', 'a.party_one_institution_id', 'p1.name as party_one', 'p2.name as party_two', 'a.place', 'a.party_one_signatory', 'a.party_two_signatory'])
      .where('a.id', '=', agreementId)
      .executeTakeFirst();
    if (!a) throw notFound('Perjanjian', agreementId);
    return a;
  }

  /** Every active roster employee of the agreement's regency with their protection on `date`. */
  async function statuses(agreementId: number, date: string, unitId?: number): Promise<PersonStatus[]> {
    const a = await agreement(agreementId);
    let employeesQuery = db
      .selectFrom('employees as e')
      .innerJoin('work_units as u', 'u.id', 'e.work_unit_id')
      .select(['e.id', 'e.nik', 'e.full_name', 'e.work_unit_id', 'u.code', 'u.name'])
      .where('e.institution_id', '=', a.party_one_institution_id)
      .where((w) => w.or([w('e.start_date', 'is', null), w('e.start_date', '<=', date)]))
      .where((w) => w.or([w('e.end_date', 'is', null), w('e.end_date', '>=', date)]));
    if (unitId) employeesQuery = employeesQuery.where('e.work_unit_id', '=', unitId);
    const employees = await employeesQuery.orderBy('u.code').orderBy('e.full_name').execute();
    const participants = new Map((await db.selectFrom('participants').select(['employee_id', 'id', 'status', 'registered_on', 'deactivated_on']).where('agreement_id', '=', agreementId).execute()).map((p) => [p.employee_id, p]));
    const period = periodOf(date);
    // Each participant's charges up to the month, read the same way the protection check reads them
    // (chargeFacts); a renewal's first month billed under its predecessor counts for whoever continues it here.
    const charges = await billsRepo.chargesUpTo(db, agreementId, period);
    const billsOfCharges = new Map<number, { dues: Awaited<ReturnType<typeof billsRepo.monthDues>>; paid: number }>();
    for (const billId of new Set(charges.map((c) => c.bill_id))) {
      const c = charges.find((x) => x.bill_id === billId)!;
      billsOfCharges.set(billId, { dues: await billsRepo.monthDues(db, billId), paid: (await billsRepo.paidSum(db, billId)) + c.credits_applied });
    }
    const agreementDates = datesOf(a);
    // Months fall due on their moved due date (weekends and holidays skipped): the calendar once for
    // the whole roster, from the agreement's first month to past the asked month.
    const start = validFrom(agreementDates);
    const calendar = await holidayCalendar(db, dueDate(periodOf(start && start < date ? start : date)), addDays(dueDate(period), 60));
    const chargesOf = new Map<number, (ChargeFacts & { period: string })[]>();
    for (const c of charges) {
      const bill = billsOfCharges.get(c.bill_id)!;
      const facts = { ...chargeFacts({ number: c.number, dueDate: c.due_date, paid: bill.paid, dues: bill.dues }, c.period, !!c.credited, calendar), period: c.period };
      chargesOf.set(c.participant_id, [...(chargesOf.get(c.participant_id) ?? []), facts]);
    }
    return employees.map((e) => {
      const p = participants.get(e.id);
      const base = { employeeId: e.id, nik: e.nik, fullName: e.full_name, unitId: e.work_unit_id, unitCode: e.code, unitName: e.name };
      if (!p || p.status === 'rejected') return { ...base, enrolled: false, protected: false, state: 'not_covered' as const, reason: 'not_enrolled' as const, detail: reasonLabel('not_enrolled') };
      if (p.status !== 'registered') return { ...base, enrolled: false, protected: false, state: 'not_covered' as const, reason: 'pending' as const, detail: reasonLabel('pending') };
      const own = chargesOf.get(p.id) ?? [];
      const verdict = protectionOn({
        date,
        asOf: today(),
        calendar,
        participation: { registeredOn: p.registered_on, deactivatedOn: p.deactivated_on, agreement: agreementDates },
        charge: own.find((c) => c.period === period) ?? null,
        earlier: own.filter((c) => c.period < period),
      });
      const enrolled = verdict.code !== 'deactivated' && verdict.code !== 'before_enrolment' && verdict.code !== 'not_enrolled';
      return { ...base, enrolled, protected: verdict.protected, state: verdict.state, reason: verdict.protected ? null : (verdict.code as UnprotectedReason), detail: verdict.reason };
    });
  }

  /**
   * The day a view shows: the asked date, else today, else (the agreement has ended) its last day,
   * with a sentence saying so ("Keadaan per 13 Maret 2024 — perjanjian telah berakhir").
   */
  async function viewDate(agreementId: number, asked?: string) {
    const a = await agreement(agreementId);
    const dates = datesOf(a);
    if (asked) return { date: asked, defaulted: false, ended: false, note: null };
    const { date, ended } = defaultViewDate(dates, today());
    return { date, defaulted: true, ended, note: ended ? tr(`Keadaan per ${formatDay(date)} — perjanjian telah berakhir`, `As of ${formatDay(date)} — the agreement has ended`) : null };
  }

  return {
    statuses,
    viewDate,

    async unprotected(actor: Actor, agreementId: number, filter: { reason?: string | undefined; unitId?: number | undefined; date?: string | undefined } = {}) {
      authorize(actor, 'monitoring:read');
      await assertAgreementInScope(db, actor, agreementId);
      const scopeUnit = unitLimit(actor) ?? filter.unitId;
      const { date, note } = await viewDate(agreementId, filter.date);
      const rows = (await statuses(agreementId, date, scopeUnit)).filter((s) => !s.protected && (!filter.reason || s.reason === filter.reason));
      return { date, note, total: rows.length, items: rows };
    },

    async figures(actor: Actor, agreementId: number, asked?: string) {
      authorize(actor, 'monitoring:read');
      await assertAgreementInScope(db, actor, agreementId);
      const a = await agreement(agreementId);
      const asOf = await viewDate(agreementId, asked);
      const date = asOf.date;
      // An operator's dashboard: its unit's people and its unit's money (src/core/scope.ts).
      const scopeUnit = unitLimit(actor);
      const people = await statuses(agreementId, date, scopeUnit);
      const units = new Map<number, { unitId: number; code: string; name: string; roster: number; enrolled: number; protected: number }>();
      for (const p of people) {
        const u = units.get(p.unitId) ?? { unitId: p.unitId, code: p.unitCode, name: p.unitName, roster: 0, enrolled: 0, protected: 0 };
        u.roster++;
        if (p.enrolled) u.enrolled++;
        if (p.protected) u.protected++;
        units.set(p.unitId, u);
      }
      const reasons = Object.fromEntries(Object.keys(REASON_LABEL).map((k) => [k, people.filter((p) => p.reason === k).length])) as Record<UnprotectedReason, number>;
      // Billed vs paid by month: payments (and credit applied) cover a bill's months in order, a
      // partial payment counting for the month it reaches (monthBalances, as protection and arrears).
      const bills = (await billsRepo.billsOf(db, agreementId)).filter((b) => b.kind !== 'credit');
      const months = new Map<string, { period: string; label: string; billed: number; paid: number }>();
      for (const b of bills) {
        const dues = await billsRepo.monthDues(db, b.id);
        const balances = monthBalances(dues, (await billsRepo.paidSum(db, b.id)) + b.credits_applied);
        // An operator's money is its unit's share: its unit's dues, paid in the proportion the month is paid (rounded down).
        const shown = scopeUnit === undefined ? balances : (await billsRepo.monthDues(db, b.id, scopeUnit)).map((u) => {
          const month = balances.find((x) => x.period === u.period);
          const paid = month && month.due > 0 ? Number((BigInt(u.due) * BigInt(month.paid)) / BigInt(month.due)) : 0;
          return { period: u.period, due: u.due, paid, outstanding: u.due - paid };
        });
        for (const d of shown) {
          const m = months.get(d.period) ?? { period: d.period, label: formatMonth(d.period), billed: 0, paid: 0 };
          m.billed += d.due;
          m.paid += d.paid;
          months.set(d.period, m);
        }
      }
      const credits = await db.selectFrom('bill_lines as l').innerJoin('bills as b', 'b.id', 'l.bill_id').select(['l.period', sql<number>`sum(l.total)`.as('total')]).where('b.agreement_id', '=', agreementId).where('l.kind', '=', 'credit').$if(scopeUnit !== undefined, (q) => q.where('l.work_unit_id', '=', scopeUnit!)).groupBy('l.period').execute();
      for (const c of credits) {
        const m = months.get(c.period);
        if (m) m.billed += Number(c.total);
      }
      const arrears = await reports.arrears(actor, agreementId, date);
      const meetings = await registers.listMeetings(actor, agreementId);
      const forceMajeure = (await registers.listForceMajeure(actor, agreementId)).filter((e) => e.open);
      const dates = datesOf(a);
      const claimRows = await db
        .selectFrom('claims as c')
        .innerJoin('employees as e', 'e.id', 'c.employee_id')
        .select(['c.program', 'c.status', sql<number>`count(*)`.as('n'), sql<number>`coalesce(sum(c.approved_total), 0)`.as('approved')])
        .where('c.agreement_id', '=', agreementId)
        .$if(!!scopeUnit, (q) => q.where('e.work_unit_id', '=', scopeUnit!))
        .groupBy(['c.program', 'c.status'])
        .orderBy('c.program')
        .orderBy('c.status')
        .execute();
      const paidRows = await db
        .selectFrom('claim_payments as p')
        .innerJoin('claims as c', 'c.id', 'p.claim_id')
        .innerJoin('employees as e', 'e.id', 'c.employee_id')
        .select(['c.program', 'c.status', sql<number>`sum(p.amount)`.as('paid')])
        .where('c.agreement_id', '=', agreementId)
        .$if(!!scopeUnit, (q) => q.where('e.work_unit_id', '=', scopeUnit!))
        .groupBy(['c.program', 'c.status'])
        .execute();
      const paidOf = (program: string, status: string) => Number(paidRows.find((p) => p.program === program && p.status === status)?.paid ?? 0);
      return {
        agreement: { id: a.id, title: a.title, numbers: `${a.number_party_one} — ${a.number_party_two}`, partyOne: a.party_one, partyTwo: a.party_two, signedOn: a.signed_on, validFrom: validFrom(dates), validUntil: validUntil(dates), status: agreementStatus(dates, date), daysRemaining: daysRemaining(dates, date) },
        date,
        asOf,
        coverage: {
          roster: people.length,
          enrolled: people.filter((p) => p.enrolled).length,
          protected: people.filter((p) => p.protected).length,
          states: Object.fromEntries(PROTECTION_STATES.map((k) => [k, people.filter((p) => p.state === k).length])) as Record<ProtectionState, number>,
          units: [...units.values()].sort((x, y) => x.code.localeCompare(y.code)),
        },
        unprotected: { total: people.filter((p) => !p.protected).length, reasons, sample: people.filter((p) => !p.protected).slice(0, 50) },
        contributions: [...months.values()].sort((x, y) => x.period.localeCompare(y.period)),
        arrears: { total: arrears.total, buckets: arrears.totals },
        claims: claimRows.map((r) => ({ program: r.program, status: r.status, count: Number(r.n), approved: Number(r.approved), paid: paidOf(r.program, r.status) })),
        followUps: meetings.flatMap((m) => m.followUps.filter((f) => !f.doneOn).map((f) => ({ ...f, meetingId: m.id, meetingOn: m.heldOn }))),
        forceMajeure,
      };
    },
  };
}

export type Dashboard = ReturnType<typeof createDashboard>;
