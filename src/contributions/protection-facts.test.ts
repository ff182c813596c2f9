/**
 * The protection check gathers its facts in one compiled-once query (repo.protectionRows). These
 * tests hold it to the answers of the query-by-query path it replaced (kept below as the oracle),
 * on month edges, agreement edges, a deactivation with its credit, a partial payment, a late
 * enrolment, a rejected participation and a successor agreement — and check that a payment shows
 * at once (nothing about payments is cached).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { createHarness, demoAgreementData, type Client, type Harness } from '../testing/harness.ts';
import { deactivate, demoAgreement, enrol, participants, people, submitted } from '../testing/builders.ts';
import type { DB } from '../db/schema.ts';
import { effectiveEnd } from '../agreements/index.ts';
import * as repo from './repo.ts';
import { monthDueDate, paidMonths, periodOf } from './rules.ts';
import { protectionOn, type ChargeFacts } from './protection.ts';
import { holidayCalendar } from '../holidays/index.ts';

/** The protection check as it was computed before: participations, then the charge, dues and payments, one query each. */
async function oracle(db: Kysely<DB>, employeeId: number, date: string, asOf: string) {
  const participations = (
    await db
      .selectFrom('participants as p')
      .innerJoin('agreements as a', 'a.id', 'p.agreement_id')
      .select(['p.id', 'p.agreement_id', 'p.status', 'p.kpj', 'p.registered_on', 'p.deactivated_on', 'a.signed_on', 'a.duration_months', 'a.terminated_on'])
      .where('p.employee_id', '=', employeeId)
      .orderBy('a.signed_on', 'desc')
      .execute()
  ).filter((p) => p.status === 'registered');
  const inForce =
    participations.find(
      (p) =>
        p.signed_on &&
        date >= p.signed_on &&
        date <= (effectiveEnd({ signedOn: p.signed_on, durationMonths: p.duration_months, terminatedOn: p.terminated_on }) ?? ''),
    ) ?? participations[0];
  // Each charge line of the participation, month by month: the bill's dues and payments read one query each.
  const factsOf = async (line: {
    period: string;
    bill_id: number;
    number: string;
    credits_applied: number;
    due_date: string;
    credited: unknown;
  }): Promise<ChargeFacts & { period: string }> => {
    const dues = await repo.monthDues(db, line.bill_id);
    const paid = await repo.paidSum(db, line.bill_id);
    // Months in order: the first not fully covered carries the partial payment (paidMonths), the rest is owed.
    const covered = paidMonths(dues, paid + line.credits_applied);
    const monthPaid = covered.paid.includes(line.period);
    const before = dues.filter((d) => d.period < line.period).reduce((sum, d) => sum + d.due, 0);
    const due = dues.find((d) => d.period === line.period)!.due;
    const outstanding = monthPaid ? 0 : due - Math.max(0, Math.min(due, paid + line.credits_applied - before));
    return {
      period: line.period,
      credited: !!line.credited,
      monthPaid,
      billNumber: line.number,
      dueDate: monthDueDate(line.period, line.due_date, await holidayCalendar(db, '2022-01-01', '2028-12-31')),
      outstanding,
    };
  };
  let charge: ChargeFacts | null = null;
  const earlier: (ChargeFacts & { period: string })[] = [];
  if (inForce) {
    const lines = await db
      .selectFrom('bill_lines as l')
      .innerJoin('bills as b', 'b.id', 'l.bill_id')
      .select(['l.id', 'l.period', 'l.bill_id', 'b.number', 'b.credits_applied', 'b.due_date'])
      .select((eb) =>
        eb.exists(eb.selectFrom('bill_lines as c').select('c.id').whereRef('c.corrects_line_id', '=', 'l.id').where('c.kind', '=', 'credit')).as('credited'),
      )
      .where('l.participant_id', '=', inForce.id)
      .where('l.period', '<=', periodOf(date))
      .where('l.kind', '=', 'charge')
      .execute();
    for (const line of lines) {
      if (line.period === periodOf(date)) {
        const { period: _p, ...facts } = await factsOf(line);
        charge = facts;
      } else earlier.push(await factsOf(line));
    }
  }
  const verdict = protectionOn({
    date,
    asOf,
    // Unbilled months fall due on their moved due date: the whole shipped calendar.
    calendar: await holidayCalendar(db, '2022-01-01', '2028-12-31'),
    earlier,
    participation: inForce
      ? {
          registeredOn: inForce.registered_on,
          deactivatedOn: inForce.deactivated_on,
          agreement: { signedOn: inForce.signed_on, durationMonths: inForce.duration_months, terminatedOn: inForce.terminated_on },
        }
      : null,
    charge,
  });
  return { ...verdict, agreementId: inForce?.agreement_id ?? null, kpj: inForce?.kpj ?? null };
}

/** The first, 15th and last day of every month from March 2022 to May 2026, and the days around the events below. */
function datesToCheck(): string[] {
  const out = new Set<string>([
    '2022-03-13',
    '2022-03-14',
    '2022-06-19',
    '2022-06-20',
    '2022-07-14',
    '2022-07-15',
    '2022-07-16',
    '2024-03-13',
    '2024-03-14',
    '2024-03-15',
    '2026-03-13',
    '2026-03-14',
  ]);
  for (let y = 2022; y <= 2026; y++) {
    for (let m = 1; m <= 12; m++) {
      if ((y === 2022 && m < 3) || (y === 2026 && m > 5)) continue;
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      for (const d of [1, 15, last]) out.add(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    }
  }
  return [...out].sort();
}

describe('protection facts in one query', () => {
  let h: Harness;
  let agreementId: number;
  let employees: number[];
  let viewer: Client;
  const dates = datesToCheck();

  const compareAll = async (label: string) => {
    const codes = new Map<string, number>();
    for (const e of employees) {
      for (const date of dates) {
        const expected = await oracle(h.handle.db, e, date, h.services.today());
        const actual = await h.services.contributions.protectionOf(e, date);
        assert.deepEqual(actual, expected, `${label}: employee ${e} on ${date}`);
        codes.set(actual.code, (codes.get(actual.code) ?? 0) + 1);
      }
    }
    return codes;
  };

  before(async () => {
    h = await createHarness({ today: '2022-08-20' });
    agreementId = await demoAgreement(h);
    // Enrolled from May, the first month billed: no earlier month is owed.
    const seeded = await participants(h, { agreementId, count: 5, registeredOn: '2022-05-01' });
    const rejected = await people(h, { agreementId, count: 1, offset: 200 });
    const rejection = await submitted(h, { agreementId, employeeIds: rejected.employeeIds });
    await h.services.enrolment.reject(h.admin, rejection.participantIds[0]!, { reason: 'NIK ganda' });

    // May monthly, paid; June–May yearly, paid for June, July and part of August.
    const may = await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-05', issueDate: '2022-05-01' });
    await h.services.contributions.recordPayment(h.admin, { billId: may.id, amount: may.amountDue, paidOn: '2022-05-10', bankReference: 'PF-1' });
    const year = await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-06', mode: 'yearly', issueDate: '2022-06-01' });
    const monthly = year.monthsStatus[0]!.due;
    await h.services.contributions.recordPayment(h.admin, { billId: year.id, amount: 2 * monthly + 7, paidOn: '2022-06-10', bankReference: 'PF-2' });
    // A late enrolment in June gets a supplementary bill for June only; one participant leaves
    // mid-July, and the months already billed after it are credited by that next bill.
    const late = await participants(h, { agreementId, count: 1, registeredOn: '2022-06-20', offset: 100 });
    await deactivate(h, seeded.participantIds[1]!, '2022-07-15', 'Berhenti');
    await deactivate(h, seeded.participantIds[2]!, '2022-09-01', 'Cuti');
    const supplementary = await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-06', supplementary: true, issueDate: '2022-07-20' });
    assert.ok(supplementary.creditsApplied > 0, 'the credit is offset');
    // Reactivated afterwards: its credited months stay unbilled (credited) until billed again.
    await h.services.enrolment.reactivate(h.admin, seeded.participantIds[2]!);
    employees = [...seeded.employeeIds, ...late.employeeIds, ...rejected.employeeIds];

    // A successor agreement from the day after the first one ends, with one of the employees enrolled again.
    const next = { ...demoAgreementData(), numberPartyOne: '120/001/SETDA/III/2024', numberPartyTwo: 'PER/01/03/2024', signedOn: '2024-03-14' };
    const secondId = (await h.services.agreements.importFile(h.admin, next)).id;
    h.setToday('2024-04-20');
    await enrol(h, { agreementId: secondId, employeeIds: [employees[0]!], kpjs: ['20000000001'], registeredOn: '2024-03-14' });
    const march = await h.services.contributions.createBill(h.admin, { agreementId: secondId, period: '2024-03', issueDate: '2024-04-01' });
    await h.services.contributions.recordPayment(h.admin, { billId: march.id, amount: march.amountDue, paidOn: '2024-04-05', bankReference: 'PF-3M' });
    const april = await h.services.contributions.createBill(h.admin, { agreementId: secondId, period: '2024-04', issueDate: '2024-04-01' });
    await h.services.contributions.recordPayment(h.admin, { billId: april.id, amount: april.amountDue, paidOn: '2024-04-05', bankReference: 'PF-3' });
    viewer = await h.login('viewer');
  });
  after(() => h.close());

  test('the same verdicts, agreements and KPJ as the query-by-query check, on every edge', async () => {
    const codes = await compareAll('before more payments');
    for (const code of [
      'protected_paid',
      'awaiting_payment',
      'in_arrears',
      'not_enrolled',
      'before_agreement',
      'outside_validity',
      'before_enrolment',
      'deactivated',
    ]) {
      assert.ok(codes.has(code), `the scenario reaches ${code}`);
    }
    const credited = await h.services.contributions.protectionOf(employees[2]!, '2022-10-15');
    // August is short on the yearly bill (due 15 Sep, before the day); October was credited, so it is
    // not billed, and on 20 April 2024 long past its due date (15 Nov 2022). September's due date is the day itself.
    assert.deepEqual(
      [credited.code, credited.params.arrearsFrom, credited.params.monthsInArrears, credited.params.dueDate],
      ['in_arrears', '2022-08', 2, '2022-09-15'],
    );
    const e0 = employees[0]!;
    assert.deepEqual(await h.services.contributions.protectionOf(e0, '2024-04-15'), {
      ...(await oracle(h.handle.db, e0, '2024-04-15', '2024-04-20')),
      protected: true,
    });
    const may = await h.services.contributions.protectionOf(e0, '2024-05-02');
    assert.deepEqual(
      [may.state, may.protected, may.params.dueDate, may.params.billNumber],
      ['awaiting_payment', true, '2024-06-19', null],
      'May 2024 is not billed yet and not due: protected (15 June a Saturday, then Sunday, Iduladha and cuti bersama → 19 June)',
    );
    assert.equal((await h.services.contributions.protectionOf(e0, '2024-04-15')).kpj, '20000000001', 'the successor agreement’s participation');
    assert.equal((await h.services.contributions.protectionOf(e0, '2024-03-13')).kpj, '10000000000', 'the first agreement’s last day');
  });

  test('a payment shows at once: August becomes protected when the rest of the year is paid', async () => {
    const e = employees[0]!;
    const august = await h.services.contributions.protectionOf(e, '2022-08-31');
    assert.equal(august.code, 'in_arrears');
    assert.deepEqual(
      [august.params.outstanding, august.params.dueDate, august.params.daysOverdue],
      [5 * 9531 - 7, '2022-09-15', 583],
      'August owes its month less the Rp 7 paid beyond July; due 15 Sep 2022, 583 days before 20 Apr 2024',
    );
    assert.equal(august.consequence?.confirmed, false);
    const year = (await h.services.contributions.listBills(h.admin, agreementId)).find((b) => b.paymentMode === 'yearly')!;
    await h.services.contributions.recordPayment(h.admin, { billId: year.id, amount: year.outstanding, paidOn: '2022-08-20', bankReference: 'PF-4' });
    assert.equal((await h.services.contributions.protectionOf(e, '2022-08-31')).code, 'protected_paid');
    await compareAll('after the year is paid');
  });

  test('over HTTP: by NIK or by employee id, the same answer; an unknown NIK is 404', async () => {
    const e = employees[2]!;
    const { nik } = await h.handle.db.selectFrom('employees').select('nik').where('id', '=', e).executeTakeFirstOrThrow();
    const byNik = await viewer.request({ method: 'GET', url: `/api/v1/protection?nik=${nik}&date=2022-06-30` });
    const byId = await viewer.request({ method: 'GET', url: `/api/v1/protection?employeeId=${e}&date=2022-06-30` });
    assert.equal(byNik.statusCode, 200);
    assert.deepEqual(byNik.json(), byId.json());
    assert.deepEqual(byNik.json(), {
      employeeId: e,
      nik,
      fullName: byNik.json().fullName,
      date: '2022-06-30',
      ...(await oracle(h.handle.db, e, '2022-06-30', h.services.today())),
    });
    const unknown = await viewer.request({ method: 'GET', url: '/api/v1/protection?nik=7409999999999999&date=2022-06-30' });
    assert.equal(unknown.statusCode, 404);
  });
});
