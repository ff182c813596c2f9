/**
 * The bill run's statements that were restructured for speed (contributions/repo.ts): the credit
 * check reads the deactivated participants' own lines (chargesOfDeactivated, migration 0032); the
 * month's insert skips whoever is charged for the month already (insertMonthCharges); a bill's dues
 * are summed month by month (summarizeBillDues); each person's charge key gets the month's item
 * (appendChargeKeys). The same lines and amounts as before, across several bills and months; runs
 * on PostgreSQL too.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Harness } from '../testing/harness.ts';
import { deactivate, demoAgreement } from '../testing/builders.ts';
import { seedParticipants } from '../testing/seed.ts';
import { directSqlite } from '../db/connect.ts';
import { chargesOfDeactivatedQuery } from './repo.ts';

const MONTH = 9531;

describe('the bill run', () => {
  let h: Harness;
  let agreementId: number;
  let p: number[];
  const bills: Record<string, { id: number; number: string }> = {};
  const run = async (period: string, o: { supplementary?: boolean; mode?: 'yearly' } = {}) => {
    const b = await h.services.contributions.createBill(h.admin, { agreementId, period, issueDate: '2022-09-01', ...o });
    bills[`${period}${o.supplementary ? ' susulan' : ''}`] = b;
    return b;
  };
  const lines = (kind: 'charge' | 'credit', billId?: number) => {
    let q = h.handle.db
      .selectFrom('bill_lines')
      .select(['id', 'bill_id', 'participant_id', 'period', 'total', 'corrects_line_id'])
      .where('kind', '=', kind)
      .orderBy('id');
    if (billId !== undefined) q = q.where('bill_id', '=', billId);
    return q.execute();
  };

  before(async () => {
    h = await createHarness({ today: '2022-09-01' });
    agreementId = await demoAgreement(h);
    ({ participantIds: p } = await seedParticipants(h.handle.db, { agreementId, count: 6, registeredOn: '2022-04-01', unitCodes: ['BKPSDM', 'DINKES'] }));
  });
  after(() => h.close());

  test('deactivations already billed become one credit note per bill, in the bills’ order, each line reversed once', async () => {
    for (const period of ['2022-05', '2022-06', '2022-07']) assert.equal((await run(period)).charges, 6 * MONTH);
    const key = await h.handle.db
      .selectFrom('participant_charges')
      .select(['agreement_id', 'charges'])
      .where('participant_id', '=', p[0]!)
      .executeTakeFirstOrThrow();
    assert.deepEqual(key, {
      agreement_id: agreementId,
      charges: `,${bills['2022-05']!.id}:2022-05,${bills['2022-06']!.id}:2022-06,${bills['2022-07']!.id}:2022-07,`,
    });
    await deactivate(h, p[1]!, '2022-06-01'); // June and July charged, not covered
    await deactivate(h, p[3]!, '2022-05-01'); // May, June and July
    await deactivate(h, p[4]!, '2022-07-15'); // covered for a day of July: billed for it, nothing to credit
    const august = await run('2022-08');
    assert.equal(august.charges, 3 * MONTH, 'p0, p2, p5');
    assert.equal(august.creditsApplied, 3 * MONTH, 'five months credited, three of them offset now');
    assert.equal(august.amountDue, 0);

    const credits = (await h.services.contributions.listBills(h.admin, agreementId)).filter((b) => b.kind === 'credit');
    assert.deepEqual(
      credits.map((c) => [c.correctsBillId, c.firstPeriod, c.months, c.amountDue]),
      [
        [bills['2022-05']!.id, '2022-05', 1, -MONTH],
        [bills['2022-06']!.id, '2022-06', 1, -2 * MONTH],
        [bills['2022-07']!.id, '2022-07', 1, -2 * MONTH],
      ],
    );
    assert.deepEqual(
      credits.map((c) => c.id),
      credits.map((c) => c.id).sort((a, b) => a - b),
      'issued in the order of the bills they correct',
    );
    const charged = new Map((await lines('charge')).map((l) => [`${l.participant_id} ${l.period}`, l]));
    const reversed = (await lines('credit')).map((l) => [l.bill_id, l.participant_id, l.period, l.total, l.corrects_line_id]);
    const expected = async (credit: number, who: number, period: string) => [credit, who, period, -MONTH, charged.get(`${who} ${period}`)!.id];
    assert.deepEqual(reversed, [
      await expected(credits[0]!.id, p[3]!, '2022-05'),
      await expected(credits[1]!.id, p[1]!, '2022-06'),
      await expected(credits[1]!.id, p[3]!, '2022-06'),
      await expected(credits[2]!.id, p[1]!, '2022-07'),
      await expected(credits[2]!.id, p[3]!, '2022-07'),
    ]);
    assert.equal(charged.get(`${p[4]} 2022-07`)?.total, MONTH, 'p4 stays charged for July');

    const september = await run('2022-09');
    assert.equal((await h.services.contributions.listBills(h.admin, agreementId)).filter((b) => b.kind === 'credit').length, 3, 'nothing credited twice');
    assert.deepEqual([september.charges, september.creditsApplied, september.amountDue], [3 * MONTH, 2 * MONTH, MONTH]);
  });

  test('a supplementary bill charges only the people not charged for the month yet (a credited charge still counts)', async () => {
    const { participantIds: late } = await seedParticipants(h.handle.db, { agreementId, count: 2, registeredOn: '2022-06-20', offset: 100 });
    const supp = await run('2022-06', { supplementary: true });
    assert.deepEqual([supp.kind, supp.correctsBillId, supp.charges, supp.amountDue], ['supplementary', bills['2022-06']!.id, 2 * MONTH, 2 * MONTH]);
    assert.deepEqual(
      (await lines('charge', supp.id)).map((l) => [l.participant_id, l.period, l.total]),
      late.map((id) => [id, '2022-06', MONTH]),
    );
    assert.equal((await lines('charge')).filter((l) => l.period === '2022-06').length, 8, 'six on the June bill, two on the supplementary one');
  });

  test('a bill’s dues by month and unit: a year at once, then a credit note reversing nine of its months for one person', async () => {
    const unitOf = new Map(
      (await h.handle.db.selectFrom('participants as p').innerJoin('employees as e', 'e.id', 'p.employee_id').select(['p.id', 'e.work_unit_id']).execute()).map(
        (r) => [r.id, r.work_unit_id],
      ),
    );
    const dues = async (billId: number) =>
      (
        await h.handle.db
          .selectFrom('bill_dues')
          .select(['period', 'work_unit_id', 'due', 'lines'])
          .where('bill_id', '=', billId)
          .orderBy('period')
          .orderBy('work_unit_id')
          .execute()
      ).map((d) => [d.period, d.work_unit_id, Number(d.due), Number(d.lines)]);
    const byUnit = (who: number[], period: string, each: number) => {
      const units = [...new Set(who.map((id) => unitOf.get(id)!))].sort((a, b) => a - b);
      return units.map((u) => {
        const n = who.filter((id) => unitOf.get(id) === u).length;
        return [period, u, n * each, n];
      });
    };
    const late = [...unitOf.keys()].filter((id) => !p.includes(id));
    const active = [p[0]!, p[2]!, p[5]!, ...late];
    const months = Array.from({ length: 12 }, (_, k) => (k < 3 ? `2022-${10 + k}` : `2023-0${k - 2}`));
    const year = await run('2022-10', { mode: 'yearly' });
    assert.equal(year.charges, 5 * 12 * MONTH);
    assert.deepEqual(
      await dues(year.id),
      months.flatMap((m) => byUnit(active, m, MONTH)),
    );
    assert.equal(new Set((await dues(year.id)).map((d) => d[1])).size, 2, 'both units');

    await deactivate(h, p[0]!, '2023-01-01');
    const october = await run('2023-10');
    assert.equal(october.charges, 4 * MONTH);
    const credit = (await h.services.contributions.listBills(h.admin, agreementId)).find((b) => b.kind === 'credit' && b.correctsBillId === year.id)!;
    assert.deepEqual([credit.firstPeriod, credit.months, credit.amountDue], ['2023-01', 9, -9 * MONTH]);
    assert.deepEqual(
      await dues(credit.id),
      months.slice(3).flatMap((m) => byUnit([p[0]!], m, -MONTH)),
    );
  });

  test('on SQLite the credit check starts from the deactivated participants, not from the agreement’s lines', async (t) => {
    const direct = directSqlite(h.handle.db);
    if (h.handle.dialect !== 'sqlite' || !direct) return t.skip('a SQLite query plan');
    const q = chargesOfDeactivatedQuery(h.handle.db, agreementId).compile();
    const plan = direct.sqlite.prepare(`explain query plan ${q.sql}`).all(...(q.parameters as unknown[])) as { detail: string }[];
    const steps = plan.map((r) => r.detail);
    assert.deepEqual(steps.slice(0, 2), [
      'SEARCH p USING INDEX participants_deactivated_idx (agreement_id=?)',
      'SEARCH l USING INDEX bill_lines_one_charge_uq (participant_id=?)',
    ]);
    assert.ok(!steps.some((s) => /SCAN|bills_agreement_idx|bill_lines_bill_idx/.test(s)), steps.join('\n'));
  });
});
