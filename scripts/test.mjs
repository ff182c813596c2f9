// Runs every test with node:test. Node 20 does not find .ts tests by itself, so the file
// list is explicit (src/, web/src/ for pure UI helpers, e2e/). `--no-e2e` skips the browser tests; `--only PATTERN` filters files.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

const args = process.argv.slice(2);
const skipE2e = args.includes('--no-e2e');
const onlyIdx = args.indexOf('--only');
const only = onlyIdx >= 0 ? args[onlyIdx + 1] : undefined;
// Files named on the command line run alone: `node scripts/test.mjs src/x/y.test.ts e2e/z.test.ts`.
const named = args.filter((a, i) => !a.startsWith('--') && !(onlyIdx >= 0 && i === onlyIdx + 1));

function find(dir) {
  let out = [];
  let entries = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(find(path));
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

let files = named.length > 0 ? named : [...find('src'), ...find('web/src'), ...(skipE2e ? [] : find('e2e'))].sort();
if (only) files = files.filter((f) => f.includes(only));
if (files.length === 0) {
  console.error('Tidak ada berkas uji ditemukan (no test files found)');
  process.exit(1);
}
const db = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite';
console.log(`Menjalankan ${files.length} berkas uji pada ${db} (running ${files.length} test files on ${db})`);

const child = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=2',
    '--test-reporter=tap',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/failure-summary.mjs',
    '--test-reporter-destination=stdout',
    ...files,
  ],
  // Tests run the sources: bin/lindung.mjs must not pick up a build in dist/ made before a change.
  { stdio: 'inherit', env: { ...process.env, LINDUNG_FROM_SOURCE: '1' } },
);
process.exit(child.status ?? 1);
