import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../core/errors.ts';
import { NIK_AS_NUMBER_MESSAGE } from '../sheets/cells.ts';
import type { RosterRecord } from './columns.ts';
import { rosterTemplateXlsx, writeRosterCsv, writeRosterXlsx } from './export.ts';
import { readRosterFile, readRosterRows } from './read-file.ts';
import { eachRow } from '../sheets/batches.ts';
import { validateRosterRow } from './validate-row.ts';

const today = '2025-06-01';

async function xlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function collect(write: (out: PassThrough) => Promise<unknown>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => out.on('end', resolve));
  await write(out);
  out.end();
  await done;
  return Buffer.concat(chunks);
}

const badFile = (start: string) => (e: unknown) => e instanceof AppError && e.code === 'bad_file' && e.message.startsWith(start);

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

test('XLSX: NIK as text and as number, dates, blank rows skipped, spreadsheet row numbers', async () => {
  const buffer = await xlsx((wb) => {
    const ws = wb.addWorksheet('Pegawai');
    ws.getColumn(1).numFmt = '@';
    ws.getColumn(4).numFmt = 'dd-mm-yyyy';
    ws.addRow(['NIK', 'Nama Lengkap', 'L/P', 'Tgl Lahir', 'TMT', 'Keterangan']);
    ws.addRow(['3515140508680001', 'Budi Santoso', 'L', utc('1968-08-05'), '14/03/2022', 'ok']);
    ws.addRow([3515144508680000, 'Siti Aminah', 'P', utc('1968-08-05'), 44634, null]);
    ws.addRow([null, null, null, null, null, null]);
    ws.addRow(['7409014508900001', { richText: [{ text: 'Wa Ode ' }, { text: 'Sitti' }] }, 'Perempuan', '5 Agustus 1990', utc('2020-01-02')]);
  });
  const { info, rows } = await readRosterRows(buffer, 'pegawai.xlsx');
  assert.equal(info.format, 'xlsx');
  assert.equal(info.sheetName, 'Pegawai');
  assert.equal(info.headerRow, 1);
  assert.deepEqual(info.unknownHeaders, ['Keterangan']);
  assert.deepEqual(info.headers, { nik: 'NIK', fullName: 'Nama Lengkap', sex: 'L/P', birthDate: 'Tgl Lahir', startDate: 'TMT' });
  assert.deepEqual(
    rows.map((r) => r.rowNumber),
    [2, 3, 5],
  );
  assert.equal(rows[0]?.values.nik, '3515140508680001');
  assert.deepEqual(rows[0]?.values.birthDate, utc('1968-08-05'));
  assert.equal(rows[1]?.values.nik, 3515144508680000);
  assert.equal(rows[1]?.values.startDate, 44634);

  const first = validateRosterRow(rows[0]!, { today });
  assert.deepEqual(first.ok && first.employee, {
    nik: '3515140508680001',
    fullName: 'Budi Santoso',
    sex: 'L',
    birthPlace: '',
    birthDate: '1968-08-05',
    unitCode: '',
    unitName: '',
    position: '',
    employmentType: 'lainnya',
    startDate: '2022-03-14',
    endDate: null,
    endReason: null,
    phone: '',
    address: '',
  });
  const second = validateRosterRow(rows[1]!, { today });
  assert.deepEqual(!second.ok && second.errors, [{ row: 3, column: 'NIK', field: 'nik', code: 'nik_invalid', message: NIK_AS_NUMBER_MESSAGE }]);
  const third = validateRosterRow(rows[2]!, { today });
  assert.equal(third.ok && third.employee.fullName, 'Wa Ode Sitti');
  assert.equal(third.ok && third.employee.birthDate, '1990-08-05');
});

test('XLSX: title rows above the header and an instructions sheet before the data', async () => {
  const buffer = await xlsx((wb) => {
    wb.addWorksheet('Petunjuk').addRow(['Isi data pegawai di lembar Data']);
    const ws = wb.addWorksheet('Data');
    ws.getCell('A1').value = 'DAFTAR PEGAWAI NON ASN DINAS KESEHATAN';
    ws.getRow(3).values = ['No', 'No. KTP', 'Nama'];
    ws.getRow(4).values = [1, '3515140508680001', 'Budi'];
  });
  const { info, rows } = await readRosterRows(buffer, 'data.xlsx');
  assert.equal(info.sheetName, 'Data');
  assert.equal(info.headerRow, 3);
  assert.deepEqual(info.unknownHeaders, ['No']);
  assert.deepEqual(rows, [
    {
      rowNumber: 4,
      values: { nik: '3515140508680001', fullName: 'Budi' },
      headers: { nik: 'No. KTP', fullName: 'Nama' },
      cells: [1, '3515140508680001', 'Budi'],
    },
  ]);
});

test('XLSX: the import template reads back and its example row is valid', async () => {
  const { rows } = await readRosterRows(await rosterTemplateXlsx(), 'template.xlsx');
  assert.equal(rows.length, 1);
  const result = validateRosterRow(rows[0]!, { today });
  assert.equal(result.ok, true);
  assert.equal(result.ok && result.employee.nik, '7409014508900001');
  assert.equal(result.ok && result.employee.sex, 'P');
  assert.equal(result.ok && result.employee.employmentType, 'honorer');
});

const record = (i: number): RosterRecord => ({
  nik: `74090105089${String(i).padStart(5, '0')}`,
  fullName: `Pegawai ${i}`,
  sex: 'L',
  birthPlace: 'Ereke',
  birthDate: '1990-08-05',
  unitCode: 'DINKES',
  unitName: 'Dinas Kesehatan',
  position: 'Staf',
  employmentType: 'honorer',
  startDate: '2020-01-02',
  endDate: null,
  endReason: null,
  phone: '081234567890',
  address: 'Jl. Poros, Kel. Ereke',
});

async function* batches(count: number): AsyncGenerator<RosterRecord[]> {
  for (let start = 1; start <= count; start += 500) {
    yield Array.from({ length: Math.min(500, count - start + 1) }, (_, k) => record(start + k));
  }
}

test('XLSX: a streamed export of 3,000 rows reads back row by row', async () => {
  const buffer = await collect((out) => writeRosterXlsx(batches(3000), out));
  const file = await readRosterFile(buffer, 'ekspor.xlsx');
  let count = 0;
  let last = 0;
  let batchCount = 0;
  for await (const batch of file.batches) {
    batchCount++;
    assert.ok(batch.length > 0, 'no empty batch');
    for (const row of batch) {
      count++;
      assert.equal(row.rowNumber, last === 0 ? 2 : last + 1);
      last = row.rowNumber;
      if (count === 1) assert.equal(validateRosterRow(row, { today }).ok, true);
    }
  }
  assert.equal(count, 3000);
  assert.equal(last, 3001);
  // Handed on a piece of the file at a time, not row by row and not all at once.
  assert.ok(batchCount > 1 && batchCount < 300, `${batchCount} batches`);
});

test('XLSX: stopping early or never reading the rows does not hang', async () => {
  const buffer = await collect((out) => writeRosterXlsx(batches(1200), out));
  const file = await readRosterFile(buffer, 'ekspor.xlsx');
  const seen: number[] = [];
  for await (const row of eachRow(file.batches)) {
    seen.push(row.rowNumber);
    if (seen.length === 3) break;
  }
  assert.deepEqual(seen, [2, 3, 4]);
  const unread = await readRosterFile(buffer, 'ekspor.xlsx');
  await unread.close();
});

test('bad files: empty, not a zip, truncated, old .xls, unsupported type, binary CSV', async () => {
  const good = await xlsx((wb) => wb.addWorksheet('A').addRow(['NIK']));
  await assert.rejects(readRosterFile(Buffer.alloc(0), 'a.xlsx'), badFile('File kosong'));
  await assert.rejects(readRosterFile(Buffer.from('bukan excel'), 'a.xlsx'), badFile('File Excel rusak'));
  await assert.rejects(readRosterFile(good.subarray(0, 300), 'a.xlsx'), badFile('File Excel rusak'));
  await assert.rejects(readRosterFile(Buffer.concat([good.subarray(0, 30), Buffer.alloc(2000, 7)]), 'a.xlsx'), badFile('File Excel rusak'));
  const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
  await assert.rejects(readRosterFile(ole, 'lama.xls'), badFile('Format Excel lama (.xls'));
  await assert.rejects(readRosterFile(Buffer.from('%PDF-1.7 ...'), 'surat.pdf'), badFile('Jenis file .pdf tidak didukung'));
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
  await assert.rejects(readRosterFile(png, 'foto.csv'), badFile('File ini bukan CSV atau Excel'));
  await assert.rejects(readRosterFile(Buffer.from('\ufeff\r\n\r\n'), 'a.csv'), badFile('File kosong'));
});

test('bad files: header without data, no NIK column', async () => {
  const headerOnly = await xlsx((wb) => {
    const ws = wb.addWorksheet('Pegawai');
    ws.addRow(['NIK', 'Nama']);
    ws.addRow([]);
  });
  await assert.rejects(readRosterFile(headerOnly, 'a.xlsx'), badFile('File hanya berisi baris judul kolom'));
  await assert.rejects(readRosterFile(Buffer.from('NIK;Nama\r\n;\r\n'), 'a.csv'), badFile('File hanya berisi baris judul kolom'));
  const noNik = await xlsx((wb) => wb.addWorksheet('Pegawai').addRow(['Nama', 'Alamat']));
  await assert.rejects(readRosterFile(noNik, 'a.xlsx'), badFile('Kolom NIK tidak ditemukan'));
  await assert.rejects(readRosterFile(Buffer.from('Nama,Alamat\nBudi,Ereke\n'), 'a.csv'), badFile('Kolom NIK tidak ditemukan'));
});

test('CSV: UTF-8 with BOM, comma separated, quoted comma, blank line counted', async () => {
  const text =
    '\ufeffNIK,Nama,Jenis Kelamin,Tanggal Lahir,Tanggal Mulai,Alamat\r\n' +
    '3515140508680001,Budi Śantoso,Laki-laki,05-08-1968,2022-03-14,"Jl. Merdeka 5, Kel. Ereke"\r\n' +
    '\r\n' +
    '3515144508680002,Siti Aminah,P,5/8/1968,14 Maret 2022,\r\n';
  const { info, rows } = await readRosterRows(Buffer.from(text, 'utf8'), 'pegawai.csv');
  assert.equal(info.format, 'csv');
  assert.equal(info.encoding, 'utf-8');
  assert.equal(info.delimiter, ',');
  assert.deepEqual(
    rows.map((r) => r.rowNumber),
    [2, 4],
  );
  assert.equal(rows[0]?.values.nik, '3515140508680001');
  assert.equal(rows[0]?.values.fullName, 'Budi Śantoso');
  assert.equal(rows[0]?.values.address, 'Jl. Merdeka 5, Kel. Ereke');
  assert.equal(rows[1]?.values.address, null);
  const second = validateRosterRow(rows[1]!, { today });
  assert.equal(second.ok && second.employee.startDate, '2022-03-14');
});

test('CSV: Windows-1252 from Excel, semicolon separated, commas kept inside values', async () => {
  const line = (s: string) => Buffer.from(s + '\r\n', 'latin1');
  const bytes = Buffer.concat([
    line('NIK;Nama;JK;Tgl. Lahir;TMT;Alamat'),
    Buffer.from('3515140508680001;Andr'),
    Buffer.from([0xe9]),
    Buffer.from(' Jum'),
    Buffer.from([0x92]),
    Buffer.from('at;L;05/08/1968;01/02/2020;Jl. A, No. 5\r\n'),
  ]);
  const { info, rows } = await readRosterRows(bytes, 'pegawai.csv');
  assert.equal(info.encoding, 'windows-1252');
  assert.equal(info.delimiter, ';');
  assert.equal(rows[0]?.values.fullName, 'André Jum’at');
  assert.equal(rows[0]?.values.address, 'Jl. A, No. 5');
  assert.equal(rows[0]?.rowNumber, 2);
});

test('CSV: UTF-8 without BOM with semicolons, and an Excel sep= line', async () => {
  const plain = await readRosterRows(Buffer.from('NIK;Nama\n3515140508680001;Sitti Nurhaliza\n', 'utf8'), 'a.csv');
  assert.equal(plain.info.encoding, 'utf-8');
  assert.equal(plain.info.delimiter, ';');
  assert.equal(plain.rows[0]?.values.fullName, 'Sitti Nurhaliza');
  const sep = await readRosterRows(Buffer.from('sep=,\nNIK,Nama\n3515140508680001,Budi\n'), 'a.csv');
  assert.equal(sep.info.delimiter, ',');
  assert.deepEqual(sep.rows, [
    { rowNumber: 2, values: { nik: '3515140508680001', fullName: 'Budi' }, headers: { nik: 'NIK', fullName: 'Nama' }, cells: ['3515140508680001', 'Budi'] },
  ]);
});

test('CSV: UTF-16 "Unicode text" from Excel with tabs', async () => {
  const text = '\ufeffNIK\tNama\r\n3515140508680001\tBudi\r\n';
  const { info, rows } = await readRosterRows(Buffer.from(text, 'utf16le'), 'pegawai.txt');
  assert.equal(info.encoding, 'utf-16le');
  assert.equal(info.delimiter, '\t');
  assert.equal(rows[0]?.values.nik, '3515140508680001');
});

test('CSV: the roster CSV export (="NIK", dd-mm-yyyy) reads back valid', async () => {
  const buffer = await collect((out) => writeRosterCsv(batches(3), out));
  const { info, rows } = await readRosterRows(buffer, 'ekspor.csv');
  assert.equal(info.delimiter, ';');
  assert.equal(rows.length, 3);
  assert.equal(rows[0]?.values.nik, '7409010508900001');
  const result = validateRosterRow(rows[0]!, { today });
  assert.deepEqual(result.ok && result.employee, record(1));
});

test('CSV: a NIK in scientific notation (Excel number) is refused on validation', async () => {
  const { rows } = await readRosterRows(Buffer.from('NIK;Nama;JK;Tgl Lahir;TMT\n3,51514E+15;Budi;L;05-08-1968;01-02-2020\n'), 'a.csv');
  const result = validateRosterRow(rows[0]!, { today });
  assert.deepEqual(!result.ok && result.errors.map((e) => e.message), [NIK_AS_NUMBER_MESSAGE]);
});
