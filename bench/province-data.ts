/**
 * A province on one PostgreSQL, built in bulk SQL (issue #14): `agreements` regencies, each its own
 * government with an agreement (imported through the service, so terms and parties are real) with
 * one of four BPJS branches, five work units, `participants` registered employees plus 5% on the
 * roster but never enrolled, and 24 monthly bills (2022-03 … 2024-02) with a charge line per
 * participant per month. Bill lines are written month by month across all regencies, as the
 * monthly runs would write them (so one agreement's lines are spread over the whole table).
 * Payments: the first 21 months paid in full; month 22 paid in full, or half in every fourth
 * regency; months 23–24 unpaid — arrears of every age bucket on 2024-03-10.
 * PostgreSQL only (generate_series).
 */
import { sql } from 'kysely';
import type { Harness } from '../src/testing/harness.ts';
import { demoAgreementData } from '../src/testing/harness.ts';
import { addPeriods } from '../src/contributions/rules.ts';
import { rebuildChargeSummaries } from '../src/contributions/repo.ts';

export const FIRST_PERIOD = '2022-03';
export const MONTHS = 24;
/** jkk 4,236 + jkm 5,295 on the reported wage of 1,765,000 (the demo terms). */
export const MONTHLY_TOTAL = 9531;

const BRANCHES = ['Kendari', 'Baubau', 'Kolaka', 'Raha'];

export interface Province {
  agreementIds: number[];
  /** The government institution of each agreement, by agreement id. */
  governments: Map<number, number>;
  billLines: number;
}

export async function buildProvince(h: Harness, o: { agreements: number; participants: number }): Promise<Province> {
  const db = h.handle.db;
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
  await sql`insert into work_units (institution_id, code, name, parent_id)
    select a.party_one_institution_id, c, 'Unit ' || c, null from agreements a cross join unnest(array['A','B','C','D','E']) c`.execute(db);
  await sql`insert into employees (institution_id, nik, full_name, sex, birth_place, birth_date, work_unit_id, position, employment_type, start_date, end_date, end_reason, phone, address, nik_override_reason, created_at, updated_at)
    select a.party_one_institution_id, cast(7409000000000000 + a.id * 1000000 + g as text), 'Peserta ' || a.id || '-' || g, 'L', 'Buranga',
      make_date(1970 + g % 30, 1 + g % 12, 1 + g % 28), w.id, 'Staf', 'honorer', '2020-01-02', null, null, '', '', null, now(), now()
    from agreements a cross join generate_series(0, ${roster - 1}) g
    join work_units w on w.institution_id = a.party_one_institution_id and w.code = chr(65 + g % 5)
    order by a.id, g`.execute(db);
  await sql`insert into enrolment_batches (agreement_id, number, status, work_unit_id, note, created_by)
    select id, 'SEED-' || id, 'processed', null, 'bench', 'bench' from agreements`.execute(db);
  // The first n of each roster are registered from the agreement's signing; the rest never enrolled.
  await sql`insert into participants (agreement_id, employee_id, batch_id, status, kpj, registered_on, created_at, updated_at)
    select a.id, e.id, b.id, 'registered', cast(10000000000 + e.id as text), a.signed_on, now(), now()
    from agreements a
    join enrolment_batches b on b.agreement_id = a.id
    join employees e on e.institution_id = a.party_one_institution_id and cast(e.nik as bigint) - 7409000000000000 - a.id * 1000000 < ${n}
    order by e.id`.execute(db);
  await sql`insert into bills (agreement_id, number, kind, payment_mode, first_period, months, issue_date, due_date, corrects_bill_id, charges, credits_applied, amount_due, note, created_by)
    select a.id, 'IURAN/' || a.id || '/' || to_char(m, 'YYYYMM') || '/B', 'regular', 'monthly', to_char(m, 'YYYY-MM'), 1,
      cast(m as date), cast(m + interval '1 month' + interval '9 days' as date), null, ${n * MONTHLY_TOTAL}, 0, ${n * MONTHLY_TOTAL}, '', 'bench'
    from agreements a cross join generate_series(cast(${`${FIRST_PERIOD}-01`} as date), cast(${`${FIRST_PERIOD}-01`} as date) + interval '${sql.raw(String(MONTHS - 1))} months', interval '1 month') m
    order by m, a.id`.execute(db);
  // One statement per month: every regency's run of that month, in agreement order.
  const bills = await db.selectFrom('bills').select(['first_period']).distinct().orderBy('first_period').execute();
  for (const { first_period: period } of bills) {
    await sql`insert into bill_lines (bill_id, kind, participant_id, employee_id, work_unit_id, period, wage, jkk, jkm, total, terms_version_id)
      select b.id, 'charge', p.id, e.id, e.work_unit_id, b.first_period, 1765000, 4236, 5295, ${MONTHLY_TOTAL}, t.id
      from bills b
      join participants p on p.agreement_id = b.agreement_id and p.status = 'registered'
      join employees e on e.id = p.employee_id
      join lateral (select id from terms_versions where agreement_id = b.agreement_id order by id limit 1) t on true
      where b.first_period = ${period}
      order by b.agreement_id, p.id`.execute(db);
  }
  await sql`insert into payments (agreement_id, bill_id, amount, paid_on, method, bank_reference, bank_reference_key, receipt_number, budget_line, evidence_file_id, note, created_by)
    select b.agreement_id, b.id, case when b.first_period = ${addMonths(21)} and b.agreement_id % 4 = 0 then b.amount_due / 2 else b.amount_due end,
      b.due_date - 3, 'transfer', 'TRF-' || b.id, 'TRF-' || b.id, 'TT/BENCH/' || b.id, '', null, '', 'bench'
    from bills b where b.first_period <= ${addMonths(21)}`.execute(db);
  await rebuildChargeSummaries(db); // the summaries the bill runs would have kept (migration 0029)
  await sql`analyze`.execute(db);
  const { count } = await db.selectFrom('bill_lines').select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow();
  return { agreementIds, governments, billLines: Number(count) };
}

/** The period `k` months after the first one billed. */
export const addMonths = (k: number): string => addPeriods(FIRST_PERIOD, k);
