/**
 * Benefit quotes: 100,000 random valid requests in-process (quotes per second), and HTTP quotes
 * under 50 concurrent connections as a ratio to a bare route of the same server.
 */
import type { Benchmark } from './harness.ts';
import { quoteBenefits } from '../src/benefits/rules.ts';
import { REGULATION_DEFAULT_TERMS } from '../src/agreements/terms.ts';
import { createHarness, type Client, type Harness } from '../src/testing/harness.ts';

const N = 100_000;
const OUTCOMES = ['recovered', 'total_permanent', 'death', 'partial_anatomical'] as const;
function randomRequest(i: number) {
  const outcome = OUTCOMES[i % OUTCOMES.length]!;
  return {
    program: 'JKK' as const,
    wage: 1_000_000 + (i % 50) * 50_000,
    incidentDate: '2023-05-02',
    outcome,
    medicalCost: (i % 7) * 250_000,
    transport: [{ mode: (['land', 'sea', 'air'] as const)[i % 3]!, cost: (i % 11) * 900_000 }],
    incapacityDays: i % 500,
    disabilities: outcome === 'partial_anatomical' ? [{ code: 'lengan-kanan-bahu' }] : [],
  };
}

let h: Harness;
let client: Client;
let base = '';
const stats = { inProcess: 0, http: 0, bare: 0 };

async function load(url: string, init: () => RequestInit, seconds: number): Promise<number> {
  let n = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (Date.now() < end) {
        const res = await fetch(url, init());
        await res.arrayBuffer();
        n++;
      }
    }),
  );
  return n / seconds;
}

export const benefitBenchmarks: Benchmark[] = [
  {
    name: `Benefit quotes in-process (${N.toLocaleString('id-ID')} random valid requests)`,
    baselineName: 'building the same requests',
    iterations: 1,
    warmup: 0,
    baseline: async () => {
      for (let i = 0; i < N; i++) randomRequest(i);
    },
    subject: async () => {
      const t = Date.now();
      for (let i = 0; i < N; i++) quoteBenefits(randomRequest(i), REGULATION_DEFAULT_TERMS);
      stats.inProcess = N / ((Date.now() - t) / 1000);
    },
    report: () => [`${stats.inProcess.toFixed(0)} quotes/s`],
  },
  {
    name: 'Benefit quotes over HTTP, 50 concurrent connections',
    baselineName: 'a bare route of the same server',
    iterations: 1,
    warmup: 0,
    async setup() {
      delete process.env.TEST_DATABASE_URL;
      h = await createHarness();
      h.app.get('/bench/bare', { config: { public: true } }, async () => ({ ok: true }));
      client = await h.login('viewer');
      base = await h.app.listen({ port: 0, host: '127.0.0.1' });
    },
    baseline: async () => {
      stats.bare = await load(`${base}/bench/bare`, () => ({}), 5);
    },
    subject: async () => {
      let i = 0;
      stats.http = await load(
        `${base}/api/v1/benefits/quote`,
        () => ({
          method: 'POST',
          headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': 'application/json' },
          body: JSON.stringify(randomRequest(i++)),
        }),
        5,
      );
    },
    teardown: async () => h.close(),
    report: () => [`HTTP ${stats.http.toFixed(0)} quotes/s vs bare ${stats.bare.toFixed(0)} req/s: ratio ${(stats.http / Math.max(1, stats.bare)).toFixed(2)}`],
  },
];
