/**
 * The input sanitiser (src/core/validation.ts) through the HTTP app, on SQLite and PostgreSQL:
 * NUL and lone surrogates refused with a Bahasa 400 wherever text enters (login, employee name,
 * bank reference, filter, uploaded file name), text NFC-normalised and trimmed, amounts and dates
 * bounded, every zod message in Bahasa, `%` and `_` literal in filters.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { demoAgreement, participants } from '../testing/builders.ts';
import { personRow, xlsxOf } from '../roster/testing.ts';
import { escapeLike } from '../db/like.ts';
import { normalizeReferenceKey, sanitizeInput } from './validation.ts';
import { multipart as multipartBody } from '../testing/multipart.ts';

const multipart = (fields: Record<string, string>, file: { name: string; content: Buffer }) => multipartBody(fields, file, { fileType: null });

const NUL = 'adm\u0000in';
const LONE = 'Siti \ud800Aminah';
const SITI = { nik: '7409014508900001', fullName: 'Siti Aminah', sex: 'P', birthDate: '1990-08-05', employmentType: 'honorer', startDate: '2020-01-02' };

test('sanitizeInput: NFC, trimmed, passwords verbatim, NUL and lone surrogates named by field', () => {
  assert.deepEqual(sanitizeInput({ name: '  Jose\u0301 ', password: ' rahasia ', list: ['  a'] }), { name: 'José', password: ' rahasia ', list: ['a'] });
  assert.throws(
    () => sanitizeInput({ a: { b: 'x\u0000' } }),
    (e: Error & { details: { issues: { path: string }[] } }) => e.details.issues[0]!.path === 'a.b' && /NUL/.test(e.message),
  );
  assert.throws(() => sanitizeInput({ fullName: LONE }), /surrogate/);
  assert.deepEqual(sanitizeInput({ emoji: 'ok \ud83d\ude00' }), { emoji: 'ok 😀' }, 'a surrogate pair is fine');
  assert.equal(escapeLike('50%_a\\b'), '50\\%\\_a\\\\b');
  assert.equal(normalizeReferenceKey(' race -1\t'), 'RACE-1');
});

describe('bad input answers 400 in Bahasa and stores nothing', () => {
  let h: Harness;
  let agreementId: number;
  let admin: Client;
  let unitId: number;
  let billId: number;

  before(async () => {
    h = await createHarness({ today: '2022-06-05' });
    admin = await h.login('admin');
    agreementId = await demoAgreement(h);
    unitId = (await h.services.units.create(h.admin, { agreementId, code: 'DINKES', name: 'Dinas Kesehatan' })).id;
    await participants(h, { agreementId, count: 2, registeredOn: '2022-04-01' });
    billId = (await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-05' })).id;
  });
  after(() => h.close());

  test('anonymous login with NUL in the user name: 400, not 500', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: NUL, password: 'x' } });
    assert.equal(res.statusCode, 400, res.body);
    assert.match(res.json().error.message, /^username: Teks berisi karakter NUL/);
  });

  test('employee name with NUL or a lone surrogate: 400; a decomposed name is stored composed and trimmed', async () => {
    for (const fullName of [`Siti\u0000 Aminah`, LONE]) {
      const res = await admin.request({ method: 'POST', url: '/api/v1/employees', payload: { ...SITI, fullName, workUnitId: unitId } });
      assert.equal(res.statusCode, 400, res.body);
      assert.match(res.json().error.message, /fullName: Teks berisi karakter (NUL|Unicode yang rusak)/);
    }
    assert.equal((await h.handle.db.selectFrom('employees').select('id').where('nik', '=', SITI.nik).execute()).length, 0, 'nothing stored');
    const ok = await admin.request({ method: 'POST', url: '/api/v1/employees', payload: { ...SITI, fullName: '  Wa Ode Jose\u0301  ', workUnitId: unitId } });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().fullName, 'Wa Ode José');
    assert.equal(ok.json().fullName.length, 11, 'NFC: é is one code point');
  });

  test('filters: NUL refused; % and _ are literal characters', async () => {
    const nul = await admin.request({ method: 'GET', url: '/api/v1/employees?q=a%00b' });
    assert.equal(nul.statusCode, 400, nul.body);
    assert.match(nul.json().error.message, /NUL/);
    const all = await admin.request({ method: 'GET', url: '/api/v1/employees?q=a' });
    assert.ok(all.json().items.length >= 1);
    for (const q of ['%25', '_', 'Wa%25Jos']) {
      const res = await admin.request({ method: 'GET', url: `/api/v1/employees?q=${q}` });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().items.length, 0, `q=${q} matches no name`);
    }
    const agreements = await admin.request({ method: 'GET', url: '/api/v1/agreements?q=%25' });
    assert.equal(agreements.statusCode, 200, agreements.body);
  });

  test('payment: NUL in the reference, 9007199254740991, year 0001 — each 400 in Bahasa, nothing recorded', async () => {
    const base = { billId, amount: 19_062, paidOn: '2022-06-01', bankReference: 'TRF-1' };
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ bankReference: 'TRF\u00001' }, /bankReference: Teks berisi karakter NUL/],
      [{ amount: 9007199254740991 }, /amount: Jumlah pembayaran melebihi batas Rp 1\.000\.000\.000\.000/],
      [{ amount: 1_000_000_000_001 }, /melebihi batas/],
      [{ paidOn: '0001-01-01' }, /paidOn: Tanggal bayar harus antara 1 Januari 1900 dan 31 Desember 2100/],
      [{ paidOn: '2022-03-01' }, /sebelum perjanjian ditandatangani/],
      [{ amount: null }, /amount: Jumlah pembayaran harus berupa angka rupiah/],
    ];
    for (const [over, message] of cases) {
      const res = await admin.request({ method: 'POST', url: '/api/v1/payments', payload: { ...base, ...over } });
      assert.equal(res.statusCode, 400, `${JSON.stringify(over)}: ${res.body}`);
      assert.match(res.json().error.message, message);
    }
    assert.equal((await h.handle.db.selectFrom('payments').select('id').execute()).length, 0);
    const bill = await admin.request({ method: 'GET', url: `/api/v1/bills/${billId}` });
    assert.equal(bill.statusCode, 200);
  });

  test('every validation message is Bahasa, not zod English', async () => {
    const res = await admin.request({ method: 'POST', url: '/api/v1/bills', payload: { agreementId: null, period: 5, mode: 'weekly' } });
    assert.equal(res.statusCode, 400, res.body);
    const messages = (res.json().error.details.issues as { message: string }[]).map((i) => i.message).join(' | ');
    assert.doesNotMatch(messages, /Invalid|expected|received/);
    assert.match(messages, /harus salah satu dari: monthly, yearly/);
  });

  test('uploaded file name with NUL: 400 in Bahasa', async () => {
    const content = await xlsxOf([personRow(1)]);
    const upload = multipart({ unitId: String(unitId) }, { name: 'daftar\u0000.xlsx', content });
    const res = await admin.request({ method: 'POST', url: '/api/v1/roster/imports', payload: upload.payload, headers: upload.headers });
    assert.equal(res.statusCode, 400, res.body);
    assert.match(res.json().error.message, /Nama berkas berisi karakter NUL/);
  });
});
