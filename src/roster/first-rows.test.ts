import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FirstRowByNik } from './first-rows.ts';

test('each NIK answers the first row that carried it, across growth of the table', () => {
  const first = new FirstRowByNik();
  const nik = (i: number) => `74090${String(10101900000 + i * 7)}`; // 16 digits, shared prefix
  for (let i = 0; i < 50_000; i++) assert.equal(first.firstOrAdd(nik(i), i + 2), undefined);
  for (let i = 0; i < 50_000; i += 997) assert.equal(first.firstOrAdd(nik(i), 90_000), i + 2);
  // The same digits as a number's text, a NIK of zeros and one past 2^53 all count as themselves.
  assert.equal(first.firstOrAdd('0000000000000000', 5), undefined);
  assert.equal(first.firstOrAdd('0000000000000000', 6), 5);
  assert.equal(first.firstOrAdd('9400000000000001', 7), undefined);
  assert.equal(first.firstOrAdd('9400000000000002', 8), undefined);
  assert.equal(first.firstOrAdd('9400000000000001', 9), 7);
});

test('a NIK that is not 16 plain digits is still told apart and found again', () => {
  const first = new FirstRowByNik();
  assert.equal(first.firstOrAdd('74090101019000O1', 3), undefined); // letter O
  assert.equal(first.firstOrAdd('7409010101900001', 4), undefined);
  assert.equal(first.firstOrAdd('74090101019000O1', 5), 3);
  assert.equal(first.firstOrAdd('123', 6), undefined);
  assert.equal(first.firstOrAdd('123', 7), 6);
  assert.throws(() => first.firstOrAdd('7409010101900002', 0), RangeError);
});
