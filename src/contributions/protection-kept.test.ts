/**
 * The API check's kept answers (protection-service.ts, db/data-version.ts): the same question asked
 * again is answered from what was kept while nothing in the database changed — and after any change
 * (a payment, a logout, a user disabled, an operator moved to another unit) the check reads again.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { demoAgreement, participants } from '../testing/builders.ts';
import { AppError } from '../core/errors.ts';
import { dataVersionOf } from '../db/data-version.ts';
import type { SessionRow } from '../auth/index.ts';

describe('the protection check’s kept answers', () => {
  let h: Harness;
  let agreementId: number;
  let people: { niks: string[]; unitIds: number[] };

  before(async () => {
    h = await createHarness({ today: '2022-06-05' });
    agreementId = await demoAgreement(h);
    people = await participants(h, { agreementId, count: 2, registeredOn: '2022-05-01' });
    // PostgreSQL: answers are kept once the change notices' connection listens.
    const version = dataVersionOf(h.handle.db)!;
    for (let i = 0; i < 200 && version.current() === null; i++) await new Promise((r) => setTimeout(r, 25));
    assert.notEqual(version.current(), null);
  });
  after(() => h.close());

  /** The route's gate for a signed-in client: its token's hash, and the session judged as every request's. */
  const gateOf = (client: Client) => ({
    tokenHash: createHash('sha256').update(client.cookie.split('=')[1]!).digest('hex'),
    async admit(row: SessionRow | undefined) {
      const session = await h.services.auth.admitSessionRow(row);
      if (!session) throw new AppError('unauthenticated', 'Silakan masuk terlebih dahulu');
      return session.actor;
    },
  });
  const check = (client: Client, nik: string) => h.services.contributions.protectionInSession(gateOf(client), { nik }, '2022-05-20');

  test('asked again: the kept answer; after a payment: read again, now paid', async () => {
    const viewer = await h.login('viewer');
    const bill = await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-05', issueDate: '2022-05-01' });
    const first = await check(viewer, people.niks[0]!);
    assert.deepEqual([first.protected, first.state], [true, 'awaiting_payment']);
    assert.equal(await check(viewer, people.niks[0]!), first, 'the same answer object: kept');
    const other = await check(viewer, people.niks[1]!);
    assert.notEqual(other, first);
    assert.equal(other.nik, people.niks[1]);
    await h.services.contributions.recordPayment(h.admin, { billId: bill.id, amount: bill.amountDue, paidOn: '2022-06-01', bankReference: 'B-KEPT' });
    const paid = await check(viewer, people.niks[0]!);
    assert.notEqual(paid, first);
    assert.deepEqual([paid.protected, paid.state], [true, 'protected_paid']);
    // Another day of the clock is another question.
    h.setToday('2022-06-06');
    const tomorrow = await check(viewer, people.niks[0]!);
    assert.notEqual(tomorrow, paid);
    h.setToday('2022-06-05');
  });

  test('asked in English after Bahasa: the English answer, each kept in its language', async () => {
    const viewer = await h.login('viewer');
    const url = `/api/v1/protection?nik=${people.niks[1]}&date=2022-05-20`;
    const ask = async (language: string) => (await viewer.request({ method: 'GET', url, headers: { 'accept-language': language } })).json().reason as string;
    const id = await ask('id');
    assert.match(id, /^Terlindungi: /);
    assert.equal(await ask('id'), id);
    assert.match(await ask('en'), /^Protected: /);
    assert.match(await ask('en'), /^Protected: /);
    assert.equal(await ask('id'), id);
  });

  test('after a logout the kept answer is not given: not signed in', async () => {
    const viewer = await h.login('viewer');
    const url = `/api/v1/protection?nik=${people.niks[0]}&date=2022-05-20`;
    assert.equal((await viewer.request({ method: 'GET', url })).statusCode, 200);
    assert.equal((await viewer.request({ method: 'GET', url })).statusCode, 200);
    await h.services.auth.logout(viewer.cookie.split('=')[1]!);
    const res = await viewer.request({ method: 'GET', url });
    assert.deepEqual([res.statusCode, res.json().error.code], [401, 'unauthenticated']);
    await assert.rejects(check(viewer, people.niks[0]!), (e: AppError) => e.code === 'unauthenticated');
  });

  test('a user disabled, or an operator moved to another unit, is refused though the answer was kept', async () => {
    const viewer = await h.login('viewer', 'viewer-disabled');
    await check(viewer, people.niks[0]!);
    await check(viewer, people.niks[0]!);
    const userId = (await h.services.auth.listUsers(h.admin)).find((u) => u.username === 'viewer-disabled')!.id;
    await h.services.auth.updateUser(h.admin, userId, { status: 'disabled' });
    await assert.rejects(check(viewer, people.niks[0]!), (e: AppError) => e.code === 'unauthenticated');

    const operator = await h.login('opd_operator', 'operator-moved', { workUnitId: people.unitIds[0]! });
    const seen = await check(operator, people.niks[0]!);
    assert.equal(seen.nik, people.niks[0]);
    assert.equal(await check(operator, people.niks[0]!), seen);
    const elsewhere = await h.services.units.create(h.admin, { agreementId, code: 'LAIN', name: 'Unit lain' });
    const operatorId = (await h.services.auth.listUsers(h.admin)).find((u) => u.username === 'operator-moved')!.id;
    await h.services.auth.updateUser(h.admin, operatorId, { workUnitId: elsewhere.id });
    await assert.rejects(check(operator, people.niks[0]!), (e: AppError) => e.code === 'not_found');
  });
});
