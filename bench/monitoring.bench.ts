/**
 * The dashboard and its reports for one agreement with N participants (default 100,000; 5% more on
 * the roster never enrolled) and 24 months of bills, built in bulk SQL (bench/province-data.ts, one
 * regency): every 20th participant registered in the last month billed (protected on the day),
 * the others since signing and in arrears of every age bucket (2023-10 … 2023-12 half paid,
 * 2024-01 and 2024-02 unpaid). The dashboard figures, the unprotected-today list (its first and last page of 50), the arrears report
 * and the M&E report (XLSX), each through the API as a ratio to a single indexed count over the
 * same rows, goal ≤ 5× — on SQLite, and on PostgreSQL when BENCH_PG_URL (or TEST_DATABASE_URL) names
 * a server (each run in a fresh schema of it). Before measuring, it checks that the reports are not
 * trivial (protected and unprotected people, arrears in every bucket) and prints what they show.
 */
import { loadavg } from 'node:os';
import { sql } from 'kysely';
import { goal, type Measurement } from './harness.ts';
import { createHarness, type Client, type Harness } from '../src/testing/harness.ts';
import { buildProvince, MONTHS } from './province-data.ts';

const N = Number(process.env.BENCH_DASHBOARD_EMPLOYEES ?? 100_000);
const ITERATIONS = Number(process.env.BENCH_DASHBOARD_ITERATIONS ?? 3);
const MAX_RATIO = 5;
/** Every 20th participant registered late (protected on the day). */
const LATE_EVERY = 20;

const load = () =>
  `load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`;

async function build(): Promise<{ h: Harness; client: Client; agreementId: number; billLines: number; seconds: number }> {
  const h = await createHarness({ today: '2024-03-10' });
  try {
    const start = process.hrtime.bigint();
    const built = await buildProvince(h, { agreements: 1, participants: N, lateEvery: LATE_EVERY });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const agreementId = built.agreementIds[0]!;
    const client = await h.login('viewer', undefined, { institutionId: built.governments.get(agreementId)!, workUnitId: null });
    return { h, client, agreementId, billLines: built.billLines, seconds };
  } catch (e) {
    await h.close();
    throw e;
  }
}

async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < ITERATIONS; i++) await fn();
  return Number(process.hrtime.bigint() - start) / 1e6 / ITERATIONS;
}

interface Dashboard {
  coverage: { roster: number; enrolled: number; protected: number; states: Record<string, number> };
  unprotected: { total: number; reasons: Record<string, number> };
  arrears: { total: number; buckets: Record<string, number> };
}

function measurement(database: 'SQLite' | 'PostgreSQL', url: string | undefined): Measurement {
  return {
    name: `Dashboard and reports, ${N.toLocaleString('id-ID')} participants × ${MONTHS} months of bills (${database}; ratio to a single indexed count over the same rows, goal ≤ ${MAX_RATIO}×)`,
    async run() {
      const saved = process.env.TEST_DATABASE_URL;
      if (url) process.env.TEST_DATABASE_URL = url;
      else delete process.env.TEST_DATABASE_URL;
      let built: Awaited<ReturnType<typeof build>>;
      try {
        built = await build();
      } finally {
        if (saved === undefined) delete process.env.TEST_DATABASE_URL;
        else process.env.TEST_DATABASE_URL = saved;
      }
      const { h, client, agreementId } = built;
      try {
        const lines = [
          `built ${built.billLines.toLocaleString('id-ID')} bill lines in ${built.seconds.toFixed(1)} s (bulk SQL, bench/province-data.ts); ${ITERATIONS} runs each after one unmeasured; ${load()}`,
        ];
        const getJson = async (url: string): Promise<unknown> => {
          const res = await client.request({ method: 'GET', url });
          if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
          return res.json();
        };
        const get = (url: string) => async () => {
          const res = await client.request({ method: 'GET', url });
          if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        };

        // What the reports show: measured only if they are not trivial.
        const d = (await getJson(`/api/v1/monitoring/dashboard?agreementId=${agreementId}`)) as Dashboard;
        const arrears = (await getJson(`/api/v1/arrears?agreementId=${agreementId}`)) as { rows: unknown[] };
        const buckets = Object.entries(d.arrears.buckets);
        lines.push(
          `dashboard: roster ${d.coverage.roster}, enrolled ${d.coverage.enrolled}, protected ${d.coverage.protected} (${Object.entries(d.coverage.states)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')}); unprotected ${d.unprotected.total} (${Object.entries(d.unprotected.reasons)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')})`,
        );
        lines.push(
          `arrears: ${arrears.rows.length} rows, Rp ${d.arrears.total.toLocaleString('id-ID')} (${buckets.map(([k, v]) => `${k} ${v.toLocaleString('id-ID')}`).join(', ')})`,
        );
        if (!(d.coverage.protected > 0 && d.unprotected.total > 0 && arrears.rows.length > 0 && buckets.every(([, v]) => v > 0)))
          throw new Error('the reports are trivial: expected protected and unprotected people and arrears in every bucket');

        // The rows the dashboard reads: the agreement's charge lines, all 24 months, by its bills' ids
        // through bill_lines_bill_idx (on PostgreSQL as an array, as the province benchmark: with
        // `in (select …)` it scans every agreement's lines). It counted period 2024-03 once, which has
        // no bill here: an empty probe.
        const owned =
          h.handle.dialect === 'postgres'
            ? sql`l.bill_id = any(array(select b.id from bills b where b.agreement_id = ${agreementId}))`
            : sql`l.bill_id in (select b.id from bills b where b.agreement_id = ${agreementId})`;
        const baseline = () =>
          sql<{ count: number | string }>`select count(*) as count, sum(l.total) as total from bill_lines l where ${owned} and l.kind = 'charge'`.execute(
            h.handle.db,
          );
        const counted = Number((await baseline()).rows[0]!.count);
        if (counted !== built.billLines) throw new Error(`the baseline counts ${counted} lines, not the agreement's ${built.billLines}`);
        const base = await timeIt(baseline);
        lines.push(`baseline (indexed count of the agreement's ${counted.toLocaleString('id-ID')} charge lines): ${base.toFixed(1)} ms`);
        const subjects: [string, () => Promise<void>][] = [
          ['dashboard figures', get(`/api/v1/monitoring/dashboard?agreementId=${agreementId}`)],
          // The list answers a page (50, with the totals over every person): the first, and the last of them.
          ['unprotected today (page 1)', get(`/api/v1/monitoring/unprotected?agreementId=${agreementId}`)],
          ['unprotected today (last page)', get(`/api/v1/monitoring/unprotected?agreementId=${agreementId}&page=${Math.ceil(d.unprotected.total / 50)}`)],
          ['arrears report', get(`/api/v1/arrears?agreementId=${agreementId}`)],
          ['M&E report (XLSX, 2023-Q4)', get(`/api/v1/monitoring/report?agreementId=${agreementId}&period=2023-Q4&format=xlsx`)],
        ];
        let ok = true;
        for (const [label, fn] of subjects) {
          const ms = await timeIt(fn);
          const g = goal(`${label}: ${ms.toFixed(0)} ms, ratio`, ms / base, MAX_RATIO, '×', 2);
          ok &&= g.ok;
          lines.push(`${g.line}  (${load()})`);
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
