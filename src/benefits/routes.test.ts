import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHarness, demoAgreementData, type Client, type Harness } from '../testing/harness.ts';

describe('benefit quotes through the API and CLI', () => {
  let h: Harness;
  let viewer: Client;
  before(async () => {
    h = await createHarness({ today: '2023-05-10' });
    viewer = await h.login('viewer');
    await h.services.agreements.importFile(h.admin, demoAgreementData());
    await h.services.agreements.addAmendment(h.admin, 1, { kind: 'adendum', number: 'AD-1', signedOn: '2023-06-01', effectiveFrom: '2023-07-01', summary: 'Biaya pemakaman', termsChanges: [{ path: 'benefits.funeral', value: 15_000_000, basis: 'Adendum I Pasal 2' }] });
  });
  after(() => h.close());

  test('work-accident death at the PKS wage, from the terms in force on the incident date', async () => {
    const res = await viewer.request({ method: 'POST', url: '/api/v1/benefits/quote', payload: { program: 'JKK', incidentDate: '2023-05-02', outcome: 'death', agreement: 1 } });
    assert.equal(res.statusCode, 200, res.body);
    const q = res.json();
    assert.deepEqual(q.items.map((i: { amount: number }) => i.amount), [84_720_000, 10_000_000, 12_000_000]);
    assert.equal(q.total, 106_720_000);
    assert.match(q.items[0].formula, /60% × 80 × Rp 1\.765\.000 = Rp 84\.720\.000/);
    assert.match(q.items[0].basis, /PKS Pasal 7 ayat \(1\) huruf e/);
    const after = (await viewer.request({ method: 'POST', url: '/api/v1/benefits/quote', payload: { program: 'JKK', incidentDate: '2023-07-02', outcome: 'death', agreement: 1 } })).json();
    const funeral = after.items.find((i: { amount: number; basis: string }) => /pemakaman/i.test(i.basis) || i.amount === 15_000_000);
    assert.equal(funeral.amount, 15_000_000, 'the addendum changes the funeral benefit from July');
    assert.match(funeral.basis, /Adendum I Pasal 2/);
  });

  test('JKM non-work death without an agreement uses the regulation defaults: Rp 42.000.000', async () => {
    const q = (await viewer.request({ method: 'POST', url: '/api/v1/benefits/quote', payload: { program: 'JKM', wage: 1765000, incidentDate: '2023-05-02', outcome: 'death' } })).json();
    assert.equal(q.total, 42_000_000);
    assert.deepEqual(q.items.map((i: { amount: number }) => i.amount), [20_000_000, 10_000_000, 12_000_000]);
  });

  test('bad input is refused in Bahasa Indonesia', async () => {
    const unknown = await viewer.request({ method: 'POST', url: '/api/v1/benefits/quote', payload: { program: 'JKK', incidentDate: '2023-05-02', outcome: 'partial_anatomical', disabilities: [{ code: 'tidak-ada' }] } });
    assert.equal(unknown.statusCode, 400);
    const negative = await viewer.request({ method: 'POST', url: '/api/v1/benefits/quote', payload: { program: 'JKK', incidentDate: '2023-05-02', outcome: 'recovered', medicalCost: -1 } });
    assert.equal(negative.statusCode, 400);
    const table = (await viewer.request({ method: 'GET', url: '/api/v1/benefits/table' })).json().items;
    assert.ok(table.some((r: { code: string; percent: string; confirmed: boolean }) => r.code === 'lengan-kanan-bahu' && r.percent === '40%' && r.confirmed));
    assert.ok(table.some((r: { confirmed: boolean }) => !r.confirmed), 'unconfirmed rows are shown as such');
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
    assert.ok(q.items.some((i: { amount: number }) => i.amount === 12_000_000), 'the periodic benefit is paid on total permanent disability too');
  });
});
