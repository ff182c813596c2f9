import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePercent } from '../core/money.ts';
import { addPeriods, dueDate, isBillableMonth, lateFine, monthlyContribution, paidMonths, quote } from './rules.ts';

const jkk = parsePercent('0.24');
const jkm = parsePercent('0.30');

test('the PKS contribution: 0,24% + 0,30% of Rp 1.765.000', () => {
  assert.deepEqual(monthlyContribution(1_765_000, jkk, jkm, 'down'), { wage: 1_765_000, jkk: 4236, jkm: 5295, total: 9531 });
  const q = quote(1_765_000, jkk, jkm, 'down', 12);
  assert.deepEqual(q.monthly, { jkk: 4236, jkm: 5295, total: 9531 });
  assert.equal(q.total, 114_372);
  assert.equal(quote(1_765_000, jkk, jkm, 'down', 1, 1000).total, 9_531_000);
});

test('rounding per component per person: down vs half-up', () => {
  assert.deepEqual(monthlyContribution(2_552_014, jkk, jkm, 'down'), { wage: 2_552_014, jkk: 6124, jkm: 7656, total: 13_780 });
  assert.deepEqual(monthlyContribution(2_552_014, jkk, jkm, 'half_up'), { wage: 2_552_014, jkk: 6125, jkm: 7656, total: 13_781 });
});

test('who is billed for a month: any covered day bills the whole month', () => {
  const p = { registeredOn: '2023-01-20', deactivatedOn: null };
  assert.equal(isBillableMonth(p, '2022-12'), false);
  assert.equal(isBillableMonth(p, '2023-01'), true);
  assert.equal(isBillableMonth({ registeredOn: '2023-01-31', deactivatedOn: null }, '2023-01'), true);
  assert.equal(isBillableMonth({ registeredOn: '2022-01-01', deactivatedOn: '2023-03-01' }, '2023-03'), false);
  assert.equal(isBillableMonth({ registeredOn: '2022-01-01', deactivatedOn: '2023-03-02' }, '2023-03'), true);
  assert.equal(isBillableMonth({ registeredOn: '2022-01-01', deactivatedOn: '2023-03-02' }, '2023-04'), false);
});

test('months, due dates and fines', () => {
  assert.equal(addPeriods('2023-11', 3), '2024-02');
  assert.equal(addPeriods('2023-01', -1), '2022-12');
  assert.equal(dueDate('2023-12', 15), '2024-01-15');
  const fine = { enabled: true, ratePerMonth: { numerator: 2, denominator: 100 } };
  assert.deepEqual(lateFine(9_531_000, '2023-02-15', '2023-02-15', fine), { monthsLate: 0, amount: 0 });
  assert.deepEqual(lateFine(9_531_000, '2023-02-15', '2023-02-16', fine), { monthsLate: 1, amount: 190_620 });
  assert.deepEqual(lateFine(9_531_000, '2023-02-15', '2023-04-15', fine), { monthsLate: 2, amount: 381_240 });
  assert.deepEqual(lateFine(9_531_000, '2023-02-15', '2023-04-16', { ...fine, enabled: false }), { monthsLate: 0, amount: 0 });
});

test('months of a bill are paid in order, in full', () => {
  const dues = [
    { period: '2023-02', due: 100 },
    { period: '2023-01', due: 100 },
    { period: '2023-03', due: 100 },
  ];
  assert.deepEqual(paidMonths(dues, 0), { paid: [], leftover: 0, unpaidAmount: 300 });
  assert.deepEqual(paidMonths(dues, 150), { paid: ['2023-01'], leftover: 0, unpaidAmount: 150 });
  assert.deepEqual(paidMonths(dues, 300), { paid: ['2023-01', '2023-02', '2023-03'], leftover: 0, unpaidAmount: 0 });
  assert.deepEqual(paidMonths(dues, 350), { paid: ['2023-01', '2023-02', '2023-03'], leftover: 50, unpaidAmount: 0 });
});
