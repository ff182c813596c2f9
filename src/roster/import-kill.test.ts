/**
 * An import killed midway — the process killed during the write — leaves the database exactly
 * as before. Runs the real CLI in a child process on a SQLite file (the all-or-nothing rule on
 * PostgreSQL is covered at the service level in import.test.ts).
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../db/connect.ts';
import { personRow, xlsxOf } from './testing.ts';

const dir = mkdtempSync(join(tmpdir(), 'lindung-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('killing the import process during the write leaves the database as before', async () => {
  const db = join(dir, 'kill.db');
  const env = { ...process.env, DATABASE_URL: `sqlite:${db}` };
  const run = (args: string[]) => spawnSync(process.execPath, ['bin/lindung.mjs', ...args], { env, encoding: 'utf8' });
  const imported = run(['agreement', 'import', 'data-files/agreements/buton-utara-2022.json', '--json']);
  assert.equal(imported.status, 0, imported.stderr);
  const agreement = String(JSON.parse(imported.stdout).id);
  assert.equal(run(['unit', 'add', '--agreement', agreement, '--code', 'DINKES', '--name', 'Dinas Kesehatan']).status, 0);
  const small = join(dir, 'kecil.xlsx');
  writeFileSync(small, await xlsxOf([personRow(1), personRow(2)]));
  assert.equal(run(['roster', 'import', small, '--agreement', agreement]).status, 0);

  const big = join(dir, 'besar.xlsx');
  writeFileSync(big, await xlsxOf(Array.from({ length: 30000 }, (_, i) => personRow(100 + i))));
  const child = spawn(process.execPath, ['bin/lindung.mjs', 'roster', 'import', big, '--agreement', agreement], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  const killed = await new Promise<boolean>((resolve) => {
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (stderr.includes('Menulis')) {
        child.kill('SIGKILL');
        resolve(true);
      }
    });
    child.on('exit', () => resolve(false));
  });
  await new Promise((resolve) => child.once('exit', resolve).exitCode !== null && resolve(null));
  assert.equal(killed, true, `the import never reached the write phase: ${stderr}`);

  const handle = openSqlite(db);
  try {
    const employees = await handle.db.selectFrom('employees').select('nik').execute();
    assert.equal(employees.length, 2, 'exactly the two employees from before');
    const history = await handle.db.selectFrom('employee_history').select('id').execute();
    assert.equal(history.length, 2);
    const imports = await handle.db.selectFrom('roster_imports').select('status').orderBy('id').execute();
    assert.deepEqual(
      imports.map((i) => i.status),
      ['committed', 'previewed'],
    );
  } finally {
    await handle.close();
  }
  const again = run(['roster', 'import', small, '--agreement', agreement]);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /2 tidak berubah/);
});
