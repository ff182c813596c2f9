/** Foundation benchmarks: reading an agreement over HTTP vs a bare route of the same server. */
import type { Benchmark } from './harness.ts';
import { createHarness, type Client, type Harness } from '../src/testing/harness.ts';
import { loadDemo } from '../src/demo.ts';

let h: Harness;
let client: Client;

export const agreementBenchmarks: Benchmark[] = [
  {
    name: 'GET /api/v1/agreements/1 (agreement + terms versions, SQLite)',
    baselineName: 'GET /api/v1/health on the same app',
    async setup() {
      h = await createHarness();
      await loadDemo(h.services);
      client = await h.login('viewer');
    },
    baseline: async () => {
      await h.app.inject({ method: 'GET', url: '/api/v1/health' });
    },
    subject: async () => {
      await client.request({ method: 'GET', url: '/api/v1/agreements/1' });
    },
    teardown: async () => h.close(),
    iterations: 500,
  },
];
