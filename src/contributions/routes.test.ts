import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { demoAgreement, participants } from '../testing/builders.ts';

describe('contributions over HTTP and CLI', () => {
  let h: Harness;
  let agreementId: number;
  let admin: Client;
  let viewer: Client;

  before(async () => {
    h = await createHarness({ today: '2022-06-05' });
    admin = await h.login('admin');
    viewer = await h.login('viewer');
    agreementId = await demoAgreement(h);
    // Enrolled from May, the first month billed below.
    await participants(h, { agreementId, count: 3, registeredOn: '2022-05-01' });
  });
  after(() => h.close());

  test('POST /contributions/quote gives the PKS figures', async () => {
    const res = await viewer.request({ method: 'POST', url: '/api/v1/contributions/quote', payload: { wage: 1765000, jkk: '0.24', jkm: '0.30', months: 12 } });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().monthly, { jkk: 4236, jkm: 5295, total: 9531 });
    assert.equal(res.json().total, 114372);
    const bad = await viewer.request({ method: 'POST', url: '/api/v1/contributions/quote', payload: { wage: -1 } });
    assert.equal(bad.statusCode, 400);
    const rate = await viewer.request({ method: 'POST', url: '/api/v1/contributions/quote', payload: { jkk: '150' } });
    assert.equal(rate.statusCode, 400);
    assert.match(rate.json().error.message, /100%/);
  });

  test('bill, pay and see the employee protected', async () => {
    const bill = await admin.request({ method: 'POST', url: '/api/v1/bills', payload: { agreementId, period: '2022-05' } });
    assert.equal(bill.statusCode, 201, bill.body);
    assert.equal(bill.json().amountDue, 3 * 9531);
    const refused = await viewer.request({ method: 'POST', url: '/api/v1/bills', payload: { agreementId, period: '2022-06' } });
    assert.equal(refused.statusCode, 403);
    const nik = (await h.handle.db.selectFrom('employees').select('nik').orderBy('id').executeTakeFirstOrThrow()).nik;
    // Billed and not yet due (today is 5 June, May falls due on 15 June): protected, awaiting payment.
    const before = (await viewer.request({ method: 'GET', url: `/api/v1/protection?nik=${nik}&date=2022-05-20` })).json();
    assert.deepEqual([before.protected, before.state, before.code, before.params, before.consequence], [true, 'awaiting_payment', 'awaiting_payment', { period: '2022-05', dueDate: '2022-06-15', billNumber: bill.json().number, outstanding: 3 * 9531 }, null]);
    assert.equal(before.reason, `Terlindungi: iuran Mei 2022 belum jatuh tempo (jatuh tempo 15 Juni 2022; tagihan ${bill.json().number}, kurang Rp 28.593)`);
    // The day after the due date, unpaid: in arrears, with the regulation's consequence (unconfirmed).
    h.setToday('2022-06-16');
    const late = (await viewer.request({ method: 'GET', url: `/api/v1/protection?nik=${nik}&date=2022-05-20` })).json();
    assert.deepEqual([late.protected, late.state, late.params.daysOverdue, late.params.outstanding], [false, 'in_arrears', 1, 3 * 9531]);
    assert.match(late.reason, /^Menunggak: iuran Mei 2022 lewat jatuh tempo 15 Juni 2022 \(1 hari;/);
    assert.equal(late.consequence.confirmed, false);
    assert.match(late.consequence.text, /lebih dari 3 bulan, pemberi kerja membayar lebih dahulu manfaat JKK/);
    h.setToday('2022-06-05');
    const pay = await admin.request({ method: 'POST', url: '/api/v1/payments', payload: { billId: bill.json().id, amount: 3 * 9531, paidOn: '2022-06-01', bankReference: 'SP2D-001/2022', method: 'sp2d' } });
    assert.equal(pay.statusCode, 201, pay.body);
    const dup = await admin.request({ method: 'POST', url: '/api/v1/payments', payload: { billId: bill.json().id, amount: 3 * 9531, paidOn: '2022-06-01', bankReference: 'SP2D-001/2022', method: 'sp2d' } });
    assert.equal(dup.statusCode, 200);
    assert.equal(dup.json().duplicate, true);
    const after = (await viewer.request({ method: 'GET', url: `/api/v1/protection?nik=${nik}&date=2022-05-20` })).json();
    assert.deepEqual([after.protected, after.state, after.code], [true, 'protected_paid', 'protected_paid']);
    const detail = (await viewer.request({ method: 'GET', url: `/api/v1/bills/${bill.json().id}` })).json();
    assert.equal(detail.status, 'paid');
    assert.equal(detail.payments.length, 1);
    const timeline = (await viewer.request({ method: 'GET', url: `/api/v1/employees/${after.employeeId}/protection-timeline` })).json().items;
    assert.equal(timeline.length, 24);
    assert.deepEqual(timeline.slice(-2).map((m: { period: string; code: string }) => [m.period, m.code]), [['2022-05', 'protected_paid'], ['2022-06', 'awaiting_payment']]);
  });

  test('lindung contribution quote --json', () => {
    const res = spawnSync(process.execPath, ['bin/lindung.mjs', 'contribution', 'quote', '--wage', '1765000', '--jkk', '0.24', '--jkm', '0.30', '--months', '12', '--json'], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: 'sqlite::memory:' } });
    assert.equal(res.status, 0, res.stderr);
    const q = JSON.parse(res.stdout);
    assert.deepEqual({ monthly: q.monthly, months: q.months, total: q.total }, { monthly: { jkk: 4236, jkm: 5295, total: 9531 }, months: 12, total: 114372 });
  });
});

describe('bank statement import', () => {
  test('records many payments in one go; a bad row records nothing; re-import skips duplicates', async () => {
    const h = await createHarness({ today: '2022-08-05' });
    try {
      const agreementId = await demoAgreement(h);
      await participants(h, { agreementId, count: 2, registeredOn: '2022-04-01' });
      const may = await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-05', issueDate: '2022-06-01' });
      const june = await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-06', issueDate: '2022-07-01' });
      const csv = (rows: string[]) => Buffer.from(['Tanggal;Keterangan;Jumlah;Referensi', ...rows].join('\r\n'), 'utf8');
      const bad = csv([`10/06/2022;Bayar ${may.number};19.062;TRX-1`, `10/07/2022;Bayar iuran Juni;19.062;TRX-2`]);
      await assert.rejects(h.services.contributions.importBankStatement(h.admin, agreementId, { fileName: 'rk.csv', content: bad }), /Baris 3: Nomor tagihan tidak ditemukan/);
      assert.equal((await h.services.contributions.getBill(h.admin, may.id)).paid, 0, 'nothing recorded');
      const good = csv([`10/06/2022;Bayar ${may.number};19.062;TRX-1`, `10/07/2022;Bayar ${june.number};19.062,00;TRX-2`]);
      const r = await h.services.contributions.importBankStatement(h.admin, agreementId, { fileName: 'rk.csv', content: good });
      assert.deepEqual(r, { rows: 2, recorded: 2, duplicates: 0, total: 38_124 });
      const again = await h.services.contributions.importBankStatement(h.admin, agreementId, { fileName: 'rk.csv', content: good });
      assert.deepEqual(again, { rows: 2, recorded: 0, duplicates: 2, total: 0 });
      assert.equal((await h.services.contributions.getBill(h.admin, june.id)).status, 'paid');
    } finally {
      await h.close();
    }
  });
});
