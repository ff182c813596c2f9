/**
 * The dashboard and its reports for an agreement with N employees (default 100,000) and 24 months
 * of bills (22 paid): the dashboard figures, the unprotected-today list, the arrears report and the
 * M&E report (XLSX), each through the API as a ratio to a single indexed count over the same
 * tables, goal ≤ 5× — on SQLite, and on PostgreSQL when BENCH_PG_URL (or TEST_DATABASE_URL) names
 * a server (each run in a fresh schema of it).
 */
import { sql } from 'kysely';
import { goal, type Measurement } from './harness.ts';
import { createHarness, demoAgreementData, type Client, type Harness } from '../src/testing/harness.ts';
import { seedParticipants } from '../src/testing/seed.ts';
import { addPeriods } from '../src/contributions/rules.ts';

const N = Number(process.env.BENCH_DASHBOARD_EMPLOYEES ?? 100_000);
const ITERATIONS = Number(process.env.BENCH_DASHBOARD_ITERATIONS ?? 3);
const MAX_RATIO = 5;

async function build(): Promise<{ h: Harness; client: Client }> {
  const h = await createHarness({ today: '2024-03-10' });
  await h.services.agreements.importFile(h.admin, demoAgreementData());
  await seedParticipants(h.handle.db, { agreementId: 1, count: N, registeredOn: '2022-03-14', unitCodes: ['A', 'B', 'C', 'D', 'E'], batchSize: 1500 });
  for (let i = 0; i < 24; i++) {
    const period = addPeriods('2022-03', i);
    const bill = await h.services.contributions.createBill(h.admin, { agreementId: 1, period, issueDate: '2024-03-01' });
    if (i < 22) await h.services.contributions.recordPayment(h.admin, { billId: bill.id, amount: bill.amountDue, paidOn: '2024-03-05', bankReference: `B-${i}` });
  }
  return { h, client: await h.login('viewer') };
}

async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < ITERATIONS; i++) await fn();
  return Number(process.hrtime.bigint() - start) / 1e6 / ITERATIONS;
}

function measurement(database: 'SQLite' | 'PostgreSQL', url: string | undefined): Measurement {
  return {
    name: `Dashboard and reports, ${N.toLocaleString('id-ID')} employees × 24 months of bills (${database}; ratio to a single indexed count over the same tables, goal ≤ ${MAX_RATIO}×)`,
    async run() {
      const saved = process.env.TEST_DATABASE_URL;
      if (url) process.env.TEST_DATABASE_URL = url;
      else delete process.env.TEST_DATABASE_URL;
      const { h, client } = await build();
      if (saved === undefined) delete process.env.TEST_DATABASE_URL;
      else process.env.TEST_DATABASE_URL = saved;
      try {
        const get = (url: string) => async () => {
          const res = await client.request({ method: 'GET', url });
          if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        };
        // The agreement's charge lines, all 24 months (2022-03 … 2024-02), through the bill index: the rows
        // the dashboard reads. (It counted period 2024-03 before, which has no bill here: an empty probe.)
        const base = await timeIt(() => sql`select count(*) from bills b join bill_lines l on l.bill_id = b.id where b.agreement_id = ${1} and l.kind = 'charge'`.execute(h.handle.db));
        const subjects: [string, () => Promise<void>][] = [
          ['dashboard figures', get('/api/v1/monitoring/dashboard?agreementId=1')],
          ['unprotected today', get('/api/v1/monitoring/unprotected?agreementId=1')],
          ['arrears report', get('/api/v1/arrears?agreementId=1')],
          ['M&E report (XLSX, 2023-Q4)', get('/api/v1/monitoring/report?agreementId=1&period=2023-Q4&format=xlsx')],
        ];
        const lines = [`baseline (indexed count): ${base.toFixed(1)} ms`];
        let ok = true;
        for (const [label, fn] of subjects) {
          const ms = await timeIt(fn);
          const g = goal(`${label}: ${ms.toFixed(0)} ms, ratio`, ms / base, MAX_RATIO, '×', 2);
          ok &&= g.ok;
          lines.push(g.line);
        }
        return { lines, ok };
      } finally {
        await h.close();
      }
    },
  };
}

const pgUrl = process.env.BENCH_PG_URL ?? process.env.TEST_DATABASE_URL;
export const monitoringBenchmarks: Measurement[] = [measurement('SQLite', undefined), ...(pgUrl ? [measurement('PostgreSQL', pgUrl)] : [])];
