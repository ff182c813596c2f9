import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RosterRow } from './read-file.ts';
import { importedEmployeeSchema, passesSchemaFast, validateRosterRow, type RowError } from './validate-row.ts';

const today = '2025-06-01';

/** A row as read from a file whose headers are the user's own spellings. */
function row(values: RosterRow['values'], rowNumber = 7): RosterRow {
  return {
    rowNumber,
    values,
    headers: {
      nik: 'No. KTP',
      fullName: 'Nama Pegawai',
      sex: 'L/P',
      birthPlace: 'Tempat Lahir',
      birthDate: 'Tgl. Lahir',
      unitCode: 'Kode OPD',
      unitName: 'OPD',
      position: 'Jabatan',
      employmentType: 'Status Kepegawaian',
      startDate: 'TMT',
      endDate: 'Tgl Keluar',
      endReason: 'Alasan Berhenti',
      phone: 'No. Telp',
      address: 'Alamat',
    },
  };
}

const good: RosterRow['values'] = {
  nik: '3515144508680002',
  fullName: '  Siti   Aminah ',
  sex: 'Perempuan',
  birthPlace: 'Sidoarjo',
  birthDate: new Date('1968-08-05T00:00:00.000Z'),
  unitCode: 'DINKES',
  unitName: 'Dinas Kesehatan',
  position: 'Bidan',
  employmentType: 'Tenaga Harian Lepas',
  startDate: 44634,
  endDate: null,
  endReason: null,
  phone: '0812-3456 7890',
  address: 'Jl. Poros Ereke',
};

const errorsOf = (values: RosterRow['values']): RowError[] => {
  const result = validateRosterRow(row(values), { today });
  return result.ok ? [] : result.errors;
};

test('a good row becomes a normalised employee', () => {
  assert.deepEqual(validateRosterRow(row(good), { today }), {
    ok: true,
    row: 7,
    employee: {
      nik: '3515144508680002',
      fullName: 'Siti Aminah',
      sex: 'P',
      birthPlace: 'Sidoarjo',
      birthDate: '1968-08-05',
      unitCode: 'DINKES',
      unitName: 'Dinas Kesehatan',
      position: 'Bidan',
      employmentType: 'thl',
      startDate: '2022-03-14',
      endDate: null,
      endReason: null,
      phone: '081234567890',
      address: 'Jl. Poros Ereke',
    },
    warnings: [],
  });
});

test('required fields are reported with the header the user wrote', () => {
  const errors = errorsOf({ nik: null, fullName: '', sex: null, birthDate: null, startDate: ' ' });
  assert.deepEqual(errors, [
    { row: 7, column: 'No. KTP', field: 'nik', code: 'required', message: 'NIK wajib diisi' },
    { row: 7, column: 'Nama Pegawai', field: 'fullName', code: 'required', message: 'Nama wajib diisi' },
    { row: 7, column: 'L/P', field: 'sex', code: 'required', message: 'Jenis kelamin wajib diisi (L atau P)' },
    { row: 7, column: 'Tgl. Lahir', field: 'birthDate', code: 'required', message: 'Tanggal lahir wajib diisi' },
  ]);
});

test('a blank or missing start date is not an error: stored as not known, with a warning', () => {
  const result = validateRosterRow(row({ ...good, startDate: null }), { today });
  assert.ok(result.ok);
  assert.equal(result.employee.startDate, null);
  assert.deepEqual(result.warnings, [{ row: 7, column: 'TMT', message: 'Tanggal mulai kerja tidak diisi; disimpan sebagai tidak diketahui' }]);
});

test("a missing column is named by the template's header", () => {
  const result = validateRosterRow({ rowNumber: 2, values: { nik: '3515140508680001' }, headers: { nik: 'NIK' } }, { today });
  assert.deepEqual(!result.ok && result.errors.map((e) => e.column), ['Nama Lengkap', 'Jenis Kelamin', 'Tanggal Lahir']);
});

test('a NIK that disagrees with birth date and sex is nik_mismatch, and the employee is kept for an override', () => {
  const result = validateRosterRow(row({ ...good, sex: 'L', birthDate: '06/08/1968' }), { today });
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(result.errors, [
    {
      row: 7,
      column: 'No. KTP',
      field: 'nik',
      code: 'nik_mismatch',
      message: 'Tanggal lahir pada NIK (05-08-1968) tidak sama dengan tanggal lahir (1968-08-06)',
    },
    { row: 7, column: 'No. KTP', field: 'nik', code: 'nik_mismatch', message: 'Jenis kelamin pada NIK (P) tidak sama dengan jenis kelamin (L)' },
  ]);
  assert.equal(result.employee?.birthDate, '1968-08-06');
  assert.equal(result.employee?.sex, 'L');
});

test('other errors next to a mismatch leave no employee to override', () => {
  const result = validateRosterRow(row({ ...good, sex: 'L', position: 'x'.repeat(201) }), { today });
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.employee, null);
  assert.deepEqual(!result.ok && result.errors.map((e) => [e.field, e.code]), [
    ['nik', 'nik_mismatch'],
    ['position', 'invalid'],
  ]);
});

test('an invalid NIK lists each reason as nik_invalid', () => {
  assert.deepEqual(
    errorsOf({ ...good, nik: '9915144508680000' }).map((e) => [e.code, e.message]),
    [
      ['nik_invalid', 'Kode provinsi pada NIK (99) bukan kode provinsi Indonesia'],
      ['nik_invalid', 'Nomor urut pada NIK (digit 13–16) tidak boleh 0000'],
    ],
  );
  assert.deepEqual(
    errorsOf({ ...good, nik: 351514450868000 }).map((e) => e.message),
    ['Kolom NIK harus berformat Teks: angka 16 digit yang disimpan sebagai Number kehilangan digit terakhir'],
  );
});

test('dates in the future and dates out of order', () => {
  assert.deepEqual(
    errorsOf({ ...good, startDate: '2025-06-02' }).map((e) => [e.field, e.code, e.message]),
    [['startDate', 'date_future', 'Tanggal mulai kerja 2025-06-02 ada di masa depan']],
  );
  assert.deepEqual(
    errorsOf({ ...good, startDate: '01/01/1960' }).map((e) => [e.field, e.code]),
    [['startDate', 'date_order']],
  );
  assert.deepEqual(
    errorsOf({ ...good, endDate: '13/03/2022', endReason: 'Mengundurkan diri' }).map((e) => [e.column, e.code, e.message]),
    [['Tgl Keluar', 'date_order', 'Tanggal berhenti (2022-03-13) sebelum tanggal mulai kerja (2022-03-14)']],
  );
  assert.deepEqual(
    errorsOf({ ...good, startDate: '30/02/2022' }).map((e) => [e.column, e.code, e.message]),
    [['TMT', 'invalid', 'Tanggal mulai kerja "30/02/2022" bukan tanggal yang ada']],
  );
  // A birth date in the future is also after the start date and disagrees with the NIK; all are said.
  assert.deepEqual(
    errorsOf({ ...good, birthDate: '05/08/2068' }).map((e) => e.code),
    ['date_future', 'date_order', 'nik_mismatch'],
  );
});

test('an end date needs a reason and a reason needs an end date; a future end date is allowed', () => {
  const ended = validateRosterRow(row({ ...good, endDate: '31 Desember 2024', endReason: 'Kontrak selesai' }), { today });
  assert.equal(ended.ok && ended.employee.endDate, '2024-12-31');
  assert.equal(ended.ok && ended.employee.endReason, 'Kontrak selesai');
  assert.equal(validateRosterRow(row({ ...good, endDate: '2025-12-31', endReason: 'Kontrak selesai' }), { today }).ok, true);
  assert.deepEqual(
    errorsOf({ ...good, endDate: '2024-12-31' }).map((e) => [e.column, e.message]),
    [['Alasan Berhenti', 'Alasan berhenti wajib diisi bila tanggal berhenti diisi']],
  );
  assert.deepEqual(
    errorsOf({ ...good, endReason: 'Pindah' }).map((e) => [e.column, e.message]),
    [['Tgl Keluar', 'Tanggal berhenti wajib diisi bila alasan berhenti diisi']],
  );
});

test('phone numbers: separators dropped, leading 0 restored from a number cell, letters refused', () => {
  const phone = (value: unknown) => {
    const r = validateRosterRow(row({ ...good, phone: value }), { today });
    return r.ok ? r.employee.phone : r.errors.map((e) => e.message);
  };
  assert.equal(phone('(0401) 123-456'), '0401123456');
  assert.equal(phone('+62 812 3456 7890'), '+6281234567890');
  assert.equal(phone(81234567890), '081234567890');
  assert.equal(phone(null), '');
  assert.deepEqual(phone('0812-ABC'), ['Nomor telepon "0812-ABC" hanya boleh berisi angka (boleh diawali +), 6–15 digit']);
  assert.deepEqual(phone('123'), ['Nomor telepon "123" hanya boleh berisi angka (boleh diawali +), 6–15 digit']);
});

test('sex and employment type spellings; blank employment type takes the default', () => {
  const employee = (values: RosterRow['values'], defaultEmploymentType?: 'honorer') => {
    const r = validateRosterRow(row({ ...good, ...values }), { today, ...(defaultEmploymentType ? { defaultEmploymentType } : {}) });
    return r.ok ? r.employee : r.errors.map((e) => e.message);
  };
  assert.equal((employee({ sex: 'Wanita', employmentType: 'Honorer' }) as { sex: string }).sex, 'P');
  assert.equal((employee({ employmentType: 'kontrak' }) as { employmentType: string }).employmentType, 'kontrak');
  assert.equal((employee({ employmentType: null }) as { employmentType: string }).employmentType, 'lainnya');
  assert.equal((employee({ employmentType: null }, 'honorer') as { employmentType: string }).employmentType, 'honorer');
  assert.deepEqual(employee({ sex: 'X' }), ['Jenis kelamin "X" tidak dikenal; isi L (laki-laki) atau P (perempuan)']);
  assert.deepEqual(employee({ employmentType: 'PNS' }), ['Jenis pegawai "PNS" tidak dikenal; isi honorer, kontrak, THL atau lainnya']);
});

test('Excel error cells are reported', () => {
  assert.deepEqual(errorsOf({ ...good, unitName: { formula: 'VLOOKUP(A2,Unit!A:B,2,0)', result: { error: '#N/A' } } }), [
    { row: 7, column: 'OPD', field: 'unitName', code: 'invalid', message: 'Unit Kerja: sel berisi kesalahan Excel #N/A' },
  ]);
});

test('over-long text is reported even with other errors in the row', () => {
  assert.deepEqual(
    errorsOf({ ...good, fullName: 'x'.repeat(201), sex: 'X' }).map((e) => [e.field, e.message]),
    [
      ['sex', 'Jenis kelamin "X" tidak dikenal; isi L (laki-laki) atau P (perempuan)'],
      ['fullName', 'Nama terlalu panjang (maks. 200 karakter)'],
    ],
  );
});

test('the zod schema of a normalised employee', () => {
  const ok = validateRosterRow(row(good), { today });
  assert.ok(ok.ok);
  assert.equal(importedEmployeeSchema.safeParse(ok.employee).success, true);
  assert.equal(importedEmployeeSchema.safeParse({ ...ok.employee, nik: '351514450868000' }).success, false);
  assert.equal(importedEmployeeSchema.safeParse({ ...ok.employee, sex: 'X' }).success, false);
  assert.equal(importedEmployeeSchema.safeParse({ ...ok.employee, birthDate: '2022-02-30' }).success, false);
  assert.equal(importedEmployeeSchema.safeParse({ ...ok.employee, phone: '0812-3456' }).success, false);
});

test('the fast check agrees with the zod schema, field by field, at every edge', () => {
  const ok = validateRosterRow(row(good), { today });
  assert.ok(ok.ok);
  const base = { ...ok.employee, startDate: '2021-01-04', endDate: null, endReason: null };
  const variants: Record<string, unknown[]> = {
    nik: ['3515144508680001', '351514450868000', '35151445086800011', '351514450868000a', 3515144508680001, null],
    fullName: ['', 'a', 'x'.repeat(200), 'x'.repeat(201), null],
    sex: ['L', 'P', 'X', '', null],
    birthPlace: ['', 'x'.repeat(100), 'x'.repeat(101)],
    birthDate: ['1968-08-05', '1899-12-31', '1900-01-01', '2100-12-31', '2101-01-01', '2022-02-30', '2022-2-3', '', null],
    unitCode: ['', 'x'.repeat(50), 'x'.repeat(51)],
    unitName: ['', 'x'.repeat(200), 'x'.repeat(201)],
    position: ['', 'x'.repeat(200), 'x'.repeat(201)],
    employmentType: ['honorer', 'kontrak', 'thl', 'lainnya', 'THL', '', null],
    startDate: [null, '2021-01-04', '2021-13-01', '1850-01-01', ''],
    endDate: [null, '2024-02-29', '2023-02-29', ''],
    endReason: [null, '', 'x'.repeat(500), 'x'.repeat(501)],
    phone: ['', '081234567890', '+6281234567890', '12345', '0812-3456', '1234567890123456'],
    address: ['', 'x'.repeat(500), 'x'.repeat(501)],
  };
  let checked = 0;
  for (const [field, values] of Object.entries(variants)) {
    for (const value of values) {
      const candidate = { ...base, [field]: value } as Parameters<typeof passesSchemaFast>[0];
      assert.equal(passesSchemaFast(candidate), importedEmployeeSchema.safeParse(candidate).success, `${field} = ${JSON.stringify(value)}`);
      checked++;
    }
  }
  assert.equal(checked, 66);
});

test('texts: inner runs of spaces, tabs and non-breaking spaces become one space; sex and type as written or spelled out', () => {
  const cases: [unknown, string][] = [
    ['Siti Aminah', 'Siti Aminah'],
    ['Siti  Aminah', 'Siti Aminah'],
    ['Siti\tAminah', 'Siti Aminah'],
    ['Siti \u00a0Aminah', 'Siti Aminah'],
    ['Siti\u00a0Aminah', 'Siti Aminah'],
    ['Sití Aminah', 'Sití Aminah'],
    [' Siti  Aminah\n', 'Siti Aminah'],
  ];
  for (const [fullName, expected] of cases) {
    const result = validateRosterRow(row({ ...good, fullName }), { today });
    assert.ok(result.ok, JSON.stringify(fullName));
    assert.equal(result.employee.fullName, expected, JSON.stringify(fullName));
  }
  for (const [sex, nik, expected] of [
    ['P', '3515144508680002', 'P'],
    ['p', '3515144508680002', 'P'],
    ['L', '3515140508680001', 'L'],
    ['Laki-laki', '3515140508680001', 'L'],
  ] as const) {
    const result = validateRosterRow(row({ ...good, sex, nik }), { today });
    assert.ok(result.ok, sex);
    assert.equal(result.employee.sex, expected);
  }
  for (const [type, expected] of [
    ['honorer', 'honorer'],
    ['THL', 'thl'],
    ['Kontrak', 'kontrak'],
    ['lainnya', 'lainnya'],
    ['thl', 'thl'],
  ] as const) {
    const result = validateRosterRow(row({ ...good, employmentType: type }), { today });
    assert.ok(result.ok, type);
    assert.equal(result.employee.employmentType, expected);
  }
});
