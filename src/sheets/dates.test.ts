import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '../core/errors.ts';
import { excelSerialToDate, parseFlexibleDate, readFlexibleDate } from './dates.ts';

test('Excel serials in the 1900 date system', () => {
  assert.equal(parseFlexibleDate(44634), '2022-03-14');
  assert.equal(parseFlexibleDate(44634.75), '2022-03-14'); // the time part is dropped
  assert.equal(parseFlexibleDate(25569), '1970-01-01');
  assert.equal(parseFlexibleDate(1), '1900-01-01');
  assert.equal(parseFlexibleDate(59), '1900-02-28');
  assert.equal(parseFlexibleDate(61), '1900-03-01');
  assert.equal(parseFlexibleDate(2958465), '9999-12-31');
});

test('serial 60 (29-02-1900) does not exist, nor do 0 and negatives', () => {
  assert.deepEqual(excelSerialToDate(60, 'Tanggal lahir'), { ok: false, message: 'Tanggal lahir: nomor tanggal Excel 60 (29-02-1900) tidak ada' });
  assert.equal(readFlexibleDate(0).ok, false);
  assert.equal(readFlexibleDate(-5).ok, false);
  assert.equal(readFlexibleDate(20220314).ok, false);
});

test('Date cells from exceljs are UTC', () => {
  assert.equal(parseFlexibleDate(new Date(Date.UTC(2022, 2, 14))), '2022-03-14');
  assert.equal(readFlexibleDate(new Date('nonsense')).ok, false);
});

test('text formats', () => {
  assert.equal(parseFlexibleDate('14/03/2022'), '2022-03-14');
  assert.equal(parseFlexibleDate('14-03-2022'), '2022-03-14');
  assert.equal(parseFlexibleDate('14.03.2022'), '2022-03-14');
  assert.equal(parseFlexibleDate('2022-03-14'), '2022-03-14');
  assert.equal(parseFlexibleDate('2022/3/14'), '2022-03-14');
  assert.equal(parseFlexibleDate('2022-03-14T00:00:00.000Z'), '2022-03-14');
  assert.equal(parseFlexibleDate('5/8/1968'), '1968-08-05');
  assert.equal(parseFlexibleDate(' 14/3/2022 '), '2022-03-14');
});

test('Indonesian month names, full and short', () => {
  assert.equal(parseFlexibleDate('14 Maret 2022'), '2022-03-14');
  assert.equal(parseFlexibleDate('5 Agustus 1968'), '1968-08-05');
  assert.equal(parseFlexibleDate('1 januari 2000'), '2000-01-01');
  assert.equal(parseFlexibleDate('17 AGT 1945'), '1945-08-17');
  assert.equal(parseFlexibleDate('14-Mar-2022'), '2022-03-14');
  assert.equal(parseFlexibleDate('3 Mei 2021'), '2021-05-03');
  assert.equal(parseFlexibleDate('10 Nopember 2020'), '2020-11-10');
  assert.equal(parseFlexibleDate('25 Des. 2023'), '2023-12-25');
  assert.equal(parseFlexibleDate('1 Oktober 2024'), '2024-10-01');
});

test('impossible or unreadable dates give Bahasa messages', () => {
  assert.deepEqual(readFlexibleDate('30/02/2022', 'Tanggal lahir'), { ok: false, message: 'Tanggal lahir "30/02/2022" bukan tanggal yang ada' });
  assert.deepEqual(readFlexibleDate('2022-02-30'), { ok: false, message: 'Tanggal "2022-02-30" bukan tanggal yang ada' });
  assert.deepEqual(readFlexibleDate('14/03/22'), { ok: false, message: 'Tanggal "14/03/22": tahun harus ditulis 4 digit (contoh 14/03/2022)' });
  assert.deepEqual(readFlexibleDate('14 Maretz 2022'), { ok: false, message: 'Tanggal "14 Maretz 2022": nama bulan "Maretz" tidak dikenal' });
  assert.deepEqual(readFlexibleDate('kemarin'), {
    ok: false,
    message: 'Tanggal "kemarin" tidak dapat dibaca; gunakan dd/mm/yyyy, dd-mm-yyyy, yyyy-mm-dd atau 14 Maret 2022',
  });
  assert.deepEqual(readFlexibleDate('', 'Tanggal mulai'), { ok: false, message: 'Tanggal mulai wajib diisi' });
  assert.deepEqual(readFlexibleDate({ error: '#VALUE!' }), { ok: false, message: 'Tanggal: sel berisi kesalahan Excel #VALUE!' });
});

test('formula and rich text cells are unwrapped', () => {
  assert.equal(parseFlexibleDate({ formula: 'DATE(2022,3,14)', result: new Date(Date.UTC(2022, 2, 14)) }), '2022-03-14');
  assert.equal(parseFlexibleDate({ formula: 'A1', result: 44634 }), '2022-03-14');
  assert.equal(parseFlexibleDate({ richText: [{ text: '14 Maret ' }, { text: '2022' }] }), '2022-03-14');
});

test('parseFlexibleDate throws AppError invalid_date', () => {
  assert.throws(
    () => parseFlexibleDate('31/04/2022', 'Tanggal mulai'),
    (e: unknown) => e instanceof AppError && e.code === 'invalid_date' && e.message === 'Tanggal mulai "31/04/2022" bukan tanggal yang ada',
  );
});
