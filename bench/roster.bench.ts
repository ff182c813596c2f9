/**
 * Importing a generated 100,000-row XLSX roster (preview: read, validate, compare; confirm: compare
 * again and write) on SQLite, as a ratio of CPU time to merely parsing the same file with the same
 * streaming reader (src/sheets/xlsx-stream.ts): goal ≤ 2.0 (the wall times are printed too). Each is
 * run BENCH_ROSTER_RUNS times (default 5), parse and import alternating, and the least CPU time of
 * each side is compared (the machine is shared; every run is printed). The file is read once (the
 * preview keeps its validated rows: src/roster/import-staging.ts). Peak memory (RSS) of the
 * importing process, the highest run: goal ≤ 250 MB.
 *
 * The file is generated and the database prepared here, before anything is measured; the parse and
 * the import each run in a fresh child process (bench/roster-child.ts), which reports its own time,
 * its RSS when the work started (runtime and services loaded, file read) and its peak — so the
 * benchmark's own generation of the file is not counted as the import's memory.
 *
 * Both children run COMPILED JavaScript, as users run `lindung` (bin/lindung.mjs runs the esbuild
 * bundle dist/cli.js): before measuring, this benchmark builds the CLI from the current sources with
 * scripts/build-cli.mjs into a folder of its own, with bench/roster-child.ts as one more entry point
 * of that same build, so the child loads the very chunks `lindung roster import` loads (the reader,
 * the services). The parse and the import run the same build. Under tsx the sources would be
 * compiled in the process (its transformer and the transformed sources counted in the import's RSS)
 * and every function would pay tsx's `__name` wrapper, which users never run.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { goal, type Benchmark } from './harness.ts';
import { createTestDb } from '../src/db/testing.ts';
import { createServices } from '../src/services.ts';
import { cliActor } from '../src/core/actor.ts';
import { demoAgreementData } from '../src/testing/harness.ts';
import { personRow } from '../src/roster/testing.ts';
import { writeRosterXlsx } from '../src/roster/export.ts';
import { ROSTER_COLUMNS, type RosterRecord } from '../src/roster/columns.ts';

const ROWS = Number(process.env.BENCH_ROSTER_ROWS ?? 100_000);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The build (inside the project, so that its external packages resolve from node_modules). */
const BUILD = `tmp/roster-bench-${process.pid}`;
const CHILD = join(ROOT, BUILD, 'roster-child.js');
let dir = '';
let filePath = '';
let fileBytes = 0;

interface ChildReport {
  ms: number;
  cpuMs: number;
  rssStart: number;
  rssPeak: number;
  maxRss: number;
  previewMs?: number;
  previewCpuMs?: number;
  created?: number;
  errors?: unknown[];
}
/** Parse and import runs, alternating (BENCH_ROSTER_RUNS, default 5: the parse alone swings ±15% between runs minutes apart on a shared machine, and the least of five of each side moves less than the least of three): the least CPU of each is compared, every run printed. */
const RUNS = Number(process.env.BENCH_ROSTER_RUNS ?? 5);
const parses: ChildReport[] = [];
const imports: ChildReport[] = [];
let parse: ChildReport | null = null;
let imported: ChildReport | null = null;
const leastCpu = (runs: ChildReport[]) => runs.reduce((a, b) => (b.cpuMs < a.cpuMs ? b : a));
const peakOf = (r: ChildReport) => Math.max(r.rssPeak, r.maxRss);

async function generate(): Promise<Buffer> {
  async function* batches() {
    for (let start = 0; start < ROWS; start += 5000) {
      const batch: RosterRecord[] = [];
      for (let i = start; i < Math.min(ROWS, start + 5000); i++) {
        const r = personRow(i);
        const record = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, null])) as RosterRecord;
        Object.assign(record, {
          nik: r[0],
          fullName: r[1],
          sex: r[2],
          birthPlace: r[3],
          birthDate: r[4],
          unitCode: r[5],
          position: r[6],
          employmentType: r[7],
          startDate: r[8],
        });
        batch.push(record);
      }
      yield batch;
    }
  }
  const chunks: Buffer[] = [];
  const out = new PassThrough();
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeRosterXlsx(batches(), out);
  return Buffer.concat(chunks);
}

/** Runs roster-child.ts and returns its reports (one JSON object per line, merged). */
function child(...args: string[]): ChildReport {
  const out = execFileSync(process.execPath, [CHILD, ...args], { encoding: 'utf8', maxBuffer: 1024 * 1024 });
  return Object.assign(
    {},
    ...out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Partial<ChildReport>),
  ) as ChildReport;
}

/** A migrated SQLite file with the demo agreement and the unit the rows name, closed again. */
async function prepareDatabase(path: string): Promise<void> {
  const handle = await createTestDb({ sqliteFile: path });
  const services = createServices(handle, { timeZone: 'Asia/Makassar', today: () => '2023-01-10' });
  await services.agreements.importFile(cliActor(), demoAgreementData());
  await services.units.create(cliActor(), { agreementId: 1, code: 'DINKES', name: 'Dinas Kesehatan' });
  await handle.close();
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export const rosterBenchmarks: Benchmark[] = [
  {
    name: `Roster import ${ROWS.toLocaleString('id-ID')} rows XLSX (validate, diff, write; SQLite)`,
    baselineName: 'parsing the same file with the same streaming reader',
    maxRatio: 2.0,
    iterations: 1,
    warmup: 0,
    async setup() {
      execFileSync(process.execPath, ['scripts/build-cli.mjs', '--outdir', BUILD, '--entry', 'roster-child=bench/roster-child.ts'], {
        cwd: ROOT,
        stdio: 'pipe',
      });
      dir = mkdtempSync(join(tmpdir(), 'lindung-roster-bench-'));
      const file = await generate();
      fileBytes = file.length;
      filePath = join(dir, 'bench.xlsx');
      writeFileSync(filePath, file);
    },
    // Both measured in subject(), one parse then one import per run, so that each pair meets the same load.
    async baseline() {},
    async subject() {
      for (let run = 0; run < RUNS; run++) {
        parses.push(child('parse', filePath));
        // A database file, as in use: an in-memory database would count its own pages in the process's RSS.
        const dbPath = join(dir, 'bench.db');
        rmSync(dbPath, { force: true });
        await prepareDatabase(dbPath);
        const report = child('import', filePath, dbPath);
        if (report.created !== ROWS) throw new Error(`created ${report.created} of ${ROWS} (errors: ${JSON.stringify(report.errors)})`);
        imports.push(report);
      }
      parse = leastCpu(parses);
      imported = leastCpu(imports);
    },
    // The goal is the CPU time's ratio, the least of each side's runs (the machine is shared: wall time also counts other work's turns).
    measuredMs: () => ({ baseline: parse!.cpuMs, subject: imported!.cpuMs }),
    async teardown() {
      if (dir) rmSync(dir, { recursive: true, force: true });
      rmSync(join(ROOT, BUILD), { recursive: true, force: true });
    },
    report: () => [
      `file ${(fileBytes / 1024 / 1024).toFixed(1)} MB; each step in a fresh process running the compiled build (scripts/build-cli.mjs, made before measuring)`,
      `${RUNS} runs each, alternating; CPU s of every run: parse ${parses.map((r) => (r.cpuMs / 1000).toFixed(2)).join(', ')}; import ${imports.map((r) => (r.cpuMs / 1000).toFixed(2)).join(', ')}; peak RSS ${imports.map((r) => mb(peakOf(r))).join(', ')}; the least CPU of each below`,
      `CPU time: parse ${(parse!.cpuMs / 1000).toFixed(1)} s, import ${(imported!.cpuMs / 1000).toFixed(1)} s (preview ${(imported!.previewCpuMs! / 1000).toFixed(1)} s, confirm ${((imported!.cpuMs - imported!.previewCpuMs!) / 1000).toFixed(1)} s; ratio ${(imported!.cpuMs / parse!.cpuMs).toFixed(2)})`,
      `parse: RSS ${mb(parse!.rssStart)} at start, peak ${mb(parse!.rssPeak)}`,
      `wall time: parse ${(parse!.ms / 1000).toFixed(1)} s, import ${(imported!.ms / 1000).toFixed(1)} s (preview (read, validate, compare) ${(imported!.previewMs! / 1000).toFixed(1)} s; confirm (compare, write) ${((imported!.ms - imported!.previewMs!) / 1000).toFixed(1)} s; ratio ${(imported!.ms / parse!.ms).toFixed(2)})`,
      `import: RSS ${mb(imported!.rssStart)} at start (services loaded, file read), peak ${mb(imported!.rssPeak)} (+${mb(imported!.rssPeak - imported!.rssStart)}); the process's high-water mark ${mb(imported!.maxRss)}`,
    ],
    goals: () => [goal('peak RSS of the importing process (the highest run)', Math.max(...imports.map(peakOf)) / 1024 / 1024, 250, 'MB')],
  },
];
