/** SQL for bills, bill lines, payments and credits. Amounts are integer rupiah. */
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { prepared, type Params } from '../db/prepared.ts';
import { dialectOf } from '../db/columns.ts';
import { sessionApartQuery } from '../auth/index.ts';
import { governmentVisibleTo } from '../core/scope-repo.ts';
import { holidayDatesText } from '../holidays/index.ts';

type Tx = Kysely<DB>;

export async function billsOf(db: Tx, agreementId: number) {
  return db.selectFrom('bills').selectAll().where('agreement_id', '=', agreementId).orderBy('first_period').orderBy('id').execute();
}

export async function getBill(db: Tx, id: number) {
  return db.selectFrom('bills').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getBillByNumber(db: Tx, number: string) {
  return db.selectFrom('bills').selectAll().where('number', '=', number).executeTakeFirst();
}

export async function insertBill(trx: Tx, row: Omit<DB['bills'], 'id' | 'created_at'> & { created_at?: string }) {
  const { id } = await trx.insertInto('bills').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateBillAmounts(trx: Tx, id: number, amounts: { charges: number; credits_applied: number; amount_due: number; number?: string }) {
  await trx.updateTable('bills').set(amounts).where('id', '=', id).execute();
}

/** The charge lines (`x`) of a month, for insertMonthCharges' renewal guards on who is already charged for it. */
function chargeOfMonth(w: ExpressionBuilder<DB & { p: DB['participants']; e: DB['employees'] }, 'bill_lines' | 'p' | 'e'>, period: string) {
  return w.selectFrom('bill_lines as x').select('x.id').where('x.period', '=', period).where('x.kind', '=', 'charge');
}

/**
 * Charges for one month in ONE statement (INSERT … SELECT): every registered participant of the
 * agreement billable in the month (the rule of contributions/rules.ts isBillableMonth, in SQL)
 * and not yet charged for it, at the amounts the rule computed for the terms in force.
 * "Not yet charged" is the one-charge-a-month index itself (bill_lines_one_charge_uq: ON CONFLICT
 * DO NOTHING skips the participant), which the insert probes anyway: a NOT EXISTS guard probed it a
 * second time for every line (SQLite, 200,000 people: 590 → 510 ms a month against 446 ms for the
 * plain INSERT … SELECT). The renewal guards ask about other participants, so they stay.
 */
export async function insertMonthCharges(
  trx: Tx,
  args: {
    billId: number;
    agreementId: number;
    period: string;
    firstDay: string;
    lastDay: string;
    wage: number;
    jkk: number;
    jkm: number;
    total: number;
    termsVersionId: number;
  },
): Promise<void> {
  const int = (v: number) => sql<number>`cast(${v} as bigint)`;
  await trx
    .insertInto('bill_lines')
    .columns(['bill_id', 'kind', 'participant_id', 'employee_id', 'work_unit_id', 'period', 'wage', 'jkk', 'jkm', 'total', 'terms_version_id'])
    .expression((eb) =>
      eb
        .selectFrom('participants as p')
        .innerJoin('employees as e', 'e.id', 'p.employee_id')
        .select([
          int(args.billId).as('bill_id'),
          sql<string>`cast(${'charge'} as text)`.as('kind'),
          'p.id as participant_id',
          'e.id as employee_id',
          'e.work_unit_id',
          sql<string>`cast(${args.period} as text)`.as('period'),
          int(args.wage).as('wage'),
          int(args.jkk).as('jkk'),
          int(args.jkm).as('jkm'),
          int(args.total).as('total'),
          int(args.termsVersionId).as('terms_version_id'),
        ])
        .where('p.agreement_id', '=', args.agreementId)
        .where('p.status', '=', 'registered')
        .where('p.registered_on', '<=', args.lastDay)
        .where((w) => w.or([w('p.deactivated_on', 'is', null), w('p.deactivated_on', '>', args.firstDay)]))
        // Across a renewal a person pays a month once: the month of the boundary is billed by
        // whichever agreement bills it first (the participant it continues, or its continuation).
        // A participant carried from none (nearly all) is not looked up: SQLite ran the subquery for
        // every line, to find nothing (500,000 people: 40 ms of the statement).
        .where((w) =>
          w.or([w('p.carried_from_id', 'is', null), w.not(w.exists(chargeOfMonth(w, args.period).whereRef('x.participant_id', '=', 'p.carried_from_id')))]),
        )
        .where((w) =>
          w.not(w.exists(chargeOfMonth(w, args.period).innerJoin('participants as s', 's.id', 'x.participant_id').whereRef('s.carried_from_id', '=', 'p.id'))),
        ),
    )
    // The index's own predicate, as a literal: both databases match the target to the partial index by it.
    .onConflict((oc) => oc.columns(['participant_id', 'period']).where(sql.ref('kind'), '=', sql.lit('charge')).doNothing())
    .execute();
}

/**
 * The charge summary of one month of a bill just written (insertMonthCharges): ',billId:period,'
 * appended to each charged participant's key (participant_charges), a row made for someone charged
 * the first time. One statement, upserting; on PostgreSQL the upsert locks each participant's row
 * and appends to its latest version, so two writers never lose each other's items (bill runs of
 * one agreement are also serialised by lockAgreement). One month at a time: a participant has at
 * most one charge per month (bill_lines_one_charge_uq), so no row is met twice in the statement.
 */
export async function appendChargeKeys(trx: Tx, args: { billId: number; agreementId: number; period: string }): Promise<void> {
  // The item is the same for every line: written once as a parameter, not put together per line
  // (1,000,000 lines on SQLite: 0.45 s -> 0.32 s of CPU).
  const item = `${args.billId}:${args.period},`;
  await sql`insert into participant_charges (participant_id, agreement_id, charges)
    select l.participant_id, cast(${args.agreementId} as integer), cast(${`,${item}`} as text)
    from bill_lines l where l.bill_id = ${args.billId} and l.period = ${args.period} and l.kind = 'charge'
    on conflict (participant_id) do update set charges = participant_charges.charges || cast(${item} as text)`.execute(trx);
}

/**
 * A bill's dues by month and work unit (bill_dues), written once when the bill is issued, after
 * its lines (a bill run, a supplementary bill, a credit note): bills never change afterwards.
 * `periods`: the months the bill has lines for. Month by month, grouped by the unit alone: SQLite
 * sorts the lines to group them, and sorting a million lines by the unit took half the time of
 * sorting them by bill, month and unit (1,000,000 lines: 0.4 s against 0.9 s). Returns the bill's total.
 */
export async function summarizeBillDues(trx: Tx, billId: number, periods: readonly string[]): Promise<number> {
  for (const period of new Set(periods)) {
    await trx
      .insertInto('bill_dues')
      .columns(['bill_id', 'period', 'work_unit_id', 'due', 'lines'])
      .expression((eb) =>
        eb
          .selectFrom('bill_lines as l')
          .select([
            sql<number>`cast(${billId} as integer)`.as('bill_id'),
            sql<string>`cast(${period} as text)`.as('period'),
            'l.work_unit_id',
            sql<number>`sum(l.total)`.as('due'),
            sql<number>`count(*)`.as('lines'),
          ])
          .where('l.bill_id', '=', billId)
          .where('l.period', '=', period)
          .groupBy('l.work_unit_id'),
      )
      .execute();
  }
  const { total } = await trx
    .selectFrom('bill_dues')
    .select(sql<number>`coalesce(sum(due), 0)`.as('total'))
    .where('bill_id', '=', billId)
    .executeTakeFirstOrThrow();
  return Number(total);
}

/**
 * Takes the charges a credit note reverses out of their participants' keys (participant_charges):
 * ',billId:period,' replaced by ','. Set-wise in rounds — the first credited charge of every
 * participant, then the second of those with more, … — so no row is updated twice in a statement;
 * each update works on the row's latest version (PostgreSQL row lock), like the bill run's append.
 */
export async function removeChargeKeys(trx: Tx, charges: readonly { participant_id: number; bill_id: number; period: string }[]): Promise<void> {
  const byParticipant = new Map<number, string[]>();
  for (const c of charges) byParticipant.set(c.participant_id, [...(byParticipant.get(c.participant_id) ?? []), `,${c.bill_id}:${c.period},`]);
  for (let round = 0; ; round++) {
    const batch = [...byParticipant].filter(([, items]) => items.length > round).map(([id, items]) => [id, items[round]!] as const);
    if (batch.length === 0) break;
    for (let i = 0; i < batch.length; i += 500) {
      const values = sql.join(batch.slice(i, i + 500).map(([id, item]) => sql`(cast(${id} as integer), cast(${item} as text))`));
      await sql`update participant_charges set charges = replace(charges, v.column2, ',')
        from (values ${values}) as v where participant_charges.participant_id = v.column1`.execute(trx);
    }
  }
}

/**
 * Rebuilds the summaries (bill_dues, participant_charges) from the bill lines, set-wise: all of
 * them, or one agreement's (its bills' dues, its participants' keys). Migration 0029 fills them
 * with it; so does anything that writes lines in bulk outside the services (bench/province-data.ts).
 */
export async function rebuildChargeSummaries(db: Tx, agreementId?: number): Promise<void> {
  const postgres = dialectOf(db as unknown as Kysely<unknown>) === 'postgres';
  const item = sql`cast(l.bill_id as text) || ':' || l.period`;
  // In month order, as the bill runs append them: people charged alike store the same text, so the
  // dashboard cuts and sorts a key once for them all (chargeKeysUpTo).
  const joined = postgres ? sql`string_agg(${item}, ',' order by l.period, l.bill_id)` : sql`group_concat(${item}, ',' order by l.period, l.bill_id)`;
  const ofBills = agreementId === undefined ? sql`` : sql`where bill_id in (select id from bills where agreement_id = ${agreementId})`;
  await sql`delete from bill_dues ${ofBills}`.execute(db);
  await sql`insert into bill_dues (bill_id, period, work_unit_id, due, lines)
    select bill_id, period, work_unit_id, sum(total), count(*) from bill_lines ${ofBills} group by bill_id, period, work_unit_id`.execute(db);
  await sql`delete from participant_charges ${agreementId === undefined ? sql`` : sql`where agreement_id = ${agreementId}`}`.execute(db);
  await sql`insert into participant_charges (participant_id, agreement_id, charges)
    select l.participant_id, p.agreement_id, ',' || ${joined} || ','
    from bill_lines l join participants p on p.id = l.participant_id
    where l.kind = 'charge' and not exists (select c.id from bill_lines c where c.corrects_line_id = l.id and c.kind = 'credit')
      ${agreementId === undefined ? sql`` : sql`and p.agreement_id = ${agreementId}`}
    group by l.participant_id, p.agreement_id`.execute(db);
}

/**
 * The summaries as stored and as the bill lines say now, each in one canonical form (sorted rows;
 * a key's items sorted, an empty key left out): tests hold them equal after every kind of write.
 */
export async function chargeSummariesNowAndFresh(db: Tx) {
  const postgres = dialectOf(db as unknown as Kysely<unknown>) === 'postgres';
  const item = sql`cast(l.bill_id as text) || ':' || l.period`;
  const joined = postgres ? sql`string_agg(${item}, ',')` : sql`group_concat(${item}, ',')`;
  const dues = (rows: { bill_id: number; period: string; work_unit_id: number; due: number | string; lines: number | string }[]) =>
    rows.map((r) => `${r.bill_id} ${r.period} unit ${r.work_unit_id}: ${Number(r.due)} in ${Number(r.lines)} lines`).sort();
  const keys = (rows: { participant_id: number; agreement_id: number; charges: string }[]) =>
    rows
      .map((r) => ({ ...r, items: r.charges.split(',').filter(Boolean).sort() }))
      .filter((r) => r.items.length > 0)
      .map((r) => `${r.participant_id} of ${r.agreement_id}: ${r.items.join(',')}`)
      .sort();
  const stored = {
    dues: dues(await db.selectFrom('bill_dues').selectAll().execute()),
    keys: keys(await db.selectFrom('participant_charges').selectAll().execute()),
  };
  const fresh = {
    dues: dues(
      (
        await sql<{
          bill_id: number;
          period: string;
          work_unit_id: number;
          due: number;
          lines: number;
        }>`select bill_id, period, work_unit_id, sum(total) as due, count(*) as lines
      from bill_lines group by bill_id, period, work_unit_id`.execute(db)
      ).rows,
    ),
    keys: keys(
      (
        await sql<{ participant_id: number; agreement_id: number; charges: string }>`select l.participant_id, p.agreement_id, ${joined} as charges
      from bill_lines l join participants p on p.id = l.participant_id
      where l.kind = 'charge' and not exists (select c.id from bill_lines c where c.corrects_line_id = l.id and c.kind = 'credit')
      group by l.participant_id, p.agreement_id`.execute(db)
      ).rows,
    ),
  };
  return { stored, fresh };
}

/**
 * Charges not yet credited whose participant has a deactivation date (candidates for a credit), on
 * the agreement's bills, in the order of its bills (first month, id), then of each bill's lines
 * (month, id). From the deactivated participants (participants_deactivated_idx, migration 0032) to
 * their own lines: not every charge line of the agreement, which grew with each month billed. A
 * bill's lines are its agreement's participants' (insertMonthCharges, insertCreditLines), so the
 * agreement's participants are all there are to read.
 */
export async function chargesOfDeactivated(db: Tx, agreementId: number) {
  return chargesOfDeactivatedQuery(db, agreementId).execute();
}

/** chargesOfDeactivated's query (its plan is tested). */
export function chargesOfDeactivatedQuery(db: Tx, agreementId: number) {
  return (
    db
      .selectFrom('participants as p')
      // CROSS JOIN: SQLite keeps the tables in this order (people, their lines, the lines' bills);
      // with inner joins it read the bills first to give the order below without sorting, i.e. every
      // line again. On PostgreSQL the same inner join.
      .crossJoin('bill_lines as l')
      .crossJoin('bills as b')
      .whereRef('l.participant_id', '=', 'p.id')
      .whereRef('b.id', '=', 'l.bill_id')
      .select([
        'l.id',
        'l.bill_id',
        'l.participant_id',
        'l.employee_id',
        'l.work_unit_id',
        'l.period',
        'l.wage',
        'l.jkk',
        'l.jkm',
        'l.total',
        'l.terms_version_id',
        'p.registered_on',
        'p.deactivated_on',
      ])
      .where('p.agreement_id', '=', agreementId)
      .where('p.deactivated_on', 'is not', null)
      .where('b.agreement_id', '=', agreementId)
      .where('l.kind', '=', 'charge')
      .where((w) => w.not(w.exists(w.selectFrom('bill_lines as c').select('c.id').whereRef('c.corrects_line_id', '=', 'l.id').where('c.kind', '=', 'credit'))))
      .orderBy('b.first_period')
      .orderBy('b.id')
      .orderBy('l.period')
      .orderBy('l.id')
  );
}

/** A credit note's lines: each charge reversed (negative amounts), pointing at the line it corrects. */
export async function insertCreditLines(trx: Tx, creditBillId: number, charges: Awaited<ReturnType<typeof chargesOfDeactivated>>): Promise<void> {
  await trx
    .insertInto('bill_lines')
    .values(
      charges.map((l) => ({
        bill_id: creditBillId,
        kind: 'credit' as const,
        participant_id: l.participant_id,
        employee_id: l.employee_id,
        work_unit_id: l.work_unit_id,
        period: l.period,
        wage: l.wage,
        jkk: -l.jkk,
        jkm: -l.jkm,
        total: -l.total,
        terms_version_id: l.terms_version_id,
        corrects_line_id: l.id,
      })),
    )
    .execute();
}

/** A bill's dues by month, from its summary (bill_dues). `unitId`: that unit's lines only (an operator's view of a bill). */
export async function monthDues(db: Tx, billId: number, unitId?: number) {
  let q = db
    .selectFrom('bill_dues')
    .select(['period', sql<number>`sum(due)`.as('due'), sql<number>`sum(lines)`.as('lines')])
    .where('bill_id', '=', billId);
  if (unitId !== undefined) q = q.where('work_unit_id', '=', unitId);
  const rows = await q.groupBy('period').orderBy('period').execute();
  return rows.map((r) => ({ period: r.period, due: Number(r.due), lines: Number(r.lines) }));
}

export async function totalsByUnit(db: Tx, billId: number) {
  const rows = await db
    .selectFrom('bill_lines as l')
    .innerJoin('work_units as u', 'u.id', 'l.work_unit_id')
    .select([
      'u.id',
      'u.code',
      'u.name',
      sql<number>`count(distinct l.participant_id)`.as('people'),
      sql<number>`sum(l.jkk)`.as('jkk'),
      sql<number>`sum(l.jkm)`.as('jkm'),
      sql<number>`sum(l.total)`.as('total'),
    ])
    .where('l.bill_id', '=', billId)
    .groupBy(['u.id', 'u.code', 'u.name'])
    .orderBy('u.code')
    .execute();
  return rows.map((r) => ({
    unitId: r.id,
    code: r.code,
    name: r.name,
    people: Number(r.people),
    jkk: Number(r.jkk),
    jkm: Number(r.jkm),
    total: Number(r.total),
  }));
}

export async function billLines(db: Tx, billId: number, limit: number, offset: number, unitId?: number) {
  let q = db
    .selectFrom('bill_lines as l')
    .innerJoin('employees as e', 'e.id', 'l.employee_id')
    .innerJoin('work_units as u', 'u.id', 'l.work_unit_id')
    .innerJoin('participants as p', 'p.id', 'l.participant_id')
    .select([
      'l.id',
      'l.kind',
      'l.period',
      'l.wage',
      'l.jkk',
      'l.jkm',
      'l.total',
      'l.corrects_line_id',
      'e.nik',
      'e.full_name',
      'p.kpj',
      'u.code as unit_code',
      'u.name as unit_name',
    ])
    .where('l.bill_id', '=', billId);
  if (unitId !== undefined) q = q.where('l.work_unit_id', '=', unitId);
  return q.orderBy('u.code').orderBy('e.full_name').orderBy('l.period').limit(limit).offset(offset).execute();
}

export async function paymentsOf(db: Tx, billId: number) {
  return db.selectFrom('payments').selectAll().where('bill_id', '=', billId).orderBy('paid_on').orderBy('id').execute();
}

export async function paidSum(db: Tx, billId: number): Promise<number> {
  const { total } = await db
    .selectFrom('payments')
    .select(sql<number>`coalesce(sum(amount), 0)`.as('total'))
    .where('bill_id', '=', billId)
    .executeTakeFirstOrThrow();
  return Number(total);
}

/** The payment of an agreement with this reference key (normalizeReferenceKey: no spaces, upper case). */
export async function findPaymentByReference(db: Tx, agreementId: number, referenceKey: string) {
  return db.selectFrom('payments').selectAll().where('agreement_id', '=', agreementId).where('bank_reference_key', '=', referenceKey).executeTakeFirst();
}

export async function insertPayment(trx: Tx, row: Omit<DB['payments'], 'id' | 'created_at'>): Promise<number> {
  return (await trx.insertInto('payments').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Credit available to an agreement: credit notes and overpayments, less what bills already used. */
export async function availableCredit(db: Tx, agreementId: number): Promise<number> {
  const notes = await db
    .selectFrom('bills')
    .select(sql<number>`coalesce(sum(-amount_due), 0)`.as('v'))
    .where('agreement_id', '=', agreementId)
    .where('kind', '=', 'credit')
    .executeTakeFirstOrThrow();
  const bills = await db
    .selectFrom('bills as b')
    .select([
      'b.amount_due',
      (eb) => eb.selectFrom('payments as p').select(sql<number>`coalesce(sum(p.amount), 0)`.as('s')).whereRef('p.bill_id', '=', 'b.id').as('paid'),
    ])
    .where('b.agreement_id', '=', agreementId)
    .where('b.kind', '!=', 'credit')
    .execute();
  const over = bills.reduce((sum, b) => sum + Math.max(0, Number(b.paid ?? 0) - Number(b.amount_due)), 0);
  const used = await db
    .selectFrom('credit_applications')
    .select(sql<number>`coalesce(sum(amount), 0)`.as('v'))
    .where('agreement_id', '=', agreementId)
    .executeTakeFirstOrThrow();
  return Number(notes.v) + over - Number(used.v);
}

/** Records the part of an agreement's available credit offset against a new bill. */
export async function applyCredit(trx: Tx, agreementId: number, targetBillId: number, amount: number): Promise<void> {
  await trx.insertInto('credit_applications').values({ agreement_id: agreementId, target_bill_id: targetBillId, amount }).execute();
}

/** The agreements an employee has (or had) a participation in. */
export async function agreementsOfEmployee(db: Tx, employeeId: number): Promise<number[]> {
  return (await db.selectFrom('participants').select('agreement_id').distinct().where('employee_id', '=', employeeId).execute()).map((r) => r.agreement_id);
}

/** Every charge line of an employee's participations up to a period, with whether a credit reversed it. */
export async function chargesOfEmployee(db: Tx, employeeId: number, upToPeriod: string) {
  return db
    .selectFrom('bill_lines as l')
    .innerJoin('participants as p', 'p.id', 'l.participant_id')
    .select(['l.bill_id', 'l.period'])
    .select((eb) =>
      eb.exists(eb.selectFrom('bill_lines as c').select('c.id').whereRef('c.corrects_line_id', '=', 'l.id').where('c.kind', '=', 'credit')).as('credited'),
    )
    .where('p.employee_id', '=', employeeId)
    .where('l.kind', '=', 'charge')
    .where('l.period', '<=', upToPeriod)
    .execute();
}

/**
 * The protection facts of an employee for one month, in ONE compiled-once query (the protection
 * check is a hot path): the employee, then each of their registered participations with its
 * agreement's dates, newest agreement first, and beside each its charge line for the period when
 * there is one — whether a credit reversed it, its bill, and the sum paid on that bill so far.
 * At most one charge exists per participant and period (bill_lines_one_charge_uq), so there is
 * one row per participation, or one row with a null participation when there is none, or no row
 * when the employee does not exist.
 * The kinds and status are literals, not bound values: SQLite re-prepares a statement on every
 * run when a bound value meets a partial index's WHERE (both bill_lines indexes here are partial).
 */
function protectionFacts(db: Tx, period: string) {
  return db
    .selectFrom('employees as e')
    .leftJoin('participants as p', (join) => join.onRef('p.employee_id', '=', 'e.id').on('p.status', '=', sql.lit('registered')))
    .leftJoin('agreements as a', 'a.id', 'p.agreement_id')
    .leftJoin('bill_lines as l', (join) => join.onRef('l.participant_id', '=', 'p.id').on('l.period', '=', period).on('l.kind', '=', sql.lit('charge')))
    .leftJoin('bills as b', 'b.id', 'l.bill_id')
    .select(['e.id as employee_id', 'e.nik', 'e.full_name', 'e.work_unit_id', 'e.institution_id'])
    .select(['p.id', 'p.agreement_id', 'p.kpj', 'p.registered_on', 'p.deactivated_on', 'a.signed_on', 'a.starts_on', 'a.duration_months', 'a.terminated_on'])
    .select(['l.bill_id', 'b.number as bill_number', 'b.credits_applied', 'b.due_date as bill_due_date'])
    .select((eb) =>
      eb
        .exists(eb.selectFrom('bill_lines as c').select('c.id').whereRef('c.corrects_line_id', '=', 'l.id').where('c.kind', '=', sql.lit('credit')))
        .as('credited'),
    )
    .select((eb) =>
      eb.selectFrom('payments as pay').select(sql<number>`coalesce(sum(pay.amount), 0)`.as('s')).whereRef('pay.bill_id', '=', 'l.bill_id').as('paid'),
    );
}

const protectionFactsById = prepared((db, p: Params<{ employeeId: number; period: string }>) =>
  protectionFacts(db, p.period).where('e.id', '=', p.employeeId).orderBy('a.signed_on', 'desc').orderBy('p.id'),
);
const protectionFactsByNik = prepared((db, p: Params<{ nik: string; period: string }>) =>
  protectionFacts(db, p.period).where('e.nik', '=', p.nik).orderBy('a.signed_on', 'desc').orderBy('p.id'),
);

export type ProtectionRow = Awaited<ReturnType<typeof protectionFactsById>>[number];

/**
 * The whole protection check in ONE statement, compiled once (on PostgreSQL a named prepared
 * statement: one round trip): the caller's session and user (auth repo.sessionApartQuery, for the
 * auth service to judge), then protectionFacts' rows of the employee beside them (null columns
 * when there is no such employee), whether the employee's government is visible to the user's
 * institution (scope-repo governmentVisibleTo, the scope's lookup narrowed to that government), and
 * the holiday dates from `holidaysFrom` (the participation's registration, or `date` when earlier)
 * to `holidaysTo` (holidays repo holidayDatesText). No row when the session does not exist.
 */
function protectionCheck(
  db: Tx,
  p: Params<{ tokenHash: string; period: string; date: string; holidaysTo: string }>,
  employee: (facts: ReturnType<typeof protectionFacts>) => ReturnType<typeof protectionFacts>,
) {
  const pg = dialectOf(db as unknown as Kysely<unknown>) === 'postgres';
  return sessionApartQuery(db, p.tokenHash)
    .leftJoin(employee(protectionFacts(db, p.period)).as('f'), (join) => join.onTrue())
    .selectAll('f')
    .select((eb) => governmentVisibleTo(eb as unknown as ExpressionBuilder<DB, keyof DB>, 'u.institution_id', 'f.institution_id').as('government_visible'))
    .select((eb) =>
      holidayDatesText(
        eb as unknown as ExpressionBuilder<DB, never>,
        pg,
        eb.case().when('f.registered_on', '<', p.date).then(eb.ref('f.registered_on')).else(p.date).end(),
        eb.val(p.holidaysTo),
      ).as('holidays'),
    )
    .orderBy('f.signed_on', 'desc')
    .orderBy('f.id');
}

const protectionCheckById = prepared((db, p: Params<{ tokenHash: string; employeeId: number; period: string; date: string; holidaysTo: string }>) =>
  protectionCheck(db, p, (f) => f.where('e.id', '=', p.employeeId)),
);
const protectionCheckByNik = prepared((db, p: Params<{ tokenHash: string; nik: string; period: string; date: string; holidaysTo: string }>) =>
  protectionCheck(db, p, (f) => f.where('e.nik', '=', p.nik)),
);

export type ProtectionCheckRow = Awaited<ReturnType<typeof protectionCheckById>>[number];

/** The protection check's one statement (protectionCheck) for the employee named by id or NIK. */
export async function protectionCheckRows(
  db: Tx,
  tokenHash: string,
  who: { employeeId?: number | undefined; nik?: string | undefined },
  q: { period: string; date: string; holidaysTo: string },
): Promise<ProtectionCheckRow[]> {
  return who.employeeId
    ? protectionCheckById(db, { tokenHash, employeeId: who.employeeId, ...q })
    : protectionCheckByNik(db, { tokenHash, nik: who.nik ?? '', ...q });
}

/** The protection facts of the employee named by id or NIK for the month `period` (see protectionFacts). */
export async function protectionRows(db: Tx, who: { employeeId?: number | undefined; nik?: string | undefined }, period: string): Promise<ProtectionRow[]> {
  return who.employeeId ? protectionFactsById(db, { employeeId: who.employeeId, period }) : protectionFactsByNik(db, { nik: who.nik ?? '', period });
}

/**
 * The charge lines of one participation for the months before `period` (the protection check's
 * earlier months), each with its bill, whether a credit reversed it, and the sum paid on its bill.
 */
const earlierChargesQuery = prepared((db, p: Params<{ participantId: number; period: string }>) =>
  db
    .selectFrom('bill_lines as l')
    .innerJoin('bills as b', 'b.id', 'l.bill_id')
    .select(['l.period', 'l.bill_id', 'b.number as bill_number', 'b.due_date as bill_due_date', 'b.credits_applied'])
    .select((eb) =>
      eb
        .exists(eb.selectFrom('bill_lines as c').select('c.id').whereRef('c.corrects_line_id', '=', 'l.id').where('c.kind', '=', sql.lit('credit')))
        .as('credited'),
    )
    .select((eb) =>
      eb.selectFrom('payments as pay').select(sql<number>`coalesce(sum(pay.amount), 0)`.as('s')).whereRef('pay.bill_id', '=', 'l.bill_id').as('paid'),
    )
    // A renewal's participant also owns the charges of the row it continues (carried_from_id): the
    // boundary month billed once, under the predecessor.
    .where((eb) =>
      eb.or([
        eb('l.participant_id', '=', p.participantId),
        eb('l.participant_id', '=', eb.selectFrom('participants as cp').select('cp.carried_from_id').where('cp.id', '=', p.participantId)),
      ]),
    )
    .where('l.period', '<', p.period)
    .where('l.kind', '=', sql.lit('charge'))
    .orderBy('l.period'),
);

export async function earlierCharges(db: Tx, participantId: number, period: string) {
  return earlierChargesQuery(db, { participantId, period });
}

/** Registered participants' enrolment dates (budget projection). */
export async function enrolmentDates(db: Tx, agreementId: number, unitId?: number) {
  let q = db
    .selectFrom('participants as p')
    .innerJoin('employees as e', 'e.id', 'p.employee_id')
    .select(['p.registered_on', 'p.deactivated_on'])
    .where('p.agreement_id', '=', agreementId)
    .where('p.status', '=', 'registered');
  if (unitId !== undefined) q = q.where('e.work_unit_id', '=', unitId);
  return q.execute();
}

/** People a clerk may mean by a NIK, a KPJ or (part of) a name: at most `limit`, by name. */
export async function lookupPeople(
  db: Tx,
  q: { nik?: string; kpj?: string; name?: string },
  scope: { unitId: number | undefined; governmentIds: number[] | null },
  limit = 20,
) {
  let query = db
    .selectFrom('employees as e')
    .innerJoin('work_units as u', 'u.id', 'e.work_unit_id')
    .leftJoin('participants as p', (j) => j.onRef('p.employee_id', '=', 'e.id').on('p.kpj', 'is not', null))
    .select(['e.id as employee_id', 'e.nik', 'e.full_name', 'e.birth_date', 'u.code as unit_code', 'u.name as unit_name', 'p.kpj']);
  if (q.nik) query = query.where('e.nik', '=', q.nik);
  if (q.kpj) query = query.where('p.kpj', '=', q.kpj);
  if (q.name) query = query.where(sql<boolean>`lower(e.full_name) like ${`%${q.name.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`);
  if (scope.unitId !== undefined) query = query.where('e.work_unit_id', '=', scope.unitId);
  if (scope.governmentIds !== null) query = query.where('e.institution_id', 'in', scope.governmentIds.length ? scope.governmentIds : [-1]);
  return query.orderBy('e.full_name').orderBy('e.id').limit(limit).execute();
}

/**
 * Every bill's dues by month and unit (their summary, bill_dues), and what was paid on it, for many
 * bills in two queries (the dashboard and the arrears report; one query per bill before); the
 * bills' own rows come with their payments summed.
 */
export async function billsWithDues(db: Tx, agreementIds: readonly number[]) {
  const bills = await db
    .selectFrom('bills as b')
    .selectAll('b')
    .select((eb) => eb.selectFrom('payments as pay').select(sql<number>`coalesce(sum(pay.amount), 0)`.as('s')).whereRef('pay.bill_id', '=', 'b.id').as('paid'))
    .where('b.agreement_id', 'in', agreementIds)
    .orderBy('b.first_period')
    .orderBy('b.id')
    .execute();
  // The dues from their summary (bill_dues, written when each bill was issued), not from the
  // agreement's lines: a few rows per bill instead of one per person and month. By the bills' ids;
  // the units' code and name looked up afterwards (a few rows).
  const lines =
    bills.length === 0
      ? []
      : await db
          .selectFrom('bill_dues as d')
          .select(['d.bill_id', 'd.period', 'd.work_unit_id', 'd.due', 'd.lines as people'])
          .where(
            'd.bill_id',
            'in',
            bills.map((b) => b.id),
          )
          .orderBy('d.bill_id')
          .orderBy('d.period')
          .orderBy('d.work_unit_id')
          .execute();
  const unitIds = [...new Set(lines.map((r) => r.work_unit_id))];
  const units = new Map(
    (unitIds.length ? await db.selectFrom('work_units').select(['id', 'code', 'name']).where('id', 'in', unitIds).execute() : []).map((u) => [u.id, u]),
  );
  const byBill = new Map<number, { period: string; unitId: number; code: string; name: string; due: number; people: number }[]>();
  for (const r of lines) {
    const list = byBill.get(r.bill_id) ?? [];
    const unit = units.get(r.work_unit_id)!;
    list.push({ period: r.period, unitId: r.work_unit_id, code: unit.code, name: unit.name, due: Number(r.due), people: Number(r.people) });
    byBill.set(r.bill_id, list);
  }
  return bills.map((b) => {
    const units = byBill.get(b.id) ?? [];
    const months = new Map<string, number>();
    for (const u of units) months.set(u.period, (months.get(u.period) ?? 0) + u.due);
    const dues = [...months].map(([period, due]) => ({ period, due })).sort((x, y) => (x.period < y.period ? -1 : 1));
    return { ...b, paid: Number(b.paid ?? 0), dues, units };
  });
}

/** One bill with its dues by month and unit and what was paid on it (billsWithDues). */
export type BillWithDues = Awaited<ReturnType<typeof billsWithDues>>[number];

/** Whose protection the dashboard gathers: the government's roster on `date`, the charges up to `period`. */
export interface RosterQuery {
  agreementId: number;
  institutionId: number;
  date: string;
  period: string;
  unitId?: number | undefined;
}

/**
 * The roster of a RosterQuery (every employee of the government on the roster on `date`, optionally
 * of one unit) joined to each one's participation in the agreement and the summary rows holding
 * their charge key: their own (participant_charges) and, for a renewal's participant, the key of
 * the row it continues (carried_from_id). The reads below select from it.
 */
function rosterWithKeys(db: Tx, o: RosterQuery) {
  let q = db
    .selectFrom('employees as e')
    .innerJoin('work_units as u', 'u.id', 'e.work_unit_id')
    .leftJoin('participants as p', (join) => join.onRef('p.employee_id', '=', 'e.id').on('p.agreement_id', '=', o.agreementId))
    // By the agreement too: through its index PostgreSQL reads the agreement's rows, not all of a province's.
    .leftJoin('participant_charges as own', (join) => join.onRef('own.participant_id', '=', 'p.id').on('own.agreement_id', '=', o.agreementId))
    .leftJoin('participant_charges as prev', 'prev.participant_id', 'p.carried_from_id')
    .where('e.institution_id', '=', o.institutionId)
    .where((w) => w.or([w('e.start_date', 'is', null), w('e.start_date', '<=', o.date)]))
    .where((w) => w.or([w('e.end_date', 'is', null), w('e.end_date', '>=', o.date)]));
  if (o.unitId) q = q.where('e.work_unit_id', '=', o.unitId);
  return q;
}

/**
 * Each stored key pair (own, carried) as the key of the charges up to `period`: a stored key holds
 * every month charged, in no order, so it is cut to the months up to `period`, sorted and written
 * once per distinct stored text (people charged alike store the same text: the runs append in
 * month order).
 */
function chargeKeysUpTo(period: string) {
  const keys = new Map<string, Map<string, string | null>>();
  return (own: string | null, carried: string | null): string | null => {
    const byCarried = keys.get(own ?? '') ?? new Map<string, string | null>();
    keys.set(own ?? '', byCarried);
    let key = byCarried.get(carried ?? '');
    if (key === undefined) {
      const stored = `${own ?? ''}${carried ?? ''}`;
      const items = stored
        .split(',')
        .filter((item) => item !== '')
        .map((item) => ({ billId: Number(item.slice(0, item.indexOf(':'))), period: item.slice(item.indexOf(':') + 1) }))
        .filter((c) => c.period <= period)
        .sort((x, y) => (x.period < y.period ? -1 : x.period > y.period ? 1 : x.billId - y.billId));
      key = items.length ? items.map((c) => `${c.billId}:${c.period}`).join(',') : null;
      byCarried.set(carried ?? '', key);
    }
    return key;
  };
}

/**
 * A person's protection facts as one text, written by the database in both reads below (so the
 * grouped read's `fact` is matched by the page's filter exactly, dates in the database's own
 * text): the participation's status (empty: never a participant), its registration and
 * deactivation dates, and both stored charge keys.
 */
const factOf = sql<string>`coalesce(p.status, '') || '|' || coalesce(cast(p.registered_on as text), '') || '|' || coalesce(cast(p.deactivated_on as text), '') || '|' || coalesce(own.charges, '') || '|' || coalesce(prev.charges, '')`;

/**
 * The roster of a RosterQuery counted by unit and by protection facts in ONE grouped query: people
 * with the same participation (status, dates) and the same stored keys have the same protection,
 * so the rule runs once per group and the figures and the unprotected list's totals are sums of
 * `n`, without a row per person leaving the database. `fact` names the group for rosterPage;
 * `charges` is its key cut to `period` (chargeKeysUpTo). The tests hold the groups to the roster
 * read person by person, from the summaries and afresh from the bill lines
 * (src/testing/roster-reference.ts).
 */
export async function rosterFactGroups(db: Tx, o: RosterQuery) {
  const rows = await rosterWithKeys(db, o)
    .select([
      'e.work_unit_id',
      'u.code',
      'u.name',
      'p.status',
      'p.registered_on',
      'p.deactivated_on',
      'own.charges as own',
      'prev.charges as carried',
      factOf.as('fact'),
      (eb) => eb.fn.countAll<number | string>().as('n'),
    ])
    .groupBy(['e.work_unit_id', 'u.code', 'u.name', 'p.status', 'p.registered_on', 'p.deactivated_on', 'own.charges', 'prev.charges'])
    .execute();
  const keyOf = chargeKeysUpTo(o.period);
  return rows.map(({ own, carried, n, ...group }) => ({ ...group, charges: keyOf(own, carried), n: Number(n) }));
}

/**
 * One page of the roster's people whose facts are among `facts` (rosterFactGroups' `fact`; all of
 * them when `facts` is undefined), in the order the dashboard lists them (unit code, name, then id:
 * pages never overlap), by LIMIT/OFFSET in the database. The facts go as ONE parameter (an array on
 * PostgreSQL, JSON read by json_each on SQLite) however many groups they are.
 */
export async function rosterPage(db: Tx, o: RosterQuery & { facts?: readonly string[] | undefined; limit: number; offset: number }) {
  let q = rosterWithKeys(db, o);
  if (o.facts) {
    const facts = o.facts;
    q = q.where(
      dialectOf(db as unknown as Kysely<unknown>) === 'postgres'
        ? sql<boolean>`${factOf} in (select unnest(cast(${[...facts]} as text[])))`
        : sql<boolean>`${factOf} in (select value from json_each(${JSON.stringify(facts)}))`,
    );
  }
  // The page's ids first: the sort carries (unit code, name, id) only, not the people's charge keys
  // (on PostgreSQL a far page sorted the whole roster with them: 4.4 s at 100,000 against 1.8 s for
  // the first page); then the page's people.
  const ids = (await q.select('e.id').orderBy('u.code').orderBy('e.full_name').orderBy('e.id').limit(o.limit).offset(o.offset).execute()).map((r) => r.id);
  if (ids.length === 0) return [];
  const rows = await rosterWithKeys(db, o)
    .where('e.id', 'in', ids)
    .select(['e.id', 'e.nik', 'e.full_name', 'e.work_unit_id', 'u.code', 'u.name', factOf.as('fact')])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!);
}
