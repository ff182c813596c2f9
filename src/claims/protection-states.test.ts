/**
 * Claims intake speaks the protection states: a participant whose month is billed but not yet due
 * is protected ("awaiting payment") and files; a claim in arrears is accepted with the regulation's
 * consequence on its record; not covered is refused with the reason.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Harness } from '../testing/harness.ts';
import type { AppError } from '../core/errors.ts';
import { jkkClaim, sitiAndBudi } from './testing.ts';

describe('claims intake and the protection states', () => {
  let h: Harness;
  let siti: number;
  let budi: number;
  let agreementId: number;
  before(async () => {
    h = await createHarness({ today: '2022-06-20' });
    ({ employeeId: siti, unprotectedId: budi, agreementId } = await sitiAndBudi(h));
    // Siti is enrolled from 1 April and May is paid; April is billed and paid too, so nothing before June is owed.
    const april = await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-04', issueDate: '2022-04-01' });
    await h.services.contributions.recordPayment(h.admin, { billId: april.id, amount: april.amountDue, paidOn: '2022-04-20', bankReference: 'PS-04' });
  });
  after(() => h.close());

  const claimOn = (employeeId: number, incidentDate: string, stage1ReportedOn: string) =>
    jkkClaim(employeeId, { incidentDate, stage1ReportedOn, doctorStatementOn: undefined, stage2ReportedOn: undefined });

  test('enrolled, June billed and not yet due: protected, awaiting payment, and the claim is filed', async () => {
    const june = await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-06', issueDate: '2022-06-20' });
    assert.equal(june.amountDue, 9_531);
    assert.equal(june.dueDate, '2022-07-15');
    const v = await h.services.contributions.protectionOf(siti, '2022-06-18');
    assert.deepEqual(
      [v.protected, v.state, v.params.dueDate, v.params.billNumber, v.params.outstanding],
      [true, 'awaiting_payment', '2022-07-15', june.number, 9_531],
    );
    const claim = await h.services.claims.file(h.admin, claimOn(siti, '2022-06-18', '2022-06-19'));
    assert.equal(claim.status, 'submitted');
    assert.equal(claim.timeline.length, 1);
    assert.doesNotMatch(claim.timeline[0]!.note ?? '', /Menunggak/);
  });

  test('in arrears (June unpaid after 15 July): the claim is accepted and carries the consequence', async () => {
    h.setToday('2022-07-20');
    const v = await h.services.contributions.protectionOf(siti, '2022-06-25');
    assert.deepEqual([v.protected, v.state, v.params.daysOverdue], [false, 'in_arrears', 5]);
    const claim = await h.services.claims.file(h.admin, claimOn(siti, '2022-06-25', '2022-06-26'));
    assert.equal(claim.status, 'submitted');
    const note = claim.timeline[0]!.note ?? '';
    assert.match(note, /Menunggak: iuran Juni 2022 lewat jatuh tempo 15 Juli 2022 \(5 hari; tagihan .*, kurang Rp 9\.531\)/);
    assert.match(note, /Akibat: Tunggakan 1 bulan \(sampai 3 bulan berturut-turut\): BPJS Ketenagakerjaan tetap membayar manfaat JKK\. Iuran menunggak\./);
    assert.match(note, /belum terkonfirmasi/);
  });

  test('not covered: never enrolled is refused with the reason and the state, nothing stored', async () => {
    const before = (
      await h.handle.db
        .selectFrom('claims')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
    await assert.rejects(h.services.claims.file(h.admin, claimOn(budi, '2022-06-25', '2022-06-26')), (e: AppError) => {
      assert.equal(e.status, 400);
      assert.equal(e.message, 'La Ode Budi tidak terlindungi pada 25 Juni 2022: Belum terdaftar sebagai peserta JKK + JKM');
      assert.deepEqual(e.details, { code: 'not_enrolled', state: 'not_covered' });
      return true;
    });
    const after = (
      await h.handle.db
        .selectFrom('claims')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
    assert.equal(Number(after), Number(before));
  });
});
