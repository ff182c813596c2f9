import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '../core/errors.ts';
import { ROSTER_COLUMNS } from './columns.ts';
import { fieldForHeader, matchHeaders, normaliseEmploymentType, normaliseSex } from './headers.ts';

const VARIANTS: Record<string, string[]> = {
  nik: ['NIK', 'No. KTP', 'No KTP', 'Nomor Induk Kependudukan', 'nik', ' N.I.K. ', 'NIK*'],
  fullName: ['Nama', 'Nama Lengkap', 'Nama Pegawai', 'NAMA LENGKAP'],
  sex: ['Jenis Kelamin', 'JK', 'L/P', 'Sex', 'jenis_kelamin'],
  birthPlace: ['Tempat Lahir'],
  birthDate: ['Tgl Lahir', 'Tanggal Lahir', 'Tgl. Lahir', 'Tanggal Lahir (dd/mm/yyyy)', 'TGL.LAHIR'],
  unitCode: ['Kode Unit', 'Kode OPD', 'Unit Kerja Kode'],
  unitName: ['Unit Kerja', 'OPD', 'Instansi'],
  position: ['Jabatan'],
  employmentType: ['Jenis Pegawai', 'Status Kepegawaian', 'Jenis'],
  startDate: ['TMT', 'Tanggal Mulai', 'Mulai Kerja', 'T.M.T.'],
  endDate: ['Tanggal Berhenti', 'Tgl Keluar'],
  endReason: ['Alasan Berhenti'],
  phone: ['No HP', 'Telepon', 'No. Telp', 'No.HP'],
  address: ['Alamat', 'ALAMAT'],
};

test('every header variant maps to its field', () => {
  for (const [field, headers] of Object.entries(VARIANTS)) {
    for (const header of headers) assert.equal(fieldForHeader(header), field, header);
  }
});

test("the export's own headers map back to their fields", () => {
  for (const column of ROSTER_COLUMNS) assert.equal(fieldForHeader(column.header), column.key);
});

test('unrelated headers map to nothing', () => {
  assert.equal(fieldForHeader('Gaji'), null);
  assert.equal(fieldForHeader('No'), null);
  assert.equal(fieldForHeader(''), null);
});

test("matchHeaders keeps the user's header text, its position and the unknown headers", () => {
  const match = matchHeaders(['No', 'No. KTP', 'Nama Pegawai', '', 'L/P', 'Tgl. Lahir', 'TMT', 'Gaji']);
  assert.deepEqual(match.columns, [
    { field: 'nik', header: 'No. KTP', index: 1 },
    { field: 'fullName', header: 'Nama Pegawai', index: 2 },
    { field: 'sex', header: 'L/P', index: 4 },
    { field: 'birthDate', header: 'Tgl. Lahir', index: 5 },
    { field: 'startDate', header: 'TMT', index: 6 },
  ]);
  assert.equal(match.byField.sex?.header, 'L/P');
  assert.deepEqual(match.unknown, ['No', 'Gaji']);
});

test('a missing NIK column is a bad_file error', () => {
  assert.throws(
    () => matchHeaders(['Nama', 'Jenis Kelamin']),
    (e: unknown) =>
      e instanceof AppError && e.code === 'bad_file' && e.message.startsWith('Kolom NIK tidak ditemukan') && e.message.includes('Nama, Jenis Kelamin'),
  );
});

test('two columns for one field is a bad_file error', () => {
  assert.throws(
    () => matchHeaders(['NIK', 'No KTP']),
    (e: unknown) => e instanceof AppError && e.code === 'bad_file' && e.message === 'Kolom "NIK" dan "No KTP" sama-sama berarti NIK; hapus salah satunya',
  );
});

test('sex spellings', () => {
  for (const v of ['L', 'l', 'Laki-laki', 'LAKI LAKI', 'Pria', 'M', 'Male', 'Lk']) assert.equal(normaliseSex(v), 'L', v);
  for (const v of ['P', 'p', 'Perempuan', 'Wanita', 'F', 'female', 'Pr']) assert.equal(normaliseSex(v), 'P', v);
  assert.equal(normaliseSex('X'), null);
  assert.equal(normaliseSex(''), null);
});

test('employment type spellings', () => {
  assert.equal(normaliseEmploymentType('Honorer'), 'honorer');
  assert.equal(normaliseEmploymentType('Tenaga Honorer'), 'honorer');
  assert.equal(normaliseEmploymentType('KONTRAK'), 'kontrak');
  assert.equal(normaliseEmploymentType('Pegawai Kontrak'), 'kontrak');
  assert.equal(normaliseEmploymentType('THL'), 'thl');
  assert.equal(normaliseEmploymentType('Tenaga Harian Lepas'), 'thl');
  assert.equal(normaliseEmploymentType('tenaga harian lepas'), 'thl');
  assert.equal(normaliseEmploymentType('Lainnya'), 'lainnya');
  assert.equal(normaliseEmploymentType('Lain-lain'), 'lainnya');
  assert.equal(normaliseEmploymentType('PNS'), null);
});
