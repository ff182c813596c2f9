import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { demoAgreement } from '../testing/builders.ts';

describe('benefit quotes through the API and CLI', () => {
  let h: Harness;
  let viewer: Client;
  let agreementId: number;
  before(async () => {
    h = await createHarness({ today: '2023-05-10' });
    viewer = await h.login('viewer');
    agreementId = await demoAgreement(h);
    await h.services.agreements.addAmendment(h.admin, agreementId, {
      kind: 'adendum',
      number: 'AD-1',
      signedOn: '2023-06-01',
      effectiveFrom: '2023-07-01',
      summary: 'Biaya pemakaman',
      termsChanges: [{ path: 'benefits.funeral', value: 15_000_000, basis: 'Adendum I Pasal 2' }],
    });
  });
  after(() => h.close());

  test('work-accident death at the PKS wage, from the terms in force on the incident date', async () => {
    const res = await viewer.request({
      method: 'POST',
      url: '/api/v1/benefits/quote',
      payload: { program: 'JKK', incidentDate: '2023-05-02', outcome: 'death', agreement: agreementId },
    });
    assert.equal(res.statusCode, 200, res.body);
    const q = res.json();
    assert.deepEqual(
      q.items.map((i: { amount: number }) => i.amount),
      [84_720_000, 10_000_000, 12_000_000],
    );
    assert.equal(q.total, 106_720_000);
    assert.match(q.items[0].formula, /60% × 80 × Rp 1\.765\.000 = Rp 84\.720\.000/);
    assert.match(q.items[0].basis, /PKS Pasal 7 ayat \(1\) huruf e/);
    const after = (
      await viewer.request({
        method: 'POST',
        url: '/api/v1/benefits/quote',
        payload: { program: 'JKK', incidentDate: '2023-07-02', outcome: 'death', agreement: agreementId },
      })
    ).json();
    const funeral = after.items.find((i: { amount: number; basis: string }) => /pemakaman/i.test(i.basis) || i.amount === 15_000_000);
    assert.equal(funeral.amount, 15_000_000, 'the addendum changes the funeral benefit from July');
    assert.match(funeral.basis, /Adendum I Pasal 2/);
    // The terms are named by the agreement's number and the day they took effect, never an id.
    assert.equal(q.termsSource, 'Ketentuan perjanjian 119/323/SETDA/III/2022 yang berlaku sejak 14 Maret 2022');
    assert.equal(after.termsSource, 'Ketentuan perjanjian 119/323/SETDA/III/2022 yang berlaku sejak 1 Juli 2023');
  });

  test('medical care: cited from the terms in force; an amendment setting a cap caps it from its date', async () => {
    const quote = async (incidentDate: string) => {
      const res = await viewer.request({
        method: 'POST',
        url: '/api/v1/benefits/quote',
        payload: { program: 'JKK', incidentDate, outcome: 'recovered', medicalCost: 60_000_000, agreement: agreementId },
      });
      assert.equal(res.statusCode, 200, res.body);
      return res.json().items.find((i: { code: string }) => i.code === 'medical');
    };
    await h.services.agreements.addAmendment(h.admin, agreementId, {
      kind: 'amandemen',
      number: 'AM-1',
      signedOn: '2023-09-20',
      effectiveFrom: '2023-10-01',
      summary: 'Batas biaya pengobatan',
      termsChanges: [{ path: 'benefits.medicalCareCap', value: 50_000_000, basis: 'Amandemen I Pasal 3' }],
    });
    const open = await quote('2023-09-30');
    assert.deepEqual([open.amount, open.cap, open.capped, open.basis], [60_000_000, null, false, 'PKS Pasal 7 ayat (1) huruf a; PP 44/2015 jo. PP 82/2019']);
    const capped = await quote('2023-10-01');
    assert.deepEqual([capped.amount, capped.cap, capped.capped, capped.basis], [50_000_000, 50_000_000, true, 'Amandemen I Pasal 3']);
    const a = await h.services.agreements.get(h.admin, agreementId);
    const last = a.termsVersions[a.termsVersions.length - 1]!;
    assert.deepEqual(
      last.changes.map((c) => [c.path, c.before, c.after]),
      [['benefits.medicalCareCap', 'tanpa batas', 'Rp 50.000.000']],
    );
  });

  test('a terms version stored without the medical-care term still quotes, with the default citation', async () => {
    const first = await h.handle.db
      .selectFrom('terms_versions')
      .select(['id', 'terms_json'])
      .where('agreement_id', '=', agreementId)
      .orderBy('effective_from')
      .executeTakeFirstOrThrow();
    const stored = JSON.parse(first.terms_json);
    delete stored.benefits.medicalCareCap;
    await h.handle.db
      .updateTable('terms_versions')
      .set({ terms_json: JSON.stringify(stored) })
      .where('id', '=', first.id)
      .execute();
    const res = await viewer.request({
      method: 'POST',
      url: '/api/v1/benefits/quote',
      payload: { program: 'JKK', incidentDate: '2023-05-02', outcome: 'recovered', medicalCost: 60_000_000, agreement: agreementId },
    });
    assert.equal(res.statusCode, 200, res.body);
    const medical = res.json().items.find((i: { code: string }) => i.code === 'medical');
    assert.deepEqual(
      [medical.amount, medical.cap, medical.capped, medical.basis],
      [60_000_000, null, false, 'PKS Pasal 7 ayat (1) huruf a; PP 44/2015 jo. PP 82/2019'],
    );
    const shown = await viewer.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}` });
    assert.equal(shown.statusCode, 200, shown.body);
    assert.equal(shown.json().termsVersions[0].terms.benefits.medicalCareCap.value, null);
  });

  test('JKM non-work death without an agreement uses the regulation defaults: Rp 42.000.000', async () => {
    const q = (
      await viewer.request({
        method: 'POST',
        url: '/api/v1/benefits/quote',
        payload: { program: 'JKM', wage: 1765000, incidentDate: '2023-05-02', outcome: 'death' },
      })
    ).json();
    assert.equal(q.total, 42_000_000);
    assert.deepEqual(
      q.items.map((i: { amount: number }) => i.amount),
      [20_000_000, 10_000_000, 12_000_000],
    );
  });

  test('the OpenAPI document describes the quote contract and its answer', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/docs/json' });
    assert.equal(res.statusCode, 200);
    const quote = res.json().paths['/api/v1/benefits/quote'].post;
    const body = quote.requestBody.content['application/json'].schema;
    assert.deepEqual(body.properties.program.enum, ['JKK', 'JKM']);
    assert.ok(body.properties.children && body.properties.disabilities && body.properties.transport);
    const answer = quote.responses['200'].content['application/json'].schema;
    assert.ok(answer.properties.items && answer.properties.total && answer.properties.termsSource);
  });

  test('bad input is refused in Bahasa Indonesia', async () => {
    const unknown = await viewer.request({
      method: 'POST',
      url: '/api/v1/benefits/quote',
      payload: { program: 'JKK', incidentDate: '2023-05-02', outcome: 'partial_anatomical', disabilities: [{ code: 'tidak-ada' }] },
    });
    assert.equal(unknown.statusCode, 400);
    const negative = await viewer.request({
      method: 'POST',
      url: '/api/v1/benefits/quote',
      payload: { program: 'JKK', incidentDate: '2023-05-02', outcome: 'recovered', medicalCost: -1 },
    });
    assert.equal(negative.statusCode, 400);
    const table = (await viewer.request({ method: 'GET', url: '/api/v1/benefits/table' })).json().items;
    assert.ok(table.some((r: { code: string; percent: string; confirmed: boolean }) => r.code === 'lengan-kanan-bahu' && r.percent === '40%' && r.confirmed));
    assert.ok(
      table.some((r: { confirmed: boolean }) => !r.confirmed),
      'unconfirmed rows are shown as such',
    );
  });

  test("the disability table and a quote's body parts in English under Accept-Language: en, in Bahasa otherwise", async () => {
    const en = { 'accept-language': 'en' };
    type Row = { code: string; label: string; source: string; note: string | null };
    const row = (items: Row[], code: string) => items.find((r) => r.code === code)!;
    const tableEn = (await viewer.request({ method: 'GET', url: '/api/v1/benefits/table', headers: en })).json().items;
    const tableId = (await viewer.request({ method: 'GET', url: '/api/v1/benefits/table' })).json().items;
    assert.equal(tableEn.length, tableId.length);
    assert.equal(row(tableEn, 'lengan-kanan-bahu').label, 'Right arm from the shoulder joint down');
    assert.equal(row(tableId, 'lengan-kanan-bahu').label, 'Lengan kanan dari sendi bahu ke bawah');
    assert.equal(row(tableEn, 'kaki-memendek-5-7cm').label, 'One leg shortened by 5 cm to less than 7.5 cm');
    assert.match(row(tableEn, 'ibu-jari-kanan').source, /^Annex III of PP 44\/2015 \(commonly quoted values, not confirmed\)/);
    assert.equal(row(tableEn, 'penglihatan-sebagian').note, "As written in the source; the row's context is incomplete.");
    // No row's English label is its Bahasa one.
    for (const r of tableEn as { code: string; label: string }[]) assert.notEqual(r.label, row(tableId, r.code).label, r.code);
    const quote = (
      await viewer.request({
        method: 'POST',
        url: '/api/v1/benefits/quote',
        headers: en,
        payload: {
          program: 'JKK',
          wage: 2_000_000,
          incidentDate: '2023-05-02',
          outcome: 'partial_anatomical',
          disabilities: [{ code: 'ibu-jari-kanan' }],
          leftHanded: true,
        },
      })
    ).json();
    assert.equal(quote.disabilityParts[0].label, 'Right thumb (left-handed: the percentage of "Left thumb" applies)');
    assert.equal(quote.disabilityParts[0].percent, '12%');
  });

  test('lindung benefit quote --json reads the request from stdin', () => {
    const res = spawnSync(process.execPath, ['bin/lindung.mjs', 'benefit', 'quote', '--json'], {
      input: JSON.stringify({ program: 'JKK', wage: 1765000, incidentDate: '2023-05-02', outcome: 'total_permanent' }),
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: 'sqlite::memory:' },
    });
    assert.equal(res.status, 0, res.stderr);
    const q = JSON.parse(res.stdout);
    assert.equal(q.items[0].amount, 98_840_000);
    assert.ok(
      q.items.some((i: { amount: number }) => i.amount === 12_000_000),
      'the periodic benefit is paid on total permanent disability too',
    );
  });
});
