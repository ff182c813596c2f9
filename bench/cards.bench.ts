/**
 * Cards for 1,000 employees as one PDF (8 per A4 sheet): pages per second, and the ratio to
 * rendering the same pages with pdfkit alone without data access (goal ≤ 1.5).
 */
import { Writable } from 'node:stream';
import type { Benchmark } from './harness.ts';
import { createHarness, demoAgreementData, type Harness } from '../src/testing/harness.ts';
import { seedParticipants } from '../src/testing/seed.ts';
import { renderCardsPdf, type CardData } from '../src/enrolment/card-pdf.ts';

const COUNT = 1000;
const sink = () => new Writable({ write: (_c, _e, cb) => cb() });
let h: Harness;
let pages = 0;
let ms = 0;
let fixed: CardData[] = [];

export const cardBenchmarks: Benchmark[] = [
  {
    name: `Cards for ${COUNT.toLocaleString('id-ID')} employees as one PDF (SQLite)`,
    baselineName: 'the same pages with pdfkit alone, no data access',
    maxRatio: 1.5,
    iterations: 2,
    warmup: 1,
    async setup() {
      delete process.env.TEST_DATABASE_URL;
      h = await createHarness({ today: '2022-05-20' });
      await h.services.agreements.importFile(h.admin, demoAgreementData());
      await seedParticipants(h.handle.db, { agreementId: 1, count: COUNT, registeredOn: '2022-04-01', unitCodes: ['DINKES', 'BKPSDM'] });
      fixed = await h.services.cards.cardData(h.admin, { agreementId: 1 }, 'http://localhost:3000');
    },
    async baseline() {
      await renderCardsPdf(fixed, sink(), { layout: 'sheet' });
    },
    async subject() {
      const t = Date.now();
      pages = (await h.services.cards.renderPdf(h.admin, { agreementId: 1 }, 'http://localhost:3000', 'sheet', sink())).pages;
      ms = Date.now() - t;
    },
    async teardown() {
      await h.close();
    },
    report: () => [`${pages} pages in ${ms} ms: ${((pages * 1000) / Math.max(1, ms)).toFixed(1)} pages/s`],
  },
];
