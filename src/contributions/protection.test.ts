/** The protection states from facts (pure): each state, its parameters, and the two arrears cases. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chargeFacts, protectionOn, type ProtectionFacts } from './protection.ts';
import { dueDate, monthBalances, monthDueDate } from './rules.ts';

const participation: NonNullable<ProtectionFacts['participation']> = { registeredOn: '2022-04-01', deactivatedOn: null, agreement: { signedOn: '2022-03-14', durationMonths: 24, terminatedOn: null } };
/** A bill of one month for one person (Rp 9.531), paid `paid`. */
const bill = (period: string, paid: number, number = `IURAN/${period}`) => ({ ...chargeFacts({ number, dueDate: dueDate(period), paid, dues: [{ period, due: 9_531 }] }, period, false), period });

describe('protection states', () => {
  test('the one due date: the 15th of the next month, or a later bill due date', () => {
    assert.equal(dueDate('2022-12'), '2023-01-15');
    assert.equal(monthDueDate('2022-05', '2022-06-15'), '2022-06-15');
    assert.equal(monthDueDate('2022-05', '2023-03-25'), '2023-03-25', 'a bill issued late gives time');
    assert.equal(monthDueDate('2022-08', '2022-07-15'), '2022-09-15', 'a yearly bill is never due before each month’s own date');
  });

  test('monthBalances: months in order, the first not covered carries the partial payment', () => {
    assert.deepEqual(monthBalances([{ period: '2022-06', due: 38_124 }], 20_000), [{ period: '2022-06', due: 38_124, paid: 20_000, outstanding: 18_124 }]);
    assert.deepEqual(monthBalances([{ period: '2022-07', due: 100 }, { period: '2022-06', due: 100 }], 150).map((m) => m.outstanding), [0, 50]);
  });

  test('paid; awaiting payment (billed or not) until the due date; in arrears the day after', () => {
    const base: ProtectionFacts = { date: '2022-05-20', asOf: '2022-05-20', participation, charge: null, earlier: [bill('2022-04', 9_531)] };
    const paid = protectionOn({ ...base, charge: bill('2022-05', 9_531) });
    assert.deepEqual([paid.state, paid.protected, paid.reason], ['protected_paid', true, 'Terlindungi: terdaftar dan iuran Mei 2022 lunas (tagihan IURAN/2022-05)']);
    const unbilled = protectionOn(base);
    assert.deepEqual([unbilled.state, unbilled.protected, unbilled.params], ['awaiting_payment', true, { period: '2022-05', dueDate: '2022-06-15', billNumber: null, outstanding: null }]);
    assert.equal(unbilled.reason, 'Terlindungi: iuran Mei 2022 belum jatuh tempo (jatuh tempo 15 Juni 2022; belum ditagih)');
    const onDueDay = protectionOn({ ...base, asOf: '2022-06-15', charge: bill('2022-05', 5_000) });
    assert.deepEqual([onDueDay.state, onDueDay.params.outstanding], ['awaiting_payment', 4_531], 'the due date itself is still on time');
    const late = protectionOn({ ...base, asOf: '2022-06-16', charge: bill('2022-05', 5_000) });
    assert.deepEqual([late.state, late.protected, late.params.daysOverdue, late.params.outstanding, late.params.monthsInArrears], ['in_arrears', false, 1, 4_531, 1]);
    assert.match(late.consequence!.text, /^Tunggakan 1 bulan \(sampai 3 bulan\): BPJS Ketenagakerjaan tetap membayar manfaat JKK\./);
    assert.equal(late.consequence!.confirmed, false);
  });

  test('an earlier month unpaid past its due date before the day: in arrears even when the day’s month is paid', () => {
    const v = protectionOn({ date: '2022-05-20', asOf: '2022-05-20', participation, charge: bill('2022-05', 9_531), earlier: [] });
    assert.deepEqual([v.state, v.params.arrearsFrom, v.params.dueDate, v.params.billNumber], ['in_arrears', '2022-04', '2022-05-15', null], 'April never billed, due 15 May');
    const before = protectionOn({ date: '2022-05-15', asOf: '2022-05-20', participation, charge: bill('2022-05', 9_531), earlier: [] });
    assert.equal(before.state, 'protected_paid', 'on 15 May April was not yet past due');
  });

  test('more than 3 months in arrears: the employer pays the benefits first', () => {
    const v = protectionOn({ date: '2022-09-20', asOf: '2022-09-20', participation, charge: null, earlier: [bill('2022-04', 0), bill('2022-05', 0), bill('2022-06', 9_531), bill('2022-07', 1_000)] });
    // April, May, July billed and short, August never billed (due 15 Sep); June paid.
    assert.deepEqual([v.state, v.params.monthsInArrears, v.params.arrearsFrom, v.params.outstanding], ['in_arrears', 4, '2022-04', 9_531 + 9_531 + 8_531]);
    assert.match(v.reason, /^Menunggak: iuran 4 bulan sejak April 2022 lewat jatuh tempo 15 Mei 2022 \(128 hari; tagihan IURAN\/2022-04, kurang Rp 27\.593\)$/);
    assert.match(v.consequence!.text, /^Tunggakan 4 bulan \(lebih dari 3 bulan\): pemberi kerja membayar lebih dahulu manfaat JKK\./);
  });

  test('not covered, each with its reason; a credited month counts as not billed', () => {
    const at = (date: string, p = participation) => protectionOn({ date, asOf: '2022-05-20', participation: p, charge: null, earlier: [] });
    assert.deepEqual([at('2022-03-13').state, at('2022-03-13').code, at('2022-03-13').params.since], ['not_covered', 'before_agreement', '2022-03-14']);
    assert.equal(at('2022-03-20').code, 'before_enrolment');
    assert.equal(at('2024-03-14').code, 'outside_validity');
    assert.equal(at('2022-05-02', { ...participation, deactivatedOn: '2022-05-01' }).code, 'deactivated');
    assert.equal(protectionOn({ date: '2022-05-20', asOf: '2022-05-20', participation: null, charge: null }).code, 'not_enrolled');
    const credited = protectionOn({ date: '2022-05-10', asOf: '2022-05-10', participation, charge: { ...bill('2022-05', 9_531), credited: true }, earlier: [] });
    assert.deepEqual([credited.state, credited.params.billNumber], ['awaiting_payment', null]);
  });
});
