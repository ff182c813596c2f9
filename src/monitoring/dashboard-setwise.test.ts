/**
 * The dashboard gathers protection set-wise (one grouped query for the roster and the keys of its
 * charge lines, read from the summaries the writes keep; the rule once per distinct set of facts;
 * pages of people read by their facts). These tests hold it to the protection worked out person by
 * person (src/testing/roster-reference.ts, itself held to the contributions service's single check
 * `protectionOf`, one employee at a time) on a generated dataset: people
 * registered in four waves (the last after its months were billed: one supplementary bill, other months never billed), a yearly bill, partial
 * payments, unpaid months, deactivations with their credit notes, a rejected and a pending
 * registration, someone never enrolled, and months not yet due — on every 1st, 15th and 16th
 * of the agreement's months, with two different "todays". Runs on PostgreSQL too
 * (TEST_DATABASE_URL).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Harness } from '../testing/harness.ts';
import { demoAgreement, participants, people, submitted } from '../testing/builders.ts';
import { addPeriods, AGE_BUCKETS, rosterFactGroups } from '../contributions/index.ts';
import { factCounts, personStatuses, rosterChargeKeys, rosterChargeKeysAggregated } from '../testing/roster-reference.ts';
import { assertSummariesFresh } from '../testing/summaries.ts';

/** A small deterministic generator (mulberry32) so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('dashboard set-wise = the per-person protection rule', () => {
  let h: Harness;
  let agreementId: number;
  const next = random(20240314);
  before(async () => {
    h = await createHarness({ today: '2022-03-20' });
    agreementId = await demoAgreement(h);
    const waves = [
      { on: '2022-03-14', count: 14, offset: 0 },
      { on: '2022-05-20', count: 6, offset: 100 },
      { on: '2023-02-10', count: 4, offset: 300 },
    ];
    const ids: { id: number; on: string }[] = [];
    for (const w of waves) {
      const { participantIds } = await participants(h, {
        agreementId,
        count: w.count,
        registeredOn: w.on,
        offset: w.offset,
        unitCodes: ['BKPSDM', 'DINKES', 'DPUPR'],
      });
      ids.push(...participantIds.map((id) => ({ id, on: w.on })));
    }
    // Not enrolled, rejected, pending.
    const others = await people(h, { agreementId, count: 3, offset: 400, unitCodes: ['DINKES'] });
    const decided = await submitted(h, { agreementId, employeeIds: others.employeeIds.slice(1) });
    await h.services.enrolment.reject(h.admin, decided.participantIds[0]!, { reason: 'NIK ganda' });
    // 10 months billed one by one (the first ones issued late), then a yearly bill from January 2023; each paid in full, in part, or not at all.
    const deactivations = new Map([
      [ids[1]!.id, '2022-07-01'],
      [ids[5]!.id, '2022-11-17'],
      [ids[15]!.id, '2023-01-02'],
      [ids[22]!.id, '2023-04-01'],
    ]);
    let reference = 0;
    for (let i = 0; i < 17; i++) {
      const period = addPeriods('2022-03', i);
      const issueDate = i < 3 ? '2022-06-01' : `${period}-05`;
      h.setToday(issueDate);
      for (const [id, from] of deactivations)
        if (from.slice(0, 7) === period) await h.services.enrolment.deactivate(h.admin, id, { from, reason: 'Berhenti bekerja' });
      const yearly = period === '2023-01';
      if (i > 10) continue; // covered by the yearly bill of 2023-01 (to the agreement's end)
      const bill = await h.services.contributions.createBill(h.admin, { agreementId, period, issueDate, ...(yearly ? { mode: 'yearly' } : {}) });
      // Every write keeps the summaries the dashboard reads equal to the lines (bills, credit notes, payments).
      await assertSummariesFresh(h.handle.db, `the bill of ${period}`);
      const roll = i < 4 ? 0 : next(); // the first months paid in full: awaiting payment before arrears start
      h.setToday(addPeriods(period, 1) + '-20');
      const paidOn = addPeriods(period, 1) + '-10';
      if (bill.amountDue <= 0) continue;
      if (roll < 0.6)
        await h.services.contributions.recordPayment(h.admin, { billId: bill.id, amount: bill.amountDue, paidOn, bankReference: `R-${++reference}` });
      else if (roll < 0.85)
        await h.services.contributions.recordPayment(h.admin, {
          billId: bill.id,
          amount: Math.floor(bill.amountDue * next()) + 1,
          paidOn,
          bankReference: `R-${++reference}`,
        });
      await assertSummariesFresh(h.handle.db, `the payment of ${period}`);
    }
    // A wave entered after its months were billed: one supplementary bill (October 2022, paid), the rest never billed.
    await participants(h, { agreementId, count: 5, registeredOn: '2022-09-01', offset: 200, unitCodes: ['BKPSDM', 'DPUPR'] });
    h.setToday('2023-02-20');
    const supplementary = await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-10', issueDate: '2023-02-20', supplementary: true });
    if (supplementary.amountDue > 0)
      await h.services.contributions.recordPayment(h.admin, {
        billId: supplementary.id,
        amount: supplementary.amountDue,
        paidOn: '2023-02-20',
        bankReference: `R-${++reference}`,
      });
    await assertSummariesFresh(h.handle.db, 'the supplementary bill');
  });
  after(() => h.close());

  const days = Array.from({ length: 18 }, (_, i) => addPeriods('2022-03', i))
    .flatMap((p) => [`${p}-01`, `${p}-15`, `${p}-16`])
    .filter((d) => d >= '2022-03-14');

  /** The unprotected list's order: unit code, name, then employee id. */
  const order = (x: { unitCode: string; fullName: string; employeeId: number }, y: typeof x) =>
    x.unitCode < y.unitCode ? -1 : x.unitCode > y.unitCode ? 1 : x.fullName < y.fullName ? -1 : x.fullName > y.fullName ? 1 : x.employeeId - y.employeeId;

  for (const today of ['2023-03-20', '2023-08-16']) {
    test(`every person's state, reason and detail equal the per-person check, and the dashboard's grouped read lists and counts them (today ${today})`, async () => {
      h.setToday(today);
      let compared = 0;
      const seen = new Set<string>();
      for (const date of days) {
        const people = await personStatuses(h, 1, date);
        assert.equal(people.length, 32);
        // The dashboard's own answer (its grouped read): the unprotected people as the per-person
        // reference gives them, in the list's order, and every person counted by state.
        const list = await h.services.dashboard.unprotected(h.admin, agreementId, { date, pageSize: 500 });
        assert.deepEqual(list.items, people.filter((p) => !p.protected).sort(order), date);
        const states = { protected_paid: 0, awaiting_payment: 0, in_arrears: 0, not_covered: 0 } as Record<string, number>;
        for (const p of people) states[p.state]! += 1;
        const figures = await h.services.dashboard.figures(h.admin, agreementId, date);
        assert.deepEqual(
          [figures.coverage.roster, figures.coverage.enrolled, figures.coverage.protected, figures.coverage.states],
          [people.length, people.filter((p) => p.enrolled).length, people.filter((p) => p.protected).length, states],
          date,
        );
        for (const p of people) {
          const one = await h.services.contributions.protectionOf(p.employeeId, date);
          if (p.reason === 'pending' || (p.reason === 'not_enrolled' && one.code === 'not_enrolled')) {
            assert.equal(p.state, 'not_covered');
            continue;
          }
          assert.deepEqual(
            [p.state, p.protected, p.reason, p.detail],
            [one.state, one.protected, one.protected ? null : one.code, one.reason],
            `${p.fullName} on ${date}`,
          );
          seen.add(one.code);
          compared++;
        }
      }
      // The dataset reaches every state the rule knows for an enrolled person (awaiting payment only
      // while some month is not yet due today).
      assert.deepEqual(
        [...seen].sort(),
        ['awaiting_payment', 'before_enrolment', 'deactivated', 'in_arrears', 'protected_paid'].filter((c) => today < '2023-08-01' || c !== 'awaiting_payment'),
      );
      assert.ok(compared > 1000, String(compared));
    });
  }

  test('the roster read from the summaries gives every person the key of the ordered aggregate of the lines', async () => {
    // The dataset has partial payments, credit notes of deactivations (one mid-month), a yearly
    // bill, a supplementary bill and months not yet due: each person's key as the summaries keep it
    // (participant_charges, cut to the month) must be the key the ordered string aggregate of the
    // bill lines writes, on every day (and so the same facts for the rule).
    const institutionId = (
      await h.handle.db.selectFrom('agreements').select('party_one_institution_id').where('id', '=', agreementId).executeTakeFirstOrThrow()
    ).party_one_institution_id;
    let keyed = 0;
    for (const date of days) {
      const q = { agreementId, institutionId, date, period: date.slice(0, 7) };
      const expected = await rosterChargeKeysAggregated(h.handle.db, q);
      assert.deepEqual(await rosterChargeKeys(h.handle.db, q), expected, date);
      // The dashboard's grouped read counts the same people under the same facts and keys.
      assert.deepEqual(factCounts(await rosterFactGroups(h.handle.db, q)), factCounts(expected), date);
      keyed += expected.filter((r) => r.charges).length;
      // One unit's roster too (an operator's dashboard).
      const unitId = expected[0]!.work_unit_id;
      const ofUnit = await rosterChargeKeysAggregated(h.handle.db, { ...q, unitId });
      assert.deepEqual(await rosterChargeKeys(h.handle.db, { ...q, unitId }), ofUnit, `${date}, unit ${unitId}`);
      assert.deepEqual(factCounts(await rosterFactGroups(h.handle.db, { ...q, unitId })), factCounts(ofUnit), `${date}, unit ${unitId}`);
    }
    assert.ok(keyed > 300, String(keyed));
  });

  test('the unprotected list, page by page, is the per-person statuses of the unprotected in unit, name, id order; its totals and the figures count them all', async () => {
    h.setToday('2023-03-20');
    const admin = await h.login('admin');
    let listed = 0;
    for (const date of days) {
      const people = await personStatuses(h, 1, date);
      const expected = people.filter((p) => !p.protected).sort(order);
      const reasons: Record<string, number> = {};
      for (const p of expected) reasons[p.reason!] = (reasons[p.reason!] ?? 0) + 1;
      // Pages of 5: each answers the totals of every matching person, and together they are the list.
      const pages: (typeof people)[] = [];
      for (let page = 1; page <= Math.ceil(expected.length / 5) + 1; page++) {
        const res = await admin.request({
          method: 'GET',
          url: `/api/v1/monitoring/unprotected?agreementId=${agreementId}&date=${date}&pageSize=5&page=${page}`,
        });
        assert.equal(res.statusCode, 200, res.body);
        const body = res.json();
        assert.deepEqual([body.total, body.page, body.pageSize], [expected.length, page, 5], date);
        assert.deepEqual(Object.fromEntries(Object.entries(body.reasons).filter(([, n]) => n)), reasons, date);
        assert.ok(body.items.length <= 5);
        pages.push(body.items);
      }
      assert.deepEqual(pages.flat(), expected, date);
      assert.equal(pages.at(-1)!.length, 0, 'the page after the last is empty');
      // One reason: its people only, the same order.
      const reason = expected[0]?.reason;
      if (reason) {
        const one = (
          await admin.request({ method: 'GET', url: `/api/v1/monitoring/unprotected?agreementId=${agreementId}&date=${date}&reason=${reason}&pageSize=500` })
        ).json();
        assert.deepEqual([one.total, one.items], [reasons[reason], expected.filter((p) => p.reason === reason)], `${date} ${reason}`);
      }
      // The dashboard's sample: the first 50 of the same list; its counts those of every person.
      const d = (await admin.request({ method: 'GET', url: `/api/v1/monitoring/dashboard?agreementId=${agreementId}&date=${date}` })).json();
      assert.deepEqual(d.unprotected.sample, expected.slice(0, 50), date);
      assert.deepEqual(
        [d.coverage.roster, d.coverage.enrolled, d.coverage.protected, d.unprotected.total],
        [people.length, people.filter((p) => p.enrolled).length, people.filter((p) => p.protected).length, expected.length],
        date,
      );
      listed += expected.length;
    }
    assert.ok(listed > 200, String(listed));
  });

  test('the dashboard figures count what the per-person check says', async () => {
    h.setToday('2023-03-20');
    const admin = await h.login('admin');
    for (const date of ['2022-08-16', '2023-03-20']) {
      const d = (await admin.request({ method: 'GET', url: `/api/v1/monitoring/dashboard?agreementId=${agreementId}&date=${date}` })).json();
      const people = await personStatuses(h, 1, date);
      const states = { protected_paid: 0, awaiting_payment: 0, in_arrears: 0, not_covered: 0 } as Record<string, number>;
      for (const p of people) states[p.state === 'not_covered' ? 'not_covered' : (await h.services.contributions.protectionOf(p.employeeId, date)).state]! += 1;
      assert.deepEqual(d.coverage.states, states);
      assert.equal(d.coverage.roster, 32);
      assert.equal(d.unprotected.total, states.in_arrears! + states.not_covered!);
      const arrears = await h.services.contributionReports.arrears(h.admin, agreementId, date);
      assert.equal(d.arrears.total, arrears.total);
      assert.equal(
        AGE_BUCKETS.reduce((s, k) => s + d.arrears.buckets[k], 0),
        arrears.total,
      );
    }
  });
});
