import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
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
    assert.deepEqual(
      [before.protected, before.state, before.code, before.params, before.consequence],
      [true, 'awaiting_payment', 'awaiting_payment', { period: '2022-05', dueDate: '2022-06-15', billNumber: bill.json().number, outstanding: 3 * 9531 }, null],
    );
    assert.equal(before.reason, `Terlindungi: iuran Mei 2022 belum jatuh tempo (jatuh tempo 15 Juni 2022; tagihan ${bill.json().number}, kurang Rp 28.593)`);
    // The day after the due date, unpaid: in arrears, with the regulation's consequence (unconfirmed).
    h.setToday('2022-06-16');
    const late = (await viewer.request({ method: 'GET', url: `/api/v1/protection?nik=${nik}&date=2022-05-20` })).json();
    assert.deepEqual([late.protected, late.state, late.params.daysOverdue, late.params.outstanding], [false, 'in_arrears', 1, 3 * 9531]);
    assert.match(late.reason, /^Menunggak: iuran Mei 2022 lewat jatuh tempo 15 Juni 2022 \(1 hari;/);
    assert.equal(late.consequence.confirmed, false);
    assert.match(late.consequence.text, /lebih dari 3 bulan, pemberi kerja membayar lebih dahulu manfaat JKK/);
    h.setToday('2022-06-05');
    const pay = await admin.request({
      method: 'POST',
      url: '/api/v1/payments',
      payload: { billId: bill.json().id, amount: 3 * 9531, paidOn: '2022-06-01', bankReference: 'SP2D-001/2022', method: 'sp2d' },
    });
    assert.equal(pay.statusCode, 201, pay.body);
    const dup = await admin.request({
      method: 'POST',
      url: '/api/v1/payments',
      payload: { billId: bill.json().id, amount: 3 * 9531, paidOn: '2022-06-01', bankReference: 'SP2D-001/2022', method: 'sp2d' },
    });
    assert.equal(dup.statusCode, 200);
    assert.equal(dup.json().duplicate, true);
    const after = (await viewer.request({ method: 'GET', url: `/api/v1/protection?nik=${nik}&date=2022-05-20` })).json();
    assert.deepEqual([after.protected, after.state, after.code], [true, 'protected_paid', 'protected_paid']);
    const detail = (await viewer.request({ method: 'GET', url: `/api/v1/bills/${bill.json().id}` })).json();
    assert.equal(detail.status, 'paid');
    assert.equal(detail.payments.length, 1);
    const timeline = (await viewer.request({ method: 'GET', url: `/api/v1/employees/${after.employeeId}/protection-timeline` })).json().items;
    assert.equal(timeline.length, 24);
    assert.deepEqual(
      timeline.slice(-2).map((m: { period: string; code: string }) => [m.period, m.code]),
      [
        ['2022-05', 'protected_paid'],
        ['2022-06', 'awaiting_payment'],
      ],
    );
  });

  test('the check reads its session in its own statement yet judges it as every route does', async () => {
    const nik = (await h.handle.db.selectFrom('employees').select('nik').orderBy('id').executeTakeFirstOrThrow()).nik;
    const url = `/api/v1/protection?nik=${nik}&date=2022-05-20`;
    const get = (u: string, headers: Record<string, string> = {}) => h.app.inject({ method: 'GET', url: u, headers });
    const code = (res: { statusCode: number; json(): { error?: { code: string; message: string } } }) => [res.statusCode, res.json().error?.code ?? null];
    // No session, or an unknown one: not signed in — also when the NIK is malformed (sign-in is judged first).
    assert.deepEqual(code(await get(url)), [401, 'unauthenticated']);
    assert.deepEqual(code(await get(url, { cookie: 'lindung_session=bukan-sesi' })), [401, 'unauthenticated']);
    assert.deepEqual(code(await get('/api/v1/protection?nik=12', { cookie: 'lindung_session=bukan-sesi' })), [401, 'unauthenticated']);
    // Signed in: a malformed NIK is refused with the schema's message, in the asked language.
    const bad = await viewer.request({ method: 'GET', url: '/api/v1/protection?nik=12' });
    assert.deepEqual(
      [bad.statusCode, bad.json().error.code, bad.json().error.message],
      [400, 'validation_failed', 'Parameter tidak sah — nik: NIK harus 16 digit'],
    );
    const badEn = await viewer.request({ method: 'GET', url: '/api/v1/protection?nik=12', headers: { 'accept-language': 'en' } });
    assert.deepEqual([badEn.statusCode, badEn.json().error.code], [400, 'validation_failed']);
    assert.match(badEn.json().error.message, /^Parameters invalid — nik: /);
    const neither = await viewer.request({ method: 'GET', url: '/api/v1/protection?date=2022-05-20' });
    assert.deepEqual([neither.statusCode, neither.json().error.message], [400, 'Sebutkan pegawai (employeeId) atau NIK']);
    const missing = await viewer.request({ method: 'GET', url: '/api/v1/protection?nik=9999999999999999&date=2022-05-20' });
    assert.deepEqual(code(missing), [404, 'not_found']);
    // A session past its expiry, or of a disabled user, no longer admits; a stale one is slid forward.
    const other = await h.login('viewer');
    assert.equal((await other.request({ method: 'GET', url })).statusCode, 200);
    const hash = createHash('sha256').update(other.cookie.split('=')[1]!).digest('hex');
    const stale = new Date(Date.now() - 10 * 60_000).toISOString();
    await h.handle.db.updateTable('sessions').set({ last_seen_at: stale }).where('token_hash', '=', hash).execute();
    assert.equal((await other.request({ method: 'GET', url })).statusCode, 200);
    const seen = await h.handle.db.selectFrom('sessions').select(['last_seen_at', 'expires_at']).where('token_hash', '=', hash).executeTakeFirstOrThrow();
    assert.ok(seen.last_seen_at > stale, 'the sliding expiry was written');
    await h.handle.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('token_hash', '=', hash)
      .execute();
    assert.deepEqual(code(await other.request({ method: 'GET', url })), [401, 'unauthenticated']);
    const third = await h.login('viewer', 'viewer-disabled');
    await h.handle.db.updateTable('users').set({ status: 'disabled' }).where('username', '=', 'viewer-disabled').execute();
    assert.deepEqual(code(await third.request({ method: 'GET', url })), [401, 'unauthenticated']);
    // After logout the session is gone.
    const fourth = await h.login('viewer');
    assert.equal((await fourth.request({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode, 200);
    assert.deepEqual(code(await fourth.request({ method: 'GET', url })), [401, 'unauthenticated']);
    // A one-time password must be replaced first; an unbound account is refused.
    const fifth = await h.login('viewer', 'viewer-otp');
    await h.handle.db.updateTable('users').set({ must_change_password: 1 }).where('username', '=', 'viewer-otp').execute();
    const otp = await fifth.request({ method: 'GET', url });
    assert.deepEqual([otp.statusCode, otp.json().error.details], [403, { reason: 'password_change_required' }]);
    const sixth = await h.login('viewer', 'viewer-unbound');
    await h.handle.db.updateTable('users').set({ institution_id: null }).where('username', '=', 'viewer-unbound').execute();
    assert.deepEqual(code(await sixth.request({ method: 'GET', url })), [403, 'forbidden']);
  });

  test('lindung contribution quote --json', () => {
    const res = spawnSync(
      process.execPath,
      ['bin/lindung.mjs', 'contribution', 'quote', '--wage', '1765000', '--jkk', '0.24', '--jkm', '0.30', '--months', '12', '--json'],
      { encoding: 'utf8', env: { ...process.env, DATABASE_URL: 'sqlite::memory:' } },
    );
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
      await assert.rejects(
        h.services.contributions.importBankStatement(h.admin, agreementId, { fileName: 'rk.csv', content: bad }),
        /Baris 3: Nomor tagihan tidak ditemukan/,
      );
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
