import { test } from 'node:test';
import assert from 'node:assert/strict';
import { officeNow } from './office-clock.ts';

test("the office date and time come from the zone, not the phone's UTC date", () => {
  // 23:30 UTC on 9 May is 07:30 on 10 May in WITA (UTC+8).
  assert.deepEqual(officeNow('Asia/Makassar', new Date('2022-05-09T23:30:00Z')), { date: '2022-05-10', time: '07:30' });
  assert.deepEqual(officeNow('Asia/Jakarta', new Date('2022-05-09T23:30:00Z')), { date: '2022-05-10', time: '06:30' });
});
