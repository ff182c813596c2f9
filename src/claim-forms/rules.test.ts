/** The forms' content built from a claim's facts: values pre-filled, missing ones blank (null), never "undefined"/"null" text. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildForm, choices, formRefusal, FORM_KINDS, requestCosts, type ClaimFormFacts, type FormContent } from './rules.ts';

const FACTS: ClaimFormFacts = {
  claimNumber: 'KLM/2022/00001',
  program: 'JKK',
  outcome: 'recovered',
  employer: { name: 'Pemerintah Kabupaten Buton Utara', address: 'Jl. Poros Ereke, Buranga', unit: 'Dinas Kesehatan', npp: null },
  worker: {
    name: 'Siti Aminah',
    nik: '7409014508900001',
    kpj: '26133068531',
    sex: 'P',
    birthPlace: 'Ereke',
    birthDate: '1990-08-05',
    address: '',
    phone: '',
    position: 'Perawat',
  },
  wage: 1_765_000,
  incident: { date: '2022-05-02', time: '09:30', place: 'Kantor Dinas Kesehatan', chronology: 'Terjatuh dari tangga saat membawa arsip' },
  reporter: 'Kepala Tata Usaha',
  stage1ReportedOn: '2022-05-03',
  doctorStatementOn: '2022-06-10',
  stage2ReportedOn: null,
  costs: { medical: 3_500_000, transport: 7_000_000, incapacityDays: 39 },
  signedAt: 'Buranga',
};

const value = (form: FormContent, label: string) => {
  const row = form.sections.flatMap((s) => s.rows).find((r) => r.label === label);
  assert.ok(row, `no row "${label}" in ${form.kind}`);
  return row.value;
};

describe('accident form content', () => {
  test('stage I: employer, worker, wage in words, accident in Indonesian dates, reporter; NPP, phone, address, witnesses blank', () => {
    const f = buildForm('kk1', FACTS);
    assert.equal(f.code, 'Formulir 3 KK 1');
    assert.equal(value(f, 'Nama pemberi kerja'), 'Pemerintah Kabupaten Buton Utara');
    assert.equal(value(f, 'Unit kerja (OPD)'), 'Dinas Kesehatan');
    assert.equal(value(f, 'NPP'), null);
    assert.equal(value(f, 'Nomor peserta (KPJ)'), '26133068531');
    assert.equal(value(f, 'Jenis kelamin'), '[ ] Laki-laki   [X] Perempuan');
    assert.equal(value(f, 'Tempat, tanggal lahir'), 'Ereke, 5 Agustus 1990');
    assert.equal(value(f, 'Alamat'), 'Jl. Poros Ereke, Buranga'); // the employer's; the worker's is blank
    assert.equal(f.sections[1]!.rows.find((r) => r.label === 'Alamat')!.value, null);
    assert.equal(value(f, 'Upah yang dilaporkan'), 'Rp 1.765.000 per bulan');
    assert.equal(value(f, 'Terbilang'), 'satu juta tujuh ratus enam puluh lima ribu rupiah');
    assert.equal(value(f, 'Tanggal kecelakaan'), '2 Mei 2022');
    assert.equal(value(f, 'Jam kejadian'), '09:30');
    assert.equal(value(f, 'Saksi yang melihat'), null);
    assert.equal(value(f, 'Dilaporkan pada'), '3 Mei 2022');
    assert.deepEqual(
      [f.signature.place, f.signature.date, f.signature.left.name, f.signature.right.name],
      ['Buranga', '3 Mei 2022', 'Kepala Tata Usaha', null],
    );
    assert.equal(f.fileName, 'laporan-tahap-1-KLM-2022-00001.pdf');
  });

  test('stage II: outcome ticked, doctor statement date, STMB days, costs and their sum; the stage-II date blank when not reported', () => {
    const f = buildForm('kk2', FACTS);
    assert.match(value(f, 'Keadaan menurut dokter')!, /^\[X\] Sembuh {3}\[ \] Cacat sebagian anatomis/);
    assert.equal(value(f, 'Surat keterangan dokter tanggal'), '10 Juni 2022');
    assert.equal(value(f, 'Sementara tidak mampu bekerja (STMB)'), '39 hari');
    assert.equal(value(f, 'Pengobatan dan perawatan'), 'Rp 3.500.000');
    assert.equal(value(f, 'Pengangkutan'), 'Rp 7.000.000');
    assert.equal(value(f, 'Jumlah'), 'Rp 10.500.000');
    assert.equal(value(f, 'Dilaporkan pada'), null);
    assert.equal(f.signature.date, null);
  });

  test('doctor statement: patient pre-filled, every doctor field blank or unticked', () => {
    const f = buildForm('kk3', FACTS);
    assert.equal(value(f, 'Nama'), 'Siti Aminah');
    assert.equal(value(f, 'Pemberi kerja'), 'Dinas Kesehatan, Pemerintah Kabupaten Buton Utara');
    const doctor = f.sections.find((s) => s.title.startsWith('C.'))!;
    for (const row of doctor.rows) assert.ok(row.value === null || !row.value.includes('[X]'), `${row.label} pre-filled: ${row.value}`);
    assert.equal(value(f, 'Diagnosis'), null);
    assert.equal(f.signature.right.name, null);
  });

  test('a claim lacking every optional fact: blanks, and no "undefined" or "null" in any text', () => {
    const bare: ClaimFormFacts = {
      ...FACTS,
      claimNumber: null,
      worker: { ...FACTS.worker, kpj: null, birthPlace: '', birthDate: null, position: '' },
      wage: null,
      incident: { ...FACTS.incident, time: '' },
      reporter: '',
      stage1ReportedOn: null,
      doctorStatementOn: null,
      costs: { medical: null, transport: null, incapacityDays: null },
      signedAt: '',
    };
    for (const kind of FORM_KINDS) {
      const f = buildForm(kind, bare);
      assert.doesNotMatch(JSON.stringify(f), /undefined|null"|"null/, kind);
    }
    const kk1 = buildForm('kk1', bare);
    for (const label of [
      'Nomor peserta (KPJ)',
      'Tempat, tanggal lahir',
      'Jenis pekerjaan/jabatan',
      'Upah yang dilaporkan',
      'Terbilang',
      'Jam kejadian',
      'Dilaporkan pada',
      'Dilaporkan oleh',
    ])
      assert.equal(value(kk1, label), null, label);
    assert.equal(kk1.signature.place, null);
    assert.equal(value(buildForm('kk2', bare), 'Jumlah'), null);
  });

  test('JKM claims have no accident forms; tick boxes', () => {
    assert.match(formRefusal('JKM')!, /hanya untuk klaim JKK/);
    assert.equal(formRefusal('JKK'), null);
    assert.equal(choices(['a', 'b'], null), '[ ] a   [ ] b');
  });

  test('costs from the benefit request: medical, transport trips summed, STMB days; absent ones null', () => {
    assert.deepEqual(
      requestCosts(
        JSON.stringify({
          medicalCost: 3_500_000,
          transport: [
            { mode: 'land', cost: 7_000_000 },
            { mode: 'sea', cost: 1_250_000 },
          ],
          incapacityDays: 39,
        }),
      ),
      { medical: 3_500_000, transport: 8_250_000, incapacityDays: 39 },
    );
    assert.deepEqual(requestCosts('{}'), { medical: null, transport: null, incapacityDays: null });
    assert.deepEqual(requestCosts(JSON.stringify({ transport: [], incapacityDays: 0 })), { medical: null, transport: null, incapacityDays: 0 });
  });
});
