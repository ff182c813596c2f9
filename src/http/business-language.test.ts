/**
 * Business-rule refusals (AppError from the services) in English when the web asks for English
 * (`Accept-Language: en`), through the one table at the HTTP edge (src/core/errors-en.ts); Bahasa otherwise.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { jkkClaim, sitiAndBudi } from '../claims/testing.ts';
import { englishDates, englishMessage } from '../core/errors-en.ts';
import { loginLimitMessage } from '../auth/service.ts';
import { UNBOUND_MESSAGE } from '../core/scope.ts';

const EN = { 'accept-language': 'en' };
const message = (res: { json(): unknown }) => (res.json() as { error: { code: string; message: string } }).error;

describe('business-rule messages in the chosen language', () => {
  let h: Harness;
  let admin: Client;
  let officer: Client;
  let claimId: number;
  let employeeId: number;
  let agreementId: number;

  before(async () => {
    h = await createHarness({ today: '2022-06-20' });
    admin = await h.login('admin');
    officer = await h.login('bpjs_officer');
    ({ employeeId, agreementId } = await sitiAndBudi(h));
    claimId = (await h.services.claims.file(h.admin, jkkClaim(employeeId))).id;
  });
  after(() => h.close());

  test('a wrong password: Bahasa by default, English for "en"', async () => {
    const payload = { username: 'admin', password: 'bukan-ini' };
    const id = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
    assert.deepEqual(message(id), { code: 'unauthenticated', message: 'Nama pengguna atau kata sandi salah', details: null });
    const en = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload, headers: EN });
    assert.equal(en.statusCode, 401);
    assert.deepEqual(message(en), { code: 'unauthenticated', message: 'Wrong username or password', details: null });
  });

  test('something missing is named in English', async () => {
    const id = await admin.request({ method: 'GET', url: '/api/v1/employees/999999' });
    assert.equal(message(id).message, 'Pegawai tidak ditemukan');
    const en = await admin.request({ method: 'GET', url: '/api/v1/employees/999999', headers: EN });
    assert.equal(en.statusCode, 404);
    assert.deepEqual([message(en).code, message(en).message], ['not_found', 'Employee not found']);
  });

  test("a claim's refusals: a payment before approval, a second claim for the same incident", async () => {
    const pay = { amount: 1_000, paidOn: '2022-06-20', reference: 'TRF-1' };
    const id = await officer.request({ method: 'POST', url: `/api/v1/claims/${claimId}/payments`, payload: pay });
    assert.equal(message(id).message, 'Klaim berstatus diajukan; pembayaran hanya untuk klaim yang disetujui');
    const en = await officer.request({ method: 'POST', url: `/api/v1/claims/${claimId}/payments`, payload: pay, headers: EN });
    assert.equal(en.statusCode, 409);
    assert.equal(message(en).message, 'The claim is submitted; payments are only for approved claims');

    const twin = await admin.request({ method: 'POST', url: '/api/v1/claims', payload: jkkClaim(employeeId), headers: EN });
    assert.equal(twin.statusCode, 409);
    assert.match(
      message(twin).message,
      /^A JKK claim \(recovered\) for Siti Aminah for the incident of 2 May 2022 has already been filed: KLM\/2022\/00001 \(submitted\)$/,
    );
  });

  test('accounts and access in English: binding, the password rule, a revoked token, the sign-in limit, an unbound account', async () => {
    const count = async () =>
      Number(
        (
          await h.handle.db
            .selectFrom('users')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const n = await count();
    const noUnit = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'op-baru', fullName: 'Operator Baru', role: 'opd_operator' },
      headers: EN,
    });
    assert.equal(noUnit.statusCode, 400);
    assert.equal(message(noUnit).message, 'A work unit operator must be bound to one work unit (workUnitId)');
    const weak = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'pemantau-baru', fullName: 'Pemantau', role: 'viewer', password: 'Password123!' },
      headers: EN,
    });
    assert.equal(weak.statusCode, 400);
    assert.equal(message(weak).message, 'The password is too common and easy to guess; choose another');
    const short = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'pemantau-baru', fullName: 'Pemantau', role: 'viewer', password: 'pendek' },
    });
    assert.equal(message(short).message, 'Kata sandi minimal 10 karakter');
    assert.equal(await count(), n, 'nothing stored');

    const { token, id } = (await admin.request({ method: 'POST', url: '/api/v1/auth/tokens', payload: { name: 'skrip' } })).json() as {
      token: string;
      id: number;
    };
    await admin.request({ method: 'DELETE', url: `/api/v1/auth/tokens/${id}` });
    const revoked = await h.app.inject({ method: 'GET', url: '/api/v1/units', headers: { authorization: `Bearer ${token}`, ...EN } });
    assert.equal(revoked.statusCode, 401);
    assert.equal(message(revoked).message, 'The API token is invalid or has been revoked');

    assert.equal(englishMessage(loginLimitMessage(14 * 60_000 + 1)), 'Too many sign-in attempts. Try again in 15 minutes.');
    assert.equal(englishMessage(loginLimitMessage(30_000)), 'Too many sign-in attempts. Try again in 1 minute.');
    assert.equal(
      englishMessage(UNBOUND_MESSAGE),
      'Your account is not bound to an institution (a local government or a BPJS branch office); ask the system administrator to bind it',
    );
    assert.equal(
      englishMessage('Unit kerja DINSOS Dinas Sosial ditutup sejak 1 Desember 2099; unit itu tidak menerima operator atau pemantau baru'),
      'Work unit DINSOS Dinas Sosial is closed from 1 December 2099; it takes no new operator or viewer',
    );
  });

  test('a refusal names the role and the action in words, never their codes', async () => {
    const viewer = await h.login('viewer');
    const id = await viewer.request({ method: 'POST', url: '/api/v1/bills', payload: { agreementId, period: '2022-06' } });
    assert.equal(id.statusCode, 403);
    assert.equal(message(id).message, 'Pengawas (baca saja) tidak berwenang membuat tagihan iuran');
    const en = await viewer.request({ method: 'POST', url: '/api/v1/bills', payload: { agreementId, period: '2022-06' }, headers: EN });
    assert.equal(message(en).message, 'A supervisor (read only) may not issue contribution bills');
    const byAdmin = await admin.request({ method: 'POST', url: `/api/v1/claims/${claimId}/verify`, headers: EN });
    assert.equal(byAdmin.statusCode, 403);
    assert.equal(message(byAdmin).message, 'An administrator may not verify, approve, reject or pay claims');
    assert.equal(englishMessage('Administrator sistem tidak berwenang membaca klaim'), 'The system administrator may not read claims');
  });

  test('issue #12 refusals in English: quotes and claims outside the agreement, the stated wage, enrolment, renewal, holidays, the incident time', async () => {
    const outside = { agreement: agreementId, program: 'JKK', outcome: 'death', incidentDate: '2022-03-10' };
    const en = await admin.request({ method: 'POST', url: '/api/v1/benefits/quote', payload: outside, headers: EN });
    assert.equal(en.statusCode, 400);
    assert.equal(
      message(en).message,
      'The incident date 10 March 2022 is outside the term of agreement 119/323/SETDA/III/2022 (14 March 2022 to 13 March 2024); benefits are not computed under this agreement (PKS Pasal 10)',
    );
    const wage = await admin.request({
      method: 'POST',
      url: '/api/v1/benefits/quote',
      payload: { ...outside, incidentDate: '2022-05-02', wage: 3_000_000 },
      headers: EN,
    });
    assert.equal(wage.statusCode, 400);
    assert.equal(
      message(wage).message,
      'The reported wage under the PKS is Rp 1.765.000 (PKS Pasal 4 ayat (2)); benefits are computed on that wage, not Rp 3.000.000. Leave the wage empty or enter Rp 1.765.000.',
    );
    const claim = await admin.request({
      method: 'POST',
      url: '/api/v1/claims',
      payload: { ...jkkClaim(employeeId), incidentDate: '2022-03-10', stage1ReportedOn: null, doctorStatementOn: null, stage2ReportedOn: null },
      headers: EN,
    });
    assert.equal(claim.statusCode, 400, claim.body);
    assert.match(
      message(claim).message,
      /^Siti Aminah: The incident date 10 March 2022 is outside the term of agreement 119\/323\/SETDA\/III\/2022 \(14 March 2022 to 13 March 2024\)/,
    );
    const table: [string, string][] = [
      [
        'Perjanjian 119/323/SETDA/III/2022 berlaku 14 Maret 2022 s.d. 13 Maret 2024; pendaftaran peserta pada 2 Desember 2026 di luar masa berlaku perjanjian',
        'Agreement 119/323/SETDA/III/2022 runs from 14 March 2022 to 13 March 2024; enrolling participants on 2 December 2026 is outside its term',
      ],
      [
        'Perjanjian 119/323/SETDA/III/2022 berlaku 14 Maret 2022 s.d. 13 Maret 2024; tanggal kepesertaan 14 Maret 2024 di luar masa berlaku perjanjian',
        'Agreement 119/323/SETDA/III/2022 runs from 14 March 2022 to 13 March 2024; the registration date 14 March 2024 is outside its term',
      ],
      [
        'Tanggal mulai perpanjangan (1 Maret 2024) tumpang tindih dengan perjanjian sebelumnya yang berlaku s.d. 13 Maret 2024; perpanjangan paling cepat mulai 14 Maret 2024',
        "The renewal's start (1 March 2024) overlaps the previous agreement, in force until 13 March 2024; the renewal can start on 14 March 2024 at the earliest",
      ],
      [
        'Tanggal penandatanganan (20 Maret 2024) setelah tanggal mulai berlaku (14 Maret 2024); perpanjangan ditandatangani paling lambat pada hari pertama berlakunya',
        'The signing date (20 March 2024) is after the start date (14 March 2024); a renewal is signed on its first day at the latest',
      ],
      [
        'Perjanjian 119/323/SETDA/III/2022 sudah diperpanjang dengan perjanjian 050/100/SETDA/III/2024 (ID 2); perpanjangan kedua tidak dapat dibuat',
        'Agreement 119/323/SETDA/III/2022 has already been renewed by agreement 050/100/SETDA/III/2024 (ID 2); a second renewal cannot be made',
      ],
      [
        'Berkas hari libur ditolak, tidak ada yang disimpan: tahun 2028, entri ke-2 ("2028-02-30" Isra Mikraj): bukan tanggal yang ada atau tidak berformat TTTT-BB-HH',
        'The holiday file was refused, nothing was stored: year 2028, entry 2 ("2028-02-30" Isra Mikraj): not a date that exists, or not written YYYY-MM-DD',
      ],
      [
        'Berkas hari libur ditolak, tidak ada yang disimpan: tahun 2028, entri ke-1 ("2029-01-01" Tahun Baru): tanggal di luar tahun 2028 (dan 2 entri lain)',
        'The holiday file was refused, nothing was stored: year 2028, entry 1 ("2029-01-01" Tahun Baru): the date is outside the year 2028 (and 2 other entries)',
      ],
      ['11 Maret 2024 sudah tercatat sebagai libur nasional "Hari Suci Nyepi"', '11 March 2024 is already recorded as a national holiday "Hari Suci Nyepi"'],
      [
        'Jam kejadian 11:00 pada 29 Februari 2024 ada di masa depan (sekarang pukul 10:00 WITA)',
        'The incident time 11:00 on 29 February 2024 is in the future (it is now 10:00 WITA)',
      ],
    ];
    for (const [id, english] of table) assert.equal(englishMessage(id), english);
    // A renewal after a gap: created, with its warning in the request's language.
    const gap = await admin.request({
      method: 'POST',
      url: `/api/v1/agreements/${agreementId}/renew`,
      payload: { numberPartyOne: 'X/2024', numberPartyTwo: 'Y/2024', startsOn: '2024-04-01' },
      headers: EN,
    });
    assert.equal(gap.statusCode, 201, gap.body);
    assert.deepEqual(gap.json().warnings, [
      'A gap of 18 days without an agreement (14 March 2024 to 31 March 2024): employees are not protected on those days',
    ]);
  });

  test('the table: dates and status words in English; a message it does not know stays as it is', () => {
    assert.equal(englishDates('sejak 1 Agustus 2022, dan Mei 2023'), 'sejak 1 August 2022, dan May 2023');
    assert.equal(englishMessage('Peserta sudah nonaktif sejak 1 Agustus 2022'), 'The participant has been deactivated since 1 August 2022');
    assert.equal(englishMessage('Klaim berstatus dibayar tidak dapat menjadi diverifikasi BPJS'), 'A claim that is paid cannot become verified by BPJS');
    assert.equal(
      englishMessage('Bulan Juli 2022 sudah ditagih pada tagihan TGH/2022/00007; untuk pendaftaran susulan buat tagihan susulan'),
      'July 2022 has already been billed on bill TGH/2022/00007; for late registrations issue a supplementary bill',
    );
    assert.equal(englishMessage('Sesuatu yang belum ada di tabel'), 'Sesuatu yang belum ada di tabel');
  });
});
