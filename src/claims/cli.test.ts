/** `lindung claim …` end to end on a SQLite file: file, upload, verify, approve with an adjustment, pay, letter. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createServices } from '../services.ts';
import { cliActor } from '../core/actor.ts';
import { loadDemo } from '../demo.ts';
import { parseAdjustment } from './cli.ts';
import { demoAgreement, protectedEmployee } from '../testing/builders.ts';

const dir = mkdtempSync(join(tmpdir(), 'lindung-claim-cli-'));
const db = join(dir, 'claims.db');
const NIK = '7409014508900001';
let today = '';

function lindung(args: string[]) {
  const res = spawnSync(process.execPath, ['bin/lindung.mjs', 'claim', ...args], { env: { ...process.env, DATABASE_URL: `sqlite:${db}` }, encoding: 'utf8' });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

describe('lindung claim', () => {
  before(async () => {
    const handle = openSqlite(db);
    await migrateToLatest(handle.db);
    today = createServices(handle, { timeZone: 'Asia/Makassar' }).today();
    // The fixture is enrolled while the demo PKS (14 March 2022 – 13 March 2024) is in force.
    const services = createServices(handle, { timeZone: 'Asia/Makassar', today: () => '2022-06-01' });
    await loadDemo(services);
    const setup = { services, admin: cliActor() };
    await protectedEmployee(setup, {
      agreementId: await demoAgreement(setup),
      unitCode: 'DINKES',
      unitName: 'Dinas Kesehatan',
      nik: NIK,
      fullName: 'Siti Aminah',
      sex: 'P',
      birthDate: '1990-08-05',
      kpj: '26133068531',
      registeredOn: '2022-04-01',
      period: '2022-05',
      paidOn: '2022-05-10',
      bankReference: 'K-1',
    });
    await handle.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('file by NIK, upload the checklist, verify and approve as the officer, pay, print the letter', () => {
    const request = join(dir, 'claim.json');
    writeFileSync(
      request,
      JSON.stringify({
        nik: NIK,
        program: 'JKK',
        outcome: 'recovered',
        incidentDate: '2022-05-02',
        place: 'Kantor Dinas Kesehatan',
        chronology: 'Terjatuh dari tangga',
        reporter: 'Kepala Tata Usaha',
        stage1ReportedOn: '2022-05-03',
        benefit: { medicalCost: 3_500_000, transport: [{ mode: 'land', cost: 7_000_000 }], incapacityDays: 30 },
      }),
    );
    const filed = lindung(['file', request, '--json']);
    assert.equal(filed.code, 0, filed.err);
    const claim = JSON.parse(filed.out);
    assert.equal(claim.status, 'submitted');
    assert.equal(claim.total, 10_265_000);

    const noOfficer = lindung(['verify', String(claim.id)]);
    assert.equal(noOfficer.code, 1);
    assert.match(noOfficer.err, /--officer/);
    const early = lindung(['verify', String(claim.id), '--officer', 'Rina']);
    assert.equal(early.code, 1);
    assert.match(early.err, /Dokumen wajib belum lengkap/);

    const pdf = join(dir, 'dokumen.pdf');
    writeFileSync(pdf, '%PDF-1.4 dokumen');
    for (const item of claim.checklist.filter((i: { required: boolean }) => i.required)) {
      const up = lindung(['document', String(claim.id), pdf, '--code', item.code]);
      assert.equal(up.code, 0, up.err);
    }
    assert.equal(lindung(['verify', String(claim.id), '--officer', 'Rina']).code, 0);
    const approved = lindung(['approve', String(claim.id), '--officer', 'Rina', '--adjust', 'medical=3000000:Kuitansi Rp 500.000 tidak sah', '--json']);
    assert.equal(approved.code, 0, approved.err);
    const a = JSON.parse(approved.out);
    assert.equal(a.approvedTotal, 9_765_000);
    assert.equal(a.timeline.at(-1).actor.includes('petugas BPJS Rina'), true);

    const paid = lindung(['pay', String(claim.id), '--officer', 'Rina', '--amount', '9765000', '--date', today, '--reference', 'TRF-01', '--json']);
    assert.equal(paid.code, 0, paid.err);
    assert.equal(JSON.parse(paid.out).status, 'paid');

    const shown = lindung(['show', String(claim.id)]);
    assert.match(shown.out, /dibayar Rp 9\.765\.000, sisa Rp 0/);
    assert.match(shown.out, /dihitung Rp 3\.500\.000; Kuitansi Rp 500\.000 tidak sah/);
    const list = JSON.parse(lindung(['list', '--status', 'paid', '--json']).out);
    assert.deepEqual(
      list.map((r: { id: number }) => r.id),
      [claim.id],
    );
    const letter = join(dir, 'surat.pdf');
    assert.equal(lindung(['letter', String(claim.id), letter]).code, 0);
    assert.ok(existsSync(letter));
    // The letter for heirs is only for a death claim: refused here with the Bahasa reason.
    const heirs = lindung(['heirs-letter', String(claim.id), join(dir, 'ahli-waris.pdf')]);
    assert.equal(heirs.code, 1);
    assert.match(heirs.err, /Surat untuk ahli waris hanya untuk klaim kematian/);
  });

  test('the hour of the accident: filed from the CLI, the 2 × 24-hour deadline shown with its time; a malformed hour refused', () => {
    const request = join(dir, 'claim-time.json');
    writeFileSync(
      request,
      JSON.stringify({
        nik: NIK,
        program: 'JKK',
        outcome: 'recovered',
        incidentDate: '2022-05-02',
        incidentTime: '09:30',
        place: 'Gudang',
        chronology: 'Tertimpa rak',
        reporter: 'Kepala Tata Usaha',
        stage1ReportedOn: '2022-05-04',
        benefit: { medicalCost: 500_000 },
      }),
    );
    const filed = lindung(['file', request]);
    assert.equal(filed.code, 0, filed.err);
    assert.match(filed.out, /Kejadian 2 Mei 2022 09:30, Gudang/);
    assert.match(filed.out, /Klaim JKK KLM\/\d{4}\/\d{5} \(#\d+\) — /, 'the claim number (issue #13)');
    assert.match(filed.out, /Tenggat Laporan tahap I \(2 × 24 jam sejak kecelakaan atau diagnosis\): 4 Mei 2022 pukul 09:30 \(on_time\)/);
    writeFileSync(
      request,
      JSON.stringify({
        nik: NIK,
        program: 'JKK',
        outcome: 'recovered',
        incidentDate: '2022-05-02',
        incidentTime: '9.30',
        place: 'Gudang',
        chronology: 'Tertimpa rak',
        reporter: 'Kepala Tata Usaha',
      }),
    );
    const bad = lindung(['file', request]);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /Jam kejadian berformat JJ:MM/);
  });

  test('adjustments are written CODE=AMOUNT:REASON', () => {
    assert.deepEqual(parseAdjustment('medical=3000000:kuitansi: sebagian'), { code: 'medical', amount: 3_000_000, reason: 'kuitansi: sebagian' });
    assert.throws(() => parseAdjustment('medical=tiga juta'), /KODE=JUMLAH:ALASAN/);
  });
});
