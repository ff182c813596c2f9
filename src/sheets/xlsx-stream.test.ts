import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { excelSerialToDate, isDateFormat, readXlsxSheets, type RawRow } from './xlsx-stream.ts';
import { ZipError } from './zip.ts';
import { allRows } from './batches.ts';

const LIMIT = 50 * 1024 * 1024;

async function readAll(buffer: Uint8Array): Promise<{ name: string; rows: RawRow[] }[]> {
  const sheets: { name: string; rows: RawRow[] }[] = [];
  for await (const sheet of readXlsxSheets(buffer, LIMIT)) {
    sheets.push({ name: sheet.name, rows: await allRows(sheet.batches) });
  }
  return sheets;
}

async function sampleWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const guide = wb.addWorksheet('Petunjuk');
  guide.addRow(['Isi daftar pegawai pada lembar berikut']);
  const sheet = wb.addWorksheet('Pegawai');
  sheet.addRow(['NIK', 'Nama', 'Tanggal Lahir', 'Upah', 'Aktif']);
  sheet.addRow(['7409010101900001', 'Siti Ğülnaz Ő', new Date(Date.UTC(1990, 0, 1)), 1765000, true]);
  sheet.getCell('C2').numFmt = 'dd/mm/yyyy';
  sheet.getRow(3).getCell(1).value = 7409010101900002; // a NIK typed as a number
  sheet.getRow(3).getCell(2).value = { richText: [{ text: 'La ' }, { font: { bold: true }, text: 'Ode' }] };
  sheet.getRow(3).getCell(4).value = { formula: 'D2*2', result: 3530000 };
  sheet.getRow(3).getCell(5).value = { error: '#N/A' };
  sheet.getRow(5).getCell(3).value = 'teks saja'; // row 4 missing, columns A–B empty
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('streaming XLSX reader', () => {
  test('reads every kind of cell as exceljs does, sheets in tab order, row numbers as people see them', async () => {
    const sheets = await readAll(await sampleWorkbook());
    assert.deepEqual(
      sheets.map((s) => s.name),
      ['Petunjuk', 'Pegawai'],
    );
    assert.deepEqual(sheets[0]!.rows, [{ number: 1, cells: ['Isi daftar pegawai pada lembar berikut'] }]);
    const rows = sheets[1]!.rows;
    assert.deepEqual(
      rows.map((r) => r.number),
      [1, 2, 3, 5],
    );
    assert.deepEqual(rows[0]!.cells, ['NIK', 'Nama', 'Tanggal Lahir', 'Upah', 'Aktif']);
    assert.deepEqual(rows[1]!.cells, ['7409010101900001', 'Siti Ğülnaz Ő', new Date(Date.UTC(1990, 0, 1)), 1765000, true]);
    assert.deepEqual(rows[2]!.cells, [7409010101900002, 'La Ode', null, 3530000, { error: '#N/A' }]);
    assert.deepEqual(rows[3]!.cells, [null, null, 'teks saja']);
  });

  test('gives the same cells as exceljs reading the whole workbook', async () => {
    const buffer = await sampleWorkbook();
    const full = new ExcelJS.Workbook();
    await full.xlsx.load(buffer as unknown as ArrayBuffer);
    const ours = (await readAll(buffer))[1]!.rows;
    const theirs: unknown[][] = [];
    full.getWorksheet('Pegawai')!.eachRow((row) => {
      theirs.push(
        Array.from((row.values as unknown[]).slice(1)).map((v) => {
          if (v && typeof v === 'object' && 'richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join('');
          if (v && typeof v === 'object' && 'formula' in v) return (v as ExcelJS.CellFormulaValue).result;
          return v ?? null;
        }),
      );
    });
    assert.deepEqual(
      ours.map((r) => r.cells),
      theirs,
    );
  });

  test("the same file read 300 times at once never loses a part (the race that broke exceljs's stream reader)", async () => {
    const buffer = await sampleWorkbook();
    const results = await Promise.all(Array.from({ length: 300 }, () => readAll(buffer)));
    assert.equal(results.filter((r) => r.length === 2 && r[1]!.rows.length === 4).length, 300);
  });

  test('date formats: custom codes with date letters, quoted text and colours are told apart', () => {
    assert.equal(isDateFormat('dd/mm/yyyy'), true);
    assert.equal(isDateFormat('[$-421]d mmmm yyyy'), true);
    assert.equal(isDateFormat('"Rp"#,##0'), false);
    assert.equal(isDateFormat('[Red]#,##0'), false);
    assert.equal(isDateFormat('@'), false);
    assert.deepEqual(excelSerialToDate(44634, false), new Date(Date.UTC(2022, 2, 14)));
    assert.deepEqual(excelSerialToDate(44634 - 1462, true), new Date(Date.UTC(2022, 2, 14)));
  });

  test('not a zip, a truncated file and an oversized part are refused with a kind', async () => {
    const refuse = async (buffer: Uint8Array, kind: string) => {
      await assert.rejects(readAll(buffer), (e: unknown) => e instanceof ZipError && e.kind === kind);
    };
    await refuse(Buffer.from('NIK;Nama\n1;A'), 'broken');
    const good = await sampleWorkbook();
    await refuse(good.subarray(0, good.length - 30), 'broken');
    await assert.rejects(
      async () => {
        for await (const sheet of readXlsxSheets(good, 2_000)) for await (const _ of sheet.batches) void _;
      },
      (e: unknown) => e instanceof ZipError && e.kind === 'too_large',
    );
  });

  test('a sheet part that is not XML is a broken file, not a crash', async () => {
    const buffer = await sampleWorkbook();
    const cut = Buffer.from(buffer);
    const at = cut.indexOf('xl/worksheets/sheet2.xml');
    assert.ok(at > 0);
    cut.fill(0x41, at + 60, at + 160); // overwrite compressed bytes of the second sheet
    await assert.rejects(readAll(cut), (e: unknown) => e instanceof ZipError);
  });
});
