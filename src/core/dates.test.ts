import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, daysBetween, formatDateId, lastDayOfPeriod, parseDate, todayIn } from './dates.ts';
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
