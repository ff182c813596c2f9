import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, demoAgreementData, type Client, type Harness } from '../testing/harness.ts';

function demoBody(overrides: Record<string, unknown> = {}) {
  const { format: _f, amendments: _a, ...body } = demoAgreementData();
  return { ...body, ...overrides };
}

describe('agreements API', () => {
  let h: Harness;
  let admin: Client;
  let viewer: Client;
  let officer: Client;
  let pksId: number;

  before(async () => {
    h = await createHarness({ today: '2023-01-10' });
    admin = await h.login('admin', 'admin-uji');
    viewer = await h.login('viewer');
    officer = await h.login('bpjs_officer');
    const res = await admin.request({ method: 'POST', url: '/api/v1/agreements', payload: demoBody() });
    assert.equal(res.statusCode, 201, res.body);
    pksId = res.json().id;
  });
  after(() => h.close());

  test('shows the Buton Utara PKS with parties, validity and cited terms', async () => {
    const res = await viewer.request({ method: 'GET', url: `/api/v1/agreements/${pksId}` });
    assert.equal(res.statusCode, 200);
    const a = res.json();
    assert.equal(a.numberPartyOne, '119/323/SETDA/III/2022');
    assert.equal(a.numberPartyTwo, 'PER/17/03/2022');
    assert.equal(a.signedOn, '2022-03-14');
    assert.equal(a.validUntil, '2024-03-13');
    assert.equal(a.status, 'active');
    assert.equal(a.daysRemaining, 428);
    assert.equal(a.reportedWage, 1765000);
    assert.equal(a.parties.one.institution, 'Pemerintah Kabupaten Buton Utara');
    assert.equal(a.parties.two.signatory, 'MINARNI LUKMAN');
    assert.equal(a.scope.length, 5);
    assert.equal(a.currentTerms.terms.contribution.jkkRate.basis.includes('Pasal 4'), true);
    assert.deepEqual(a.currentTerms.terms.contribution.jkmRate.value, { numerator: 30, denominator: 10000 });
    assert.equal(a.termsVersions.length, 1);
  });

  test('lists and searches agreements', async () => {
    const all = await viewer.request({ method: 'GET', url: '/api/v1/agreements' });
    assert.equal(all.statusCode, 200);
    assert.equal(all.json().items.length, 1);
    const found = await viewer.request({ method: 'GET', url: '/api/v1/agreements?q=buton' });
    assert.equal(found.json().items[0].numberPartyTwo, 'PER/17/03/2022');
    const none = await viewer.request({ method: 'GET', url: '/api/v1/agreements?q=muna' });
    assert.equal(none.json().items.length, 0);
    const ended = await viewer.request({ method: 'GET', url: '/api/v1/agreements?status=ended' });
    assert.equal(ended.json().items.length, 0);
  });

  test('an addendum starts a new terms version; termsOn answers across it', async () => {
    const res = await admin.request({
      method: 'POST',
      url: `/api/v1/agreements/${pksId}/amendments`,
      payload: {
        kind: 'adendum',
        number: 'ADD/01/VI/2023',
        signedOn: '2023-06-15',
        effectiveFrom: '2023-07-01',
        summary: 'Penyesuaian upah pelaporan',
        termsChanges: [{ path: 'contribution.reportedWage', value: 2000000, basis: 'Adendum I Pasal 1' }],
        document: { name: 'adendum-1.pdf', mime: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4 adendum').toString('base64') },
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    const a = res.json();
    assert.equal(a.termsVersions.length, 2);
    assert.equal(a.termsVersions[0].effectiveUntil, '2023-06-30');
    assert.equal(a.termsVersions[1].effectiveFrom, '2023-07-01');
    assert.deepEqual(
      a.termsVersions[1].changes.map((c: { after: string }) => c.after),
      ['Rp 2.000.000'],
    );
    assert.equal(a.reportedWage, 1765000, 'today (2023-01-10) is still under the original terms');

    const before = await viewer.request({ method: 'GET', url: `/api/v1/agreements/${pksId}/terms?date=2023-06-30` });
    assert.equal(before.json().version.terms.contribution.reportedWage.value, 1765000);
    const afterRes = await viewer.request({ method: 'GET', url: `/api/v1/agreements/${pksId}/terms?date=2023-07-01` });
    assert.equal(afterRes.json().version.terms.contribution.reportedWage.value, 2000000);
    assert.equal(afterRes.json().withinValidity, true);
    const outside = await viewer.request({ method: 'GET', url: `/api/v1/agreements/${pksId}/terms?date=2024-03-14` });
    assert.equal(outside.json().withinValidity, false);

    const doc = await viewer.request({ method: 'GET', url: `/api/v1/agreements/${pksId}/amendments/${a.amendments[0].id}/document` });
    assert.equal(doc.statusCode, 200);
    assert.equal(doc.body, '%PDF-1.4 adendum');
    assert.equal(doc.headers['content-type'], 'application/pdf');

    h.setToday('2023-08-01');
    const later = await viewer.request({ method: 'GET', url: `/api/v1/agreements/${pksId}` });
    assert.equal(later.json().reportedWage, 2000000);
    h.setToday('2023-01-10');
  });

  test('an addendum before the latest version or outside validity is refused', async () => {
    const early = await admin.request({
      method: 'POST',
      url: `/api/v1/agreements/${pksId}/amendments`,
      payload: {
        kind: 'amandemen',
        number: 'AM/1',
        signedOn: '2023-01-01',
        effectiveFrom: '2023-02-01',
        summary: 'x',
        termsChanges: [{ path: 'contribution.jkkRate', value: '0.54', basis: 'Amandemen' }],
      },
    });
    assert.equal(early.statusCode, 409);
    const late = await admin.request({
      method: 'POST',
      url: `/api/v1/agreements/${pksId}/amendments`,
      payload: { kind: 'adendum', number: 'AD/9', signedOn: '2024-03-01', effectiveFrom: '2024-04-01', summary: 'x', termsChanges: [] },
    });
    assert.equal(late.statusCode, 400);
    assert.match(late.json().error.message, /setelah masa berlaku/);
  });

  test('a viewer and a BPJS officer cannot write; nothing is stored', async () => {
    for (const client of [viewer, officer]) {
      const res = await client.request({ method: 'POST', url: '/api/v1/agreements', payload: demoBody({ numberPartyOne: 'X/1', numberPartyTwo: 'X/2' }) });
      assert.equal(res.statusCode, 403);
      assert.equal(res.json().error.code, 'forbidden');
    }
    const list = await admin.request({ method: 'GET', url: '/api/v1/agreements' });
    assert.equal(list.json().items.length, 1);
  });

  test('without a session the API answers 401; a cookie write without CSRF token 403', async () => {
    const anon = await h.app.inject({ method: 'GET', url: '/api/v1/agreements' });
    assert.equal(anon.statusCode, 401);
    assert.equal(anon.json().error.message, 'Silakan masuk terlebih dahulu');
    const noCsrf = await h.app.inject({
      method: 'POST',
      url: '/api/v1/agreements',
      headers: { cookie: admin.cookie },
      payload: demoBody({ numberPartyOne: 'C/1', numberPartyTwo: 'C/2' }),
    });
    assert.equal(noCsrf.statusCode, 403);
    assert.equal(noCsrf.json().error.code, 'csrf_failed');
    const foreign = await admin.request({
      method: 'POST',
      url: '/api/v1/agreements',
      headers: { origin: 'http://evil.example' },
      payload: demoBody({ numberPartyOne: 'C/1', numberPartyTwo: 'C/2' }),
    });
    assert.equal(foreign.statusCode, 403);
  });

  test('bad input gets a 4xx in Bahasa Indonesia and stores nothing', async () => {
    const cases: [Record<string, unknown>, number, RegExp][] = [
      [demoBody({ numberPartyOne: 'B/1', numberPartyTwo: 'B/2', signedOn: '2022-02-30' }), 400, /bukan tanggal yang ada/],
      [demoBody({ numberPartyOne: 'B/1', numberPartyTwo: 'B/2', durationMonths: 0 }), 400, /minimal 1 bulan/],
      [
        demoBody({
          numberPartyOne: 'B/1',
          numberPartyTwo: 'B/2',
          terms: undefined,
          termsChanges: [{ path: 'contribution.reportedWage', value: -5, basis: 'x' }],
        }),
        400,
        /negatif/,
      ],
      [
        demoBody({
          numberPartyOne: 'B/1',
          numberPartyTwo: 'B/2',
          terms: undefined,
          termsChanges: [{ path: 'contribution.reportedWage', value: 1765000.5, basis: 'x' }],
        }),
        400,
        /bilangan bulat/,
      ],
      [
        demoBody({
          numberPartyOne: 'B/1',
          numberPartyTwo: 'B/2',
          terms: undefined,
          termsChanges: [{ path: 'contribution.reportedWage', value: 9007199254740991, basis: 'x' }],
        }),
        400,
        /contribution\.reportedWage\.value — Melebihi batas Rp 1\.000\.000\.000\.000/,
      ],
      [
        demoBody({
          numberPartyOne: 'B/1',
          numberPartyTwo: 'B/2',
          terms: undefined,
          termsChanges: [{ path: 'benefits.funeral', value: 1_000_000_000_001, basis: 'x' }],
        }),
        400,
        /Melebihi batas Rp 1\.000\.000\.000\.000/,
      ],
      [
        demoBody({
          numberPartyOne: 'B/1',
          numberPartyTwo: 'B/2',
          terms: undefined,
          termsChanges: [{ path: 'contribution.jkkRate', value: '120', basis: 'x' }],
        }),
        400,
        /100%/,
      ],
      [demoBody(), 409, /sudah dipakai/],
      [demoBody({ numberPartyOne: 'B/1', numberPartyTwo: 'PER/17/03/2022' }), 409, /PER\/17\/03\/2022/],
    ];
    for (const [body, status, message] of cases) {
      const res = await admin.request({ method: 'POST', url: '/api/v1/agreements', payload: body });
      assert.equal(res.statusCode, status, res.body);
      assert.match(res.json().error.message, message);
    }
    const unknown = await admin.request({ method: 'GET', url: '/api/v1/agreements/9999' });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().error.message, 'Perjanjian tidak ditemukan');
    const badId = await admin.request({ method: 'GET', url: '/api/v1/agreements/abc' });
    assert.equal(badId.statusCode, 400);
    const list = await admin.request({ method: 'GET', url: '/api/v1/agreements' });
    assert.equal(list.json().items.length, 1);
    const institutions = await h.handle.db.selectFrom('institutions').select('name').execute();
    assert.equal(institutions.filter((i) => i.name.includes('Buton')).length, 1);
  });

  test('every write leaves an audit entry with who, what and before/after', async () => {
    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/agreements',
      payload: demoBody({ numberPartyOne: 'MUNA/1', numberPartyTwo: 'PER/MUNA/1', signedOn: null }),
    });
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id;
    assert.equal(created.json().status, 'draft');
    const patched = await admin.request({ method: 'PATCH', url: `/api/v1/agreements/${id}`, payload: { title: 'PKS Muna Barat', signedOn: '2023-01-02' } });
    assert.equal(patched.statusCode, 200, patched.body);
    assert.equal(patched.json().status, 'active');
    assert.equal(patched.json().currentTerms.effectiveFrom, '2023-01-02');
    const audit = await admin.request({ method: 'GET', url: `/api/v1/audit?entityType=agreement&entityId=${id}` });
    assert.equal(audit.statusCode, 200);
    const items = audit.json().items;
    assert.deepEqual(
      items.map((i: { action: string }) => i.action),
      ['agreement.update', 'agreement.create'],
    );
    assert.equal(items[0].actor, 'user:admin-uji');
    assert.equal(items[0].before.title, demoAgreementData().title);
    assert.equal(items[0].after.title, 'PKS Muna Barat');
    const refused = await viewer.request({ method: 'GET', url: '/api/v1/audit' });
    assert.equal(refused.statusCode, 403);
  });

  test('early termination with a reason (Pasal 10 ayat 2)', async () => {
    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/agreements',
      payload: demoBody({ numberPartyOne: 'T/1', numberPartyTwo: 'T/2', signedOn: '2022-06-01' }),
    });
    const id = created.json().id;
    const bad = await admin.request({ method: 'POST', url: `/api/v1/agreements/${id}/terminate`, payload: { terminatedOn: '2022-05-01', reason: 'x' } });
    assert.equal(bad.statusCode, 400);
    const res = await admin.request({
      method: 'POST',
      url: `/api/v1/agreements/${id}/terminate`,
      payload: { terminatedOn: '2023-01-01', reason: 'Kebijakan pemerintah (Pasal 10 ayat 2)' },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'terminated');
    assert.equal(res.json().terminationReason, 'Kebijakan pemerintah (Pasal 10 ayat 2)');
    const again = await admin.request({ method: 'POST', url: `/api/v1/agreements/${id}/terminate`, payload: { terminatedOn: '2023-01-01', reason: 'x' } });
    assert.equal(again.statusCode, 409);
  });

  test('the OpenAPI document describes the agreement routes', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/docs/json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json();
    assert.ok(doc.paths['/api/v1/agreements/{id}/amendments'].post);
    assert.ok(doc.paths['/api/v1/agreements/{id}/terms'].get);
    const ui = await h.app.inject({ method: 'GET', url: '/api/docs' });
    assert.ok([200, 302].includes(ui.statusCode));
  });
});
