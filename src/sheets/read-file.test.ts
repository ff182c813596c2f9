import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { AppError } from '../core/errors.ts';
import { cellTexts, firstSheetRows, openSheetFile, type RawRow } from './read-file.ts';
import { allRows } from './batches.ts';

const isAmountHeader = (texts: string[]) => texts.includes('Jumlah');

async function all(rows: AsyncIterable<RawRow>): Promise<RawRow[]> {
  const out: RawRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

test('CSV: the header is found below title lines; blank rows are skipped, numbers kept', async () => {
  const csv = Buffer.from('Rekening koran;\n\nTanggal;Jumlah\n01/02/2026;100\n;\n02/02/2026;200\n');
  const search = await openSheetFile(csv, 'rk.csv', isAmountHeader);
  assert.ok(search.found);
  const { sheet } = search;
  assert.deepEqual([sheet.format, sheet.delimiter, sheet.encoding, sheet.sheetName], ['csv', ';', 'utf-8', null]);
  assert.deepEqual([sheet.header.number, cellTexts(sheet.header)], [3, ['Tanggal', 'Jumlah']]);
  assert.deepEqual(
    (await allRows(sheet.batches)).map((r) => [r.number, ...r.cells]),
    [
      [4, '01/02/2026', '100'],
      [6, '02/02/2026', '200'],
    ],
  );
});

test('no header in the first rows: the first non-blank row is given back', async () => {
  const search = await openSheetFile(Buffer.from('\nNama;Nilai\nA;1\n'), 'x.csv', isAmountHeader);
  assert.equal(search.found, false);
  assert.deepEqual(!search.found && search.firstRow, { number: 2, cells: ['Nama', 'Nilai'] });
  const blank = await openSheetFile(Buffer.from('\n\n'), 'x.csv', isAmountHeader);
  assert.deepEqual(blank, { found: false, firstRow: null });
});

test('XLSX: a sheet without the header is passed over; closing unread rows does not hang', async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Petunjuk').addRow(['Isi kolom Jumlah dengan rupiah']);
  const data = workbook.addWorksheet('Data');
  data.addRow(['Tanggal', 'Jumlah']);
  data.addRow(['01/02/2026', 100]);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const search = await openSheetFile(buffer, 'rk.xlsx', isAmountHeader);
  assert.ok(search.found);
  assert.deepEqual([search.sheet.format, search.sheet.sheetName, search.sheet.header.number], ['xlsx', 'Data', 1]);
  await search.sheet.close();
  await search.sheet.close();
  const again = await openSheetFile(buffer, 'rk.xlsx', isAmountHeader);
  assert.ok(again.found);
  assert.deepEqual(
    (await allRows(again.sheet.batches)).map((r) => r.cells),
    [['01/02/2026', 100]],
  );
});

test('unsupported and broken files are bad_file in Bahasa', async () => {
  const badFile = (start: string) => (e: unknown) => e instanceof AppError && e.code === 'bad_file' && e.message.startsWith(start);
  await assert.rejects(openSheetFile(Buffer.from('%PDF-1.4'), 'rk.pdf', isAmountHeader), badFile('Jenis file .pdf tidak didukung'));
  await assert.rejects(openSheetFile(Buffer.from('bukan zip'), 'rk.xlsx', isAmountHeader), badFile('File Excel rusak'));
  await assert.rejects(openSheetFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'rk.xls', isAmountHeader), badFile('Format Excel lama'));
  await assert.rejects(all(firstSheetRows(Buffer.alloc(0))), badFile('Berkas kosong'));
});

test('firstSheetRows: every row of the first worksheet, or of a CSV', async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Satu').addRows([['NIK'], ['7409014508900001']]);
  workbook.addWorksheet('Dua').addRow(['tidak dibaca']);
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
  assert.deepEqual(
    (await all(firstSheetRows(xlsx))).map((r) => r.cells),
    [['NIK'], ['7409014508900001']],
  );
  assert.deepEqual(
    (await all(firstSheetRows(Buffer.from('NIK,Nama\n1,A\n')))).map((r) => r.cells),
    [
      ['NIK', 'Nama'],
      ['1', 'A'],
    ],
  );
});
