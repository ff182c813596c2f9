import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canMoveClaim, claimDeadlines, documentChecklist, duplicateCodes, paymentDateProblem } from './rules.ts';

test('the reporting clock: stage I in 2 × 24 hours, 30-day decision, stage II, 5-year expiry', () => {
  const base = { program: 'JKK' as const, incidentDate: '2023-05-02', claimExpiryYears: 5, today: '2023-05-20' };
  const onTime = claimDeadlines({ ...base, stage1ReportedOn: '2023-05-04', doctorStatementOn: '2023-05-15', stage2ReportedOn: '2023-05-17' });
  assert.deepEqual(onTime.map((d) => [d.code, d.due, d.status]), [['stage1', '2023-05-04', 'on_time'], ['decision', '2023-06-03', 'open'], ['stage2', '2023-05-17', 'on_time'], ['expiry', '2028-05-02', 'on_time']]);
  const late = claimDeadlines({ ...base, stage1ReportedOn: '2023-05-05', doctorStatementOn: null, stage2ReportedOn: null });
  assert.equal(late[0]!.status, 'late');
  assert.match(late[0]!.consequence!, /tanggungan pemberi kerja/);
  assert.equal(claimDeadlines({ ...base, stage1ReportedOn: null, doctorStatementOn: null, stage2ReportedOn: null })[0]!.status, 'missed');
});

test('documents per claim type and the workflow', () => {
  assert.ok(documentChecklist('JKM', 'death', false).some((d) => d.code === 'surat_ahli_waris' && d.required));
  assert.ok(!documentChecklist('JKK', 'recovered', false).some((d) => d.code === 'akta_kematian'));
  assert.equal(canMoveClaim('submitted', 'approved'), false);
  assert.equal(canMoveClaim('verified', 'approved'), true);
  assert.equal(canMoveClaim('paid', 'rejected'), false);
});

test('adjusted twice, and the dates a payment may carry', () => {
  assert.deepEqual(duplicateCodes(['a', 'b', 'a', 'c', 'a', 'b']), ['a', 'b']);
  assert.deepEqual(duplicateCodes(['a', 'b']), []);
  assert.equal(paymentDateProblem('2022-06-18', '2022-06-18', '2022-06-20'), null, 'the approval day itself is fine');
  assert.equal(paymentDateProblem('2022-06-20', '2022-06-18', '2022-06-20'), null, 'so is today');
  assert.match(paymentDateProblem('2022-06-21', '2022-06-18', '2022-06-20')!, /masa depan/);
  assert.match(paymentDateProblem('2022-06-17', '2022-06-18', '2022-06-20')!, /sebelum klaim disetujui \(18 Juni 2022\)/);
});
