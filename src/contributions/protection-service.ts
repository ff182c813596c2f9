/**
 * Protection (PKS Pasal 4: protection lasts as long as what was paid): is a person protected on
 * a day and why (not), the clerk's lookup, the hot check of the API, and the employee timeline.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { assertEmployeeInScope, canSeeEmployee, unitLimit, visibleGovernmentIds } from '../core/scope.ts';
import { AppError, notFound } from '../core/errors.ts';
import { addDays } from '../core/dates.ts';
import { formatDay, textLanguage, tr } from '../core/language.ts';
import { oneConnection } from '../db/prepared.ts';
import { keptWhileUnchanged } from '../db/data-version.ts';
import { effectiveEnd, isWithinValidity, datesOf, getAgreement } from '../agreements/index.ts';
import * as repo from './repo.ts';
import { calendarOf, holidayCalendar, holidayDatesOf } from '../holidays/index.ts';
import { sessionRowOf, type SessionRow } from '../auth/index.ts';
import { addPeriods, dueDate, lastDay, paidMonths, periodLabel, periodOf } from './rules.ts';
import { chargeFacts, coverageStart, protectionOn, type ChargeFacts, type ProtectionVerdict } from './protection.ts';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The last day whose holidays the check of `date` reads: a little past the asked month's due date. */
const holidaysTo = (date: string) => addDays(dueDate(periodOf(date)), 60);

export function createProtectionService({ db, today }: { db: Kysely<DB>; today: () => string }) {
  /**
   * Bills are immutable once issued, so what each month of a bill is due never changes: it is
   * read once per bill and kept (the protection check is a hot path; only payments change).
   */
  const duesCache = new Map<number, Awaited<ReturnType<typeof repo.monthDues>>>();
  async function monthDuesOf(executor: Kysely<DB>, billId: number) {
    const cached = duesCache.get(billId);
    if (cached) return cached;
    const dues = await repo.monthDues(executor, billId);
    // Kept only when read outside a transaction (committed: a rolled-back bill is never kept).
    if (!executor.isTransaction) {
      if (duesCache.size > 10_000) duesCache.clear();
      duesCache.set(billId, dues);
    }
    return dues;
  }

  /**
   * Protection on `date` from an employee's facts for its month (repo.protectionRows): the
   * participation of the agreement in force on the date (else the newest), its charge, and
   * whether the bill's payments reach that month (a bill's months are paid in order).
   */
  async function verdictOf(
    db: Kysely<DB>,
    rows: repo.ProtectionRow[],
    date: string,
    holidaysRead?: readonly string[],
  ): Promise<ProtectionVerdict & { agreementId: number | null; kpj: string | null }> {
    const participations = rows.filter((p) => p.id !== null);
    const inForce =
      participations.find((p) =>
        isWithinValidity({ signedOn: p.signed_on, durationMonths: p.duration_months!, terminatedOn: p.terminated_on, startsOn: p.starts_on }, date),
      ) ?? participations[0];
    // Months fall due on their moved due date (weekends, holidays): the holidays from the first
    // covered month's due date to a little past the asked month's (one query per check, or read
    // with the check's statement — `holidaysRead`, a wider window — and narrowed to the same days).
    const lastDue = holidaysTo(date);
    const firstDue = inForce?.registered_on && inForce.registered_on < date ? dueDate(periodOf(inForce.registered_on)) : dueDate(periodOf(date));
    const calendar = holidaysRead ? calendarOf(holidaysRead.filter((d) => d >= firstDue && d <= lastDue)) : await holidayCalendar(db, firstDue, lastDue);
    let charge: ChargeFacts | null = null;
    // The month of a renewal's boundary is billed once, under either agreement (same KPJ).
    const charged = inForce && inForce.bill_id === null && inForce.kpj ? participations.find((p) => p.bill_id !== null && p.kpj === inForce.kpj) : inForce;
    if (charged && charged.bill_id !== null) {
      const dues = await monthDuesOf(db, charged.bill_id);
      const paid = Number(charged.paid ?? 0) + Number(charged.credits_applied ?? 0);
      charge = chargeFacts(
        { number: charged.bill_number ?? '', dueDate: charged.bill_due_date ?? '', paid, dues },
        periodOf(date),
        !!charged.credited,
        calendar,
      );
    }
    const earlier: (ChargeFacts & { period: string })[] = [];
    const participation = inForce
      ? {
          registeredOn: inForce.registered_on,
          deactivatedOn: inForce.deactivated_on,
          agreement: {
            signedOn: inForce.signed_on,
            durationMonths: inForce.duration_months!,
            terminatedOn: inForce.terminated_on,
            startsOn: inForce.starts_on,
          },
        }
      : null;
    // The earlier months' charges, when the participation has earlier months (covered before the asked month's).
    const start = participation && coverageStart(participation);
    if (
      inForce?.id &&
      inForce.registered_on &&
      date >= inForce.registered_on &&
      !(inForce.deactivated_on && date >= inForce.deactivated_on) &&
      start &&
      periodOf(start) < periodOf(date)
    ) {
      for (const c of await repo.earlierCharges(db, inForce.id, periodOf(date))) {
        const facts = chargeFacts(
          { number: c.bill_number, dueDate: c.bill_due_date, paid: Number(c.paid ?? 0) + c.credits_applied, dues: await monthDuesOf(db, c.bill_id) },
          c.period,
          !!c.credited,
          calendar,
        );
        earlier.push({ ...facts, period: c.period });
      }
    }
    const verdict = protectionOn({
      date,
      asOf: today(),
      calendar,
      earlier,
      participation,
      charge,
    });
    return { ...verdict, agreementId: inForce?.agreement_id ?? null, kpj: inForce?.kpj ?? null };
  }

  /**
   * The API check's answers, each kept for its session, person, day, today and language while nothing in the
   * database changes (db/data-version.ts): the same question asked again is answered without
   * reading the database. A kept answer is still given only after the session's row it was read
   * with is judged again (expiry, sliding); who the caller is and what they may see come from that
   * row, so the permission and scope decided then still hold.
   */
  type Kept = { session: SessionRow; answer: CheckAnswer };
  type CheckAnswer = ProtectionVerdict & { agreementId: number | null; kpj: string | null; employeeId: number; nik: string; fullName: string; date: string };
  const keptAnswers = keptWhileUnchanged<Kept>(db);

  async function protectionOf(employeeId: number, date: string): Promise<ProtectionVerdict & { agreementId: number | null; kpj: string | null }> {
    return verdictOf(db, await repo.protectionRows(db, { employeeId }, periodOf(date)), date);
  }

  return {
    /**
     * Who a clerk means: a 16-digit NIK, an 11-digit KPJ, or part of a name (at least 3 letters).
     * Several people may match a name: the caller shows them as a pick list and checks one by employeeId.
     */
    async lookup(actor: Actor, raw: string) {
      authorize(actor, 'contributions:read');
      const q = raw.trim();
      const by = /^\d{16}$/.test(q) ? { nik: q } : /^\d{11}$/.test(q) ? { kpj: q } : q.length >= 3 && !/^\d+$/.test(q) ? { name: q } : null;
      if (!by) throw new AppError('validation_failed', 'Cari dengan NIK (16 digit), KPJ (11 digit) atau nama (minimal 3 huruf)');
      // Only people in the caller's scope (src/core/scope.ts): its governments, an operator its own unit.
      const rows = await repo.lookupPeople(db, by, { unitId: unitLimit(actor), governmentIds: await visibleGovernmentIds(db, actor) });
      return {
        query: q,
        by: Object.keys(by)[0] as 'nik' | 'kpj' | 'name',
        items: rows.map((r) => ({
          employeeId: r.employee_id,
          nik: r.nik,
          fullName: r.full_name,
          birthDate: r.birth_date,
          kpj: r.kpj,
          unitCode: r.unit_code,
          unitName: r.unit_name,
        })),
      };
    },

    /** Is this employee protected on `date`, and why (not)? */
    async protection(actor: Actor, who: { employeeId?: number; nik?: string }, date: string) {
      authorize(actor, 'contributions:read');
      if (!who.employeeId && !who.nik) throw new AppError('validation_failed', 'Sebutkan pegawai (employeeId) atau NIK');
      // A hot path: its few compiled-once queries run on one connection of the pool, taken once.
      return oneConnection(db, async (conn) => {
        // One query: the employee with the facts of their protection in the month.
        const rows = await repo.protectionRows(conn, who, periodOf(date));
        const employee = rows[0];
        if (!employee) throw notFound('Pegawai', who.employeeId ?? who.nik);
        if (!(await canSeeEmployee(conn, actor, { work_unit_id: employee.work_unit_id, institution_id: employee.institution_id })))
          throw notFound('Pegawai', who.employeeId ?? who.nik);
        const verdict = await verdictOf(conn, rows, date);
        return { employeeId: employee.employee_id, nik: employee.nik, fullName: employee.full_name, date, ...verdict };
      });
    },

    /**
     * The same check for a caller whose session is read in the check's own statement (the API's hot
     * path, http/auth.ts SessionGate): one statement reads the session, the employee's facts, the
     * scope's lookup and the holidays (one round trip on PostgreSQL); `gate.admit` judges the session
     * as every request's is judged, before anything else read is used; then as `protection`.
     */
    async protectionInSession(
      gate: { tokenHash: string; admit(row: SessionRow | undefined): Promise<Actor> },
      who: { employeeId?: number; nik?: string },
      date: string | undefined,
    ) {
      const day = date ?? today();
      // The reason's words are in the request's language: another language is another answer.
      const key = `${gate.tokenHash} ${who.employeeId ?? ''} ${who.nik ?? ''} ${day} ${today()} ${textLanguage()}`;
      const version = keptAnswers.version();
      const kept = keptAnswers.get(key, version);
      if (kept) {
        // The session's row judged again (its expiry is a matter of time); the permission and the scope
        // were decided from that same row and the same place when the answer was kept, and cannot differ.
        await gate.admit(kept.session);
        return kept.answer;
      }
      const rows = await repo.protectionCheckRows(db, gate.tokenHash, who, { period: periodOf(day), date: day, holidaysTo: holidaysTo(day) });
      const actor = await gate.admit(rows[0] && sessionRowOf(rows[0]));
      authorize(actor, 'contributions:read');
      if (!who.employeeId && !who.nik) throw new AppError('validation_failed', 'Sebutkan pegawai (employeeId) atau NIK');
      const employee = rows[0]!;
      if (employee.employee_id === null) throw notFound('Pegawai', who.employeeId ?? who.nik);
      const place = { work_unit_id: employee.work_unit_id!, institution_id: employee.institution_id! };
      // The governments visible to the caller's institution, among the employee's own: all the scope's decision looks at.
      const governments = employee.government_visible ? [place.institution_id] : [];
      if (!(await canSeeEmployee(db, actor, place, governments))) throw notFound('Pegawai', who.employeeId ?? who.nik);
      const verdict = await verdictOf(db, rows as repo.ProtectionRow[], day, holidayDatesOf(employee.holidays));
      const answer: CheckAnswer = { employeeId: employee.employee_id, nik: employee.nik!, fullName: employee.full_name!, date: day, ...verdict };
      // Frozen whole: the same object is given to every later asker (and its JSON text kept, http/app.ts).
      deepFreeze(answer);
      keptAnswers.keep(key, version, { session: sessionRowOf(rows[0]!), answer });
      return answer;
    },

    protectionOf,

    /** Months of contributions paid for an employee up to the month of `date`, as Lindung recorded them (credited months excluded). */
    async paidMonthsOf(employeeId: number, date: string): Promise<number> {
      const lines = await repo.chargesOfEmployee(db, employeeId, periodOf(date));
      const paidByBill = new Map<number, Set<string>>();
      for (const billId of new Set(lines.map((l) => l.bill_id))) {
        const bill = (await repo.getBill(db, billId))!;
        const paid = paidMonths(await monthDuesOf(db, billId), (await repo.paidSum(db, billId)) + bill.credits_applied).paid;
        paidByBill.set(billId, new Set(paid));
      }
      return new Set(lines.filter((l) => !l.credited && paidByBill.get(l.bill_id)?.has(l.period)).map((l) => l.period)).size;
    },

    /**
     * The last day the employee page's timeline shows: today, or — when the agreement of the
     * employee's latest participation has ended (and no later one runs) — its last day, said so.
     */
    async timelineEnd(actor: Actor, employeeId: number, today: string): Promise<{ end: string; ended: boolean; note: string | null }> {
      authorize(actor, 'contributions:read');
      await assertEmployeeInScope(db, actor, employeeId);
      const agreementIds = await repo.agreementsOfEmployee(db, employeeId);
      const ends: string[] = [];
      for (const id of agreementIds) {
        const a = await getAgreement(db, id);
        const end = a ? effectiveEnd(datesOf(a)) : null;
        // Signed and not ended (or no end): today is the day to show.
        if (!a?.signed_on || !end || end >= today) return { end: today, ended: false, note: null };
        ends.push(end);
      }
      if (ends.length === 0) return { end: today, ended: false, note: null };
      const end = ends.sort().at(-1)!;
      return { end, ended: true, note: tr(`Keadaan per ${formatDay(end)} — perjanjian telah berakhir`, `As of ${formatDay(end)} — the agreement has ended`) };
    },

    /** The protection of each of the `months` months up to the month of `end` (the employee page's timeline). */
    async timeline(actor: Actor, employeeId: number, end: string, months = 24) {
      authorize(actor, 'contributions:read');
      await assertEmployeeInScope(db, actor, employeeId);
      const out = [];
      for (let i = months - 1; i >= 0; i--) {
        const period = addPeriods(periodOf(end), -i);
        const day = i === 0 ? end : lastDay(period);
        const v = await protectionOf(employeeId, day);
        out.push({ period, label: periodLabel(period), protected: v.protected, state: v.state, code: v.code, params: v.params, reason: v.reason });
      }
      return out;
    },
  };
}
