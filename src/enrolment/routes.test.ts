import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { demoAgreement, institution } from '../testing/builders.ts';
import { personRow, xlsxOf } from '../testing/roster-rows.ts';
import { multipart as multipartBody } from '../testing/multipart.ts';

const multipart = (fields: Record<string, string>, file: { name: string; content: Buffer }) => multipartBody(fields, file, { fileType: null });

describe('enrolment', () => {
  let h: Harness;
  let agreementId: number;
  let admin: Client;
  let officer: Client;
  let employees: { id: number; nik: string; fullName: string }[];

  const kpj = (i: number) => String(26133068500 + i);

  before(async () => {
    h = await createHarness({ today: '2023-01-10' });
    admin = await h.login('admin');
    officer = await h.login('bpjs_officer');
    agreementId = await demoAgreement(h);
    await h.services.units.create(h.admin, { agreementId, code: 'DINKES', name: 'Dinas Kesehatan' });
    const preview = await h.services.rosterFiles.preview(h.admin, {
      fileName: 'p.xlsx',
      content: await xlsxOf([1, 2, 3, 4, 5, 6].map((i) => personRow(i))),
      agreementId,
    });
    await h.services.rosterFiles.commit(h.admin, preview.id);
    employees = (await h.services.roster.list(h.admin, { sort: 'name' })).items.map((e) => ({ id: e.id, nik: e.nik, fullName: e.fullName }));
  });
  after(() => h.close());

  test('a batch walks draft → submitted → registered / rejected, with who and when', async () => {
    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/enrolment/batches',
      payload: { agreementId, employeeIds: [employees[0]!.id, employees[1]!.id, employees[2]!.id] },
    });
    assert.equal(created.statusCode, 201, created.body);
    const batch = created.json();
    assert.match(batch.number, /^PENDAFTARAN-2023-\d{4}$/);
    assert.equal(batch.status, 'draft');
    assert.deepEqual(batch.counts, { total: 3, draft: 3, submitted: 0, registered: 0, rejected: 0 });
    const early = await officer.request({ method: 'POST', url: `/api/v1/enrolment/participants/${batch.participants[0].id}/accept`, payload: { kpj: kpj(1) } });
    assert.equal(early.statusCode, 409, 'a draft cannot be registered');
    const submitted = await admin.request({ method: 'POST', url: `/api/v1/enrolment/batches/${batch.id}/submit` });
    assert.equal(submitted.json().status, 'submitted');
    const [p1, p2, p3] = submitted.json().participants;
    const ok = await officer.request({
      method: 'POST',
      url: `/api/v1/enrolment/participants/${p1.id}/accept`,
      payload: { kpj: kpj(1), registeredOn: '2022-04-01' },
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().status, 'registered');
    assert.equal(ok.json().kpj, kpj(1));
    assert.equal(ok.json().enrolledToday, true);
    const dupKpj = await officer.request({ method: 'POST', url: `/api/v1/enrolment/participants/${p2.id}/accept`, payload: { kpj: kpj(1) } });
    assert.equal(dupKpj.statusCode, 409);
    assert.match(dupKpj.json().error.message, /sudah dipakai/);
    const badKpj = await officer.request({ method: 'POST', url: `/api/v1/enrolment/participants/${p2.id}/accept`, payload: { kpj: '123' } });
    assert.equal(badKpj.statusCode, 400);
    assert.match(badKpj.json().error.message, /11 digit/);
    const beforeSigning = await officer.request({
      method: 'POST',
      url: `/api/v1/enrolment/participants/${p2.id}/accept`,
      payload: { kpj: kpj(2), registeredOn: '2022-01-01' },
    });
    assert.equal(beforeSigning.statusCode, 400);
    const rejected = await officer.request({
      method: 'POST',
      url: `/api/v1/enrolment/participants/${p3.id}/reject`,
      payload: { reason: 'Data KTP tidak terbaca' },
    });
    assert.equal(rejected.json().status, 'rejected');
    await officer.request({ method: 'POST', url: `/api/v1/enrolment/participants/${p2.id}/accept`, payload: { kpj: kpj(2) } });
    const done = (await admin.request({ method: 'GET', url: `/api/v1/enrolment/batches/${batch.id}` })).json();
    assert.equal(done.status, 'processed');
    assert.deepEqual(done.counts, { total: 3, draft: 0, submitted: 0, registered: 2, rejected: 1 });
    const detail = (await admin.request({ method: 'GET', url: `/api/v1/enrolment/participants/${p1.id}` })).json();
    assert.deepEqual(
      detail.events.map((e: { toStatus: string }) => e.toStatus),
      ['registered', 'submitted', 'draft'],
    );
    assert.match(detail.events[0].actor, /^user:bpjs-officer-/);
  });

  test('enrolling someone twice, not on the roster, or as a viewer is refused; nothing half-done', async () => {
    const twice = await admin.request({
      method: 'POST',
      url: '/api/v1/enrolment/batches',
      payload: { agreementId, employeeIds: [employees[3]!.id, employees[0]!.id] },
    });
    assert.equal(twice.statusCode, 409);
    assert.match(twice.json().error.message, /sudah terdaftar pada perjanjian ini/);
    const unknown = await admin.request({ method: 'POST', url: '/api/v1/enrolment/batches', payload: { agreementId, employeeIds: [99999] } });
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.json().error.message, /tidak ada di daftar pegawai/);
    const viewer = await h.login('viewer');
    const refused = await viewer.request({ method: 'POST', url: '/api/v1/enrolment/batches', payload: { agreementId, employeeIds: [employees[3]!.id] } });
    assert.equal(refused.statusCode, 403);
    const batches = (await admin.request({ method: 'GET', url: `/api/v1/enrolment/batches?agreementId=${agreementId}` })).json().items;
    assert.equal(batches.length, 1);
  });

  test('a rejected employee can be submitted again', async () => {
    const rejected = (await admin.request({ method: 'GET', url: '/api/v1/enrolment/participants?status=rejected' })).json().items[0];
    const again = await admin.request({ method: 'POST', url: '/api/v1/enrolment/batches', payload: { agreementId, employeeIds: [rejected.employeeId] } });
    assert.equal(again.statusCode, 201, again.body);
    assert.equal(again.json().participants[0].id, rejected.id);
    assert.equal(again.json().participants[0].status, 'draft');
  });

  test('bulk numbers from the branch result file: all rows or none', async () => {
    const batch = (
      await admin.request({ method: 'POST', url: '/api/v1/enrolment/batches', payload: { agreementId, employeeIds: [employees[3]!.id, employees[4]!.id] } })
    ).json();
    await admin.request({ method: 'POST', url: `/api/v1/enrolment/batches/${batch.id}/submit` });
    const wb = (rows: (string | null)[][]) => xlsxOf(rows, ['NIK', 'Nama', 'No Peserta', 'Tanggal Kepesertaan']);
    const bad = await wb([
      [employees[3]!.nik, employees[3]!.fullName, kpj(4), '01/05/2022'],
      ['7409010101990001', 'Tidak Dikenal', kpj(5), null],
    ]);
    const res = await officer.request({
      method: 'POST',
      url: '/api/v1/enrolment/numbers',
      ...multipart({ agreementId: String(agreementId) }, { name: 'hasil.xlsx', content: bad }),
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.json().error.message, /tidak ada nomor peserta yang dicatat/);
    assert.match(JSON.stringify(res.json().error.details), /tidak dikenal pada perjanjian ini/);
    const still = (await admin.request({ method: 'GET', url: `/api/v1/enrolment/batches/${batch.id}` })).json();
    assert.equal(still.counts.registered, 0, 'nothing half-done');
    const good = await wb([
      [employees[3]!.nik, employees[3]!.fullName, kpj(4), '01/05/2022'],
      [employees[4]!.nik, employees[4]!.fullName, kpj(5), null],
    ]);
    const ok = await officer.request({
      method: 'POST',
      url: '/api/v1/enrolment/numbers',
      ...multipart({ agreementId: String(agreementId) }, { name: 'hasil.xlsx', content: good }),
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(ok.json(), { rows: 2, assigned: 2, unchanged: 0 });
    const list = (await admin.request({ method: 'GET', url: `/api/v1/enrolment/participants?batchId=${batch.id}` })).json().items;
    assert.deepEqual(list.map((p: { kpj: string; registeredOn: string }) => [p.kpj, p.registeredOn]).sort(), [
      [kpj(4), '2022-05-01'],
      [kpj(5), '2023-01-10'],
    ]);
  });

  test('the batch export has the branch layout', async () => {
    const first = Math.min(...(await h.services.enrolment.listBatches(h.admin, { agreementId })).map((b) => b.id));
    const res = await admin.request({ method: 'GET', url: `/api/v1/enrolment/batches/${first}/export.xlsx` });
    assert.equal(res.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1, 9), [
      'No',
      'NIK',
      'Nama Lengkap',
      'Tempat Lahir',
      'Tanggal Lahir',
      'Jenis Kelamin',
      'Tanggal Mulai Kerja',
      'Upah',
    ]);
    assert.equal(sheet.getRow(2).getCell(8).value, 1765000);
    assert.equal(sheet.getRow(2).getCell(9).value, 'JKK+JKM');
    assert.equal(sheet.rowCount, 3, 'header + the two registered; the rejected one moved to its new batch');
  });

  test('deactivation from a date, and reactivation', async () => {
    const p = (await admin.request({ method: 'GET', url: `/api/v1/enrolment/participants?q=${kpj(1)}` })).json().items[0];
    const res = await admin.request({
      method: 'POST',
      url: `/api/v1/enrolment/participants/${p.id}/deactivate`,
      payload: { from: '2023-01-01', reason: 'Berhenti bekerja' },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().deactivatedOn, '2023-01-01');
    assert.equal(res.json().enrolledToday, false);
    const twice = await admin.request({
      method: 'POST',
      url: `/api/v1/enrolment/participants/${p.id}/deactivate`,
      payload: { from: '2023-01-05', reason: 'x' },
    });
    assert.equal(twice.statusCode, 409);
    const back = await admin.request({ method: 'POST', url: `/api/v1/enrolment/participants/${p.id}/reactivate` });
    assert.equal(back.json().enrolledToday, true);
    await admin.request({
      method: 'POST',
      url: `/api/v1/enrolment/participants/${p.id}/deactivate`,
      payload: { from: '2023-01-01', reason: 'Berhenti bekerja' },
    });
  });

  test('reconciliation: matching, differing side by side, and one-sided', async () => {
    // Registered and active now: employees[1] (kpj 2), [3] (kpj 4), [4] (kpj 5); [0] deactivated.
    const file = await xlsxOf(
      [
        [employees[1]!.nik, employees[1]!.fullName.toUpperCase(), kpj(2), null],
        [employees[3]!.nik, 'Nama Berbeda', kpj(4), null],
        ['7409010101990001', 'Orang Lain', '99999999999', null],
      ],
      ['NIK', 'Nama', 'KPJ', 'Tgl Lahir'],
    );
    const res = await officer.request({
      method: 'POST',
      url: '/api/v1/enrolment/reconcile',
      ...multipart({ agreementId: String(agreementId) }, { name: 'cabang.xlsx', content: file }),
    });
    assert.equal(res.statusCode, 200, res.body);
    const r = res.json();
    assert.deepEqual(
      r.matching.map((m: { lindung: { kpj: string } }) => m.lindung.kpj),
      [kpj(2)],
    );
    assert.deepEqual(
      r.differing.map((d: { lindung: { fullName: string }; branch: { fullName: string }; fields: string[] }) => [
        d.lindung.fullName,
        d.branch.fullName,
        d.fields,
      ]),
      [[employees[3]!.fullName, 'Nama Berbeda', ['fullName']]],
    );
    assert.deepEqual(
      r.onlyInLindung.map((l: { kpj: string }) => l.kpj),
      [kpj(5)],
    );
    assert.deepEqual(
      r.onlyInBranch.map((b: { row: number }) => b.row),
      [4],
    );
  });

  test('an officer of another branch cannot process this agreement', async () => {
    const other = await institution(h, { kind: 'bpjs_branch', name: 'BPJS Ketenagakerjaan Kantor Cabang Baubau' });
    await h.services.auth.createUser(h.admin, {
      username: 'petugas-baubau',
      fullName: 'Petugas Baubau',
      password: 'rahasia-uji-123',
      role: 'bpjs_officer',
      institutionId: other,
    });
    const login = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'petugas-baubau', password: 'rahasia-uji-123' } });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const csrf = login.json().csrfToken;
    const batch = (await admin.request({ method: 'POST', url: '/api/v1/enrolment/batches', payload: { agreementId, employeeIds: [employees[5]!.id] } })).json();
    await admin.request({ method: 'POST', url: `/api/v1/enrolment/batches/${batch.id}/submit` });
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/v1/enrolment/participants/${batch.participants[0].id}/accept`,
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { kpj: kpj(6) },
    });
    // Another branch's agreement is outside the officer's scope: it answers like a missing participant, naming nobody.
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.message, 'Peserta tidak ditemukan');
  });
});
