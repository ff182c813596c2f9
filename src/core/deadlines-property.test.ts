/**
 * Property test (issue #12): every day of 2020–2032 walks through every deadline function
 * without an error, and each answer is a real date in the expected relation to its start: claims,
 * scholarship, contribution months and due dates (also moved past the shipped holiday calendar),
 * working days, the stage-I clock by the hour, BPJS's payment clock and penalty, force majeure,
 * and an agreement's validity, days left, renewal reminder and renewal dates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays,
  addMonths,
  addWorkingDays,
  addYearMonths,
  addYears,
  dayOfWeek,
  dayOfYearMonth,
  daysBetween,
  isValidDate,
  lastDayOfPeriod,
  parseDate,
  Temporal,
  workingDaysBetween,
  yearMonthOf,
} from './dates.ts';
import { claimDeadlines, latePaymentPenalty, stage1DueAt } from '../claims/rules.ts';
import { scholarshipSchedule } from '../benefits/scholarship.ts';
import { REGULATION_DEFAULT_TERMS } from '../agreements/terms.ts';
import { addPeriods, dueDate, dueDateOf, firstDay, lastDay, lateFine, monthDueDate, periodOf } from '../contributions/rules.ts';
import { readFileSync } from 'node:fs';
import { calendarOf, isWorkingDay, nextWorkingDay } from '../holidays/rules.ts';
import { noticeDeadline } from '../monitoring/rules.ts';
import { checkRenewalDates, daysRemaining, effectiveEnd, isWithinValidity, renewalDue, validFrom, validUntil } from '../agreements/rules.ts';

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
  assert.equal(
    addWorkingDays('2024-03-08', 1, (d) => d === '2024-03-11'),
    '2024-03-12',
    'Nyepi 11 Maret 2024 skipped',
  );
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
        program,
        incidentDate: day,
        incidentTime: '23:59',
        stage1ReportedOn: day,
        doctorStatementOn: day,
        stage2ReportedOn: null,
        claimExpiryYears: 5,
        today: day,
        decidedOn: null,
        completeOn: day,
        paidOn: null,
        benefitDue: 1_000_000,
      });
      for (const d of ds) assert.ok(isValidDate(d.due) && d.due >= day, `${program} ${d.code} from ${day}: ${d.due}`);
      const expiry = ds.find((d) => d.code === 'expiry')!.due;
      assert.equal(parseDate(day).until(parseDate(expiry), { largestUnit: 'years' }).years >= 4, true);
      assert.ok(expiry <= addYears(day, 5));
    }
    // scholarship schedule of a child born that day, 'belum sekolah' and at school
    const incident = addYears(day, 1);
    const plan = scholarshipSchedule(
      [
        { birthDate: day, level: 'SD', yearOfLevel: 1 },
        { birthDate: day, level: 'belum_sekolah', yearOfLevel: 1 },
      ],
      incident,
      scholarship,
      4,
    );
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

/** The shipped holiday calendar (national holidays and cuti bersama 2022–2027). */
function shippedCalendar() {
  const file = JSON.parse(readFileSync(new URL('../../data-files/holidays/id-2022-2027.json', import.meta.url), 'utf8')) as {
    years: { days: { date: string }[] }[];
  };
  return calendarOf(file.years.flatMap((y) => y.days.map((d) => d.date)));
}

test('every day of 2020–2032 through the deadlines that skip weekends and holidays, the clocks by the hour, force majeure and the agreement dates', () => {
  const calendar = shippedCalendar();
  const isHoliday = (d: string) => calendar.has(d);
  let moved = 0;
  for (const day of everyDay('2020-01-01', '2032-12-31')) {
    // working days with the shipped calendar (the longest run of days off: 28 Maret – 7 April 2025, Nyepi and Idulfitri)
    const next = nextWorkingDay(day, calendar);
    assert.ok(next >= day && isWorkingDay(next, calendar) && daysBetween(day, next) <= 14, `nextWorkingDay ${day}: ${next}`);
    const seven = addWorkingDays(day, 7, isHoliday);
    assert.ok(isWorkingDay(seven, calendar), `7 working days after ${day}: ${seven}`);
    assert.equal(workingDaysBetween(day, seven, isHoliday), 7, `working days between ${day} and ${seven}`);
    // the due date of the day's month: the 15th of the next month, moved to a working day
    const period = periodOf(day);
    const nominal = dueDate(period, 15);
    const due = dueDateOf(period, calendar);
    assert.ok(due >= nominal && isWorkingDay(due, calendar) && daysBetween(nominal, due) <= 14, `dueDateOf ${period}: ${due}`);
    if (due !== nominal) moved += 1;
    assert.equal(monthDueDate(period, day, calendar), day > due ? day : due, `monthDueDate ${period} on a bill due ${day}`);
    assert.equal(monthDueDate(period, null, calendar), due);
    // claim clocks: stage I by the hour (48 h later, the same minute), the payment clock on working days
    for (const time of ['00:00', '09:30', '23:59']) {
      const at = stage1DueAt(day, time);
      assert.equal(at.toPlainDate().toString(), addDays(day, 2), `stage I from ${day} ${time}`);
      assert.equal(at.toPlainTime().toString({ smallestUnit: 'minute' }), time);
    }
    const payment = claimDeadlines({
      program: 'JKK',
      incidentDate: day,
      incidentTime: '',
      stage1ReportedOn: day,
      doctorStatementOn: null,
      stage2ReportedOn: null,
      claimExpiryYears: 5,
      today: day,
      completeOn: day,
      paidOn: addDays(day, 30),
      benefitDue: 1_000_000,
      isHoliday,
    }).find((d) => d.code === 'payment')!;
    assert.ok(isWorkingDay(payment.due, calendar) && workingDaysBetween(day, payment.due, isHoliday) === 7, `JKK payment from ${day}: ${payment.due}`);
    assert.equal(payment.penalty?.amount, 10_000 * daysBetween(payment.due, addDays(day, 30)), `penalty from ${day}`);
    assert.equal(latePaymentPenalty(1_000_000, day, addDays(day, 3))!.amount, 30_000);
    // force majeure: notice by the event day + 7 calendar days
    assert.equal(daysBetween(day, noticeDeadline(day)), 7);
    // an agreement signed that day for 24 months, terminated early, and its renewal
    const a = { signedOn: day, durationMonths: 24, terminatedOn: null };
    const until = validUntil(a)!;
    assert.ok(isValidDate(until) && until > day && isWithinValidity(a, until) && !isWithinValidity(a, addDays(until, 1)));
    assert.equal(daysRemaining(a, day), daysBetween(day, until));
    assert.equal(renewalDue(a, day), false);
    assert.equal(renewalDue(a, addDays(until, -90)), true);
    assert.equal(effectiveEnd({ ...a, terminatedOn: addDays(day, 100) }), addDays(day, 99));
    const renewal = checkRenewalDates(a, addDays(until, 1), day);
    assert.deepEqual(renewal, { ok: true, warnings: [] }, `renewal of an agreement signed ${day}`);
    assert.equal(validFrom({ signedOn: day, durationMonths: 24, terminatedOn: null, startsOn: addDays(until, 1) }), addDays(until, 1));
    assert.equal(checkRenewalDates(a, until, null).ok, false, 'a start on the last day overlaps');
  }
  assert.ok(moved > 40, `some due dates moved (${moved} days' months)`);
});
