/**
 * The per-person references the dashboard's grouped reads are held to by the tests (the product reads
 * only the grouped ones: contributions' rosterFactGroups and rosterPage, the dashboard's figures and
 * unprotected list). Written apart from what they check, sharing as little code with it as they can:
 * - rosterChargeKeysAggregated: each person's charge key afresh from the bill lines (an ordered
 *   string aggregate in the database), not from the summaries;
 * - rosterChargeKeys: the same rows from the summaries (participant_charges), each person's stored
 *   keys read and cut to the month one person at a time (not the grouped read's query nor its cache);
 * - personStatuses: every person's protection one at a time, the rule (protectionOn) run for each
 *   person over their bills' facts read from the bill lines and payments (not the dashboard's judged,
 *   billsWithDues or bill_dues).
 */
import { sql, type JoinBuilder, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../db/schema.ts';
import { dialectOf } from '../db/columns.ts';
import { addDays } from '../core/dates.ts';
import { agreementParties, datesOf } from '../agreements/index.ts';
import { chargeFacts, dueDate, periodOf, protectionOn, type ChargeFacts, type RosterQuery } from '../contributions/index.ts';
import { holidayCalendar } from '../holidays/index.ts';
import { REASON_LABEL, type PersonStatus, type UnprotectedReason } from '../monitoring/dashboard.ts';
import type { Harness } from './harness.ts';

type Tx = Kysely<DB>;

/**
 * The dashboard's protection facts for a whole roster in ONE query: every employee of the
 * government `institutionId` on the roster on `date` (optionally of one unit), in the order the
 * dashboard lists them, with their participation in the agreement and `charges`, the key of their
 * charge lines up to `period`: 'billId:period' of every charge not reversed by a credit, by month,
 * comma-separated. A credited charge counts as no charge for protection (protectionOn), so two
 * people with the same participation dates and the same key have the same protection, and the
 * rule runs once per distinct key. A renewal's participant also owns the charges of the row it
 * continues (carried_from_id): the boundary month billed once, under the predecessor.
 * The lines come in two halves joined by UNION ALL — the agreement's own bills' lines, by bill id
 * through bill_lines_bill_idx, and the carried predecessors' lines through the participant index —
 * so the query reads this agreement's lines only, not a whole province's on a shared database (one
 * OR across both made PostgreSQL scan all of bill_lines; bench/province.bench.ts). The first half
 * keys its lines by their own participant: should a predecessor's row have a line on this
 * agreement's bills, its key is never joined to this roster (a row carried on belongs to the
 * predecessor, carry-over.ts), while the second half gives that line to the row continuing it.
 * (Excluding those lines line by line cost a hash probe for each of the agreement's lines.)
 * Computed afresh from the bill lines: the reference the summaries' read (rosterChargeKeys below,
 * and so the grouped read) is held to.
 */
export async function rosterChargeKeysAggregated(db: Tx, o: RosterQuery) {
  const postgres = dialectOf(db as unknown as Kysely<unknown>) === 'postgres';
  const item = sql<string>`cast(x.bill_id as text) || ':' || x.period`;
  const carriedOn = (join: JoinBuilder<DB & { l: DB['bill_lines']; s: DB['participants'] }, 'l' | 's'>) =>
    join.onRef('s.carried_from_id', '=', 'l.participant_id').on('s.agreement_id', '=', o.agreementId).on('s.carried_from_id', 'is not', null);
  const live = (q: SelectQueryBuilder<DB & { l: DB['bill_lines'] }, 'l', object>) =>
    q
      .where('l.period', '<=', o.period)
      .where('l.kind', '=', sql.lit('charge'))
      .where((eb) =>
        eb.not(eb.exists(eb.selectFrom('bill_lines as c').select('c.id').whereRef('c.corrects_line_id', '=', 'l.id').where('c.kind', '=', sql.lit('credit')))),
      );
  // The agreement's bills by id (as billsWithDues): a join on bills.agreement_id scanned every line.
  const billIds = (await db.selectFrom('bills').select('id').where('agreement_id', '=', o.agreementId).execute()).map((b) => b.id);
  const own = live(db.selectFrom('bill_lines as l'))
    .select(['l.participant_id as owner', 'l.bill_id', 'l.period'])
    .where('l.bill_id', 'in', billIds.length ? billIds : [-1]);
  const carried = live(db.selectFrom('bill_lines as l')).innerJoin('participants as s', carriedOn).select(['s.id as owner', 'l.bill_id', 'l.period']);
  const keys = db
    .selectFrom(own.unionAll(carried).as('x'))
    .select('x.owner')
    .select(
      postgres
        ? sql<string>`string_agg(${item}, ',' order by x.period, x.bill_id)`.as('charges')
        : sql<string>`group_concat(${item}, ',' order by x.period, x.bill_id)`.as('charges'),
    )
    .groupBy('x.owner');
  // MATERIALIZED: inlined, PostgreSQL misjudged the keys as one row and ran them once per employee.
  let q = db
    .with(
      (cte) => cte('k').materialized(),
      () => keys,
    )
    .selectFrom('employees as e')
    .innerJoin('work_units as u', 'u.id', 'e.work_unit_id')
    .leftJoin('participants as p', (join) => join.onRef('p.employee_id', '=', 'e.id').on('p.agreement_id', '=', o.agreementId))
    .leftJoin('k', 'k.owner', 'p.id')
    .select(['e.id', 'e.nik', 'e.full_name', 'e.work_unit_id', 'u.code', 'u.name', 'p.id as participant_id', 'p.status', 'p.registered_on', 'p.deactivated_on'])
    .select('k.charges')
    .where('e.institution_id', '=', o.institutionId)
    .where((w) => w.or([w('e.start_date', 'is', null), w('e.start_date', '<=', o.date)]))
    .where((w) => w.or([w('e.end_date', 'is', null), w('e.end_date', '>=', o.date)]));
  if (o.unitId) q = q.where('e.work_unit_id', '=', o.unitId);
  return q.orderBy('u.code').orderBy('e.full_name').execute();
}

/**
 * The same rows as rosterChargeKeysAggregated (the same `charges` keys, in the same order), read from
 * the summaries as the bill runs and credit notes keep them: the roster with each person's
 * participation, then, person by person, their stored key (participant_charges) and, for a renewal's
 * participant, the stored key of the row it continues (carried_from_id), both cut to `period` and
 * sorted by month and bill person by person.
 */
export async function rosterChargeKeys(db: Tx, o: RosterQuery) {
  let q = db
    .selectFrom('employees as e')
    .innerJoin('work_units as u', 'u.id', 'e.work_unit_id')
    .leftJoin('participants as p', (join) => join.onRef('p.employee_id', '=', 'e.id').on('p.agreement_id', '=', o.agreementId))
    .select([
      'e.id',
      'e.nik',
      'e.full_name',
      'e.work_unit_id',
      'u.code',
      'u.name',
      'p.id as participant_id',
      'p.status',
      'p.registered_on',
      'p.deactivated_on',
      'p.carried_from_id',
    ])
    .where('e.institution_id', '=', o.institutionId)
    .where((w) => w.or([w('e.start_date', 'is', null), w('e.start_date', '<=', o.date)]))
    .where((w) => w.or([w('e.end_date', 'is', null), w('e.end_date', '>=', o.date)]));
  if (o.unitId) q = q.where('e.work_unit_id', '=', o.unitId);
  const people = await q.orderBy('u.code').orderBy('e.full_name').execute();
  // The stored keys of the roster's participants and of the rows they continue, by participant.
  const ids = people.flatMap((p) => [p.participant_id, p.carried_from_id]).filter((id) => id !== null);
  const stored = new Map(
    (ids.length ? await db.selectFrom('participant_charges').select(['participant_id', 'charges']).where('participant_id', 'in', ids).execute() : []).map(
      (r) => [r.participant_id, r.charges],
    ),
  );
  const rows = [];
  for (const { carried_from_id, ...person } of people) {
    const items = [person.participant_id, carried_from_id].flatMap((id) => (id === null ? [] : (stored.get(id) ?? '').split(',')));
    const charges = items
      .filter((item) => item.length > 0)
      .map((item) => {
        const [billId, month] = item.split(':') as [string, string];
        return { billId: Number(billId), month };
      })
      .filter((c) => c.month <= o.period)
      .sort((x, y) => (x.month === y.month ? x.billId - y.billId : x.month < y.month ? -1 : 1))
      .map((c) => `${c.billId}:${c.month}`);
    rows.push({ ...person, charges: charges.length ? charges.join(',') : null });
  }
  return rows;
}

/**
 * Roster rows counted by unit and protection facts (participation, key cut to the month), each as
 * 'unit|status|registered|deactivated|key: n', sorted: rosterFactGroups' groups (`n` people each;
 * two stored keys may cut to one key) and a per-person read (one each) compare in this form.
 */
export function factCounts(
  rows: readonly {
    work_unit_id: number;
    status: string | null;
    registered_on: string | null;
    deactivated_on: string | null;
    charges: string | null;
    n?: number;
  }[],
): string[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const facts = `${r.work_unit_id}|${r.status}|${r.registered_on}|${r.deactivated_on}|${r.charges}`;
    counts.set(facts, (counts.get(facts) ?? 0) + (r.n ?? 1));
  }
  return [...counts].map(([facts, n]) => `${facts}: ${n}`).sort();
}

/**
 * Bills as protection reads them, by id: each one's number, due date, what was paid on it (payments +
 * credit applied) and its dues by month, summed from its lines (not from bill_dues).
 */
async function billFacts(db: Tx, billIds: readonly number[]) {
  const facts = new Map<number, { number: string; dueDate: string; paid: number; dues: { period: string; due: number }[] }>();
  if (billIds.length === 0) return facts;
  for (const b of await db.selectFrom('bills').select(['id', 'number', 'due_date', 'credits_applied']).where('id', 'in', billIds).execute())
    facts.set(b.id, { number: b.number, dueDate: b.due_date, paid: Number(b.credits_applied), dues: [] });
  for (const p of await db.selectFrom('payments').select(['bill_id', 'amount']).where('bill_id', 'in', billIds).execute())
    facts.get(p.bill_id)!.paid += Number(p.amount);
  for (const l of await db.selectFrom('bill_lines').select(['bill_id', 'period', 'total']).where('bill_id', 'in', billIds).execute()) {
    const dues = facts.get(l.bill_id)!.dues;
    const month = dues.find((d) => d.period === l.period);
    if (month) month.due += Number(l.total);
    else dues.push({ period: l.period, due: Number(l.total) });
  }
  for (const f of facts.values()) f.dues.sort((x, y) => (x.period < y.period ? -1 : 1));
  return facts;
}

/**
 * Every roster employee of the agreement's regency with their protection on `date` (today: the
 * harness's), one person at a time: their participation and charge key (rosterChargeKeys), their
 * charged months' facts from their bills (billFacts), and the rule (protectionOn) for that person. Not
 * enrolled (never, or rejected) and pending registrations as the dashboard words them (in Bahasa: the
 * tests call this outside a request).
 */
export async function personStatuses(h: Harness, agreementId: number, date: string, unitId?: number): Promise<PersonStatus[]> {
  const db = h.handle.db;
  const a = await agreementParties(db, agreementId);
  if (!a) throw new Error(`no agreement ${agreementId}`);
  const period = periodOf(date);
  const people = await rosterChargeKeys(db, { agreementId, institutionId: a.party_one_institution_id, date, period, unitId });
  const charged = (e: { charges: string | null }) =>
    (e.charges ?? '')
      .split(',')
      .filter((item) => item.length > 0)
      .map((item) => item.split(':') as [string, string]);
  // The bills the people's keys name, and the holidays from the first due date any person needs (the
  // earliest month registered or charged) to a little past the asked month's.
  const bills = await billFacts(db, [...new Set(people.flatMap((e) => charged(e).map(([billId]) => Number(billId))))]);
  const first = [
    period,
    ...people.flatMap((e) => [...(e.registered_on ? [periodOf(e.registered_on)] : []), ...charged(e).map(([, month]) => month)]),
  ].sort()[0]!;
  const calendar = await holidayCalendar(db, dueDate(first), addDays(dueDate(period), 60));
  const statuses: PersonStatus[] = [];
  for (const e of people) {
    const person = { employeeId: e.id, nik: e.nik, fullName: e.full_name, unitId: e.work_unit_id, unitCode: e.code, unitName: e.name };
    if (e.status !== 'registered') {
      const reason: UnprotectedReason = e.status === null || e.status === 'rejected' ? 'not_enrolled' : 'pending';
      statuses.push({ ...person, enrolled: false, protected: false, state: 'not_covered', reason, detail: REASON_LABEL[reason] });
      continue;
    }
    const months: (ChargeFacts & { period: string })[] = charged(e).map(([billId, month]) => ({
      ...chargeFacts(bills.get(Number(billId))!, month, false, calendar),
      period: month,
    }));
    const v = protectionOn({
      date,
      asOf: h.today(),
      calendar,
      participation: { registeredOn: e.registered_on, deactivatedOn: e.deactivated_on, agreement: datesOf(a) },
      charge: months.find((c) => c.period === period) ?? null,
      earlier: months.filter((c) => c.period < period),
    });
    statuses.push({
      ...person,
      enrolled: !['deactivated', 'before_enrolment', 'not_enrolled'].includes(v.code),
      protected: v.protected,
      state: v.state,
      reason: v.protected ? null : (v.code as UnprotectedReason),
      detail: v.reason,
    });
  }
  return statuses;
}
