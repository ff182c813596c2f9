/** JKM claims count the months of contributions Lindung recorded when the filer states none. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Harness } from '../testing/harness.ts';
import { jkkClaim, sitiAndBudi } from './testing.ts';

describe('contribution months of a JKM claim', () => {
  let h: Harness;
  let employeeId: number;
  let agreementId: number;

  before(async () => {
    h = await createHarness({ today: '2022-09-05' });
    ({ employeeId, agreementId } = await sitiAndBudi(h)); // May 2022 billed and paid
    const { services, admin } = h;
    for (const period of ['2022-06', '2022-07', '2022-08']) {
      const bill = await services.contributions.createBill(admin, { agreementId, period, issueDate: `${period}-01` });
      if (period !== '2022-08')
        await services.contributions.recordPayment(admin, { billId: bill.id, amount: bill.amountDue, paidOn: `${period}-10`, bankReference: `K-${period}` });
    }
  });
  after(() => h.close());

  test('the months paid up to the incident month, from the records', async () => {
    assert.equal(await h.services.contributions.paidMonthsOf(employeeId, '2022-07-20'), 3);
    assert.equal(await h.services.contributions.paidMonthsOf(employeeId, '2022-09-01'), 3, 'August is billed but unpaid');
    assert.equal(await h.services.contributions.paidMonthsOf(employeeId, '2022-04-30'), 0);
  });

  test('a JKM claim without stated months uses the records; the scholarship then needs 36', async () => {
    const c = await h.services.claims.file(h.admin, {
      ...jkkClaim(employeeId),
      program: 'JKM',
      outcome: 'death',
      incidentDate: '2022-07-20',
      stage1ReportedOn: null,
      doctorStatementOn: null,
      stage2ReportedOn: null,
      benefit: { children: [{ birthDate: '2012-01-01', level: 'SD' }] },
    });
    assert.equal(c.total, 42_000_000);
    assert.match(c.notes.join(' '), /masa iur 3 bulan/);
    assert.match(c.timeline[0]!.note ?? '', /masa iur dari catatan iuran: 3 bulan/);
  });
});
