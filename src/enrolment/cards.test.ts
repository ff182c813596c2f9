import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { demoAgreement, participants } from '../testing/builders.ts';
import { pdfPageCount, pdfToText } from '../testing/pdftotext.ts';
import { initialsOf, maskKpj } from './verify-page.ts';
import { maskNik } from './card-pdf.ts';

describe('participant cards and verification', () => {
  let h: Harness;
  let agreementId: number;
  let admin: Client;
  let pid: number;
  before(async () => {
    h = await createHarness({ today: '2022-05-20' });
    admin = await h.login('admin');
    agreementId = await demoAgreement(h);
    const unit = await h.services.units.create(h.admin, { agreementId, code: 'DINKES', name: 'Dinas Kesehatan' });
    const e = await h.services.roster.create(h.admin, {
      nik: '7409014508900001',
      fullName: 'Siti Aminah',
      sex: 'P',
      birthDate: '1990-08-05',
      workUnitId: unit.id,
      employmentType: 'honorer',
      startDate: '2020-01-02',
    });
    const batch = await h.services.enrolment.createBatch(h.admin, { agreementId, employeeIds: [e.id] });
    await h.services.enrolment.submitBatch(h.admin, batch.id);
    pid = batch.participants[0]!.id;
    await h.services.enrolment.accept(h.admin, pid, { kpj: '26133068531', registeredOn: '2022-04-01' });
    // April and May billed and paid: nothing past due on 20 May.
    const april = await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-04', issueDate: '2022-04-01' });
    await h.services.contributions.recordPayment(h.admin, { billId: april.id, amount: april.amountDue, paidOn: '2022-04-10', bankReference: 'K-0' });
    const bill = await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-05', issueDate: '2022-05-01' });
    await h.services.contributions.recordPayment(h.admin, { billId: bill.id, amount: bill.amountDue, paidOn: '2022-05-10', bankReference: 'K-1' });
    await participants(h, { agreementId, count: 16, registeredOn: '2022-04-01', unitCodes: ['DINKES'] });
  });
  after(() => h.close());

  test('masking', () => {
    assert.equal(maskNik('7409014508900001'), '************0001');
    assert.equal(maskKpj('26133068531'), '•••••••8531');
    assert.equal(initialsOf('La Ode Muhammad Budi Santoso'), 'L. O. M. B.');
  });

  test('the card shows the name, the masked NIK, the number, programs, unit and agreement, and no dated status (the QR answers it)', async () => {
    const res = await admin.request({ method: 'GET', url: `/api/v1/enrolment/participants/${pid}/card.pdf` });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(await pdfPageCount(res.rawPayload), 1);
    const text = (await pdfToText(res.rawPayload)).replace(/\s+/g, ' ');
    for (const expected of [
      'KARTU PESERTA',
      'Siti Aminah',
      '************0001',
      '26133068531',
      'JKK + JKM',
      'Dinas Kesehatan',
      'Pemerintah Kabupaten Buton Utara',
      '119/323/SETDA/III/2022 — PER/17/03/2022',
      'Terdaftar sejak 1 April 2022',
      'Pindai untuk cek status perlindungan',
    ]) {
      assert.ok(text.includes(expected), `missing "${expected}" in: ${text}`);
    }
    assert.ok(!text.includes('7409014508900001'), 'the full NIK is never printed');
    assert.doesNotMatch(text, /terlindungi per/i, 'no printed status to go stale');
  });

  test('bulk cards: 17 registered participants make 3 A4 sheets of 8', async () => {
    const res = await admin.request({ method: 'GET', url: `/api/v1/enrolment/cards.pdf?agreementId=${agreementId}` });
    assert.equal(res.statusCode, 200);
    assert.equal(await pdfPageCount(res.rawPayload), 3);
  });

  test('the QR link shows only initials, the masked number and protection today; re-issuing revokes it', async () => {
    const token = (await h.handle.db.selectFrom('participants').select('card_token').where('id', '=', pid).executeTakeFirstOrThrow()).card_token!;
    assert.ok(token.length >= 32);
    const page = await h.app.inject({ method: 'GET', url: `/verify/${token}` });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /S\. A\./);
    assert.match(page.body, /•••••••8531/);
    assert.match(page.body, /TERLINDUNGI/);
    assert.doesNotMatch(page.body, /Siti|Aminah|7409014508900001|Dinas Kesehatan|26133068531/);
    const json = (await h.app.inject({ method: 'GET', url: `/api/v1/verify/${token}` })).json();
    assert.deepEqual(json, {
      found: true,
      initials: 'S. A.',
      maskedKpj: '•••••••8531',
      protectedToday: true,
      state: 'protected_paid',
      asOf: '2022-05-20',
      programs: 'JKK + JKM',
      branch: 'BPJS Ketenagakerjaan Kantor Cabang Kendari',
    });
    await admin.request({ method: 'POST', url: `/api/v1/enrolment/participants/${pid}/card/reissue` });
    const old = await h.app.inject({ method: 'GET', url: `/verify/${token}` });
    assert.equal(old.statusCode, 404);
    assert.match(old.body, /Kartu tidak dikenal atau sudah diganti/);
    const guess = await h.app.inject({ method: 'GET', url: '/verify/abc' });
    assert.equal(guess.statusCode, 404);
  });
});
