/**
 * "Cek perlindungan saya" over HTTP: the right answer (the protection service's own verdict, the
 * claim with its next step, contacts, the own card), one identical answer for every wrong or
 * malformed combination, the limits per NIK and per address counted in the database, the log
 * rows and who reads them. Runs on SQLite, and on PostgreSQL with TEST_DATABASE_URL.
 */
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { pdfToText } from '../testing/pdftotext.ts';
import { institution, jkkClaim, sitiAndBudi } from '../testing/builders.ts';
import { NIK_LIMIT, ADDRESS_LIMIT } from './rules.ts';

const URL = '/api/v1/self-check';
const SITI = { nik: '7409014508900001', birthDate: '1990-08-05', kpjLast4: '8531' };
const NO_MATCH = 'Data tidak ditemukan. Periksa kembali NIK, tanggal lahir, dan 4 angka terakhir nomor peserta (KPJ) seperti tertulis di kartu Anda.';

describe('Cek perlindungan saya (public)', () => {
  let h: Harness;
  let admin: Client;
  let employeeId: number;
  const ask = (payload: unknown, ip = '203.0.113.7') => h.app.inject({ method: 'POST', url: URL, payload: payload as object, remoteAddress: ip });

  before(async () => {
    h = await createHarness({ today: '2022-06-20' });
    admin = await h.login('admin');
    ({ employeeId } = await sitiAndBudi(h));
    const filed = await admin.request({ method: 'POST', url: '/api/v1/claims', payload: jkkClaim(employeeId) });
    assert.equal(filed.statusCode, 201, filed.body);
    const unit = await h.handle.db.selectFrom('employees').select('work_unit_id').where('id', '=', employeeId).executeTakeFirstOrThrow();
    assert.equal(
      (await admin.request({ method: 'PATCH', url: `/api/v1/units/${unit.work_unit_id}`, payload: { phone: '0401-123456', address: 'Jl. Poros Ereke No. 5' } }))
        .statusCode,
      200,
    );
    const branch = await h.handle.db.selectFrom('institutions').select('id').where('kind', '=', 'bpjs_branch').executeTakeFirstOrThrow();
    await h.services.institutions.update(h.admin, branch.id, { phone: '0401-3121000', address: 'Jl. Abdullah Silondae No. 79, Kendari' });
  });
  after(() => h.close());
  beforeEach(async () => {
    await h.handle.db.deleteFrom('self_check_log').execute();
  });

  test('the right answer: the verdict of the protection service today, the claim and its next step, contacts, and the own card', async () => {
    const res = await ask(SITI);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['cache-control'], 'no-store');
    const body = res.json();
    const verdict = await h.services.contributions.protectionOf(employeeId, '2022-06-20');
    assert.deepEqual(body.protection, { protected: verdict.protected, state: verdict.state, reason: verdict.reason, asOf: '2022-06-20' });
    assert.deepEqual(body.person, { fullName: 'Siti Aminah', maskedKpj: '•••••••8531', unit: 'Dinas Kesehatan' });
    assert.equal(body.claims.length, 1);
    assert.equal(body.claims[0].program, 'JKK');
    assert.equal(body.claims[0].status, 'submitted');
    assert.equal(body.claims[0].incidentDate, '2022-05-02');
    assert.match(body.claims[0].nextStep, /^Serahkan dokumen berikut kepada operator OPD Anda: .*KTP/);
    assert.deepEqual(body.contacts.unit, { name: 'Dinas Kesehatan', phone: '0401-123456', address: 'Jl. Poros Ereke No. 5' });
    assert.deepEqual(body.contacts.branch.phone, '0401-3121000');
    assert.match(body.contacts.branch.name, /Kendari/);
    // Nothing beyond the minimum: no NIK, birth date, full KPJ, chronology or place of the incident.
    assert.doesNotMatch(res.body, /7409014508900001|1990-08-05|26133068531|Terjatuh|Kantor Dinas Kesehatan/);

    const card = await h.app.inject({ method: 'GET', url: `${URL}/card.pdf?token=${body.card.token}` });
    assert.equal(card.statusCode, 200);
    assert.equal(card.headers['content-type'], 'application/pdf');
    const text = await pdfToText(card.rawPayload);
    assert.match(text, /Siti Aminah/);
    assert.match(text, /26133068531/);

    // Bound to that participant and short-lived: an unknown token and an expired one are refused.
    assert.equal((await h.app.inject({ method: 'GET', url: `${URL}/card.pdf?token=${'x'.repeat(32)}` })).statusCode, 404);
    await h.handle.db
      .updateTable('self_check_tokens')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .execute();
    const expired = await h.app.inject({ method: 'GET', url: `${URL}/card.pdf?token=${body.card.token}` });
    assert.equal(expired.statusCode, 404);
    assert.match(expired.json().error.message, /kedaluwarsa/);
  });

  test('every wrong field, and malformed input, gets the same status and the same body', async () => {
    const wrong = [
      { ...SITI, nik: '7409014508900002' },
      { ...SITI, birthDate: '1990-08-06' },
      { ...SITI, kpjLast4: '8532' },
      { ...SITI, nik: '123' },
      { ...SITI, birthDate: '1990-02-30' },
      {},
    ];
    const bodies = new Set<string>();
    for (const payload of wrong) {
      const res = await ask(payload, '198.51.100.1');
      assert.equal(res.statusCode, 404, JSON.stringify(payload));
      assert.deepEqual(res.json(), { error: { code: 'not_found', message: NO_MATCH, details: null } }, JSON.stringify(payload));
      bodies.add(res.body);
    }
    assert.equal(bodies.size, 1);
  });

  test('a right and a wrong answer take about the same time (both at least the floor)', async () => {
    const time = async (p: unknown) => {
      const t = performance.now();
      await ask(p, '198.51.100.2');
      return performance.now() - t;
    };
    const right = await time(SITI);
    const wrong = await time({ ...SITI, birthDate: '1990-08-06' });
    assert.ok(right >= 245 && wrong >= 245, `${right} ${wrong}`);
    assert.ok(Math.abs(right - wrong) < 200, `${right} ${wrong}`);
  });

  test(`limit per NIK: after ${NIK_LIMIT} failures even the right answer is a 429 in Bahasa; another NIK still answers`, async () => {
    for (let i = 0; i < NIK_LIMIT; i++) assert.equal((await ask({ ...SITI, birthDate: '1990-08-06' }, `192.0.2.${i + 1}`)).statusCode, 404);
    const limited = await ask(SITI, '192.0.2.99');
    assert.equal(limited.statusCode, 429);
    assert.match(limited.json().error.message, /^Terlalu banyak percobaan\. Coba lagi dalam (60|59) menit\.$/);
    assert.equal((await ask({ ...SITI, nik: '7409010101850001' }, '192.0.2.99')).statusCode, 404);
  });

  test(`limit per address: after ${ADDRESS_LIMIT} failures from one address it is a 429; another address still answers`, async () => {
    for (let i = 0; i < ADDRESS_LIMIT; i++) assert.equal((await ask({ ...SITI, nik: `74090100000${String(10000 + i)}` }, '192.0.2.200')).statusCode, 404);
    assert.equal((await ask(SITI, '192.0.2.200')).statusCode, 429);
    assert.equal((await ask(SITI, '192.0.2.201')).statusCode, 200);
  });

  test('every lookup is logged with time, address, masked NIK and outcome; the NIK itself is stored nowhere in the log', async () => {
    await ask(SITI, '192.0.2.50');
    await ask({ ...SITI, kpjLast4: '0000' }, '192.0.2.51');
    await ask({ nik: 'abc' }, '192.0.2.52');
    const rows = await h.handle.db.selectFrom('self_check_log').selectAll().orderBy('id').execute();
    assert.deepEqual(
      rows.map((r) => [r.ip, r.nik_masked, r.outcome]),
      [
        ['192.0.2.50', '7409••••••••0001', 'found'],
        ['192.0.2.51', '7409••••••••0001', 'no_match'],
        ['192.0.2.52', '•••', 'invalid'],
      ],
    );
    assert.ok(rows.every((r) => !JSON.stringify(r).includes(SITI.nik) && /^\d{4}-\d{2}-\d{2}T/.test(r.at)));

    const own = await admin.request({ method: 'GET', url: `${URL}/log` });
    assert.equal(own.statusCode, 200);
    assert.deepEqual(
      own.json().items.map((i: { outcome: string; outcomeLabel: string }) => [i.outcome, i.outcomeLabel]),
      [
        ['no_match', 'tidak cocok'],
        ['found', 'ditemukan'],
      ],
    );
    const otherGov = await institution(h, { kind: 'government', name: 'Kabupaten Lain' });
    const foreign = await h.login('admin', undefined, { institutionId: otherGov });
    assert.deepEqual((await foreign.request({ method: 'GET', url: `${URL}/log` })).json().items, []);
    assert.equal((await (await h.login('opd_operator')).request({ method: 'GET', url: `${URL}/log` })).statusCode, 403);
    assert.equal((await h.app.inject({ method: 'GET', url: `${URL}/log` })).statusCode, 401);
  });
});
