import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { doc, JKK_REQUIRED, jkkClaim, sitiAndBudi } from './testing.ts';

describe('claims', () => {
  let h: Harness;
  let admin: Client;
  let officer: Client;
  let employeeId: number;
  let unprotectedId: number;
  let agreementId: number;

  before(async () => {
    h = await createHarness({ today: '2022-06-20' });
    admin = await h.login('admin');
    officer = await h.login('bpjs_officer');
    ({ employeeId, unprotectedId, agreementId } = await sitiAndBudi(h));
  });
  after(() => h.close());

  const jkk = (over: Record<string, unknown> = {}) => jkkClaim(employeeId, over);

  test('a JKK claim walks submitted → verified → approved (with an adjustment) → paid in installments', async () => {
    const filed = await admin.request({ method: 'POST', url: '/api/v1/claims', payload: jkk() });
    assert.equal(filed.statusCode, 201, filed.body);
    const c = filed.json();
    assert.equal(c.status, 'submitted');
    assert.deepEqual(
      c.deadlines.map((d: { code: string; status: string }) => [d.code, d.status]),
      [
        ['stage1', 'on_time'],
        ['decision', 'missed'],
        ['stage2', 'on_time'],
        ['expiry', 'on_time'],
      ],
    );
    // medical 3.500.000 + land transport capped 5.000.000 + STMB 39 days (30 at 100% + 9 pro rata)
    const amounts = Object.fromEntries(c.items.map((i: { code: string; amount: number }) => [i.code, i.amount]));
    const total = c.total;
    assert.ok(Object.values(amounts).includes(5_000_000), JSON.stringify(amounts));
    const early = await officer.request({ method: 'POST', url: `/api/v1/claims/${c.id}/verify` });
    assert.equal(early.statusCode, 409);
    assert.match(early.json().error.message, /Dokumen wajib belum lengkap/);
    for (const code of JKK_REQUIRED) {
      assert.equal((await admin.request({ method: 'POST', url: `/api/v1/claims/${c.id}/documents`, payload: doc(code) })).statusCode, 200);
    }
    const byAdmin = await admin.request({ method: 'POST', url: `/api/v1/claims/${c.id}/verify` });
    assert.equal(byAdmin.statusCode, 403, 'verification is the branch’s');
    assert.equal((await officer.request({ method: 'POST', url: `/api/v1/claims/${c.id}/verify` })).json().status, 'verified');
    const medicalCode = c.items.find((i: { amount: number }) => i.amount === 3_500_000).code;
    const approved = (
      await officer.request({
        method: 'POST',
        url: `/api/v1/claims/${c.id}/approve`,
        payload: { adjustments: [{ code: medicalCode, amount: 3_000_000, reason: 'Kuitansi Rp 500.000 tidak sah' }] },
      })
    ).json();
    assert.equal(approved.status, 'approved');
    assert.equal(approved.approvedTotal, total - 500_000);
    const medical = approved.items.find((i: { code: string }) => i.code === medicalCode);
    assert.deepEqual([medical.computed, medical.amount, medical.adjustment.reason], [3_500_000, 3_000_000, 'Kuitansi Rp 500.000 tidak sah']);
    const first = (
      await officer.request({
        method: 'POST',
        url: `/api/v1/claims/${c.id}/payments`,
        payload: { amount: 1_000_000, paidOn: '2022-06-20', reference: 'STMB-1' },
      })
    ).json();
    assert.equal(first.status, 'approved');
    const over = await officer.request({
      method: 'POST',
      url: `/api/v1/claims/${c.id}/payments`,
      payload: { amount: approved.approvedTotal, paidOn: '2022-06-20', reference: 'X' },
    });
    assert.equal(over.statusCode, 400);
    const done = (
      await officer.request({
        method: 'POST',
        url: `/api/v1/claims/${c.id}/payments`,
        payload: { amount: approved.approvedTotal - 1_000_000, paidOn: '2022-06-20', reference: 'STMB-2' },
      })
    ).json();
    assert.equal(done.status, 'paid');
    assert.deepEqual(
      done.timeline.map((e: { to: string }) => e.to),
      ['submitted', 'verified', 'approved', 'approved', 'paid'],
    );
    const { pdfToText } = await import('../testing/pdftotext.ts');
    const letter = await admin.request({ method: 'GET', url: `/api/v1/claims/${c.id}/letter.pdf` });
    const text = (await pdfToText(letter.rawPayload)).replace(/\s+/g, ' ');
    assert.match(text, /SURAT KLAIM JAMINAN KECELAKAAN KERJA/);
    assert.match(text, /Siti Aminah/);
    assert.match(text, /disesuaikan: Kuitansi Rp 500\.000/);
    assert.match(text, /JUMLAH Rp \d/);
  });

  test('eligibility and bad input: not protected, incident after report, unknown table code, open death claim', async () => {
    const notProtected = await admin.request({ method: 'POST', url: '/api/v1/claims', payload: jkk({ employeeId: unprotectedId }) });
    assert.equal(notProtected.statusCode, 400);
    assert.match(notProtected.json().error.message, /La Ode Budi tidak terlindungi pada 2 Mei 2022: Belum terdaftar/);
    // An unpaid month is no longer a refusal (awaiting payment or in arrears may file: claims/protection-states.test.ts); before enrolment is.
    const beforeEnrolment = await admin.request({
      method: 'POST',
      url: '/api/v1/claims',
      payload: jkk({ incidentDate: '2022-03-20', stage1ReportedOn: null, doctorStatementOn: null, stage2ReportedOn: null }),
    });
    assert.equal(beforeEnrolment.statusCode, 400);
    assert.match(beforeEnrolment.json().error.message, /Siti Aminah tidak terlindungi pada 20 Maret 2022: Kepesertaan baru berlaku sejak 1 April 2022/);
    assert.deepEqual(beforeEnrolment.json().error.details, { code: 'before_enrolment', state: 'not_covered' });
    const order = await admin.request({ method: 'POST', url: '/api/v1/claims', payload: jkk({ stage1ReportedOn: '2022-05-01' }) });
    assert.equal(order.statusCode, 400);
    const table = await admin.request({
      method: 'POST',
      url: '/api/v1/claims',
      payload: jkk({ outcome: 'partial_anatomical', benefit: { disabilities: [{ code: 'tidak-ada' }] } }),
    });
    assert.equal(table.statusCode, 400);
    const death = await admin.request({
      method: 'POST',
      url: '/api/v1/claims',
      payload: jkk({ program: 'JKM', outcome: 'death', stage1ReportedOn: null, doctorStatementOn: null, stage2ReportedOn: null, benefit: {} }),
    });
    assert.equal(death.statusCode, 201, death.body);
    assert.equal(death.json().total, 42_000_000);
    const again = await admin.request({
      method: 'POST',
      url: '/api/v1/claims',
      payload: jkk({ program: 'JKM', outcome: 'death', stage1ReportedOn: null, doctorStatementOn: null, stage2ReportedOn: null, benefit: {} }),
    });
    assert.equal(again.statusCode, 409);
    const rejected = await officer.request({
      method: 'POST',
      url: `/api/v1/claims/${death.json().id}/reject`,
      payload: { reason: 'Ahli waris belum ditetapkan' },
    });
    assert.equal(rejected.json().status, 'rejected');
    const dash = (await admin.request({ method: 'GET', url: `/api/v1/monitoring/dashboard?agreementId=${agreementId}` })).json();
    assert.deepEqual(dash.claims.map((r: { program: string; status: string; count: number; paid: number }) => [r.program, r.status, r.count, r.paid]).sort(), [
      ['JKK', 'paid', 1, dash.claims.find((r: { program: string }) => r.program === 'JKK').approved],
      ['JKM', 'rejected', 1, 0],
    ]);
    const count = await h.handle.db
      .selectFrom('claims')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 2, 'nothing stored for refused claims');
  });
});
