/**
 * A province on one PostgreSQL (issue #14): 20 agreements (regencies, four branches) × 5,000
 * participants × 24 months of bills, bill lines and payments (bench/province-data.ts, bulk SQL).
 * For one agreement in the middle, through the API as its regency's viewer: the dashboard, the
 * unprotected-today list and the arrears report, each as a ratio to a single indexed count over the
 * same rows (that agreement's bill lines); and the monthly bill run through the bills service, as a
 * ratio to one plain INSERT … SELECT of the same lines. Goal ≤ 5× each, absolute times printed, and
 * the machine's load average beside each (the machine is shared).
 * PostgreSQL only: BENCH_PG_URL or TEST_DATABASE_URL; without either it says it skipped.
 * BENCH_PROVINCE_SCALE (default 1) scales the participants per agreement (0.1: 500 each) and
 * BENCH_PROVINCE_AGREEMENTS (default 20) the agreements.
 */
import { loadavg } from 'node:os';
import { sql } from 'kysely';
import { goal, type Measurement } from './harness.ts';
import { createHarness, type Harness } from '../src/testing/harness.ts';
import { addMonths, buildProvince, MONTHLY_TOTAL, MONTHS } from './province-data.ts';

const SCALE = Number(process.env.BENCH_PROVINCE_SCALE ?? 1);
const AGREEMENTS = Number(process.env.BENCH_PROVINCE_AGREEMENTS ?? 20);
const PARTICIPANTS = Math.round(5000 * SCALE);
const ITERATIONS = Number(process.env.BENCH_PROVINCE_ITERATIONS ?? 3);
const MAX_RATIO = 5;
const pgUrl = process.env.BENCH_PG_URL ?? process.env.TEST_DATABASE_URL;

const load = () =>
  `load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`;

/** ms per run of `fn`, after one unmeasured run; `fn` gets the run's number (0 = the unmeasured one). */
async function timeIt(fn: (run: number) => Promise<unknown>): Promise<number> {
  await fn(0);
  const start = process.hrtime.bigint();
  for (let i = 1; i <= ITERATIONS; i++) await fn(i);
  return Number(process.hrtime.bigint() - start) / 1e6 / ITERATIONS;
}

async function withPostgres(url: string): Promise<Harness> {
  const saved = process.env.TEST_DATABASE_URL;
  process.env.TEST_DATABASE_URL = url;
  try {
    return await createHarness({ today: '2024-03-10' });
  } finally {
    if (saved === undefined) delete process.env.TEST_DATABASE_URL;
    else process.env.TEST_DATABASE_URL = saved;
  }
}

const name = `A province on one PostgreSQL: ${AGREEMENTS} agreements × ${PARTICIPANTS.toLocaleString('id-ID')} participants × ${MONTHS} months (ratio to a single indexed query over the same rows, goal ≤ ${MAX_RATIO}×)`;

export const provinceBenchmarks: Measurement[] = [
  {
    name,
    async run() {
      if (!pgUrl) return { ok: true, lines: ['skipped: PostgreSQL only — set BENCH_PG_URL or TEST_DATABASE_URL'] };
      const h = await withPostgres(pgUrl);
      try {
        const built = process.hrtime.bigint();
        const province = await buildProvince(h, { agreements: AGREEMENTS, participants: PARTICIPANTS });
        const buildSeconds = Number(process.hrtime.bigint() - built) / 1e9;
        const agreementId = province.agreementIds[Math.floor(province.agreementIds.length / 2)]!;
        const client = await h.login('viewer', undefined, { institutionId: province.governments.get(agreementId)!, workUnitId: null });
        const lines = [
          `built ${province.billLines.toLocaleString('id-ID')} bill lines in ${buildSeconds.toFixed(0)} s (bulk SQL); measured: agreement ${agreementId}, ${ITERATIONS} runs each after one unmeasured; ${load()}`,
        ];
        let ok = true;
        const report = (label: string, ms: number, base: number) => {
          const g = goal(`${label}: ${ms.toFixed(0)} ms vs ${base.toFixed(1)} ms, ratio`, ms / base, MAX_RATIO, '×', 2);
          ok &&= g.ok;
          lines.push(`${g.line}  (${load()})`);
        };

        // Reads: that agreement's bill lines counted and summed through bill_lines_bill_idx (as an
        // array of its bills' ids: with `in (select …)` PostgreSQL scans every agreement's lines).
        const base = await timeIt(() =>
          sql`select count(*), sum(l.total) from bill_lines l where l.bill_id = any(array(select b.id from bills b where b.agreement_id = ${agreementId}))`.execute(
            h.handle.db,
          ),
        );
        lines.push(`baseline (indexed count of the agreement's ${(PARTICIPANTS * MONTHS).toLocaleString('id-ID')} bill lines): ${base.toFixed(1)} ms`);
        const get = (url: string) => async () => {
          const res = await client.request({ method: 'GET', url });
          if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        };
        for (const [label, url] of [
          ['dashboard figures', `/api/v1/monitoring/dashboard?agreementId=${agreementId}`],
          ['unprotected today (page 1 of 50)', `/api/v1/monitoring/unprotected?agreementId=${agreementId}`],
          ['arrears report', `/api/v1/arrears?agreementId=${agreementId}`],
        ] as const)
          report(label, await timeIt(get(url)), base);

        // The monthly bill run: the service (2024-03, then the months after) against one plain
        // INSERT … SELECT of the same agreement's lines into a scratch bill, in months no one bills.
        const scratch = (
          await h.handle.db
            .insertInto('bills')
            .values({
              agreement_id: agreementId,
              number: 'BENCH-BASELINE',
              kind: 'regular',
              payment_mode: 'monthly',
              first_period: '2099-01',
              months: 12,
              issue_date: '2024-03-01',
              due_date: '2024-03-01',
              corrects_bill_id: null,
              charges: 0,
              credits_applied: 0,
              amount_due: 0,
              note: 'baseline',
              created_by: 'bench',
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
        const insertBase = await timeIt((run) =>
          sql`insert into bill_lines (bill_id, kind, participant_id, employee_id, work_unit_id, period, wage, jkk, jkm, total, terms_version_id)
          select ${scratch}, 'charge', p.id, e.id, e.work_unit_id, ${`2099-${String(run + 1).padStart(2, '0')}`}, 1765000, 4236, 5295, ${MONTHLY_TOTAL}, 1
          from participants p join employees e on e.id = p.employee_id where p.agreement_id = ${agreementId} and p.status = 'registered'`.execute(h.handle.db),
        );
        lines.push(`baseline (plain INSERT … SELECT of the agreement's ${PARTICIPANTS.toLocaleString('id-ID')} lines): ${insertBase.toFixed(1)} ms`);
        const run = await timeIt(async (i) => {
          const bill = await h.services.contributions.createBill(h.admin, { agreementId, period: addMonths(MONTHS + i), issueDate: '2024-03-10' });
          if (bill.charges !== PARTICIPANTS * MONTHLY_TOTAL) throw new Error(`bill total ${bill.charges} ≠ ${PARTICIPANTS * MONTHLY_TOTAL}`);
        });
        report('monthly bill run (createBill)', run, insertBase);
        return { ok, lines };
      } finally {
        await h.close();
      }
    },
  },
];
