/**
 * The charge summaries (bill_dues, participant_charges; migration 0029) are written in the same
 * transaction as the lines they summarise. Held to a fresh computation from bill_lines after each
 * kind of write — a monthly bill, a partial payment, a credit note, a supplementary bill, a yearly
 * bill and a credit note reversing several of its months for one person — and after bill runs and
 * a credit note issued at once (on PostgreSQL each on its own connection). Runs on PostgreSQL too
 * (TEST_DATABASE_URL).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Harness } from '../testing/harness.ts';
import { demoAgreement } from '../testing/builders.ts';
import { seedParticipants } from '../testing/seed.ts';
import { munaAgreementData } from '../testing/two-regencies.ts';
import { assertSummariesFresh } from '../testing/summaries.ts';
import { factCounts, rosterChargeKeys, rosterChargeKeysAggregated } from '../testing/roster-reference.ts';
import { billsWithDues, rebuildChargeSummaries, rosterFactGroups } from './repo.ts';

describe('charge summaries kept by every write', () => {
  let h: Harness;
  let agreementId: number;
  let people: number[];
  before(async () => {
    h = await createHarness({ today: '2022-04-10' });
    agreementId = await demoAgreement(h);
    ({ participantIds: people } = await seedParticipants(h.handle.db, { agreementId, count: 6, registeredOn: '2022-03-14', unitCodes: ['BKPSDM', 'DINKES'] }));
  });
  after(() => h.close());

  /** The roster's keys read from the summaries (person by person, and grouped as the dashboard reads them) equal the ordered aggregate of the lines, on `date`. */
  async function keysAgree(date: string) {
    const institutionId = (
      await h.handle.db.selectFrom('agreements').select('party_one_institution_id').where('id', '=', agreementId).executeTakeFirstOrThrow()
    ).party_one_institution_id;
    const q = { agreementId, institutionId, date, period: date.slice(0, 7) };
    const expected = await rosterChargeKeysAggregated(h.handle.db, q);
    assert.deepEqual(await rosterChargeKeys(h.handle.db, q), expected, date);
    assert.deepEqual(factCounts(await rosterFactGroups(h.handle.db, q)), factCounts(expected), date);
    return expected;
  }

  test('each kind of write keeps the summaries equal to the lines', async () => {
    const contributions = h.services.contributions;
    const march = await contributions.createBill(h.admin, { agreementId, period: '2022-03', issueDate: '2022-04-10' });
    await assertSummariesFresh(h.handle.db, 'a monthly bill');
    assert.deepEqual((await billsWithDues(h.handle.db, [agreementId]))[0]!.dues, [{ period: '2022-03', due: 6 * 9531 }]);
    await contributions.recordPayment(h.admin, { billId: march.id, amount: 10_000, paidOn: '2022-04-10', bankReference: 'S-1' });
    await assertSummariesFresh(h.handle.db, 'a partial payment');
    const april = await contributions.createBill(h.admin, { agreementId, period: '2022-04', issueDate: '2022-04-10' });
    // Someone leaves from 1 April, already billed for April: the next bill run issues a credit note.
    await h.services.enrolment.deactivate(h.admin, people[1]!, { from: '2022-04-01', reason: 'Berhenti bekerja' });
    h.setToday('2022-05-10');
    await contributions.createBill(h.admin, { agreementId, period: '2022-05', issueDate: '2022-05-10' });
    const notes = (await contributions.listBills(h.admin, agreementId)).filter((b) => b.kind === 'credit');
    assert.deepEqual(
      notes.map((b) => [b.correctsBillId, b.amountDue]),
      [[april.id, -9531]],
    );
    await assertSummariesFresh(h.handle.db, 'a credit note');
    assert.equal((await keysAgree('2022-05-20')).find((r) => r.participant_id === people[1])!.charges, `${march.id}:2022-03`);
    // Two people registered after April was billed: a supplementary bill for April.
    await seedParticipants(h.handle.db, { agreementId, count: 2, registeredOn: '2022-04-01', offset: 50, unitCodes: ['DINKES'] });
    const supplementary = await contributions.createBill(h.admin, { agreementId, period: '2022-04', issueDate: '2022-05-10', supplementary: true });
    assert.equal(supplementary.amountDue, 2 * 9531);
    await assertSummariesFresh(h.handle.db, 'a supplementary bill');
    // A year at once from June; then someone leaves in August: the credit note reverses ten of its months for one person.
    h.setToday('2022-06-05');
    await contributions.createBill(h.admin, { agreementId, period: '2022-06', issueDate: '2022-06-05', mode: 'yearly' });
    await assertSummariesFresh(h.handle.db, 'a yearly bill');
    await h.services.enrolment.deactivate(h.admin, people[2]!, { from: '2022-08-01', reason: 'Berhenti bekerja' });
    h.setToday('2023-06-05');
    await contributions.createBill(h.admin, { agreementId, period: '2023-06', issueDate: '2023-06-05' });
    await assertSummariesFresh(h.handle.db, 'a credit note reversing ten months of one person');
    const left = (await keysAgree('2023-06-20')).find((r) => r.participant_id === people[2])!.charges!;
    assert.deepEqual(
      left.split(',').map((c) => c.slice(c.indexOf(':') + 1)),
      ['2022-03', '2022-04', '2022-05', '2022-06', '2022-07'],
    );
    for (const date of ['2022-03-20', '2022-04-20', '2022-06-01', '2022-12-31', '2023-06-20']) await keysAgree(date);
  });

  test('the rebuild (migration 0029, bulk loads) writes what the writes kept, for all or for one agreement', async () => {
    const before = await billsWithDues(h.handle.db, [agreementId]);
    await rebuildChargeSummaries(h.handle.db, agreementId);
    await assertSummariesFresh(h.handle.db, 'rebuilding one agreement');
    await rebuildChargeSummaries(h.handle.db);
    await assertSummariesFresh(h.handle.db, 'rebuilding all');
    assert.deepEqual(await billsWithDues(h.handle.db, [agreementId]), before);
  });

  test('bill runs of two agreements and a credit note at once leave the summaries right', async () => {
    h.setToday('2022-05-10');
    const muna = (await h.services.agreements.importFile(h.admin, munaAgreementData())).id;
    const { participantIds } = await seedParticipants(h.handle.db, {
      agreementId: muna,
      count: 40,
      registeredOn: '2022-04-01',
      offset: 1000,
      unitCodes: ['DINKES', 'DPUPR'],
    });
    await h.services.contributions.createBill(h.admin, { agreementId: muna, period: '2022-04', issueDate: '2022-05-10' });
    await h.services.contributions.createBill(h.admin, { agreementId: muna, period: '2022-05', issueDate: '2022-05-10' });
    // Five leave from 1 May, already billed for May: the first of the runs below issues their credit note.
    for (const id of participantIds.slice(0, 5)) await h.services.enrolment.deactivate(h.admin, id, { from: '2022-05-01', reason: 'Berhenti bekerja' });
    const runs = await Promise.all([
      ...['2022-06', '2022-07', '2022-08'].map((period) =>
        h.services.contributions.createBill(h.admin, { agreementId: muna, period, issueDate: '2022-05-10' }),
      ),
      h.services.contributions.createBill(h.admin, { agreementId, period: '2023-07', issueDate: '2023-06-05' }),
    ]);
    assert.deepEqual(
      runs.slice(0, 3).map((b) => b.amountDue > 0),
      [true, true, true],
    );
    const notes = (await h.services.contributions.listBills(h.admin, muna)).filter((b) => b.kind === 'credit');
    assert.deepEqual(
      notes.map((b) => b.amountDue),
      [-5 * 9531],
    );
    await assertSummariesFresh(h.handle.db, 'bill runs and a credit note at once');
  });
});
