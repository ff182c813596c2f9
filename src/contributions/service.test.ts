import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Harness } from '../testing/harness.ts';
import { bulkParticipants, deactivate, demoAgreement, participants } from '../testing/builders.ts';
import type { AppError } from '../core/errors.ts';

const rejectsWith = async (p: Promise<unknown>, status: number, message: RegExp) =>
  assert.rejects(p, (e: AppError) => {
    assert.equal(e.status, status, e.message);
    assert.match(e.message, message);
    return true;
  });

describe('contributions', () => {
  let h: Harness;
  let agreementId: number;
  let ids: number[];
  let employeeOf: (participantId: number) => Promise<number>;

  before(async () => {
    h = await createHarness({ today: '2023-03-10' });
    agreementId = await demoAgreement(h);
    ids = (await bulkParticipants(h.handle.db, { agreementId, count: 1000, registeredOn: '2022-04-01', unitCodes: ['DINKES', 'BKPSDM'] })).participantIds;
    employeeOf = async (pid) =>
      (await h.handle.db.selectFrom('participants').select('employee_id').where('id', '=', pid).executeTakeFirstOrThrow()).employee_id;
  });
  after(() => h.close());

  test('quote: the PKS figures, and from the terms in force', async () => {
    const q = await h.services.contributions.quote({ wage: 1765000, jkk: '0.24', jkm: '0.30', months: 12 });
    assert.deepEqual(q.monthly, { jkk: 4236, jkm: 5295, total: 9531 });
    assert.equal(q.months, 12);
    assert.equal(q.total, 114372);
    assert.equal(q.totalInWords, 'seratus empat belas ribu tiga ratus tujuh puluh dua rupiah');
    const fromTerms = await h.services.contributions.quote({ agreementId, date: '2022-05-01', months: 1 });
    assert.equal(fromTerms.monthly.total, 9531);
    assert.equal(fromTerms.wage, 1765000);
  });

  test('a 1,000-employee month totals Rp 9.531.000, with totals by unit', async () => {
    const bill = await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-05', issueDate: '2022-06-01' });
    assert.equal(bill.charges, 9_531_000);
    assert.equal(bill.amountDue, 9_531_000);
    assert.equal(bill.dueDate, '2022-06-15');
    assert.equal(bill.amountInWords, 'sembilan juta lima ratus tiga puluh satu ribu rupiah');
    assert.match(bill.number, /^IURAN\/1\/202205\/\d{5}$/);
    const detail = await h.services.contributions.getBill(h.admin, bill.id);
    assert.deepEqual(
      detail.units.map((u) => [u.code, u.people, u.total]),
      [
        ['BKPSDM', 500, 4_765_500],
        ['DINKES', 500, 4_765_500],
      ],
    );
    await rejectsWith(h.services.contributions.createBill(h.admin, { agreementId, period: '2022-05' }), 409, /sudah ditagih/);
  });

  test('a month outside the agreement is refused', async () => {
    await rejectsWith(h.services.contributions.createBill(h.admin, { agreementId, period: '2022-02' }), 400, /di luar masa berlaku/);
    await rejectsWith(h.services.contributions.createBill(h.admin, { agreementId, period: '2024-04' }), 400, /di luar masa berlaku/);
  });

  test('a year at once is Rp 114.372 per person; a mid-year addendum bills July on the new wage', async () => {
    await h.services.agreements.addAmendment(h.admin, agreementId, {
      kind: 'adendum',
      number: 'ADD/I/2022',
      signedOn: '2022-06-20',
      effectiveFrom: '2022-07-01',
      summary: 'Upah pelaporan naik',
      termsChanges: [{ path: 'contribution.reportedWage', value: 2_000_000, basis: 'Adendum I' }],
    });
    const year = await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-06', mode: 'yearly' });
    assert.equal(year.months, 12);
    const june = year.monthsStatus.find((m) => m.period === '2022-06')!;
    const july = year.monthsStatus.find((m) => m.period === '2022-07')!;
    assert.equal(june.due, 9_531_000);
    // 2.000.000 × 0,24% = 4.800 ; × 0,30% = 6.000 ; 10.800 per person
    assert.equal(july.due, 10_800_000);
    assert.equal(year.charges, 9_531_000 + 11 * 10_800_000);
    const lines = await h.services.contributions.billLines(h.admin, year.id, 1, 12);
    assert.equal(lines.filter((l) => l.period === '2022-07')[0]?.wage, 2_000_000);
  });

  test('a year at once for one person is Rp 114.372 under the PKS terms', async () => {
    const h2 = await createHarness({ today: '2022-04-10' });
    try {
      const agreementId = await demoAgreement(h2);
      await participants(h2, { agreementId, count: 1, registeredOn: '2022-04-01' });
      const bill = await h2.services.contributions.createBill(h2.admin, { agreementId, period: '2022-04', mode: 'yearly' });
      assert.equal(bill.charges, 114_372);
      // 15 May 2022 is a Sunday and 16 May Waisak (SKB 963/2021): due on Tuesday 17 May.
      assert.equal(bill.dueDate, '2022-05-17');
    } finally {
      await h2.close();
    }
  });

  test('payments: partial, months in order, duplicate reference is idempotent, bad payments refused', async () => {
    const bill = (await h.services.contributions.listBills(h.admin, agreementId)).find((b) => b.paymentMode === 'yearly')!;
    const first = await h.services.contributions.recordPayment(h.admin, {
      billId: bill.id,
      amount: 9_531_000 + 10_800_000 + 5,
      paidOn: '2022-07-10',
      bankReference: 'BPD-0001',
      budgetLine: '5.1.02.01',
    });
    assert.equal(first.duplicate, false);
    let b = await h.services.contributions.getBill(h.admin, bill.id);
    assert.equal(b.status, 'partial');
    assert.deepEqual(
      b.monthsStatus.filter((m) => m.paid).map((m) => m.period),
      ['2022-06', '2022-07'],
    );
    const again = await h.services.contributions.recordPayment(h.admin, {
      billId: bill.id,
      amount: 9_531_000 + 10_800_000 + 5,
      paidOn: '2022-07-10',
      bankReference: 'BPD-0001',
    });
    assert.equal(again.duplicate, true);
    b = await h.services.contributions.getBill(h.admin, bill.id);
    assert.equal(b.paid, 9_531_000 + 10_800_000 + 5, 'not counted twice');
    await rejectsWith(
      h.services.contributions.recordPayment(h.admin, { billId: bill.id, amount: 1, paidOn: '2022-07-11', bankReference: 'BPD-0001' }),
      409,
      /sudah dipakai/,
    );
    await rejectsWith(
      h.services.contributions.recordPayment(h.admin, { billId: bill.id, amount: 0, paidOn: '2022-07-11', bankReference: 'X' }),
      400,
      /lebih dari 0/,
    );
    await rejectsWith(
      h.services.contributions.recordPayment(h.admin, { billId: bill.id, amount: -5, paidOn: '2022-07-11', bankReference: 'X' }),
      400,
      /lebih dari 0/,
    );
    await rejectsWith(
      h.services.contributions.recordPayment(h.admin, { billId: 999, amount: 5, paidOn: '2022-07-11', bankReference: 'X' }),
      404,
      /Tagihan tidak ditemukan/,
    );
  });

  test('protection at month edges and at the agreement’s first and last day', async () => {
    const e = await employeeOf(ids[0]!);
    const at = async (date: string) => (await h.services.contributions.protectionOf(e, date)).code;
    assert.equal(await at('2022-03-13'), 'before_agreement');
    assert.equal(await at('2022-03-14'), 'before_enrolment', 'the agreement’s first day; enrolment starts 1 April');
    // Today is 10 March 2023: April 2022 was never billed and May 2022 not paid, both long past due.
    const april = await h.services.contributions.protectionOf(e, '2022-04-30');
    assert.deepEqual(
      [april.code, april.params.dueDate, april.params.billNumber, april.params.monthsInArrears],
      ['in_arrears', '2022-05-17', null, 1],
      'due 15 May, a Sunday, then Waisak on the 16th: Tuesday 17 May',
    );
    assert.equal(await at('2022-05-01'), 'in_arrears');
    const aprilBill = await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-04', issueDate: '2022-04-01' });
    assert.equal(aprilBill.dueDate, '2022-05-17', 'the bill carries the same moved due date');
    await h.services.contributions.recordPayment(h.admin, {
      billId: aprilBill.id,
      amount: aprilBill.amountDue,
      paidOn: '2022-05-10',
      bankReference: 'BPD-0004',
    });
    assert.equal(await at('2022-04-30'), 'protected_paid');
    const may = (await h.services.contributions.listBills(h.admin, agreementId)).find((b) => b.firstPeriod === '2022-05')!;
    await h.services.contributions.recordPayment(h.admin, { billId: may.id, amount: 9_531_000, paidOn: '2022-06-10', bankReference: 'BPD-0002' });
    assert.equal(await at('2022-05-01'), 'protected_paid');
    assert.equal(await at('2022-05-31'), 'protected_paid');
    assert.equal(await at('2022-06-01'), 'protected_paid', 'June paid by the yearly bill');
    assert.equal(await at('2022-07-31'), 'protected_paid');
    const august = await h.services.contributions.protectionOf(e, '2022-08-01');
    assert.deepEqual(
      [august.code, august.params.dueDate],
      ['awaiting_payment', '2023-03-27'],
      'the partial payment does not cover August, but the yearly bill was issued today and falls due in 15 days (25 March, a Saturday → Monday 27 March)',
    );
    h.setToday('2023-03-28');
    assert.equal(await at('2022-08-01'), 'in_arrears', 'the day after the bill’s due date');
    h.setToday('2023-03-10');
    assert.equal(await at('2023-03-10'), 'awaiting_payment', 'March 2023 (on the yearly bill until May) is not due before 15 April 2023');
    assert.equal(await at('2024-03-14'), 'outside_validity', 'the day after the last valid day');
  });

  test('a deactivation already billed becomes a credit that the next bill offsets; late enrolment gets a supplementary bill', async () => {
    await deactivate(h, ids[1]!, '2022-07-01');
    const late = (await participants(h, { agreementId, count: 2, registeredOn: '2022-05-20', offset: 5000 })).participantIds;
    const supp = await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-05', supplementary: true });
    assert.equal(supp.kind, 'supplementary');
    assert.equal(supp.charges, 2 * 9531);
    assert.ok(supp.correctsBillId);
    const bills = await h.services.contributions.listBills(h.admin, agreementId);
    const credit = bills.find((b) => b.kind === 'credit')!;
    assert.equal(credit.amountDue, -11 * 10_800, 'July 2022 – May 2023 charged on the yearly bill, now credited');
    assert.equal(supp.creditsApplied, 2 * 9531, 'the next bill offsets the credit');
    assert.equal(supp.amountDue, 0);
    assert.equal(late.length, 2);
    await rejectsWith(h.services.contributions.createBill(h.admin, { agreementId, period: '2022-05', supplementary: true }), 409, /Tidak ada peserta susulan/);
    const e1 = await employeeOf(ids[1]!);
    assert.equal((await h.services.contributions.protectionOf(e1, '2022-07-01')).code, 'deactivated');
  });
});
