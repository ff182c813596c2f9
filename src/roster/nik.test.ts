import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkNik, isPlainValidNik } from './nik.ts';
import { PROVINCES } from './provinces.ts';

const today = '2025-06-01';

test('reads the male example 3515140508680001', () => {
  assert.deepEqual(checkNik('3515140508680001', { today }), {
    valid: true,
    provinceCode: '35',
    provinceName: 'Jawa Timur',
    regencyCode: '15',
    districtCode: '14',
    birthDate: '1968-08-05',
    sex: 'L',
    serial: '0001',
  });
});

test('reads the female example 3515144508680002 (day + 40)', () => {
  const r = checkNik('3515144508680002', { today });
  assert.equal(r.valid, true);
  assert.equal(r.birthDate, '1968-08-05');
  assert.equal(r.sex, 'P');
  assert.equal(r.serial, '0002');
});

test('female days run 41–71: 71 is the 31st, 41 the 1st', () => {
  assert.equal(checkNik('3515147101900001', { today }).birthDate, '1990-01-31');
  assert.equal(checkNik('3515144101900001', { today }).birthDate, '1990-01-01');
  assert.equal(checkNik('3515144101900001', { today }).sex, 'P');
});

test('reads the Banten example and surrounding spaces', () => {
  const r = checkNik(' 3602041211870001 ', { today });
  assert.equal(r.valid, true);
  assert.equal(r.provinceName, 'Banten');
  assert.equal(r.birthDate, '1987-11-12');
});

test('province 99 is not an Indonesian province', () => {
  const r = checkNik('9915140508680001', { today });
  assert.equal(r.valid, false);
  assert.deepEqual(!r.valid && r.reasons, ['Kode provinsi pada NIK (99) bukan kode provinsi Indonesia']);
  assert.equal(r.birthDate, '1968-08-05');
});

test('the province list has the 38 current provinces, 11 to 96', () => {
  assert.equal(Object.keys(PROVINCES).length, 38);
  assert.equal(PROVINCES['74'], 'Sulawesi Tenggara');
  assert.equal(PROVINCES['96'], 'Papua Barat Daya');
  assert.equal(PROVINCES['20'], undefined);
});

test('30 February does not exist, for men and women', () => {
  const male = checkNik('3515143002900001', { today });
  assert.deepEqual(!male.valid && male.reasons, ['Tanggal lahir pada NIK (30-02-90) bukan tanggal yang ada']);
  const female = checkNik('3515147002900001', { today });
  assert.deepEqual(!female.valid && female.reasons, ['Tanggal lahir pada NIK (30-02-90) bukan tanggal yang ada']);
});

test('29 February exists only in leap years', () => {
  assert.equal(checkNik('3515142902960001', { today }).birthDate, '1996-02-29');
  assert.equal(checkNik('3515142902970001', { today }).valid, false);
});

test('the century keeps the birth date not in the future and at most 100 years ago', () => {
  assert.equal(checkNik('3515140101200001', { today }).birthDate, '2020-01-01');
  assert.equal(checkNik('3515140101300001', { today }).birthDate, '1930-01-01');
  assert.equal(checkNik('3515140105250001', { today }).birthDate, '2025-05-01');
  assert.equal(checkNik('3515140107250001', { today }).birthDate, '1925-07-01');
  // Born on this very day: a newborn or exactly 100; the person's own birth date decides.
  assert.equal(checkNik('3515140106250001', { today }).birthDate, '2025-06-01');
  assert.equal(checkNik('3515140106250001', { today, birthDate: '1925-06-01' }).valid, true);
});

test('29-02-00 before that day in 2000 fits no century', () => {
  const r = checkNik('3515142902000001', { today: '2000-01-15' });
  assert.deepEqual(!r.valid && r.reasons, ['Tanggal lahir pada NIK (29-02-00) tidak masuk akal: di masa depan atau lebih dari 100 tahun lalu']);
  assert.equal(checkNik('3515142902000001', { today }).birthDate, '2000-02-29');
});

test('length and characters', () => {
  const short = checkNik('351514050868001', { today });
  assert.deepEqual(!short.valid && short.reasons, ['NIK harus 16 digit angka, tertulis 15 digit']);
  const letters = checkNik('35151405O8680001', { today });
  assert.deepEqual(!letters.valid && letters.reasons, ['NIK hanya boleh berisi angka (16 digit)']);
  const empty = checkNik('', { today });
  assert.deepEqual(!empty.valid && empty.reasons, ['NIK wajib diisi']);
});

test('regency 00, district 00, day 32, month 13 and serial 0000 are each a reason', () => {
  const r = checkNik('3500003213680000', { today });
  assert.equal(r.valid, false);
  assert.deepEqual(!r.valid && r.reasons, [
    'Kode kabupaten/kota pada NIK (digit 3–4) tidak boleh 00',
    'Kode kecamatan pada NIK (digit 5–6) tidak boleh 00',
    'Tanggal lahir pada NIK (digit 7–8: 32) harus 01–31 untuk laki-laki atau 41–71 untuk perempuan',
    'Bulan lahir pada NIK (digit 9–10: 13) harus 01–12',
    'Nomor urut pada NIK (digit 13–16) tidak boleh 0000',
  ]);
  assert.equal(checkNik('3515140008680001', { today }).valid, false);
  assert.equal(checkNik('3515147208680001', { today }).valid, false);
  assert.equal(checkNik('3515140500680001', { today }).valid, false);
});

test('city codes 71–99 are valid regency codes', () => {
  assert.equal(checkNik('3578140508680001', { today }).regencyCode, '78');
  assert.equal(checkNik('3599140508680001', { today }).valid, true);
});

test('a different birth date or sex is a nik_mismatch reason, with the NIK still decoded', () => {
  const r = checkNik('3515140508680001', { today, birthDate: '1968-08-06', sex: 'P' });
  assert.equal(r.valid, false);
  if (r.valid) return;
  assert.deepEqual(r.reasons, [
    'Tanggal lahir pada NIK (05-08-1968) tidak sama dengan tanggal lahir (1968-08-06)',
    'Jenis kelamin pada NIK (L) tidak sama dengan jenis kelamin (P)',
  ]);
  assert.deepEqual(
    r.problems.map((p) => p.code),
    ['nik_mismatch', 'nik_mismatch'],
  );
  assert.equal(r.birthDate, '1968-08-05');
  assert.equal(r.serial, '0001');
});

test('matching birth date and sex keep the NIK valid', () => {
  assert.equal(checkNik('3515144508680002', { today, birthDate: '1968-08-05', sex: 'P' }).valid, true);
});

test('isPlainValidNik agrees with checkNik on valid and invalid NIKs, birth dates, sexes and todays', () => {
  const niks: string[] = [];
  for (const province of ['35', '74', '99'])
    for (const place of ['7105', '0001', '0700'])
      for (const day of ['00', '01', '29', '31', '32', '41', '45', '69', '71', 'x1'])
        for (const month of ['00', '02', '08', '12', '13'])
          for (const yy of ['00', '25', '26', '27', '68']) for (const serial of ['0000', '0001']) niks.push(`${province}${place}${day}${month}${yy}${serial}`);
  niks.push('351514450868000', '35151445086800021', ' 3515144508680002', '3515144508680002 ');
  const todays = ['2026-12-04', '2026-08-05', '2026-08-04', '2000-02-29', '2000-03-01', '1925-12-31'];
  let valid = 0;
  let cases = 0;
  for (const nik of niks) {
    const day = Number(nik.slice(6, 8)) % 40;
    const month = nik.slice(8, 10);
    const yy = nik.slice(10, 12);
    const own = [`19${yy}`, `20${yy}`, `18${yy}`].map((year) => `${year}-${month}-${String(day).padStart(2, '0')}`);
    for (const birthDate of [...own, '1968-08-06', '2026-02-30', '1968-8-05', '+01968-08'])
      for (const sex of ['L', 'P'] as const)
        for (const today of todays) {
          cases++;
          // Spaces around the NIK are left to checkNik (which trims them): the import's NIKs have none.
          const expected = checkNik(nik, { birthDate, sex, today }).valid && nik === nik.trim();
          if (expected) valid++;
          assert.equal(isPlainValidNik(nik, birthDate, sex, today), expected, `${nik} ${birthDate} ${sex} ${today}`);
        }
  }
  assert.ok(valid > 500 && cases - valid > 100_000, `${valid} valid of ${cases}`);
});

test('isPlainValidNik leaves what it does not read to checkNik (answers false)', () => {
  // A today near the year 9999 and a today that is not a date: checkNik decides.
  assert.equal(isPlainValidNik('3515140508680001', '9968-08-05', 'L', '9999-01-01'), false);
  assert.equal(isPlainValidNik('3515140508680001', '1968-08-05', 'L', '2026-1-1xx'), false);
});
