import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REGULATION_DEFAULT_TERMS } from '../agreements/index.ts';
import { stmbSegments } from './stmb.ts';

const tiers = REGULATION_DEFAULT_TERMS.benefits.stmbTiers.value;

test('the two 100% tiers run together for 12 months, then 50%', () => {
  assert.deepEqual(stmbSegments(360, 1_765_000, tiers), { segments: [{ days: 360, percentOfWage: 100, amount: 21_180_000 }], unpaidDays: 0 });
  assert.deepEqual(stmbSegments(390, 1_765_000, tiers).segments, [
    { days: 360, percentOfWage: 100, amount: 21_180_000 },
    { days: 30, percentOfWage: 50, amount: 882_500 },
  ]);
});

test('part months are paid pro rata over 30 days, rounded down', () => {
  assert.equal(stmbSegments(15, 1_765_000, tiers).segments[0]?.amount, 882_500);
  assert.equal(stmbSegments(375, 1_765_000, tiers).segments[1]?.amount, 441_250);
  // 1.765.001 × 50% × 1 / 30 = 29.416,68 → 29.416
  assert.equal(stmbSegments(361, 1_765_001, tiers).segments[1]?.amount, 29_416);
  assert.deepEqual(stmbSegments(0, 1_765_000, tiers).segments, []);
});

test('days past a last tier with a fixed length are not paid', () => {
  const finite = [{ months: 2, percentOfWage: 100 }];
  assert.deepEqual(stmbSegments(70, 1_500_000, finite), { segments: [{ days: 60, percentOfWage: 100, amount: 3_000_000 }], unpaidDays: 10 });
});
