import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays,
  addMonths,
  compareCheckedDates,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  formatDateId,
  isExistingDate,
  isoOf,
  isoOfUtcMidnight,
  utcCalendarDayOf,
  isValidDate,
  lastDayOfPeriod,
  parseDate,
  todayIn,
} from './dates.ts';
import { AppError } from './errors.ts';

test('24 months from 14 Maret 2022 end on 13 Maret 2024', () => {
  assert.equal(lastDayOfPeriod('2022-03-14', 24), '2024-03-13');
  assert.equal(formatDateId('2024-03-13'), '13 Maret 2024');
  assert.equal(lastDayOfPeriod('2024-01-31', 1), '2024-02-28');
  assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
});

test('invalid dates are refused, not rolled over', () => {
  assert.throws(() => parseDate('2022-02-30'), AppError);
  assert.throws(() => parseDate('14/03/2022'), AppError);
  assert.equal(daysBetween('2022-03-14', '2024-03-13'), 730);
});

test('today is asked in the office zone, not the server zone', () => {
  const makassar = todayIn('Asia/Makassar');
  assert.match(makassar, /^\d{4}-\d{2}-\d{2}$/);
  // WITA is UTC+8: its date is never behind UTC's.
  assert.ok(makassar >= new Date().toISOString().slice(0, 10));
});

test('lastDayOfPeriod (plain arithmetic) agrees with Temporal on month ends, leap days and year edges', () => {
  const temporal = (start: string, months: number) => parseDate(start).add({ months }).subtract({ days: 1 }).toString();
  const starts = [
    '2022-03-14',
    '2022-01-01',
    '2022-01-31',
    '2023-12-31',
    '2024-02-29',
    '2024-03-01',
    '2023-03-01',
    '2023-02-28',
    '2100-02-28',
    '2000-02-29',
    '2022-12-01',
    '0001-01-01',
    '9999-12-31',
  ];
  for (let day = new Date('2023-11-01'); day < new Date('2025-03-05'); day.setUTCDate(day.getUTCDate() + 1)) starts.push(day.toISOString().slice(0, 10));
  for (const start of starts) {
    for (const months of [0, 1, 2, 11, 12, 13, 24, 36, 60, -1, -12]) {
      assert.equal(lastDayOfPeriod(start, months), temporal(start, months), `${start} + ${months}`);
    }
  }
  assert.throws(() => lastDayOfPeriod('2022-02-30', 12), AppError);
  assert.equal(formatDateId('2022-05-01'), '1 Mei 2022');
  assert.throws(() => formatDateId('2022-13-01'), AppError);
});

test('addDays, dayOfWeek and daysBetween (plain arithmetic) agree with Temporal, also at leap days, centuries and the year edges', () => {
  const starts = [
    '0001-01-01',
    '0001-03-01',
    '0400-02-29',
    '1600-02-29',
    '1899-12-31',
    '1900-02-28',
    '1900-03-01',
    '1969-12-31',
    '1970-01-01',
    '2000-02-29',
    '2100-02-28',
    '2100-03-01',
    '9999-12-31',
  ];
  for (let day = new Date('2019-12-01'); day < new Date('2026-02-05'); day.setUTCDate(day.getUTCDate() + 1)) starts.push(day.toISOString().slice(0, 10));
  for (const start of starts) {
    const t = parseDate(start);
    assert.equal(dayOfWeek(start), t.dayOfWeek, `dayOfWeek ${start}`);
    for (const days of [0, 1, -1, 2, 7, 15, 28, 29, 30, 31, 59, 60, 61, 365, 366, -365, -366, 1461, 146097, -146097, 3_000_000]) {
      let expected: string | Error;
      try {
        expected = t.add({ days }).toString();
      } catch (e) {
        expected = e as Error;
      }
      if (typeof expected === 'string') {
        assert.equal(addDays(start, days), expected, `${start} + ${days}`);
        if (/^\d{4}-/.test(expected)) assert.equal(daysBetween(start, expected), days, `${start} → ${expected}`);
      } else assert.throws(() => addDays(start, days));
    }
  }
  // Outside 0001–9999 Temporal answers (and refuses) as before.
  assert.equal(addDays('0001-01-01', -1), parseDate('0001-01-01').add({ days: -1 }).toString());
  assert.equal(addDays('9999-12-31', 1), parseDate('9999-12-31').add({ days: 1 }).toString());
  assert.throws(() => addDays('2022-02-30', 1), AppError);
  assert.throws(() => addDays('2022-03-01', 1.5));
  assert.throws(() => dayOfWeek('2022-13-01'), AppError);
  assert.throws(() => daysBetween('2022-02-30', '2022-03-01'), AppError);
});

test('isoOfUtcMidnight (an import reads every date cell with it) gives what toISOString gives, and null off midnight or beyond the plain years', () => {
  const days = [Date.UTC(1900, 0, 1), Date.UTC(1900, 1, 28), Date.UTC(1900, 2, 1), Date.UTC(1968, 7, 5), Date.UTC(2000, 1, 29), Date.UTC(2024, 11, 31)];
  for (let ms = Date.UTC(1899, 11, 30); ms <= Date.UTC(2100, 0, 1); ms += 86_400_000 * 37) days.push(ms);
  const edges = [new Date('0001-01-01T00:00:00Z').getTime(), new Date('9999-12-31T00:00:00Z').getTime(), new Date('0999-06-30T00:00:00Z').getTime()];
  for (const ms of [...days, ...edges]) assert.equal(isoOfUtcMidnight(ms), new Date(ms).toISOString().slice(0, 10), new Date(ms).toISOString());
  assert.equal(isoOfUtcMidnight(Date.UTC(2024, 0, 1, 12)), null);
  assert.equal(isoOfUtcMidnight(new Date('+010000-01-01T00:00:00Z').getTime()), null);
  assert.equal(isoOfUtcMidnight(new Date('0000-12-31T00:00:00Z').getTime()), null);
  assert.equal(isoOfUtcMidnight(Number.NaN), null);
  // Years below 1000 and odd parts keep the padded form.
  assert.equal(isoOf(999, 1, 2), '0999-01-02');
  assert.equal(isoOf(2024, 3, 14), '2024-03-14');
});

test('isValidDate (read digit by digit) answers as the ISO pattern and the calendar do', () => {
  const byPattern = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isExistingDate(Number(v.slice(0, 4)), Number(v.slice(5, 7)), Number(v.slice(8, 10)));
  const samples = ['2024-02-29', '2023-02-29', '2000-02-29', '1900-02-29', '0000-01-01', '0001-01-01', '9999-12-31', '2024-13-01', '2024-00-10', '2024-04-31'];
  samples.push('2024-1-01', '2024-01-1', '2024/01/01', '2024-01-01\n', ' 2024-01-01', '2024-01-0a', '２０２４-01-01', '+02024-01-0', '', '2024-01-01T00:00');
  for (let year = 1999; year <= 2001; year++)
    for (let month = 0; month <= 13; month++) for (let day = 0; day <= 32; day++) samples.push(isoOf(year, month, day));
  for (const v of samples) assert.equal(isValidDate(v), byPattern(v), JSON.stringify(v));
  assert.deepEqual(
    Array.from({ length: 12 }, (_, i) => daysInMonth(2024, i + 1)),
    [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
  );
});

test('compareCheckedDates answers as compareDates, and throws its errors for a date said not valid', () => {
  for (const [a, b] of [
    ['2024-02-29', '2024-03-01'],
    ['2024-03-01', '2024-02-29'],
    ['2024-03-01', '2024-03-01'],
  ] as const)
    assert.equal(compareCheckedDates(a, true, b, true), compareDates(a, b));
  assert.throws(
    () => compareCheckedDates('2024-02-30', false, '2024-03-01', true),
    (e: unknown) => e instanceof AppError && e.code === 'invalid_date',
  );
  assert.throws(() => compareCheckedDates('2024-03-01', true, '2024-3-1', false), /tanggal pembanding/);
  assert.throws(() => compareDates('2024-03-01', '2024-3-1'), /tanggal pembanding/);
});

test('utcCalendarDayOf gives the UTC day toISOString gives, at midnight, during the day and beyond the plain years', () => {
  const instants = [
    Date.UTC(2024, 1, 29),
    Date.UTC(2024, 1, 29, 23, 59, 59, 999),
    Date.UTC(1969, 11, 31, 12),
    new Date('0001-01-01T06:00:00Z').getTime(),
    -1,
    0,
  ];
  for (const ms of instants) assert.equal(utcCalendarDayOf(ms), new Date(ms).toISOString().slice(0, 10), String(ms));
  assert.equal(utcCalendarDayOf(Date.UTC(2024, 1, 29, 16, 30)), '2024-02-29'); // 00:30 the next day in WITA: still the cell's day
  assert.equal(utcCalendarDayOf(new Date('+010000-01-01T05:00:00Z').getTime()), '+010000-01-01');
});
