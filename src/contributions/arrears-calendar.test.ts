/**
 * Arrears are aged the same way protection judges a month (issue #12): a later month of a yearly
 * bill falls due on its own due date moved past weekends and holidays, and credit applied to a
 * bill lowers what its months still owe — in the arrears report, the dashboard and the check.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { deactivate, demoAgreement, participants } from '../testing/builders.ts';

const MONTH = 4 * 9_531; // 4 participants × Rp 9.531

describe('arrears on the moved due date, with credit applied', () => {
  let h: Harness;
  let agreementId: number;
  let viewer: Client;
  let participantIds: number[];
  let employeeId: number;

  before(async () => {
    h = await createHarness({ today: '2022-04-20' });
    agreementId = await demoAgreement(h);
    ({ participantIds } = await participants(h, { agreementId, count: 4, registeredOn: '2022-04-01' }));
    employeeId = (await h.handle.db.selectFrom('participants').select('employee_id').where('id', '=', participantIds[0]!).executeTakeFirstOrThrow())
      .employee_id;
    // April 2022 – March 2023 at once; 15 May 2022 is a Sunday and 16 May Waisak: due Tuesday 17 May.
    const year = await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-04', mode: 'yearly', issueDate: '2022-04-20' });
    assert.deepEqual([year.amountDue, year.dueDate], [12 * MONTH, '2022-05-17']);
    // April to August paid; September is the first month owed.
    await h.services.contributions.recordPayment(h.admin, { billId: year.id, amount: 5 * MONTH, paidOn: '2022-04-20', bankReference: 'AC-1' });
    viewer = await h.login('viewer');
  });
  after(() => h.close());

  const arrears = async (asOf: string) => {
    h.setToday(asOf);
    const res = await viewer.request({ method: 'GET', url: `/api/v1/arrears?agreementId=${agreementId}&asOf=${asOf}` });
    assert.equal(res.statusCode, 200, res.body);
    return res.json();
  };

  test('September 2022 falls due on Monday 17 Oktober (the 15th is a Saturday): not yet due on the 16th, 0–30 days on the 18th', async () => {
    const sunday = await arrears('2022-10-16');
    assert.deepEqual(
      [...new Set(sunday.rows.filter((r: { period: string }) => r.period === '2022-09').map((r: { dueDate: string }) => r.dueDate))],
      ['2022-10-17'],
    );
    assert.equal(sunday.total, 7 * MONTH);
    assert.deepEqual(sunday.totals, { not_due: 7 * MONTH, '0-30': 0, '31-60': 0, '61-90': 0, '90+': 0 });
    const tuesday = await arrears('2022-10-18');
    assert.deepEqual(tuesday.totals, { not_due: 6 * MONTH, '0-30': MONTH, '31-60': 0, '61-90': 0, '90+': 0 });
  });

  test('the protection check and the dashboard agree with the report on the same days', async () => {
    const check = async (today: string) => {
      h.setToday(today);
      return (await viewer.request({ method: 'GET', url: `/api/v1/protection?employeeId=${employeeId}&date=2022-09-20` })).json();
    };
    const sunday = await check('2022-10-16');
    assert.deepEqual([sunday.state, sunday.params.dueDate, sunday.params.outstanding], ['awaiting_payment', '2022-10-17', MONTH]);
    const tuesday = await check('2022-10-18');
    assert.deepEqual([tuesday.state, tuesday.params.dueDate, tuesday.params.daysOverdue], ['in_arrears', '2022-10-17', 1]);
    h.setToday('2022-10-16');
    const dash = (await viewer.request({ method: 'GET', url: `/api/v1/monitoring/dashboard?agreementId=${agreementId}&date=2022-10-16` })).json();
    assert.deepEqual([dash.arrears.total, dash.arrears.buckets['0-30'], dash.coverage.states.in_arrears], [7 * MONTH, 0, 0]);
  });

  test('credit applied lowers what a month owes: April 2023 charged Rp 28.593, Rp 9.531 credited, Rp 19.062 in arrears', async () => {
    // The fourth leaves from 1 March 2023: March, billed on the yearly bill, becomes a credit note
    // that the next bill (April 2023, for the 3 who stay) offsets.
    await deactivate(h, participantIds[3]!, '2023-03-01');
    h.setToday('2023-04-03');
    const april = await h.services.contributions.createBill(h.admin, { agreementId, period: '2023-04', issueDate: '2023-04-03' });
    assert.deepEqual([april.charges, april.creditsApplied, april.amountDue, april.dueDate], [3 * 9_531, 9_531, 19_062, '2023-05-15']);
    const late = await arrears('2023-05-16');
    const rows = late.rows.filter((r: { period: string }) => r.period === '2023-04');
    assert.deepEqual(
      rows.map((r: { charged: number; due: number; bucket: string }) => [r.charged, r.due, r.bucket]),
      [[3 * 9_531, 19_062, '0-30']],
    );
    const bill = (await h.services.contributions.listBills(h.admin, agreementId)).find((b) => b.id === april.id)!;
    assert.deepEqual([bill.status, bill.outstanding], ['unpaid', 19_062]);
  });
});
