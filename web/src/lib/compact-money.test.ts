import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCompactRupiah } from './compact-money.ts';

test('chart axes: short money that does not wrap, in the language of the page', () => {
  assert.deepEqual(
    [0, 950, 220_000, 1_250_000, 1_000_000, 3_400_000_000].map((v) => formatCompactRupiah(v, 'id')),
    ['0', '950', '220 rb', '1,3 jt', '1 jt', '3,4 M'],
  );
  assert.deepEqual(
    [220_000, 1_250_000, 3_400_000_000].map((v) => formatCompactRupiah(v, 'en')),
    ['220K', '1.3M', '3.4B'],
  );
});
