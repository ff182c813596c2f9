/**
 * Claims and the law's clocks (issue #12): an accident on 29 Februari 2024 files; the 2 × 24-hour
 * clock runs from the hour of the accident; BPJS's decision closes when it verifies; BPJS's own
 * payment deadline (PP 44/2015 Pasal 37) and its penalty; the agreement's validity and the
 * reported wage bind a claim; bad times are refused in Bahasa and nothing is stored.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { createServices } from '../services.ts';
import { AppError } from '../core/errors.ts';
import { doc, JKK_REQUIRED, jkkClaim, sitiAndBudi } from './testing.ts';

describe('claim clocks', () => {
  let h: Harness;
  let admin: Client;
  let officer: Client;
  let employeeId: number;
  let agreementId: number;

  const count = async () =>
    Number(
      (
        await h.handle.db
          .selectFrom('claims')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const leap = (over: Record<string, unknown> = {}) =>
    jkkClaim(employeeId, {
      incidentDate: '2024-02-29',
      incidentTime: '14:30',
      stage1ReportedOn: '2024-03-01',
      doctorStatementOn: null,
      stage2ReportedOn: null,
      benefit: { medicalCost: 3_500_000 },
      ...over,
    });

  before(async () => {
    h = await createHarness({ today: '2024-03-04' });
    admin = await h.login('admin');
    officer = await h.login('bpjs_officer');
    ({ employeeId, agreementId } = await sitiAndBudi(h));
    const bill = await h.services.contributions.createBill(h.admin, { agreementId, period: '2024-02', issueDate: '2024-02-01' });
    await h.services.contributions.recordPayment(h.admin, { billId: bill.id, amount: bill.amountDue, paidOn: '2024-02-10', bankReference: 'K-2402' });
  });
  after(() => h.close());

  test('29 Februari 2024 files; stage I is due 48 hours after 14:30 WITA; the claim limit is 28 Februari 2029', async () => {
    const res = await admin.request({ method: 'POST', url: '/api/v1/claims', payload: leap() });
    assert.equal(res.statusCode, 201, res.body);
    const c = res.json();
    assert.equal(c.incidentTime, '14:30');
    assert.deepEqual(
      c.deadlines.map((d: { code: string; due: string; dueAt: string | null; status: string }) => [d.code, d.due, d.dueAt, d.status]),
      [
        ['stage1', '2024-03-02', '2024-03-02T14:30', 'on_time'],
        ['decision', '2024-03-31', null, 'open'],
        ['expiry', '2029-02-28', null, 'open'],
      ],
    );
  });

  test('BPJS verifies: the decision closes that day, the 7-working-day payment clock starts; paid 2 days late → 1% × 2 days to the participant', async () => {
    const c = (await admin.request({ method: 'POST', url: '/api/v1/claims', payload: leap({ incidentDate: '2024-02-28', incidentTime: '08:00' }) })).json(); // another incident: one open claim per incident (issue #13)
    for (const code of JKK_REQUIRED)
      assert.equal((await admin.request({ method: 'POST', url: `/api/v1/claims/${c.id}/documents`, payload: doc(code) })).statusCode, 200);
    const verified = (await officer.request({ method: 'POST', url: `/api/v1/claims/${c.id}/verify` })).json();
    const decision = verified.deadlines.find((d: { code: string }) => d.code === 'decision');
    assert.deepEqual([decision.doneOn, decision.status], ['2024-03-04', 'on_time']);
    const payment = verified.deadlines.find((d: { code: string }) => d.code === 'payment');
    // Monday 4 Maret 2024 + 7 working days, skipping Nyepi (Monday 11 Maret) and its cuti bersama
    // (Tuesday 12 Maret) from the holiday calendar: 5, 6, 7, 8, 13, 14, 15 → Friday 15 Maret 2024.
    assert.deepEqual([payment.due, payment.status, payment.basis], ['2024-03-15', 'open', 'PP 44/2015 Pasal 37 ayat (2)–(3)']);
    const approved = (await officer.request({ method: 'POST', url: `/api/v1/claims/${c.id}/approve`, payload: { adjustments: [] } })).json();
    assert.equal(approved.approvedTotal, 3_500_000);
    h.setToday('2024-03-14');
    const stillOpen = (await officer.request({ method: 'GET', url: `/api/v1/claims/${c.id}` }))
      .json()
      .deadlines.find((d: { code: string }) => d.code === 'payment');
    assert.deepEqual(
      [stillOpen.due, stillOpen.status, stillOpen.penalty],
      ['2024-03-15', 'open', null],
      'without the holidays it would have been missed since 13 Maret',
    );
    h.setToday('2024-03-17');
    const paid = (
      await officer.request({
        method: 'POST',
        url: `/api/v1/claims/${c.id}/payments`,
        payload: { amount: 3_500_000, paidOn: '2024-03-17', reference: 'BPJS-1' },
      })
    ).json();
    assert.equal(paid.status, 'paid');
    const late = paid.deadlines.find((d: { code: string }) => d.code === 'payment');
    assert.deepEqual([late.doneOn, late.status, late.penalty.daysLate, late.penalty.amount], ['2024-03-17', 'late', 2, 70_000]);
    assert.match(late.consequence, /BPJS dikenai ganti rugi Rp 70\.000 kepada peserta \(1% × Rp 3\.500\.000 × 2 hari = Rp 70\.000/);
    const row = await h.handle.db
      .selectFrom('claims')
      .select(['decided_on', 'documents_complete_on', 'paid_on'])
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [String(row.decided_on).slice(0, 10), String(row.documents_complete_on).slice(0, 10), String(row.paid_on).slice(0, 10)],
      ['2024-03-04', '2024-03-04', '2024-03-17'],
    );
    h.setToday('2024-03-04');
  });

  test('bad times: a time without a date, a time in the future, an impossible hour → 400 in Bahasa, nothing stored', async () => {
    const before = await count();
    const { incidentDate: _dropped, ...noDate } = leap();
    const missing = await admin.request({ method: 'POST', url: '/api/v1/claims', payload: noDate });
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /Tanggal kejadian wajib diisi/);
    const hour = await admin.request({ method: 'POST', url: '/api/v1/claims', payload: leap({ incidentTime: '25:10' }) });
    assert.equal(hour.statusCode, 400);
    assert.match(hour.body, /Jam kejadian berformat JJ:MM/);
    // a clock at 10:00 WITA on 29 Februari 2024: 11:00 that day has not happened yet
    const services = createServices(h.handle, { timeZone: 'Asia/Makassar', today: () => '2024-02-29', now: () => '2024-02-29T10:00' });
    await assert.rejects(services.claims.file(h.admin, leap({ incidentTime: '11:00', stage1ReportedOn: null })), (e: unknown) => {
      assert.ok(e instanceof AppError);
      assert.equal(e.code, 'validation_failed');
      assert.equal(e.message, 'Jam kejadian 11:00 pada 29 Februari 2024 ada di masa depan (sekarang pukul 10:00 WITA)');
      return true;
    });
    // The claim of 14:30 is refused first: one open claim per employee, incident date, programme and outcome (issue #13).
    const open = await h.handle.db
      .selectFrom('claims')
      .select('id')
      .where('incident_date', '=', '2024-02-29')
      .where('outcome', '=', 'recovered')
      .executeTakeFirstOrThrow();
    assert.equal(
      (await officer.request({ method: 'POST', url: `/api/v1/claims/${open.id}/reject`, payload: { reason: 'Jam kejadian salah; diajukan ulang' } }))
        .statusCode,
      200,
    );
    const earlier = await services.claims.file(h.admin, leap({ incidentTime: '09:15', stage1ReportedOn: null }));
    assert.deepEqual([earlier.deadlines[0]!.dueAt, earlier.deadlines[0]!.status], ['2024-03-02T09:15', 'open']);
    assert.equal(await count(), before + 1, 'only the claim of 09:15 was stored');
  });

  test('the agreement binds a claim: incidents outside its validity and a stated wage other than the reported one are refused', async () => {
    const before = await count();
    const early = await admin.request({
      method: 'POST',
      url: '/api/v1/claims',
      payload: leap({ incidentDate: '2022-03-10', incidentTime: '', stage1ReportedOn: null }),
    });
    assert.equal(early.statusCode, 400);
    assert.equal(
      early.json().error.message,
      'Siti Aminah: Tanggal kejadian 10 Maret 2022 di luar masa berlaku perjanjian 119/323/SETDA/III/2022 (14 Maret 2022 s.d. 13 Maret 2024); manfaat tidak dihitung menurut perjanjian ini (PKS Pasal 10)',
    );
    h.setToday('2024-04-10');
    const late = await admin.request({
      method: 'POST',
      url: '/api/v1/claims',
      payload: leap({ incidentDate: '2024-04-02', incidentTime: '', stage1ReportedOn: null }),
    });
    h.setToday('2024-03-04');
    assert.equal(late.statusCode, 400);
    assert.match(
      late.json().error.message,
      /Tanggal kejadian 2 April 2024 di luar masa berlaku perjanjian 119\/323\/SETDA\/III\/2022 \(14 Maret 2022 s\.d\. 13 Maret 2024\)/,
    );
    const wage = await admin.request({ method: 'POST', url: '/api/v1/claims', payload: leap({ benefit: { medicalCost: 3_500_000, wage: 3_000_000 } }) });
    assert.equal(wage.statusCode, 400);
    assert.equal(
      wage.json().error.message,
      'Upah yang dilaporkan menurut PKS adalah Rp 1.765.000 (PKS Pasal 4 ayat (2)); manfaat dihitung dari upah tersebut, bukan Rp 3.000.000. Kosongkan upah atau isi Rp 1.765.000.',
    );
    assert.equal(await count(), before, 'nothing stored');
    const same = await admin.request({ method: 'POST', url: '/api/v1/claims', payload: leap({ outcome: 'death', benefit: { wage: 1_765_000 } }) });
    assert.equal(same.statusCode, 201, same.body);
    assert.equal(same.json().total, 106_720_000);
  });
});
