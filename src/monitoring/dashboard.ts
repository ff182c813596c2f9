/**
 * The shared picture of an agreement (PKS Pasal 3: monitoring and evaluation): coverage by unit
 * (roster vs enrolled vs protected today), who is unprotected today and why, contributions
 * billed vs paid by month, arrears ageing, claims, days remaining, open follow-ups and
 * force-majeure events. Figures are computed set-wise with the same pure rules the rest uses.
 */
import { formatDay, formatMonth, textLanguage, tr } from '../core/language.ts';
import { datesOf, agreementParties, agreementStatus, daysRemaining, defaultViewDate, validFrom, validUntil } from '../agreements/index.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { assertAgreementInScope, unitLimit } from '../core/scope.ts';
import { notFound } from '../core/errors.ts';
import { addDays } from '../core/dates.ts';
import { holidayCalendar } from '../holidays/index.ts';
import {
  chargeFacts,
  protectionOn,
  PROTECTION_STATES,
  type ChargeFacts,
  type ProtectionCode,
  type ProtectionState,
  dueDate,
  monthBalances,
  periodOf,
  type createContributionReports,
} from '../contributions/index.ts';
import * as billsRepo from '../contributions/index.ts';
import type { Registers } from './registers.ts';
import * as repo from './repo.ts';
import { unprotectedQuery } from './schemas.ts';
import { parseOrThrow } from '../core/validation.ts';

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

export function createDashboard({
  db,
  today,
  reports,
  registers,
}: {
  db: Kysely<DB>;
  today: () => string;
  reports: ReturnType<typeof createContributionReports>;
  registers: Registers;
}) {
  type AgreementRow = NonNullable<Awaited<ReturnType<typeof agreementParties>>>;
  async function agreement(agreementId: number): Promise<AgreementRow> {
    const a = await agreementParties(db, agreementId);
    if (!a) throw notFound('Perjanjian', agreementId);
    return a;
  }

  /** What protection facts a person has: the participation (status null: never a participant) and the charge key. */
  interface Facts {
    status: string | null;
    registered_on: string | null;
    deactivated_on: string | null;
    charges: string | null;
  }
  /** A person's protection on the day: what the figures count and the lists show. */
  interface Verdict {
    enrolled: boolean;
    protected: boolean;
    state: ProtectionState;
    reason: UnprotectedReason | null;
    detail: string;
  }

  /**
   * The protection on `date` of rows of the agreement's roster read by `read` (one per group of
   * people with the same facts: rosterFactGroups), set-wise: the bills' dues (their summary) and
   * payments in two queries (billsWithDues), the rows in one (each with its participation and the
   * key of its charge lines, from the summaries), and the one rule (protectionOn over chargeFacts)
   * runs once per distinct set of facts, not once per person. Per row only map lookups remain: a
   * key is parsed once however many rows share it. The tests hold what it says to the protection
   * worked out person by person (src/testing/roster-reference.ts) and to the single check.
   * `bills`: the agreement's billsWithDues when the caller has them already.
   */
  async function judged<R extends Facts>(
    a: AgreementRow,
    date: string,
    read: (q: billsRepo.RosterQuery) => Promise<R[]>,
    unitId: number | undefined,
    bills?: readonly billsRepo.BillWithDues[],
  ): Promise<{ rows: R[]; verdictOf: (r: Facts) => Verdict }> {
    const period = periodOf(date);
    const agreementDates = datesOf(a);
    // Months fall due on their moved due date (weekends and holidays skipped): the calendar once for
    // the whole roster, from the agreement's first month to past the asked month (read meanwhile).
    const start = validFrom(agreementDates);
    const calendarRead = holidayCalendar(db, dueDate(periodOf(start && start < date ? start : date)), addDays(dueDate(period), 60));
    calendarRead.catch(() => {}); // awaited below; a failure in between must not leave it unheard
    // The agreement's bills with their dues, and the roster with each person's charge key (both
    // from the summaries kept by the bill runs and credit notes, not from the bill lines).
    const own = bills ?? (await billsRepo.billsWithDues(db, [a.id]));
    const rows = await read({ agreementId: a.id, institutionId: a.party_one_institution_id, date, period, unitId });
    const calendar = await calendarRead;
    // The distinct keys (most people share one), and the bills they name: this agreement's, and a
    // predecessor's for the renewal's boundary month.
    const keys = new Map<string, string[]>();
    for (const r of rows) if (r.charges && !keys.has(r.charges)) keys.set(r.charges, r.charges.split(','));
    const billIds = new Set<number>();
    for (const items of keys.values()) for (const item of items) billIds.add(Number(item.slice(0, item.indexOf(':'))));
    const byId = new Map(own.map((b) => [b.id, b]));
    const missing = [...billIds].filter((id) => !byId.has(id));
    const owners = await repo.billOwners(db, missing);
    if (owners.length) for (const b of await billsRepo.billsWithDues(db, owners)) byId.set(b.id, b);
    const facts = new Map<string, ChargeFacts & { period: string }>();
    const factsOf = (item: string) => {
      let f = facts.get(item);
      if (!f) {
        const [billId, month] = item.split(':') as [string, string];
        const bill = byId.get(Number(billId))!;
        f = {
          ...chargeFacts({ number: bill.number, dueDate: bill.due_date, paid: bill.paid + bill.credits_applied, dues: bill.dues }, month, false, calendar),
          period: month,
        };
        facts.set(item, f);
      }
      return f;
    };
    // The verdicts by key, then by participation dates.
    const verdicts = new Map<string, Map<string, Verdict>>();
    const asOf = today();
    const notEnrolled: Verdict = { enrolled: false, protected: false, state: 'not_covered', reason: 'not_enrolled', detail: reasonLabel('not_enrolled') };
    const pending: Verdict = { enrolled: false, protected: false, state: 'not_covered', reason: 'pending', detail: reasonLabel('pending') };
    const verdictOf = (e: Facts): Verdict => {
      if (e.status === null || e.status === 'rejected') return notEnrolled;
      if (e.status !== 'registered') return pending;
      const charges = e.charges ?? '';
      let byDates = verdicts.get(charges);
      if (!byDates) {
        byDates = new Map<string, Verdict>();
        verdicts.set(charges, byDates);
      }
      const dates = `${e.registered_on}|${e.deactivated_on}`;
      let verdict = byDates.get(dates);
      if (!verdict) {
        const own = charges ? keys.get(charges)!.map(factsOf) : [];
        const v = protectionOn({
          date,
          asOf,
          calendar,
          participation: { registeredOn: e.registered_on, deactivatedOn: e.deactivated_on, agreement: agreementDates },
          charge: own.find((c) => c.period === period) ?? null,
          earlier: own.filter((c) => c.period < period),
        });
        verdict = {
          enrolled: v.code !== 'deactivated' && v.code !== 'before_enrolment' && v.code !== 'not_enrolled',
          protected: v.protected,
          state: v.state,
          reason: v.protected ? null : (v.code as UnprotectedReason),
          detail: v.reason,
        };
        byDates.set(dates, verdict);
      }
      return verdict;
    };
    return { rows, verdictOf };
  }

  /** A person's status on a page: one object literal of a single shape (no spreads). */
  const personStatus = (e: { id: number; nik: string; full_name: string; work_unit_id: number; code: string; name: string }, v: Verdict): PersonStatus => ({
    employeeId: e.id,
    nik: e.nik,
    fullName: e.full_name,
    unitId: e.work_unit_id,
    unitCode: e.code,
    unitName: e.name,
    enrolled: v.enrolled,
    protected: v.protected,
    state: v.state,
    reason: v.reason,
    detail: v.detail,
  });

  /**
   * The roster on `date` counted by protection (rosterFactGroups: one row per unit and set of
   * facts, the rule once per group), and `page` reads one page of the people of the groups that
   * `pick` chooses, in the list's order (unit, name, id), straight from the database
   * (rosterPage: LIMIT/OFFSET) — never the whole roster in JavaScript.
   */
  async function roster(a: AgreementRow, date: string, unitId: number | undefined, bills?: readonly billsRepo.BillWithDues[]) {
    const { rows: groups, verdictOf } = await judged(a, date, (q) => billsRepo.rosterFactGroups(db, q), unitId, bills);
    const judgedGroups = groups.map((g) => ({ ...g, verdict: verdictOf(g) }));
    const page = async (pick: (v: Verdict) => boolean, limit: number, offset: number): Promise<PersonStatus[]> => {
      const chosen = new Map<string, Verdict>();
      let all = true;
      for (const g of judgedGroups) {
        if (pick(g.verdict)) chosen.set(g.fact, g.verdict);
        else all = false;
      }
      if (chosen.size === 0) return [];
      const rows = await billsRepo.rosterPage(db, {
        agreementId: a.id,
        institutionId: a.party_one_institution_id,
        date,
        period: periodOf(date),
        unitId,
        facts: all ? undefined : [...chosen.keys()],
        limit,
        offset,
      });
      return rows.map((e) => personStatus(e, chosen.get(e.fact)!));
    };
    return { groups: judgedGroups, page };
  }

  /** How many of `groups` give each reason of being unprotected (every reason, 0 when none). */
  const byReason = (groups: readonly { n: number; verdict: Verdict }[]) => {
    const reasons = Object.fromEntries(Object.keys(REASON_LABEL).map((k) => [k, 0])) as Record<UnprotectedReason, number>;
    for (const g of groups) if (g.verdict.reason) reasons[g.verdict.reason] += g.n;
    return reasons;
  };
  const sum = (groups: readonly { n: number }[]) => groups.reduce((s, g) => s + g.n, 0);

  /**
   * The day a view shows: the asked date, else today, else (the agreement has ended) its last day,
   * with a sentence saying so ("Keadaan per 13 Maret 2024 — perjanjian telah berakhir").
   */
  async function viewDate(agreementId: number, asked?: string, known?: AgreementRow) {
    const a = known ?? (await agreement(agreementId));
    const dates = datesOf(a);
    if (asked) return { date: asked, defaulted: false, ended: false, note: null };
    const { date, ended } = defaultViewDate(dates, today());
    return {
      date,
      defaulted: true,
      ended,
      note: ended ? tr(`Keadaan per ${formatDay(date)} — perjanjian telah berakhir`, `As of ${formatDay(date)} — the agreement has ended`) : null,
    };
  }

  return {
    viewDate,

    /**
     * The people unprotected on the day (filtered by reason and unit; an operator's own unit only),
     * one page of them in the list's order, with the totals over every matching person whatever the
     * page: how many (`total`) and how many for each reason.
     */
    async unprotected(actor: Actor, agreementId: number, raw: unknown = {}) {
      authorize(actor, 'monitoring:read');
      const filter = parseOrThrow(unprotectedQuery, raw);
      await assertAgreementInScope(db, actor, agreementId);
      const scopeUnit = unitLimit(actor) ?? filter.unitId;
      const a = await agreement(agreementId);
      const { date, note } = await viewDate(agreementId, filter.date, a);
      const { groups, page } = await roster(a, date, scopeUnit);
      const matches = (v: Verdict) => !v.protected && (!filter.reason || v.reason === filter.reason);
      const matching = groups.filter((g) => matches(g.verdict));
      const items = await page(matches, filter.pageSize, (filter.page - 1) * filter.pageSize);
      return { date, note, total: sum(matching), reasons: byReason(matching), page: filter.page, pageSize: filter.pageSize, items };
    },

    async figures(actor: Actor, agreementId: number, asked?: string) {
      authorize(actor, 'monitoring:read');
      await assertAgreementInScope(db, actor, agreementId);
      const a = await agreement(agreementId);
      const asOf = await viewDate(agreementId, asked, a);
      const date = asOf.date;
      // An operator's dashboard: its unit's people and its unit's money (src/core/scope.ts).
      const scopeUnit = unitLimit(actor);
      // The small reads that need nothing from the others go out at once (on PostgreSQL each on its
      // own connection of the pool) while the bills and the roster are read.
      const others = Promise.all([
        registers.listMeetings(actor, agreementId),
        registers.listForceMajeure(actor, agreementId),
        repo.claimsByProgramAndStatus(db, agreementId, scopeUnit),
        repo.claimPaymentsByProgramAndStatus(db, agreementId, scopeUnit),
      ]);
      others.catch(() => {}); // answered below; a failure of the reads in between must not leave it unheard
      // The bills' dues and payments once, for protection, the months and the arrears alike.
      const withDues = await billsRepo.billsWithDues(db, [agreementId]);
      // The roster counted by unit and protection (one grouped read), and the first 50 unprotected
      // (the sample) read as a page: no row per person beyond those 50.
      const { groups, page } = await roster(a, date, scopeUnit, withDues);
      const sample = page((v) => !v.protected, 50, 0);
      sample.catch(() => {}); // awaited below
      const units = new Map<number, { unitId: number; code: string; name: string; roster: number; enrolled: number; protected: number }>();
      const states = Object.fromEntries(PROTECTION_STATES.map((k) => [k, 0])) as Record<ProtectionState, number>;
      for (const g of groups) {
        let u = units.get(g.work_unit_id);
        if (!u) {
          u = { unitId: g.work_unit_id, code: g.code, name: g.name, roster: 0, enrolled: 0, protected: 0 };
          units.set(g.work_unit_id, u);
        }
        u.roster += g.n;
        if (g.verdict.enrolled) u.enrolled += g.n;
        if (g.verdict.protected) u.protected += g.n;
        states[g.verdict.state] += g.n;
      }
      const unprotected = groups.filter((g) => !g.verdict.protected);
      // Billed vs paid by month: payments (and credit applied) cover a bill's months in order, a
      // partial payment counting for the month it reaches (monthBalances, as protection and arrears).
      const bills = withDues.filter((b) => b.kind !== 'credit');
      const months = new Map<string, { period: string; label: string; billed: number; paid: number }>();
      for (const b of bills) {
        const balances = monthBalances(b.dues, b.paid + b.credits_applied);
        // An operator's money is its unit's share: its unit's dues, paid in the proportion the month is paid (rounded down).
        const shown =
          scopeUnit === undefined
            ? balances
            : b.units
                .filter((u) => u.unitId === scopeUnit)
                .sort((x, y) => (x.period < y.period ? -1 : 1))
                .map((u) => {
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
      const [meetings, registered, claimRows, paidRows] = await others;
      // Credit notes (their lines are credits only) take their months' billed amounts down.
      for (const b of withDues.filter((x) => x.kind === 'credit')) {
        for (const u of b.units) {
          const m = months.get(u.period);
          if (m && (scopeUnit === undefined || u.unitId === scopeUnit)) m.billed += u.due;
        }
      }
      const arrears = await reports.arrears(actor, agreementId, date, withDues);
      const forceMajeure = registered.filter((e) => e.open);
      const dates = datesOf(a);
      const paidOf = (program: string, status: string) => Number(paidRows.find((p) => p.program === program && p.status === status)?.paid ?? 0);
      return {
        agreement: {
          id: a.id,
          title: a.title,
          numbers: `${a.number_party_one} — ${a.number_party_two}`,
          partyOne: a.party_one,
          partyTwo: a.party_two,
          signedOn: a.signed_on,
          validFrom: validFrom(dates),
          validUntil: validUntil(dates),
          status: agreementStatus(dates, date),
          daysRemaining: daysRemaining(dates, date),
        },
        date,
        asOf,
        coverage: {
          roster: sum(groups),
          enrolled: sum(groups.filter((g) => g.verdict.enrolled)),
          protected: sum(groups.filter((g) => g.verdict.protected)),
          states,
          units: [...units.values()].sort((x, y) => x.code.localeCompare(y.code)),
        },
        unprotected: { total: sum(unprotected), reasons: byReason(unprotected), sample: await sample },
        contributions: [...months.values()].sort((x, y) => x.period.localeCompare(y.period)),
        arrears: { total: arrears.total, buckets: arrears.totals },
        claims: claimRows.map((r) => ({
          program: r.program,
          status: r.status,
          count: Number(r.n),
          approved: Number(r.approved),
          paid: paidOf(r.program, r.status),
        })),
        followUps: meetings.flatMap((m) => m.followUps.filter((f) => !f.doneOn).map((f) => ({ ...f, meetingId: m.id, meetingOn: m.heldOn }))),
        forceMajeure,
      };
    },
  };
}

export type Dashboard = ReturnType<typeof createDashboard>;
