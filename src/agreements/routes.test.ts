import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, demoAgreementData, type Client, type Harness } from '../testing/harness.ts';

describe('agreements API', () => {
  let h: Harness;
  let admin: Client;
  before(async () => {
    h = await createHarness({ today: '2023-01-10' });
    admin = await h.login('admin');
  });
  after(() => h.close());

  test('creates the Buton Utara PKS and shows validity and terms', async () => {
    const { format: _f, amendments: _a, ...body } = demoAgreementData();
    const res = await admin.request({ method: 'POST', url: '/api/v1/agreements', payload: body });
    assert.equal(res.statusCode, 201, res.body);
    const a = res.json();
    assert.equal(a.numberPartyOne, '119/323/SETDA/III/2022');
    assert.equal(a.validUntil, '2024-03-13');
    assert.equal(a.status, 'active');
    assert.equal(a.daysRemaining, 428);
    assert.equal(a.reportedWage, 1765000);
    assert.equal(a.parties.one.signatory, 'MUH. HARDHY MUSLIM');
    assert.equal(a.currentTerms.effectiveFrom, '2022-03-14');
  });
});
