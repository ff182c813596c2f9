/** The protection states from facts (pure): each state, its parameters, and the two arrears cases. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { arrearsConsequence, chargeFacts, longestRun, protectionOn, type ProtectionFacts } from './protection.ts';
import { calendarOf } from '../holidays/index.ts';
import { dueDate, monthBalances, monthDueDate } from './rules.ts';

const participation: NonNullable<ProtectionFacts['participation']> = {
  registeredOn: '2022-04-01',
  deactivatedOn: null,
  agreement: { signedOn: '2022-03-14', durationMonths: 24, terminatedOn: null },
};
/** A bill of one month for one person (Rp 9.531), paid `paid`. */
const bill = (period: string, paid: number, number = `IURAN/${period}`) => ({
  ...chargeFacts({ number, dueDate: dueDate(period), paid, dues: [{ period, due: 9_531 }] }, period, false),
  period,
});

describe('protection states', () => {
  test('the one due date: the 15th of the next month, or a later bill due date', () => {
    assert.equal(dueDate('2022-12'), '2023-01-15');
    assert.equal(monthDueDate('2022-05', '2022-06-15'), '2022-06-15');
    assert.equal(monthDueDate('2022-05', '2023-03-25'), '2023-03-25', 'a bill issued late gives time');
    assert.equal(monthDueDate('2022-08', '2022-07-15'), '2022-09-15', 'a yearly bill is never due before each month’s own date');
    // April 2022 on a yearly bill due 15 April: its own due date 15 May is a Sunday and 16 May Waisak.
    assert.equal(monthDueDate('2022-04', '2022-04-15', calendarOf(['2022-05-16'])), '2022-05-17', 'the month’s own date is moved, as its own bill would be');
    assert.equal(
      chargeFacts({ number: 'T', dueDate: '2022-04-15', paid: 0, dues: [{ period: '2022-04', due: 9_531 }] }, '2022-04', false, calendarOf(['2022-05-16']))
        .dueDate,
      '2022-05-17',
    );
  });

  test('monthBalances: months in order, the first not covered carries the partial payment', () => {
    assert.deepEqual(monthBalances([{ period: '2022-06', due: 38_124 }], 20_000), [{ period: '2022-06', due: 38_124, paid: 20_000, outstanding: 18_124 }]);
    assert.deepEqual(
      monthBalances(
        [
          { period: '2022-07', due: 100 },
          { period: '2022-06', due: 100 },
        ],
        150,
      ).map((m) => m.outstanding),
      [0, 50],
    );
  });

  test('paid; awaiting payment (billed or not) until the due date; in arrears the day after', () => {
    const base: ProtectionFacts = { date: '2022-05-20', asOf: '2022-05-20', participation, charge: null, earlier: [bill('2022-04', 9_531)] };
    const paid = protectionOn({ ...base, charge: bill('2022-05', 9_531) });
    assert.deepEqual(
      [paid.state, paid.protected, paid.reason],
      ['protected_paid', true, 'Terlindungi: terdaftar dan iuran Mei 2022 lunas (tagihan IURAN/2022-05)'],
    );
    const unbilled = protectionOn(base);
    assert.deepEqual(
      [unbilled.state, unbilled.protected, unbilled.params],
      ['awaiting_payment', true, { period: '2022-05', dueDate: '2022-06-15', billNumber: null, outstanding: null }],
    );
    assert.equal(unbilled.reason, 'Terlindungi: iuran Mei 2022 belum jatuh tempo (jatuh tempo 15 Juni 2022; belum ditagih)');
    const onDueDay = protectionOn({ ...base, asOf: '2022-06-15', charge: bill('2022-05', 5_000) });
    assert.deepEqual([onDueDay.state, onDueDay.params.outstanding], ['awaiting_payment', 4_531], 'the due date itself is still on time');
    const late = protectionOn({ ...base, asOf: '2022-06-16', charge: bill('2022-05', 5_000) });
    assert.deepEqual(
      [late.state, late.protected, late.params.daysOverdue, late.params.outstanding, late.params.monthsInArrears],
      ['in_arrears', false, 1, 4_531, 1],
    );
    assert.match(late.consequence!.text, /^Tunggakan 1 bulan \(sampai 3 bulan berturut-turut\): BPJS Ketenagakerjaan tetap membayar manfaat JKK\./);
    assert.equal(late.consequence!.confirmed, false);
  });

  test('an earlier month unpaid past its due date before the day: in arrears even when the day’s month is paid', () => {
    const v = protectionOn({ date: '2022-05-20', asOf: '2022-05-20', participation, charge: bill('2022-05', 9_531), earlier: [] });
    assert.deepEqual(
      [v.state, v.params.arrearsFrom, v.params.dueDate, v.params.billNumber],
      ['in_arrears', '2022-04', '2022-05-15', null],
      'April never billed, due 15 May',
    );
    const before = protectionOn({ date: '2022-05-15', asOf: '2022-05-20', participation, charge: bill('2022-05', 9_531), earlier: [] });
    assert.equal(before.state, 'protected_paid', 'on 15 May April was not yet past due');
  });

  test('4 months in arrears but never more than 2 in a row: still the "up to 3 consecutive months" case', () => {
    const v = protectionOn({
      date: '2022-09-20',
      asOf: '2022-09-20',
      participation,
      charge: null,
      earlier: [bill('2022-04', 0), bill('2022-05', 0), bill('2022-06', 9_531), bill('2022-07', 1_000)],
    });
    // April, May, July billed and short, August never billed (due 15 Sep); June paid.
    assert.deepEqual(
      [v.state, v.params.monthsInArrears, v.params.consecutiveMonthsInArrears, v.params.arrearsFrom, v.params.outstanding],
      ['in_arrears', 4, 2, '2022-04', 9_531 + 9_531 + 8_531],
    );
    assert.match(v.reason, /^Menunggak: iuran 4 bulan sejak April 2022 lewat jatuh tempo 15 Mei 2022 \(128 hari; tagihan IURAN\/2022-04, kurang Rp 27\.593\)$/);
    assert.match(
      v.consequence!.text,
      /^Tunggakan 4 bulan, paling lama 2 bulan berturut-turut \(sampai 3 bulan berturut-turut\): BPJS Ketenagakerjaan tetap membayar manfaat JKK\./,
    );
  });

  test('2 non-consecutive months vs 4 consecutive months in arrears: only the run of 4 makes the employer pay first', () => {
    // April and June short, May paid: 2 months, not in a row.
    const two = protectionOn({
      date: '2022-07-20',
      asOf: '2022-07-20',
      participation,
      charge: bill('2022-07', 9_531),
      earlier: [bill('2022-04', 0), bill('2022-05', 9_531), bill('2022-06', 0)],
    });
    assert.deepEqual([two.params.monthsInArrears, two.params.consecutiveMonthsInArrears], [2, 1]);
    assert.match(
      two.consequence!.text,
      /^Tunggakan 2 bulan, paling lama 1 bulan berturut-turut \(sampai 3 bulan berturut-turut\): BPJS Ketenagakerjaan tetap membayar manfaat JKK\./,
    );
    // April to July all short on 20 August: 4 in a row.
    const four = protectionOn({
      date: '2022-08-20',
      asOf: '2022-08-20',
      participation,
      charge: bill('2022-08', 9_531),
      earlier: [bill('2022-04', 0), bill('2022-05', 0), bill('2022-06', 0), bill('2022-07', 0)],
    });
    assert.deepEqual([four.params.monthsInArrears, four.params.consecutiveMonthsInArrears, four.params.outstanding], [4, 4, 4 * 9_531]);
    assert.match(
      four.consequence!.text,
      /^Tunggakan 4 bulan berturut-turut \(lebih dari 3 bulan berturut-turut\): pemberi kerja membayar lebih dahulu manfaat JKK\./,
    );
    assert.equal(longestRun(['2021-11', '2021-12', '2022-01', '2022-03']), 3, 'runs cross the year');
    assert.equal(longestRun([]), 0);
    assert.match(arrearsConsequence(3).text, /^Tunggakan 3 bulan berturut-turut \(sampai 3 bulan berturut-turut\)/);
  });

  test('a month with no bill yet falls due on the moved due date (weekend and holiday skipped)', () => {
    // March 2022: 15 April 2022 is Good Friday, then Saturday and Sunday → Monday 18 April.
    const goodFriday = calendarOf(['2022-04-15']);
    const early = { ...participation, registeredOn: '2022-03-14' };
    const at = (asOf: string, calendar = goodFriday) => protectionOn({ date: '2022-03-20', asOf, participation: early, charge: null, earlier: [], calendar });
    assert.deepEqual(
      [at('2022-04-15').state, at('2022-04-15').params.dueDate],
      ['awaiting_payment', '2022-04-18'],
      'on the 15th (a holiday) still awaiting payment',
    );
    assert.equal(at('2022-04-18').state, 'awaiting_payment', 'the moved due date itself is on time');
    assert.deepEqual([at('2022-04-19').state, at('2022-04-19').params.dueDate, at('2022-04-19').params.daysOverdue], ['in_arrears', '2022-04-18', 1]);
    assert.deepEqual(
      [at('2022-04-16', calendarOf([])).state, at('2022-04-16', calendarOf([])).params.dueDate],
      ['in_arrears', '2022-04-15'],
      'without the holiday the Friday 15th is the due date',
    );
    // As an earlier month: March counts in arrears only on days after 18 April.
    const onDay = (date: string) => protectionOn({ date, asOf: date, participation: early, charge: bill('2022-04', 9_531), earlier: [], calendar: goodFriday });
    assert.equal(onDay('2022-04-18').state, 'protected_paid');
    assert.deepEqual([onDay('2022-04-19').state, onDay('2022-04-19').params.arrearsFrom], ['in_arrears', '2022-03']);
  });

  test('not covered, each with its reason; a credited month counts as not billed', () => {
    const at = (date: string, p = participation) => protectionOn({ date, asOf: '2022-05-20', participation: p, charge: null, earlier: [] });
    assert.deepEqual([at('2022-03-13').state, at('2022-03-13').code, at('2022-03-13').params.since], ['not_covered', 'before_agreement', '2022-03-14']);
    assert.equal(at('2022-03-20').code, 'before_enrolment');
    assert.equal(at('2024-03-14').code, 'outside_validity');
    assert.equal(at('2022-05-02', { ...participation, deactivatedOn: '2022-05-01' }).code, 'deactivated');
    assert.equal(protectionOn({ date: '2022-05-20', asOf: '2022-05-20', participation: null, charge: null }).code, 'not_enrolled');
    const credited = protectionOn({
      date: '2022-05-10',
      asOf: '2022-05-10',
      participation,
      charge: { ...bill('2022-05', 9_531), credited: true },
      earlier: [],
    });
    assert.deepEqual([credited.state, credited.params.billNumber], ['awaiting_payment', null]);
  });
});
