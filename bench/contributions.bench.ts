/**
 * Issue 5 benchmarks.
 * 1. A monthly bill for N enrolled employees (default 1,000,000) on SQLite and on PostgreSQL,
 *    each as a ratio to a plain INSERT … SELECT producing the same lines: goal ≤ 3.
 * 2. Protection checks over HTTP under 50 concurrent connections vs a bare route of the same
 *    server: requests per second (goal ≥ 0.5 of the bare route's) and p99 latency (goal < 20 ms).
 */
import { sql } from 'kysely';
import type { Benchmark } from './harness.ts';
import { createHarness, demoAgreementData, type Client, type Harness } from '../src/testing/harness.ts';
import { seedParticipants } from '../src/testing/seed.ts';

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

async function load(url: string, headers: Record<string, string>, seconds: number, concurrency: number) {
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const t = process.hrtime.bigint();
        const res = await fetch(url, { headers });
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / seconds, p99: latencies[Math.floor(latencies.length * 0.99)] ?? 0, errors };
}

function protectionBenchmark(): Benchmark {
  let h: Harness;
  let client: Client;
  let base = '';
  let niks: string[] = [];
  let bare = { rps: 0, p99: 0, errors: 0 };
  let subject = { rps: 0, p99: 0, errors: 0 };
  return {
    name: 'Protection check over HTTP, 50 concurrent connections (SQLite)',
    baselineName: 'a bare route of the same server',
    iterations: 1,
    warmup: 0,
    async setup() {
      delete process.env.TEST_DATABASE_URL;
      h = await createHarness({ today: '2022-05-20' });
      await h.services.agreements.importFile(h.admin, demoAgreementData());
      await seedParticipants(h.handle.db, { agreementId: 1, count: 10_000, registeredOn: '2022-04-01' });
      const bill = await h.services.contributions.createBill(h.admin, { agreementId: 1, period: '2022-05', issueDate: '2022-05-01' });
      await h.services.contributions.recordPayment(h.admin, { billId: bill.id, amount: bill.amountDue, paidOn: '2022-05-10', bankReference: 'B-1' });
      niks = (await h.handle.db.selectFrom('employees').select('nik').limit(1000).execute()).map((e) => e.nik);
      h.app.get('/bench/bare', { config: { public: true } }, async () => ({ ok: true }));
      client = await h.login('viewer');
      const address = await h.app.listen({ port: 0, host: '127.0.0.1' });
      base = address;
    },
    async baseline() {
      bare = await load(`${base}/bench/bare`, {}, 5, 50);
    },
    async subject() {
      let i = 0;
      const url = () => `${base}/api/v1/protection?nik=${niks[i++ % niks.length]}&date=2022-05-20`;
      const latencies: number[] = [];
      const end = Date.now() + 5000;
      let errors = 0;
      await Promise.all(Array.from({ length: 50 }, async () => {
        while (Date.now() < end) {
          const t = process.hrtime.bigint();
          const res = await fetch(url(), { headers: { cookie: client.cookie } });
          const body = (await res.json()) as { protected?: boolean };
          if (res.status !== 200 || body.protected !== true) errors++;
          latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
        }
      }));
      latencies.sort((a, b) => a - b);
      subject = { rps: latencies.length / 5, p99: latencies[Math.floor(latencies.length * 0.99)] ?? 0, errors };
    },
    async teardown() {
      await h.close();
    },
    report: () => [
      `bare route: ${bare.rps.toFixed(0)} req/s, p99 ${bare.p99.toFixed(1)} ms; protection: ${subject.rps.toFixed(0)} req/s, p99 ${subject.p99.toFixed(1)} ms, errors ${subject.errors}`,
      `throughput ratio ${(subject.rps / Math.max(1, bare.rps)).toFixed(2)} (goal ≥ 0.5); p99 goal < 20 ms: ${subject.p99 < 20 ? '✓' : '✗'}`,
    ],
  };
}

export const contributionBenchmarks: Benchmark[] = [billBenchmark('sqlite'), billBenchmark('postgres'), protectionBenchmark()];
