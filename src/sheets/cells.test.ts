import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cellError, cellToString, isSixteenDigits, NIK_AS_NUMBER_MESSAGE, nikFromCell } from './cells.ts';

test('cellToString handles every exceljs value kind', () => {
  assert.equal(cellToString('  Budi Santoso '), 'Budi Santoso');
  assert.equal(cellToString(42), '42');
  assert.equal(cellToString(3515140508680000), '3515140508680000');
  assert.equal(cellToString(true), 'TRUE');
  assert.equal(cellToString(false), 'FALSE');
  assert.equal(cellToString(new Date('2022-03-14T00:00:00.000Z')), '2022-03-14');
  assert.equal(cellToString(new Date('2022-03-14T08:30:00.000Z')), '2022-03-14T08:30:00.000Z');
  assert.equal(cellToString({ richText: [{ text: 'Siti ' }, { text: 'Aminah', font: { bold: true } }] }), 'Siti Aminah');
  assert.equal(cellToString({ formula: 'A1&B1', result: 'Dinas Kesehatan' }), 'Dinas Kesehatan');
  assert.equal(cellToString({ formula: 'A1+1', result: 7 }), '7');
  assert.equal(cellToString({ sharedFormula: 'C2', result: 'x' }), 'x');
  assert.equal(cellToString({ formula: 'A1' }), '');
  assert.equal(cellToString({ text: 'budi@example.id', hyperlink: 'mailto:budi@example.id' }), 'budi@example.id');
  assert.equal(cellToString({ error: '#N/A' }), '');
  assert.equal(cellToString({ formula: 'VLOOKUP()', result: { error: '#REF!' } }), '');
  assert.equal(cellToString(null), '');
  assert.equal(cellToString(undefined), '');
});

test('cellError finds Excel errors, also behind formulas', () => {
  assert.equal(cellError({ error: '#N/A' }), '#N/A');
  assert.equal(cellError({ formula: 'X', result: { error: '#REF!' } }), '#REF!');
  assert.equal(cellError('#N/A'), null);
  assert.equal(cellError(null), null);
});

test('nikFromCell accepts a text NIK, with spaces, apostrophe or ="…" removed', () => {
  assert.deepEqual(nikFromCell('3515140508680001'), { ok: true, nik: '3515140508680001' });
  assert.deepEqual(nikFromCell(' 3515 1405 0868 0001 '), { ok: true, nik: '3515140508680001' });
  assert.deepEqual(nikFromCell("'3515140508680001"), { ok: true, nik: '3515140508680001' });
  assert.deepEqual(nikFromCell('="3515140508680001"'), { ok: true, nik: '3515140508680001' });
  assert.deepEqual(nikFromCell({ richText: [{ text: '351514' }, { text: '0508680001' }] }), { ok: true, nik: '3515140508680001' });
  assert.deepEqual(nikFromCell(null), { ok: true, nik: '' });
});

test('nikFromCell refuses a NIK stored as a number', () => {
  const refused = { ok: false, message: NIK_AS_NUMBER_MESSAGE };
  assert.equal(NIK_AS_NUMBER_MESSAGE, 'Kolom NIK harus berformat Teks: angka 16 digit yang disimpan sebagai Number kehilangan digit terakhir');
  assert.deepEqual(nikFromCell(3515140508680000), refused); // 16 digits, last digit lost
  assert.deepEqual(nikFromCell(351514050868000), refused); // 15 digits
  assert.deepEqual(nikFromCell(12345), refused);
  assert.deepEqual(nikFromCell('3.51514E+15'), refused);
  assert.deepEqual(nikFromCell('3,51514E+15'), refused);
  assert.deepEqual(nikFromCell('3.51514050868E15'), refused);
  assert.deepEqual(nikFromCell({ formula: 'A2', result: 3515140508680000 }), refused);
});

test('nikFromCell refuses dates, booleans and Excel errors', () => {
  assert.deepEqual(nikFromCell(new Date('2022-03-14T00:00:00Z')), { ok: false, message: 'NIK harus 16 digit angka' });
  assert.deepEqual(nikFromCell(true), { ok: false, message: 'NIK harus 16 digit angka' });
  assert.deepEqual(nikFromCell({ error: '#N/A' }), { ok: false, message: 'Sel NIK berisi kesalahan Excel #N/A' });
});

test('isSixteenDigits answers as /^\\d{16}$/', () => {
  for (const text of [
    '3515144508680002',
    '351514450868000',
    '35151445086800021',
    '351514450868000a',
    '/515144508680002',
    ':515144508680002',
    '３515144508680002',
    '3515144508680002\n',
    '',
  ])
    assert.equal(isSixteenDigits(text), /^\d{16}$/.test(text), JSON.stringify(text));
});
