import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canAdvanceDispute, noticeDeadline, noticeVerdict, reminderDue } from './rules.ts';

test('force majeure: day 7 is on time, day 8 is late and loses the right (Pasal 9 ayat 3–4)', () => {
  assert.equal(noticeDeadline('2023-02-01'), '2023-02-08');
  const day7 = noticeVerdict('2023-02-01', '2023-02-08', '2023-03-01');
  assert.deepEqual([day7.status, day7.rightToInvoke], ['on_time', true]);
  const day8 = noticeVerdict('2023-02-01', '2023-02-09', '2023-03-01');
  assert.deepEqual([day8.status, day8.rightToInvoke], ['late', false]);
  assert.match(day8.message, /terlambat 1 hari/);
  assert.deepEqual(
    [noticeVerdict('2023-02-01', null, '2023-02-05').status, noticeVerdict('2023-02-01', null, '2023-02-09').status],
    ['awaiting_notice', 'overdue'],
  );
  assert.equal(noticeVerdict('2023-02-01', null, '2023-02-08').rightToInvoke, true);
});

test('dispute stages and reminders', () => {
  assert.equal(canAdvanceDispute('deliberation', 'district_court'), true);
  assert.equal(canAdvanceDispute('district_court', 'deliberation'), false);
  assert.equal(reminderDue('2024-03-13', '2023-12-14', 90), true);
  assert.equal(reminderDue('2024-03-13', '2023-12-13', 90), false);
});
