/**
 * Property test (issue #12): every day of 2020–2032 walks through every deadline function
 * without an error, and each answer is a real date in the expected relation to its start.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, addWorkingDays, addYearMonths, addYears, dayOfWeek, dayOfYearMonth, isValidDate, parseDate, Temporal, yearMonthOf } from './dates.ts';
import { claimDeadlines } from '../claims/rules.ts';
import { scholarshipSchedule } from '../benefits/scholarship.ts';
import { REGULATION_DEFAULT_TERMS } from '../agreements/terms.ts';
import { addPeriods, dueDate, firstDay, lastDay, lateFine, periodOf } from '../contributions/rules.ts';
import { lastDayOfPeriod } from './dates.ts';

function* everyDay(from: string, to: string): Generator<string> {
  for (let d = parseDate(from); Temporal.PlainDate.compare(d, parseDate(to)) <= 0; d = d.add({ days: 1 })) yield d.toString();
}

test('addYears clamps 29 Februari to 28 Februari; addMonths clamps to month ends', () => {
  assert.equal(addYears('2024-02-29', 5), '2029-02-28');
  assert.equal(addYears('2024-02-29', 4), '2028-02-29');
  assert.equal(addYears('2024-02-29', -1), '2023-02-28');
  assert.equal(addYears('2023-03-01', 5), '2028-03-01');
  assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
  assert.equal(addMonths('2023-01-31', 1), '2023-02-28');
  assert.equal(addMonths('2023-03-31', -1), '2023-02-28');
  assert.equal(addMonths('2023-08-31', 1), '2023-09-30');
});

test('working days skip weekends and named holidays', () => {
  assert.equal(addWorkingDays('2024-02-29', 7), '2024-03-11', 'Thursday + 7 working days = the Monday after next');
  assert.equal(addWorkingDays('2024-03-08', 1), '2024-03-11', 'Friday + 1 = Monday');
  assert.equal(addWorkingDays('2024-03-08', 1, (d) => d === '2024-03-11'), '2024-03-12', 'Nyepi 11 Maret 2024 skipped');
  assert.equal(dayOfWeek('2024-03-11'), 1);
});

test('every day of 2020–2032 through every deadline function', () => {
  const scholarship = REGULATION_DEFAULT_TERMS.benefits.scholarship.value;
  let days = 0;
  for (const day of everyDay('2020-01-01', '2032-12-31')) {
    days += 1;
    // claims: stage I (with and without an hour), decision, stage II, payment, 5-year limit
    for (const program of ['JKK', 'JKM'] as const) {
      const ds = claimDeadlines({
        program, incidentDate: day, incidentTime: '23:59', stage1ReportedOn: day, doctorStatementOn: day, stage2ReportedOn: null,
        claimExpiryYears: 5, today: day, decidedOn: null, completeOn: day, paidOn: null, benefitDue: 1_000_000,
      });
      for (const d of ds) assert.ok(isValidDate(d.due) && d.due >= day, `${program} ${d.code} from ${day}: ${d.due}`);
      const expiry = ds.find((d) => d.code === 'expiry')!.due;
      assert.equal(parseDate(day).until(parseDate(expiry), { largestUnit: 'years' }).years >= 4, true);
      assert.ok(expiry <= addYears(day, 5));
    }
    // scholarship schedule of a child born that day, 'belum sekolah' and at school
    const incident = addYears(day, 1);
    const plan = scholarshipSchedule([{ birthDate: day, level: 'SD', yearOfLevel: 1 }, { birthDate: day, level: 'belum_sekolah', yearOfLevel: 1 }], incident, scholarship, 4);
    for (const s of plan.schedule) for (const y of s.years) assert.ok(isValidDate(y.from) && y.from >= incident);
    assert.equal(plan.schedule[1]!.years[0]!.age, 4, `not yet in school, born ${day}: enters TK at 4`);
    // contributions: the month of the day, its first and last day, the bill due date, a late fine
    const period = periodOf(day);
    assert.ok(firstDay(period) <= day && day <= lastDay(period));
    const due = dueDate(period, 15);
    assert.equal(due, dueDate(addPeriods(periodOf(due), -1), 15));
    assert.ok(lateFine(100_000, due, addMonths(due, 1), { enabled: true, ratePerMonth: { numerator: 2, denominator: 100 } }).monthsLate >= 1);
    // the plain-arithmetic month helpers agree with Temporal.PlainYearMonth
    const ym = parseDate(day).toPlainYearMonth();
    assert.equal(yearMonthOf(day), ym.toString());
    assert.equal(addYearMonths(yearMonthOf(day), 13), ym.add({ months: 13 }).toString());
    assert.equal(addYearMonths(yearMonthOf(day), -25), ym.subtract({ months: 25 }).toString());
    assert.equal(dayOfYearMonth(yearMonthOf(day), 31), ym.toPlainDate({ day: 31 }).toString());
    // agreement validity (24 months)
    assert.ok(isValidDate(lastDayOfPeriod(day, 24)));
  }
  assert.equal(days, 4749);
});
