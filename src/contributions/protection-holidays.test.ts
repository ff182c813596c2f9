/**
 * A covered month with no bill yet falls due on its moved due date (issue #12): the protection
 * check and the dashboard read the holiday calendar, so a month whose 15th is a holiday (and the
 * weekend after it) stays "awaiting payment" until the first working day after.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { demoAgreement, participants } from '../testing/builders.ts';
import { personStatuses } from '../testing/roster-reference.ts';

describe('unbilled months fall due on the moved due date', () => {
  let h: Harness;
  let agreementId: number;
  let viewer: Client;
  let employeeId: number;

  before(async () => {
    h = await createHarness({ today: '2022-04-15' });
    agreementId = await demoAgreement(h);
    const { participantIds } = await participants(h, { agreementId, count: 1, registeredOn: '2022-03-14' });
    employeeId = (await h.handle.db.selectFrom('participants').select('employee_id').where('id', '=', participantIds[0]!).executeTakeFirstOrThrow())
      .employee_id;
    viewer = await h.login('viewer');
  });
  after(() => h.close());

  test('March 2022 unbilled: 15 April is Good Friday, then the weekend → due Monday 18 April', async () => {
    const asked = async (today: string, date = '2022-03-20') => {
      h.setToday(today);
      const res = await viewer.request({ method: 'GET', url: `/api/v1/protection?employeeId=${employeeId}&date=${date}` });
      assert.equal(res.statusCode, 200, res.body);
      return res.json();
    };
    const onHoliday = await asked('2022-04-15');
    assert.deepEqual(
      [onHoliday.state, onHoliday.protected, onHoliday.params.dueDate, onHoliday.params.billNumber],
      ['awaiting_payment', true, '2022-04-18', null],
    );
    assert.equal(onHoliday.reason, 'Terlindungi: iuran Maret 2022 belum jatuh tempo (jatuh tempo 18 April 2022; belum ditagih)');
    assert.equal((await asked('2022-04-16')).state, 'awaiting_payment', 'Saturday: not yet due');
    assert.equal((await asked('2022-04-18')).state, 'awaiting_payment', 'the moved due date itself is on time');
    const late = await asked('2022-04-19');
    assert.deepEqual([late.state, late.params.dueDate, late.params.daysOverdue, late.params.monthsInArrears], ['in_arrears', '2022-04-18', 1, 1]);
    // As an earlier month of a later day: in arrears only from 19 April.
    assert.equal((await asked('2022-04-18', '2022-04-18')).state, 'awaiting_payment');
    const april19 = await asked('2022-04-19', '2022-04-19');
    assert.deepEqual([april19.state, april19.params.arrearsFrom, april19.params.dueDate], ['in_arrears', '2022-03', '2022-04-18']);
  });

  test('the dashboard reads the same calendar: protected on the holiday, in arrears the day after the moved date', async () => {
    /** The person's status on 20 March worked out alone (src/testing/roster-reference.ts), and the dashboard's own answer agreeing with it. */
    const statuses = async () => {
      const people = await personStatuses(h, 1, '2022-03-20');
      const figures = await h.services.dashboard.figures(h.admin, agreementId, '2022-03-20');
      const states = { protected_paid: 0, awaiting_payment: 0, in_arrears: 0, not_covered: 0 } as Record<string, number>;
      for (const p of people) states[p.state]! += 1;
      assert.deepEqual(figures.coverage.states, states);
      const list = await h.services.dashboard.unprotected(h.admin, agreementId, { date: '2022-03-20' });
      assert.deepEqual(
        list.items,
        people.filter((p) => !p.protected),
      );
      return people;
    };
    h.setToday('2022-04-15');
    const onHoliday = await statuses();
    assert.equal(onHoliday.length, 1);
    assert.deepEqual([onHoliday[0]!.state, onHoliday[0]!.protected], ['awaiting_payment', true]);
    h.setToday('2022-04-18');
    assert.equal((await statuses())[0]!.state, 'awaiting_payment');
    h.setToday('2022-04-19');
    const late = (await statuses())[0]!;
    assert.deepEqual(
      [late.state, late.reason, late.detail],
      ['in_arrears', 'in_arrears', 'Menunggak: iuran Maret 2022 lewat jatuh tempo 18 April 2022 (1 hari; belum ditagih)'],
    );
  });
});
