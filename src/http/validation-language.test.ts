/**
 * Validation messages in the web's language: Bahasa Indonesia by default, English when the request
 * carries `Accept-Language: en` (the web's English switch, web/src/lib/api-client.ts) — zod
 * messages (the shared helpers and zod's own) and the input sanitiser's. Business messages have their own
 * table at the HTTP edge (src/core/errors-en.ts, tested in business-language.test.ts).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { AppError } from '../core/errors.ts';
import { englishVersion, languageOf } from '../core/validation.ts';

describe('validation messages: Bahasa by default, English on Accept-Language: en', () => {
  let h: Harness;
  let admin: Client;

  before(async () => {
    h = await createHarness({ today: '2022-06-20' });
    admin = await h.login('admin');
  });
  after(() => h.close());

  const badClaim = { employeeId: 1, program: 'JKK', outcome: 'recovered', incidentDate: '2022-02-30', place: '', chronology: 'x', reporter: 'y' };
  const messages = (body: string) =>
    (JSON.parse(body) as { error: { details: { issues: { path: string; message: string }[] } } }).error.details.issues.map((i) => `${i.path}: ${i.message}`);

  test('a route schema (shared helpers): Bahasa by default and for "id", English for "en"', async () => {
    for (const headers of [{}, { 'accept-language': 'id' }, { 'accept-language': 'en;q=0.5, id' }]) {
      const res = await admin.request({ method: 'POST', url: '/api/v1/claims', payload: badClaim, headers });
      assert.equal(res.statusCode, 400);
      assert.deepEqual(messages(res.body), ['incidentDate: Tanggal kejadian bukan tanggal yang ada', 'place: Tempat kejadian wajib diisi']);
      assert.match(res.json().error.message, /^Data tidak sah — incidentDate: Tanggal kejadian bukan tanggal yang ada$/);
    }
    for (const language of ['en', 'en-GB,en;q=0.9,id;q=0.8']) {
      const res = await admin.request({ method: 'POST', url: '/api/v1/claims', payload: badClaim, headers: { 'accept-language': language } });
      assert.equal(res.statusCode, 400);
      assert.deepEqual(messages(res.body), ['incidentDate: Tanggal kejadian: not an existing date', 'place: Tempat kejadian: required']);
      assert.equal(res.json().error.message, 'Data invalid — incidentDate: Tanggal kejadian: not an existing date');
    }
    assert.equal(await h.handle.db.selectFrom('claims').select('id').executeTakeFirst(), undefined, 'nothing stored');
  });

  test("zod's own messages (a missing field, a wrong type, a too-long query) follow the language", async () => {
    const body = { ...badClaim, incidentDate: '2022-05-02', place: 'Kantor', reporter: null, outcome: 'flu' };
    const id = await admin.request({ method: 'POST', url: '/api/v1/claims', payload: body });
    assert.deepEqual(messages(id.body), [
      'outcome: harus salah satu dari: recovered, partial_anatomical, partial_functional, total_permanent, death',
      'reporter: Pelapor wajib diisi',
    ]);
    const en = await admin.request({ method: 'POST', url: '/api/v1/claims', payload: body, headers: { 'accept-language': 'en' } });
    assert.deepEqual(messages(en.body), [
      'outcome: must be one of: recovered, partial_anatomical, partial_functional, total_permanent, death',
      'reporter: Pelapor: required',
    ]);
    const long = 'x'.repeat(21);
    const qId = await admin.request({ method: 'GET', url: `/api/v1/claims?status=${long}` });
    assert.equal(qId.statusCode, 400);
    assert.match(qId.json().error.message, /^Parameter tidak sah — status: .*20/);
    assert.doesNotMatch(qId.json().error.message, /Too big|expected/);
    const qEn = await admin.request({ method: 'GET', url: `/api/v1/claims?status=${long}`, headers: { 'accept-language': 'en' } });
    assert.equal(qEn.statusCode, 400);
    assert.equal(qEn.json().error.message, 'Parameters invalid — status: Too big: expected string to have <=20 characters');
  });

  test('the sanitiser: a NUL byte in a login name is refused in Bahasa, or in English for "en"', async () => {
    const payload = { username: 'adm\u0000in', password: 'rahasia-rahasia' };
    const id = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
    assert.equal(id.statusCode, 400);
    assert.equal(id.json().error.message, 'username: Teks berisi karakter NUL (\\u0000) yang tidak diizinkan');
    const en = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload, headers: { 'accept-language': 'en' } });
    assert.equal(en.statusCode, 400);
    assert.equal(en.json().error.message, 'username: Text contains a NUL character (\\u0000), which is not allowed');
  });

  test('a service refusal (parseOrThrow) has its English twin; business messages stay Bahasa', async () => {
    const error = await h.services.claims.file(h.admin, { ...badClaim, incidentDate: '1899-12-31', place: 'Kantor' }).then(
      () => null,
      (e: unknown) => e,
    );
    assert.ok(error instanceof AppError);
    assert.equal(error.message, 'incidentDate: Tanggal kejadian harus antara 1 Januari 1900 dan 31 Desember 2100');
    assert.equal(englishVersion(error).message, 'incidentDate: Tanggal kejadian: must be between 1 January 1900 and 31 December 2100');
    const business = new AppError('conflict', 'Klaim sudah diajukan');
    assert.equal(englishVersion(business), business);
    assert.deepEqual(
      ['en', 'en-US', 'id', 'id-ID,en;q=0.8', '', 'fr', '*'].map((l) => languageOf(l)),
      ['en', 'en', 'id', 'id', 'id', 'id', 'id'],
    );
  });
});
