/**
 * Agreements built in bulk SQL, on PostgreSQL and on SQLite (issue #14): `agreements` regencies,
 * each its own government with an agreement (imported through the service, so terms and parties are
 * real) with one of four BPJS branches, five work units (A–E), `participants` registered employees
 * plus 5% on the roster but never enrolled, and 24 monthly bills (2022-03 … 2024-02) with a charge
 * line per participant per month from the month of registration. Bill lines are written month by
 * month across all regencies, as the monthly runs would write them (so one agreement's lines are
 * spread over the whole table).
 * Payments: the first 19 months paid in full; months 20–22 (2023-10 … 2023-12) paid in full, or
 * half in every fourth regency (agreement ids 1, 5, 9, …); months 23–24 unpaid. On 2024-03-10 a
 * half-paid regency has arrears of every age bucket (2023-10 over 90 days, 2023-11 61–90, 2023-12
 * 31–60, 2024-01 0–30, 2024-02 not yet due); the others 0–30 and not yet due.
 * `lateEvery` (absent: none): every k-th participant of a regency is registered on 2024-02-01
 * instead of at signing, so billed for 2024-02 only: protected on 2024-03-10 (its only month is not
 * yet due) while those registered at signing are in arrears.
 * The statements are the same on both databases where the SQL allows; the months are generated in
 * TypeScript (one statement per month), the numbers by generate_series on PostgreSQL and a
 * recursive CTE on SQLite. ANALYZE runs on PostgreSQL only: there autovacuum would have run it on a
 * real server; Lindung never analyzes a SQLite database, so the planner meets it as a user's would be.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Harness } from '../src/testing/harness.ts';
import { demoAgreementData } from '../src/testing/harness.ts';
import { addPeriods } from '../src/contributions/rules.ts';
import { rebuildChargeSummaries } from '../src/contributions/repo.ts';

export const FIRST_PERIOD = '2022-03';
export const MONTHS = 24;
/** jkk 4,236 + jkm 5,295 on the reported wage of 1,765,000 (the demo terms). */
export const MONTHLY_TOTAL = 9531;
/** Months (0-based from FIRST_PERIOD) paid in full everywhere; then HALF_PAID_MONTHS half in every fourth regency; the rest unpaid. */
const PAID_MONTHS = 19;
const HALF_PAID_MONTHS = 3;
/** When the `lateEvery` participants register: the last month billed. */
export const LATE_REGISTRATION = `${addPeriods(FIRST_PERIOD, MONTHS - 1)}-01`;

const BRANCHES = ['Kendari', 'Baubau', 'Kolaka', 'Raha'];

export interface Province {
  agreementIds: number[];
  /** The government institution of each agreement, by agreement id. */
  governments: Map<number, number>;
  billLines: number;
}

export async function buildProvince(h: Harness, o: { agreements: number; participants: number; lateEvery?: number }): Promise<Province> {
  const db = h.handle.db;
  const pg = h.handle.dialect === 'postgres';
  const agreementIds: number[] = [];
  const governments = new Map<number, number>();
  for (let i = 1; i <= o.agreements; i++) {
    const data = demoAgreementData() as Record<string, unknown> & { partyOne: Record<string, string>; partyTwo: Record<string, string> };
    const branch = BRANCHES[i % BRANCHES.length]!;
    data.numberPartyOne = `${i}/PKS/SETDA/III/2022`;
    data.numberPartyTwo = `PER/${i}/03/2022`;
    // 36 months, so the bill run after the 24 months billed here stays inside the agreement.
    data.durationMonths = 36;
    data.partyOne = { ...data.partyOne, institution: `Pemerintah Kabupaten Uji ${i}` };
    data.partyTwo = { ...data.partyTwo, institution: `BPJS Ketenagakerjaan Kantor Cabang ${branch}` };
    const a = await h.services.agreements.importFile(h.admin, data);
    agreementIds.push(a.id);
  }
  for (const a of await db.selectFrom('agreements').select(['id', 'party_one_institution_id']).execute()) governments.set(a.id, a.party_one_institution_id);

  const n = o.participants;
  const roster = n + Math.ceil(n / 20);
  const every = o.lateEvery ?? 0;
  const late = every > 0 ? Math.floor(n / every) : 0;

  await sql`insert into work_units (institution_id, code, name, parent_id)
    select a.party_one_institution_id, c.c, 'Unit ' || c.c, null
    from agreements a cross join (select 'A' as c union all select 'B' union all select 'C' union all select 'D' union all select 'E') c
    order by a.id, c.c`.execute(db);
  await sql`${numbers(pg, roster)}
    insert into employees (institution_id, nik, full_name, sex, birth_place, birth_date, work_unit_id, position, employment_type, start_date, end_date, end_reason, phone, address, nik_override_reason)
    select a.party_one_institution_id, cast(7409000000000000 + a.id * 1000000 + g as text), 'Peserta ' || a.id || '-' || g, 'L', 'Buranga',
      ${birthDate(pg)}, w.id, 'Staf', 'honorer', '2020-01-02', null, null, '', '', null
    from agreements a cross join g
    join work_units w on w.institution_id = a.party_one_institution_id and w.code = substr('ABCDE', 1 + g % 5, 1)
    order by a.id, g`.execute(db);
  await sql`insert into enrolment_batches (agreement_id, number, status, work_unit_id, note, created_by)
    select id, 'SEED-' || id, 'processed', null, 'bench', 'bench' from agreements order by id`.execute(db);
  // The first n of each roster are registered (from the agreement's signing, or late); the rest never enrolled.
  await sql`insert into participants (agreement_id, employee_id, batch_id, status, kpj, registered_on)
    select s.agreement_id, s.employee_id, s.batch_id, 'registered', cast(10000000000 + s.employee_id as text),
      ${every > 0 ? sql`case when s.serial % ${every} = ${every - 1} then ${LATE_REGISTRATION} else s.signed_on end` : sql`s.signed_on`}
    from (select a.id as agreement_id, e.id as employee_id, b.id as batch_id, a.signed_on, cast(e.nik as bigint) - 7409000000000000 - a.id * 1000000 as serial
      from agreements a
      join enrolment_batches b on b.agreement_id = a.id
      join employees e on e.institution_id = a.party_one_institution_id) s
    where s.serial < ${n}
    order by s.employee_id`.execute(db);
  // One bill per regency per month, then one statement per month for every regency's lines of that
  // month (in agreement order), as the runs would write them.
  const termsOf = sql`(select agreement_id, min(id) as id from terms_versions group by agreement_id)`;
  let expectedLines = 0;
  for (let k = 0; k < MONTHS; k++) {
    const period = addMonths(k);
    const next = addMonths(k + 1);
    const people = `${next}-01` <= LATE_REGISTRATION ? n - late : n;
    expectedLines += people * o.agreements;
    await sql`insert into bills (agreement_id, number, kind, payment_mode, first_period, months, issue_date, due_date, corrects_bill_id, charges, credits_applied, amount_due, note, created_by)
      select a.id, 'IURAN/' || a.id || '/' || ${period.replace('-', '')} || '/B', 'regular', 'monthly', ${period}, 1,
        ${`${period}-01`}, ${`${next}-10`}, null, ${people * MONTHLY_TOTAL}, 0, ${people * MONTHLY_TOTAL}, '', 'bench'
      from agreements a order by a.id`.execute(db);
  }
  for (let k = 0; k < MONTHS; k++) {
    await sql`insert into bill_lines (bill_id, kind, participant_id, employee_id, work_unit_id, period, wage, jkk, jkm, total, terms_version_id)
      select b.id, 'charge', p.id, e.id, e.work_unit_id, b.first_period, 1765000, 4236, 5295, ${MONTHLY_TOTAL}, t.id
      from bills b
      join participants p on p.agreement_id = b.agreement_id and p.status = 'registered' and p.registered_on < ${`${addMonths(k + 1)}-01`}
      join employees e on e.id = p.employee_id
      join ${termsOf} t on t.agreement_id = b.agreement_id
      where b.first_period = ${addMonths(k)}
      order by b.agreement_id, p.id`.execute(db);
  }
  const paidOn = pg ? sql`b.due_date - 3` : sql`date(b.due_date, '-3 days')`;
  await sql`insert into payments (agreement_id, bill_id, amount, paid_on, method, bank_reference, bank_reference_key, receipt_number, budget_line, evidence_file_id, note, created_by)
    select b.agreement_id, b.id, case when b.first_period >= ${addMonths(PAID_MONTHS)} and b.agreement_id % 4 = 1 then b.amount_due / 2 else b.amount_due end,
      ${paidOn}, 'transfer', 'TRF-' || b.id, 'TRF-' || b.id, 'TT/BENCH/' || b.id, '', null, '', 'bench'
    from bills b where b.first_period < ${addMonths(PAID_MONTHS + HALF_PAID_MONTHS)}
    order by b.id`.execute(db);
  await rebuildChargeSummaries(db); // the summaries the bill runs would have kept (migration 0029)
  if (pg) await sql`analyze`.execute(db);
  const { count } = await db
    .selectFrom('bill_lines')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  if (Number(count) !== expectedLines) throw new Error(`built ${count} bill lines, expected ${expectedLines}`);
  return { agreementIds, governments, billLines: Number(count) };
}

/** `g`, the numbers 0 … count − 1, as a common table expression (generate_series on PostgreSQL, a recursive CTE on SQLite). */
function numbers(pg: boolean, count: number): RawBuilder<unknown> {
  return pg
    ? sql`with g(g) as (select generate_series(0, ${count - 1}))`
    : sql`with recursive g(g) as (select 0 union all select g + 1 from g where g < ${count - 1})`;
}

/** Serial `g`'s birth date, 1970–1999 (as src/testing/seed.ts gives it). */
function birthDate(pg: boolean): RawBuilder<unknown> {
  return pg ? sql`make_date(1970 + g % 30, 1 + g % 12, 1 + g % 28)` : sql`printf('%04d-%02d-%02d', 1970 + g % 30, 1 + g % 12, 1 + g % 28)`;
}

/**
 * `seedParticipants` (src/testing/seed.ts) in three set-based statements, for a million people in
 * seconds rather than batches of rows through Kysely: the same rows for serials 0 … count − 1 —
 * work units `unitCodes` of the agreement's government (made if missing), one processed enrolment
 * batch `SEED-…`, employees with NIK 7409000000000000 + i, 'Peserta i', the same birth date, unit
 * `unitCodes[i % unitCodes.length]`, and a registered participant each with KPJ 10000000000 + i
 * registered on `registeredOn`, ids in serial order. For one call per agreement (no `offset`).
 */
export async function bulkParticipants(h: Harness, o: { agreementId: number; count: number; registeredOn: string; unitCodes: string[] }): Promise<void> {
  const db = h.handle.db;
  const pg = h.handle.dialect === 'postgres';
  const { party_one_institution_id: government } = await db
    .selectFrom('agreements')
    .select('party_one_institution_id')
    .where('id', '=', o.agreementId)
    .executeTakeFirstOrThrow();
  const unitOf = new Map<string, number>();
  for (const code of o.unitCodes) {
    await sql`insert into work_units (institution_id, code, name, parent_id)
      select ${government}, ${code}, ${`Unit ${code}`}, null
      where not exists (select 1 from work_units where institution_id = ${government} and code = ${code})`.execute(db);
  }
  for (const u of await db.selectFrom('work_units').select(['id', 'code']).where('institution_id', '=', government).where('code', 'in', o.unitCodes).execute())
    unitOf.set(u.code, u.id);
  const unit = sql.join(
    o.unitCodes.map((code, k) => sql`when ${sql.lit(k)} then ${sql.lit(unitOf.get(code)!)}`),
    sql` `,
  );
  const batch = await db
    .insertInto('enrolment_batches')
    .values({ agreement_id: o.agreementId, number: `SEED-${crypto.randomUUID()}`, status: 'processed', work_unit_id: null, note: 'seed', created_by: 'seed' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { last } = await db
    .selectFrom('employees')
    .select((eb) => eb.fn.max('id').as('last'))
    .executeTakeFirstOrThrow();
  await sql`${numbers(pg, o.count)}
    insert into employees (institution_id, nik, full_name, sex, birth_place, birth_date, work_unit_id, position, employment_type, start_date, end_date, end_reason, phone, address, nik_override_reason)
    select ${government}, cast(7409000000000000 + g as text), 'Peserta ' || g, 'L', 'Buranga',
      ${birthDate(pg)}, case g % ${sql.lit(o.unitCodes.length)} ${unit} end, 'Staf', 'honorer', '2020-01-02', null, null, '', '', null
    from g order by g`.execute(db);
  await sql`insert into participants (agreement_id, employee_id, batch_id, status, kpj, registered_on)
    select ${o.agreementId}, e.id, ${batch.id}, 'registered', cast(10000000000 + (cast(e.nik as bigint) - 7409000000000000) as text), ${o.registeredOn}
    from employees e where e.id > ${last ?? 0}
    order by e.id`.execute(db);
}

/** The period `k` months after the first one billed. */
export const addMonths = (k: number): string => addPeriods(FIRST_PERIOD, k);
