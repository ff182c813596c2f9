/** `lindung roster import` exits 0 only when every row was imported: 2 when some rows failed, 1 when none could be. */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { personRow, xlsxOf } from './testing.ts';

const dir = mkdtempSync(join(tmpdir(), 'lindung-exit-'));

type Run = (args: string[]) => SpawnSyncReturns<string>;

/** The demo agreement imported and its unit DINKES added through the CLI; returns the agreement's id as the CLI printed it. */
function demoWithDinkes(run: Run): string {
  const imported = run(['agreement', 'import', 'data-files/agreements/buton-utara-2022.json', '--json']);
  assert.equal(imported.status, 0, imported.stderr);
  const agreement = String(JSON.parse(imported.stdout).id);
  assert.equal(run(['unit', 'add', '--agreement', agreement, '--code', 'DINKES', '--name', 'Dinas Kesehatan']).status, 0);
  return agreement;
}
after(() => rmSync(dir, { recursive: true, force: true }));

test('roster import exit codes: 0 all rows, 2 partly, 1 none; the count of rows written is said', async () => {
  const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'exit.db')}` };
  const run = (args: string[]) => spawnSync(process.execPath, ['bin/lindung.mjs', ...args], { env, encoding: 'utf8' });
  const agreement = demoWithDinkes(run);
  const bad = (i: number) => ['123', ...personRow(i).slice(1)];

  const allBad = join(dir, 'semua-salah.xlsx');
  writeFileSync(allBad, await xlsxOf([bad(1), bad(2)]));
  const none = run(['roster', 'import', allBad, '--agreement', agreement]);
  assert.equal(none.status, 1, none.stdout + none.stderr);
  assert.match(none.stdout, /^Impor gagal: 2 baris .* 2 bermasalah; 0 baris ditulis ke basis data, 2 baris bermasalah TIDAK diimpor/m);

  const mixed = join(dir, 'campur.xlsx');
  writeFileSync(mixed, await xlsxOf([personRow(3), bad(4), personRow(5)]));
  const dry = run(['roster', 'import', mixed, '--agreement', agreement, '--dry-run']);
  assert.equal(dry.status, 2, 'a preview with bad rows is not "all done" either');
  const partly = run(['roster', 'import', mixed, '--agreement', agreement]);
  assert.equal(partly.status, 2, partly.stdout + partly.stderr);
  assert.match(partly.stdout, /^Impor sebagian: 3 baris — 2 baru, .* 1 bermasalah; 2 baris ditulis ke basis data, 1 baris bermasalah TIDAK diimpor/m);
  const json = run(['roster', 'import', mixed, '--agreement', agreement, '--json']);
  assert.equal(json.status, 2);
  assert.equal(JSON.parse(json.stdout).counts.errors, 1);

  const good = join(dir, 'benar.xlsx');
  writeFileSync(good, await xlsxOf([personRow(6)]));
  const ok = run(['roster', 'import', good, '--agreement', agreement]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /^Impor selesai: 1 baris — 1 baru.*; 1 baris ditulis ke basis data$/m);
});

test('an office list (title rows, no start-date column, a JUMLAH line): its people imported, exit 0, the warnings and the skipped line printed', async () => {
  const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'kantor.db')}` };
  const run = (args: string[]) => spawnSync(process.execPath, ['bin/lindung.mjs', ...args], { env, encoding: 'utf8' });
  demoWithDinkes(run);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Honorer');
  ws.addRow(['DAFTAR PEGAWAI NON ASN DINAS KESEHATAN']);
  ws.addRow([]);
  ws.addRow(['No', 'NIK', 'Nama', 'L/P', 'Tempat Lahir', 'Tanggal Lahir', 'Jabatan']);
  ws.addRow([1, '7409014508900001', 'Siti Aminah', 'P', 'Buranga', '05/08/1990', 'Perawat']);
  ws.addRow([2, '7409010101850001', 'La Ode Budi', 'L', 'Ereke', '01/01/1985', 'Pengemudi']);
  ws.addRow(['', '', 'JUMLAH', '', '', '', 2]);
  ws.getColumn(2).numFmt = '@';
  const file = join(dir, 'honorer.xlsx');
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  const res = run(['roster', 'import', file, '--unit', 'DINKES']);
  assert.equal(res.status, 0, res.stdout + res.stderr);
  assert.match(res.stdout, /^Impor selesai: 2 baris — 2 baru.*; 2 baris ditulis ke basis data$/m);
  assert.match(res.stdout, /^Catatan \(tidak menghalangi impor\): 3$/m);
  assert.match(res.stdout, /^ {2}Baris 4: Tanggal mulai kerja tidak diisi; disimpan sebagai tidak diketahui$/m);
  assert.match(res.stdout, /^ {2}Baris 6: Baris ringkasan \("JUMLAH"\) tanpa NIK dilewati$/m);
});
