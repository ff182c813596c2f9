/**
 * CLI start: wall time of a whole `lindung` process (the compiled build in dist/, as `npm ci` or
 * `npm run build` leaves it) for `nik check` (no database), `contribution quote` (opens a
 * migrated SQLite database and the services) and `--help`, each against `node -e 0` in the same
 * run. Goal: ≤ 0.4 s absolute on the 2-core machine.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Benchmark } from './harness.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'lindung-cli-bench-'));
const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'lindung.db')}` };
delete env.LINDUNG_FROM_SOURCE;
const node = (args: string[]) => async () => {
  await run(process.execPath, args, { env });
};
let built = false;
function setup(): Promise<void> {
  if (!built) {
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'ignore' });
    execFileSync(process.execPath, ['bin/lindung.mjs', 'migrate'], { env, stdio: 'ignore' });
    const out = execFileSync(process.execPath, ['bin/lindung.mjs', 'contribution', 'quote', '--wage', '1765000', '--jkk', '0.24', '--jkm', '0.30', '--json'], {
      env,
      encoding: 'utf8',
    });
    if (JSON.parse(out).monthly.total !== 9531) throw new Error(`contribution quote salah: ${out}`);
    built = true;
  }
  return Promise.resolve();
}

const cases: [string, string[]][] = [
  ['lindung nik check', ['nik', 'check', '7409014508900001']],
  ['lindung contribution quote', ['contribution', 'quote', '--wage', '1765000', '--jkk', '0.24', '--jkm', '0.30']],
  ['lindung --help', ['--help']],
];

export const cliBenchmarks: Benchmark[] = cases.map(([name, args], i) => ({
  name: `CLI start: ${name}`,
  baselineName: 'node -e 0',
  maxMs: 400,
  iterations: 10,
  warmup: 2,
  setup,
  baseline: node(['-e', '0']),
  subject: node(['bin/lindung.mjs', ...args]),
  ...(i === cases.length - 1 ? { teardown: async () => rmSync(dir, { recursive: true, force: true }) } : {}),
}));
