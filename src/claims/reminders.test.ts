import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimDeadlines } from './rules.ts';
import { claimReminders, type OpenClaim } from './reminders.ts';

const claim = (over: Partial<OpenClaim> & { today: string; stage1?: string | null; doctor?: string | null; stage2?: string | null }): OpenClaim => ({
  id: 7,
  fullName: 'Siti Aminah',
  program: 'JKK',
  status: 'submitted',
  incidentDate: '2022-05-02',
  approvedTotal: null,
  outstanding: 0,
  checklist: [{ label: 'KTP peserta', required: true, uploaded: true }],
  deadlines: claimDeadlines({
    program: 'JKK',
    incidentDate: '2022-05-02',
    stage1ReportedOn: over.stage1 ?? null,
    doctorStatementOn: over.doctor ?? null,
    stage2ReportedOn: over.stage2 ?? null,
    claimExpiryYears: 5,
    today: over.today,
  }),
  ...over,
});

test('a stage-I report due tomorrow is a warning; once missed it is a danger with its consequence', () => {
  const soon = claimReminders(claim({ today: '2022-05-03' }), '2022-05-03');
  assert.deepEqual(
    soon.map((r) => [r.kind, r.severity, r.date]),
    [['claim_deadline', 'warning', '2022-05-04']],
  );
  assert.match(soon[0]!.message, /Klaim JKK #7 \(Siti Aminah\): Laporan tahap I .* paling lambat 4 Mei 2022/);
  const missed = claimReminders(claim({ today: '2022-05-05' }), '2022-05-05');
  assert.equal(missed[0]!.severity, 'danger');
  assert.match(missed[0]!.message, /lewat batas 4 Mei 2022\. Manfaat menjadi tanggungan pemberi kerja lebih dahulu/);
});

test("reports on time raise nothing; the 30-day decision is only BPJS's while the claim waits", () => {
  const onTime = claim({ today: '2022-05-10', stage1: '2022-05-03', doctor: '2022-05-08', stage2: '2022-05-09' });
  assert.deepEqual(claimReminders(onTime, '2022-05-10'), []);
  const late = claim({ today: '2022-06-10', stage1: '2022-05-03', doctor: '2022-05-08', stage2: '2022-05-09' });
  assert.match(
    claimReminders(late, '2022-06-10')
      .map((r) => r.message)
      .join(' '),
    /Penetapan kecelakaan kerja oleh BPJS .* lewat batas 2 Juni 2022/,
  );
  assert.deepEqual(claimReminders({ ...late, status: 'verified' }, '2022-06-10'), []);
});

test('missing documents while submitted, an unpaid approval, and nothing once paid or rejected', () => {
  const base = claim({ today: '2022-05-10', stage1: '2022-05-03' });
  const docs = claimReminders(
    {
      ...base,
      checklist: [
        { label: 'KTP peserta', required: true, uploaded: false },
        { label: 'Kuitansi', required: false, uploaded: false },
      ],
    },
    '2022-05-10',
  );
  assert.deepEqual(
    docs.map((r) => [r.kind, r.message.split(': ').at(-1)]),
    [['claim_documents', 'dokumen wajib belum lengkap (KTP peserta)']],
  );
  const unpaid = claimReminders({ ...base, status: 'approved', approvedTotal: 10_265_000, outstanding: 9_265_000 }, '2022-05-10');
  assert.match(unpaid[0]!.message, /disetujui Rp 10\.265\.000, belum dibayar Rp 9\.265\.000/);
  assert.deepEqual(claimReminders({ ...base, status: 'paid' }, '2022-05-10'), []);
  assert.deepEqual(claimReminders({ ...base, status: 'rejected', deadlines: claim({ today: '2022-05-05' }).deadlines }, '2022-05-10'), []);
});

test('open claims appear among the monitoring reminders', async () => {
  const { createHarness } = await import('../testing/harness.ts');
  const { jkkClaim, sitiAndBudi } = await import('./testing.ts');
  const h = await createHarness({ today: '2022-06-20' });
  try {
    const { employeeId, agreementId } = await sitiAndBudi(h);
    const admin = await h.login('admin');
    const filed = await admin.request({
      method: 'POST',
      url: '/api/v1/claims',
      payload: jkkClaim(employeeId, { stage1ReportedOn: null, doctorStatementOn: null, stage2ReportedOn: null }),
    });
    assert.equal(filed.statusCode, 201, filed.body);
    const res = await admin.request({ method: 'GET', url: `/api/v1/monitoring/reminders?agreementId=${agreementId}` });
    assert.equal(res.statusCode, 200);
    const claimItems = res.json().items.filter((r: { kind: string }) => r.kind.startsWith('claim_'));
    assert.deepEqual(
      claimItems.map((r: { kind: string; severity: string; link: string }) => [r.kind, r.severity, r.link]),
      [
        ['claim_documents', 'warning', `/klaim/${filed.json().id}`],
        ['claim_deadline', 'danger', `/klaim/${filed.json().id}`],
      ],
    );
  } finally {
    await h.close();
  }
});
