import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fieldsByHeaderKey, headerKey } from './headers.ts';

test('headerKey ignores case, spaces, punctuation and notes in brackets', () => {
  assert.equal(headerKey('Tgl. Lahir (dd/mm/yyyy)*'), 'tgllahir');
  assert.equal(headerKey(' N.I.K. '), 'nik');
  assert.equal(headerKey('No HP [wajib]'), 'nohp');
  assert.equal(headerKey('jenis_kelamin'), 'jeniskelamin');
});

test('fieldsByHeaderKey maps every spelling to its field', () => {
  const byKey = fieldsByHeaderKey({ amount: ['Jumlah', 'Mutasi Kredit'], reference: ['No. Referensi'] });
  assert.equal(byKey.get(headerKey('JUMLAH')), 'amount');
  assert.equal(byKey.get(headerKey('mutasi kredit')), 'amount');
  assert.equal(byKey.get(headerKey('No Referensi')), 'reference');
  assert.equal(byKey.get(headerKey('Keterangan')), undefined);
});
