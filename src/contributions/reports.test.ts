import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Harness } from '../testing/harness.ts';
import { demoAgreement, participants } from '../testing/builders.ts';
import { ageBucket, createContributionReports } from './reports.ts';

describe('arrears and budget', () => {
  let h: Harness;
  let agreementId: number;
  let reports: ReturnType<typeof createContributionReports>;
  before(async () => {
    h = await createHarness({ today: '2022-09-20' });
    agreementId = await demoAgreement(h);
    await participants(h, { agreementId, count: 10, registeredOn: '2022-04-01', unitCodes: ['DINKES', 'BKPSDM'] });
    reports = createContributionReports({ db: h.handle.db, today: () => '2022-09-20' });
    for (const [period, issueDate] of [
      ['2022-05', '2022-06-01'],
      ['2022-06', '2022-07-01'],
      ['2022-07', '2022-08-01'],
      ['2022-08', '2022-09-01'],
    ] as const) {
      await h.services.contributions.createBill(h.admin, { agreementId, period, issueDate });
    }
    const june = (await h.services.contributions.listBills(h.admin, agreementId)).find((b) => b.firstPeriod === '2022-06')!;
    await h.services.contributions.recordPayment(h.admin, { billId: june.id, amount: june.amountDue, paidOn: '2022-07-10', bankReference: 'R-06' });
  });
  after(() => h.close());

  test('age buckets', () => {
    assert.equal(ageBucket('2022-09-15', '2022-09-15'), 'not_due');
    assert.equal(ageBucket('2022-09-15', '2022-10-15'), '0-30');
    assert.equal(ageBucket('2022-09-15', '2022-10-16'), '31-60');
    assert.equal(ageBucket('2022-06-15', '2022-09-20'), '90+');
  });

  test('unpaid months by unit with ageing', async () => {
    const r = await reports.arrears(h.admin, agreementId);
    // May due 15 Jun (97 days → 90+), July due 15 Aug (36 → 31-60), August due 15 Sep (5 → 0-30); June paid.
    assert.deepEqual(r.totals, { not_due: 0, '0-30': 95_310, '31-60': 95_310, '61-90': 0, '90+': 95_310 });
    assert.equal(r.total, 285_930);
    assert.deepEqual(
      r.units.map((u) => [u.code, u.months, u.total]),
      [
        ['BKPSDM', 3, 142_965],
        ['DINKES', 3, 142_965],
      ],
    );
  });

  test('budget for a fiscal year with a growth scenario, zero outside the agreement', async () => {
    const b2023 = await reports.budget(h.admin, agreementId, 2023, 10);
    assert.equal(b2023.months[0]!.participants, 10);
    assert.equal(b2023.months[0]!.projected, 11);
    assert.equal(b2023.months[0]!.amount, 11 * 9531);
    assert.equal(b2023.months[2]!.insideAgreement, true, 'March 2023 is inside (ends 13 March 2024)');
    const b2024 = await reports.budget(h.admin, agreementId, 2024, 0);
    assert.deepEqual(
      b2024.months.map((m) => m.amount > 0),
      [true, true, true, false, false, false, false, false, false, false, false, false],
    );
    assert.equal(b2024.total, 3 * 10 * 9531);
  });
});
