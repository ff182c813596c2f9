/**
 * Dashboard figures for an agreement with N employees (default 100,000) and 24 months of bills:
 * the API's response time, as a ratio to a single indexed count over the same tables.
 */
import { sql } from 'kysely';
import type { Benchmark } from './harness.ts';
import { createHarness, demoAgreementData, type Client, type Harness } from '../src/testing/harness.ts';
import { seedParticipants } from '../src/testing/seed.ts';
import { addPeriods } from '../src/contributions/rules.ts';

const N = Number(process.env.BENCH_DASHBOARD_EMPLOYEES ?? 100_000);
let h: Harness;
let client: Client;

export const monitoringBenchmarks: Benchmark[] = [
  {
    name: `Dashboard figures, ${N.toLocaleString('id-ID')} employees × 24 months of bills (SQLite)`,
    baselineName: 'a single indexed count over the same tables',
    iterations: 3,
    warmup: 1,
    async setup() {
      delete process.env.TEST_DATABASE_URL;
      h = await createHarness({ today: '2024-03-10' });
      await h.services.agreements.importFile(h.admin, demoAgreementData());
      await seedParticipants(h.handle.db, { agreementId: 1, count: N, registeredOn: '2022-03-14', unitCodes: ['A', 'B', 'C', 'D', 'E'], batchSize: 1500 });
      for (let i = 0; i < 24; i++) {
        const period = addPeriods('2022-03', i);
        const bill = await h.services.contributions.createBill(h.admin, { agreementId: 1, period, issueDate: '2024-03-01' });
        if (i < 22) await h.services.contributions.recordPayment(h.admin, { billId: bill.id, amount: bill.amountDue, paidOn: '2024-03-05', bankReference: `B-${i}` });
      }
      client = await h.login('viewer');
    },
    async baseline() {
      await sql`select count(*) from bill_lines where period = ${'2024-03'} and kind = 'charge'`.execute(h.handle.db);
    },
    async subject() {
      const res = await client.request({ method: 'GET', url: '/api/v1/monitoring/dashboard?agreementId=1' });
      if (res.statusCode !== 200) throw new Error(res.body);
    },
    async teardown() {
      await h.close();
    },
  },
];
