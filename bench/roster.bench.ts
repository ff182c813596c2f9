/**
 * Importing a generated 100,000-row XLSX roster (preview: read, validate, compare; confirm: compare
 * again and write) on SQLite, as a ratio to merely parsing the same file with the same streaming
 * reader (src/sheets/xlsx-stream.ts): goal ≤ 2.0. The file is read once (the preview keeps its
 * validated rows: src/roster/import-staging.ts). Peak memory (RSS) of the process during the
 * import: goal ≤ 250 MB. The two steps' times are printed apart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goal, type Benchmark } from './harness.ts';
import { readXlsxSheets } from '../src/sheets/xlsx-stream.ts';
import { createHarness, demoAgreementData, type Harness } from '../src/testing/harness.ts';
import { personRow } from '../src/roster/testing.ts';
import { writeRosterXlsx } from '../src/roster/export.ts';
import { ROSTER_COLUMNS, type RosterRecord } from '../src/roster/columns.ts';

const ROWS = Number(process.env.BENCH_ROSTER_ROWS ?? 100_000);
let file: Buffer;
let h: Harness | null = null;
let peakRss = 0;
let sampler: NodeJS.Timeout | undefined;
let rssBefore = 0;
let dir: string | null = null;
let previewMs = 0;
let commitMs = 0;

async function generate(): Promise<Buffer> {
  async function* batches() {
    for (let start = 0; start < ROWS; start += 5000) {
      const batch: RosterRecord[] = [];
      for (let i = start; i < Math.min(ROWS, start + 5000); i++) {
        const r = personRow(i);
        const record = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, null])) as RosterRecord;
        Object.assign(record, { nik: r[0], fullName: r[1], sex: r[2], birthPlace: r[3], birthDate: r[4], unitCode: r[5], position: r[6], employmentType: r[7], startDate: r[8] });
        batch.push(record);
      }
      yield batch;
    }
  }
  const chunks: Buffer[] = [];
  const { PassThrough } = await import('node:stream');
  const out = new PassThrough();
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeRosterXlsx(batches(), out);
  return Buffer.concat(chunks);
}

export const rosterBenchmarks: Benchmark[] = [
  {
    name: `Roster import ${ROWS.toLocaleString('id-ID')} rows XLSX (validate, diff, write; SQLite)`,
    baselineName: 'parsing the same file with the same streaming reader',
    maxRatio: 2.0,
    iterations: 1,
    warmup: 0,
    async setup() {
      file = await generate();
    },
    async baseline() {
      let n = 0;
      for await (const sheet of readXlsxSheets(file, 200 * 1024 * 1024)) for await (const _row of sheet.rows) n++;
      if (n < ROWS) throw new Error(`parsed only ${n} rows`);
    },
    async subject() {
      // A database file, as in use: an in-memory database would count its own pages in the process's RSS.
      dir = mkdtempSync(join(tmpdir(), 'lindung-roster-bench-'));
      h = await createHarness({ sqliteFile: join(dir, 'bench.db') });
      await h.services.agreements.importFile(h.admin, demoAgreementData());
      await h.services.units.create(h.admin, { agreementId: 1, code: 'DINKES', name: 'Dinas Kesehatan' });
      rssBefore = process.memoryUsage.rss();
      peakRss = rssBefore;
      sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
      let started = performance.now();
      const preview = await h.services.rosterFiles.preview(h.admin, { fileName: 'bench.xlsx', content: file, agreementId: 1 });
      previewMs = performance.now() - started;
      started = performance.now();
      const result = await h.services.rosterFiles.commit(h.admin, preview.id);
      commitMs = performance.now() - started;
      clearInterval(sampler);
      if (result.created !== ROWS) throw new Error(`created ${result.created} of ${ROWS} (errors: ${JSON.stringify(result.errors.slice(0, 3))})`);
    },
    async teardown() {
      await h?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
    report: () => [
      `file ${(file.length / 1024 / 1024).toFixed(1)} MB; RSS before the import ${(rssBefore / 1024 / 1024).toFixed(0)} MB`,
      `preview (read, validate, compare) ${(previewMs / 1000).toFixed(1)} s; confirm (compare, write) ${(commitMs / 1000).toFixed(1)} s`,
    ],
    goals: () => [goal('peak RSS during the import', peakRss / 1024 / 1024, 250, 'MB')],
  },
];
