import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canMoveClaim, claimDeadlines, documentChecklist, duplicateCodes, paymentDateProblem } from './rules.ts';

test('the reporting clock: stage I in 2 × 24 hours, 30-day decision, stage II, 5-year expiry', () => {
  const base = { program: 'JKK' as const, incidentDate: '2023-05-02', claimExpiryYears: 5, today: '2023-05-20' };
  const onTime = claimDeadlines({ ...base, stage1ReportedOn: '2023-05-04', doctorStatementOn: '2023-05-15', stage2ReportedOn: '2023-05-17' });
  assert.deepEqual(
    onTime.map((d) => [d.code, d.due, d.status]),
    [
      ['stage1', '2023-05-04', 'on_time'],
      ['decision', '2023-06-03', 'open'],
      ['stage2', '2023-05-17', 'on_time'],
      ['expiry', '2028-05-02', 'on_time'],
    ],
  );
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

test('an accident on 29 Februari 2024: the 5-year limit is 28 Februari 2029', () => {
  const ds = claimDeadlines({
    program: 'JKK',
    incidentDate: '2024-02-29',
    incidentTime: '',
    stage1ReportedOn: '2024-03-01',
    doctorStatementOn: null,
    stage2ReportedOn: null,
    claimExpiryYears: 5,
    today: '2024-03-05',
  });
  assert.deepEqual(
    ds.map((d) => [d.code, d.due]),
    [
      ['stage1', '2024-03-02'],
      ['decision', '2024-03-31'],
      ['expiry', '2029-02-28'],
    ],
  );
});

test('the 2 × 24-hour clock runs from the hour of the accident (office zone)', () => {
  const base = {
    program: 'JKK' as const,
    incidentDate: '2024-02-29',
    incidentTime: '14:30',
    stage1ReportedOn: null,
    doctorStatementOn: null,
    stage2ReportedOn: null,
    claimExpiryYears: 5,
    today: '2024-03-02',
  };
  const before = claimDeadlines({ ...base, now: '2024-03-02T14:29' })[0]!;
  assert.deepEqual([before.due, before.dueAt, before.status], ['2024-03-02', '2024-03-02T14:30', 'open']);
  const after = claimDeadlines({ ...base, now: '2024-03-02T14:31' })[0]!;
  assert.deepEqual([after.dueAt, after.status], ['2024-03-02T14:30', 'missed']);
  const night = claimDeadlines({ ...base, incidentTime: '23:15', now: '2024-03-02T23:00' })[0]!;
  assert.deepEqual([night.due, night.dueAt, night.status], ['2024-03-02', '2024-03-02T23:15', 'open']);
});

test('BPJS decides: the decision clock closes on the day of verification', () => {
  const base = {
    program: 'JKK' as const,
    incidentDate: '2023-05-02',
    stage1ReportedOn: '2023-05-03',
    doctorStatementOn: null,
    stage2ReportedOn: null,
    claimExpiryYears: 5,
    today: '2023-07-20',
  };
  assert.equal(claimDeadlines(base).find((d) => d.code === 'decision')!.status, 'missed');
  const decided = claimDeadlines({ ...base, decidedOn: '2023-05-20' }).find((d) => d.code === 'decision')!;
  assert.deepEqual([decided.status, decided.doneOn], ['on_time', '2023-05-20']);
  assert.equal(claimDeadlines({ ...base, decidedOn: '2023-06-10' }).find((d) => d.code === 'decision')!.status, 'late');
});

test('BPJS pays a complete JKK claim within 7 working days (PP 44/2015 Pasal 37); 1% per day late to the participant', () => {
  const base = {
    program: 'JKK' as const,
    incidentDate: '2023-05-02',
    stage1ReportedOn: '2023-05-03',
    doctorStatementOn: null,
    stage2ReportedOn: null,
    claimExpiryYears: 5,
    decidedOn: '2023-06-01',
    completeOn: '2023-06-01',
    benefitDue: 10_533_335,
  };
  // Thursday 1 Juni 2023 + 7 working days = Monday 12 Juni 2023
  const onTime = claimDeadlines({ ...base, today: '2023-06-20', paidOn: '2023-06-12' }).find((d) => d.code === 'payment')!;
  assert.deepEqual([onTime.due, onTime.status, onTime.penalty], ['2023-06-12', 'on_time', null]);
  const late = claimDeadlines({ ...base, today: '2023-06-20', paidOn: '2023-06-15' }).find((d) => d.code === 'payment')!;
  assert.equal(late.status, 'late');
  // 1% × 10.533.335 × 3 days = 316.000,05 → Rp 316.000 (rounded down)
  assert.deepEqual([late.penalty!.daysLate, late.penalty!.amount], [3, 316_000]);
  assert.match(late.consequence!, /BPJS dikenai ganti rugi Rp 316\.000 kepada peserta/);
  assert.equal(late.basis, 'PP 44/2015 Pasal 37 ayat (2)–(3)');
  const unpaid = claimDeadlines({ ...base, today: '2023-06-14', paidOn: null }).find((d) => d.code === 'payment')!;
  assert.deepEqual([unpaid.status, unpaid.penalty!.daysLate, unpaid.penalty!.amount], ['missed', 2, 210_666]);
  const holiday = claimDeadlines({ ...base, today: '2023-06-10', paidOn: null, isHoliday: (d) => d === '2023-06-02' }).find((d) => d.code === 'payment')!;
  assert.equal(holiday.due, '2023-06-13', 'cuti bersama Waisak 2 Juni 2023 is not a working day when the calendar names it');
  const jkm = claimDeadlines({ ...base, program: 'JKM', today: '2023-06-20', paidOn: '2023-06-15' }).find((d) => d.code === 'payment')!;
  assert.deepEqual([jkm.due, jkm.status, jkm.penalty ?? null], ['2023-06-06', 'late', null]);
  assert.match(jkm.basis, /Belum terkonfirmasi/);
});
