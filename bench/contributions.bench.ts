/**
 * Issue 5 benchmarks.
 * 1. A monthly bill for N enrolled employees (default 1,000,000) on SQLite and on PostgreSQL,
 *    each as a ratio to a plain INSERT … SELECT producing the same lines: goal ≤ 3.
 * 2. Protection checks over HTTP under 50 concurrent connections vs a bare route of the same
 *    server: requests per second (goal ≥ 0.5 of the bare route's) and p99 latency (goal < 20 ms).
 *    The load comes from a worker thread, not the server's event loop.
 */
import { sql } from 'kysely';
import type { Benchmark } from './harness.ts';
import { createHarness, demoAgreementData, type Client, type Harness } from '../src/testing/harness.ts';
import { seedParticipants } from '../src/testing/seed.ts';
import { runLoad, type LoadResult } from './load-worker.ts';

const N = Number(process.env.BENCH_BILL_PARTICIPANTS ?? 1_000_000);
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

function billBenchmark(dialect: 'sqlite' | 'postgres'): Benchmark {
  let h: Harness;
  let month = 0;
  let baselineMonth = 0;
  let scratchBill = 0;
  return {
    name: `Monthly bill for ${N.toLocaleString('id-ID')} participants (${dialect})`,
    baselineName: 'plain INSERT … SELECT of the same lines',
    maxRatio: 3,
    iterations: 2,
    warmup: 0,
    async setup() {
      const saved = process.env.TEST_DATABASE_URL;
      if (dialect === 'postgres') process.env.TEST_DATABASE_URL = PG_URL;
      else delete process.env.TEST_DATABASE_URL;
      h = await createHarness({ today: '2022-04-10' });
      if (saved === undefined) delete process.env.TEST_DATABASE_URL;
      else process.env.TEST_DATABASE_URL = saved;
      await h.services.agreements.importFile(h.admin, demoAgreementData());
      await seedParticipants(h.handle.db, { agreementId: 1, count: N, registeredOn: '2022-04-01', unitCodes: ['A', 'B', 'C', 'D'], batchSize: 1500 });
      if (dialect === 'postgres') await sql`analyze`.execute(h.handle.db);
      scratchBill = (await h.handle.db.insertInto('bills').values({ agreement_id: 1, number: 'BENCH-BASELINE', kind: 'regular', payment_mode: 'monthly', first_period: '2099-01', months: 12, issue_date: '2022-04-10', due_date: '2022-04-10', corrects_bill_id: null, charges: 0, credits_applied: 0, amount_due: 0, note: 'baseline', created_by: 'bench' }).returning('id').executeTakeFirstOrThrow()).id;
    },
    async baseline() {
      const period = `2099-${String(++baselineMonth).padStart(2, '0')}`;
      await sql`insert into bill_lines (bill_id, kind, participant_id, employee_id, work_unit_id, period, wage, jkk, jkm, total, terms_version_id)
        select ${scratchBill}, 'charge', p.id, e.id, e.work_unit_id, ${period}, 1765000, 4236, 5295, 9531, 1
        from participants p join employees e on e.id = p.employee_id`.execute(h.handle.db);
    },
    async subject() {
      const period = `2022-${String(5 + month++).padStart(2, '0')}`;
      const bill = await h.services.contributions.createBill(h.admin, { agreementId: 1, period, issueDate: '2022-04-10' });
      if (bill.charges !== N * 9531) throw new Error(`bill total ${bill.charges} ≠ ${N * 9531}`);
    },
    async teardown() {
      await h.close();
    },
  };
}

/**
 * Protection checks over HTTP: a load generator in a worker thread (bench/load-worker.ts, its own
 * event loop) sends GETs on 50 keep-alive connections to the server listening in this thread, for
 * the bare route and then for the protection check, each after a one-second unmeasured warm-up.
 * Both share the machine's cores with the server the same way, so the ratio stays fair.
 */
function protectionBenchmark(): Benchmark {
  const SECONDS = Number(process.env.BENCH_PROTECTION_SECONDS ?? 5);
  const CONNECTIONS = 50;
  let h: Harness;
  let client: Client;
  let origin = '';
  let niks: string[] = [];
  let bare: LoadResult | undefined;
  let subject: LoadResult | undefined;
  let single: LoadResult | undefined;
  return {
    name: 'Protection check over HTTP, 50 concurrent connections (SQLite)',
    baselineName: 'a bare route of the same server',
    iterations: 1,
    warmup: 0,
    async setup() {
      delete process.env.TEST_DATABASE_URL;
      h = await createHarness({ today: '2022-05-20' });
      await h.services.agreements.importFile(h.admin, demoAgreementData());
      // Enrolled from May, the month billed and paid: nothing earlier is owed, so everyone is protected and paid.
      await seedParticipants(h.handle.db, { agreementId: 1, count: 10_000, registeredOn: '2022-05-01' });
      const bill = await h.services.contributions.createBill(h.admin, { agreementId: 1, period: '2022-05', issueDate: '2022-05-01' });
      await h.services.contributions.recordPayment(h.admin, { billId: bill.id, amount: bill.amountDue, paidOn: '2022-05-10', bankReference: 'B-1' });
      niks = (await h.handle.db.selectFrom('employees').select('nik').limit(1000).execute()).map((e) => e.nik);
      h.app.get('/bench/bare', { config: { public: true } }, async () => ({ ok: true }));
      client = await h.login('viewer');
      origin = await h.app.listen({ port: 0, host: '127.0.0.1' });
    },
    async baseline() {
      bare = await runLoad({ origin, paths: ['/bench/bare'], seconds: SECONDS, warmupSeconds: 1, concurrency: CONNECTIONS, expectTrue: 'ok' });
    },
    async subject() {
      subject = await runLoad({
        origin,
        paths: niks.map((nik) => `/api/v1/protection?nik=${nik}&date=2022-05-20`),
        headers: { cookie: client.cookie },
        seconds: SECONDS,
        warmupSeconds: 1,
        concurrency: CONNECTIONS,
        expectTrue: 'protected',
      });
      // The same check on one connection: its own latency, without 49 requests queued ahead of it.
      single = await runLoad({ origin, paths: niks.map((nik) => `/api/v1/protection?nik=${nik}&date=2022-05-20`), headers: { cookie: client.cookie }, seconds: 2, warmupSeconds: 0.5, concurrency: 1, expectTrue: 'protected' });
    },
    async teardown() {
      await h.close();
    },
    report: () => {
      const b = bare!;
      const s = subject!;
      const one = single!;
      return [
        `bare route: ${b.rps.toFixed(0)} req/s, p50 ${b.p50.toFixed(1)} ms, p99 ${b.p99.toFixed(1)} ms, errors ${b.errors}; protection: ${s.rps.toFixed(0)} req/s, p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, errors ${s.errors}`,
        `throughput ratio ${(s.rps / Math.max(1, b.rps)).toFixed(2)} (goal ≥ 0.5): ${s.rps >= 0.5 * b.rps ? '✓' : '✗'}; p99 goal < 20 ms: ${s.p99 < 20 ? '✓' : '✗'}`,
        // Little's law: with 50 requests always in flight, the mean latency is 50 / throughput, so a
        // p99 under 20 ms needs well over 2,500 req/s whatever the route does.
        `${CONNECTIONS} connections always busy: mean latency = ${CONNECTIONS} / throughput = ${((CONNECTIONS / Math.max(1, b.rps)) * 1000).toFixed(1)} ms (bare), ${((CONNECTIONS / Math.max(1, s.rps)) * 1000).toFixed(1)} ms (protection); a p99 under 20 ms needs well over ${((CONNECTIONS / 20) * 1000).toFixed(0)} req/s`,
        `one connection: protection ${one.rps.toFixed(0)} req/s, p50 ${one.p50.toFixed(2)} ms, p99 ${one.p99.toFixed(2)} ms, errors ${one.errors}`,
      ];
    },
  };
}

export const contributionBenchmarks: Benchmark[] = [billBenchmark('sqlite'), billBenchmark('postgres'), protectionBenchmark()];
