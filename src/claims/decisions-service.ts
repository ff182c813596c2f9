/**
 * The claim's workflow after filing: documents, BPJS's verification, approval with the computed
 * benefits (adjustments only with a reason), rejection, and payments (STMB in installments).
 * Every step records who and when.
 */
import { createHash } from 'node:crypto';
import type { Kysely, Updateable } from 'kysely';
import type { ClaimsTable, DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { AppError, notFound } from '../core/errors.ts';
import { formatDateId } from '../core/dates.ts';
import { formatRupiah, sumRupiah } from '../core/money.ts';
import { withTextLanguage } from '../core/language.ts';
import { normalizeReferenceKey, parseOrThrow } from '../core/validation.ts';
import { recordAudit } from '../audit/index.ts';
import { lockClaim } from '../db/counters.ts';
import * as repo from './repo.ts';
import { canMoveClaim, CLAIM_STATUS_LABEL, duplicateCodes, paymentDateProblem, type ClaimStatus } from './rules.ts';
import { approveSchema, claimPaymentSchema, documentSchema, rejectClaimSchema } from './schemas.ts';
import type { ClaimsContext } from './context.ts';
import type { ClaimView } from './reads-service.ts';

export function createClaimDecisions(
  { db, today, benefits, officeDay, load, event, requestOf, checklistOf }: ClaimsContext,
  get: (actor: Actor, id: number) => Promise<ClaimView>,
) {
  async function move(
    actor: Actor,
    id: number,
    to: ClaimStatus,
    patch: Updateable<ClaimsTable>,
    note: string | null,
    check?: (c: repo.ClaimRecord) => Promise<void>,
  ) {
    await db.transaction().execute(async (trx) => {
      await lockClaim(trx, id); // a parallel decision on this claim waits, then sees this one's status
      const c = await load(trx, id, actor);
      if (!canMoveClaim(c.status, to))
        throw new AppError('invalid_state', `Klaim berstatus ${CLAIM_STATUS_LABEL[c.status]} tidak dapat menjadi ${CLAIM_STATUS_LABEL[to]}`);
      await check?.(c);
      await repo.updateClaim(trx, id, { ...patch, status: to });
      await event(trx, actor, id, c.status, to, note);
      await recordAudit(trx, actor, {
        action: `claim.${to}`,
        entityType: 'claim',
        entityId: id,
        before: { status: c.status },
        after: { status: to, ...patch, note },
      });
    });
  }

  /**
   * The office day of the approval event. A clock set back (tests, demos) can put that day after
   * "today"; the service's today is then taken, so a payment can still be recorded on it.
   */
  async function approvedOn(executor: Kysely<DB>, id: number): Promise<string> {
    const at = await repo.approvalInstant(executor, id);
    const day = today();
    if (!at) return day;
    const eventDay = officeDay(at);
    return eventDay < day ? eventDay : day;
  }

  /**
   * A payment whose reference (case and spaces aside) the claim already has: with the same amount and
   * date it is a retry (true); with another amount or date a 409. False for a new reference.
   */
  function isRetryOf(
    payments: { reference: string; amount: number; paid_on: string }[],
    input: { reference: string; amount: number; paidOn: string },
  ): boolean {
    const referenceKey = normalizeReferenceKey(input.reference);
    const same = payments.find((p) => normalizeReferenceKey(p.reference) === referenceKey);
    if (!same) return false;
    if (same.amount === input.amount && same.paid_on === input.paidOn) return true;
    throw new AppError(
      'conflict',
      `Nomor referensi ${input.reference} sudah dipakai untuk pembayaran lain klaim ini (${formatDateId(same.paid_on)}, ${formatRupiah(same.amount)})`,
    );
  }

  return {
    /** Filing is the regency's (admin, the unit's operator): a BPJS officer or a viewer adds no document. */
    async addDocument(actor: Actor, id: number, raw: unknown) {
      authorize(actor, 'claims:file');
      const input = parseOrThrow(documentSchema, raw);
      const content = Buffer.from(input.contentBase64, 'base64');
      if (!content.length || content.length > 10 * 1024 * 1024) throw new AppError('bad_file', 'Berkas kosong atau lebih dari 10 MB');
      await db.transaction().execute(async (trx) => {
        const c = await load(trx, id, actor);
        if (c.status === 'paid' || c.status === 'rejected') throw new AppError('invalid_state', 'Klaim sudah selesai');
        const checklist = checklistOf(c);
        if (!checklist.some((item) => item.code === input.code)) {
          throw new AppError(
            'validation_failed',
            `Jenis dokumen "${input.code}" tidak ada dalam daftar dokumen klaim ini (${checklist.map((i) => i.code).join(', ')})`,
            { issues: [{ path: 'code', message: 'Bukan dokumen klaim ini' }] },
          );
        }
        const fileId = await repo.insertClaimDocument(trx, {
          claimId: id,
          code: input.code,
          name: input.name,
          mime: input.mime,
          content,
          sha256: createHash('sha256').update(content).digest('hex'),
          uploadedBy: actor.label,
        });
        await recordAudit(trx, actor, { action: 'claim.document', entityType: 'claim', entityId: id, after: { code: input.code, name: input.name, fileId } });
      });
      return get(actor, id);
    },

    async document(actor: Actor, id: number, documentId: number) {
      authorize(actor, 'claims:read');
      await load(db, id, actor);
      const doc = await repo.claimDocumentFile(db, id, documentId);
      if (!doc) throw notFound('Dokumen', documentId);
      return doc;
    },

    async verify(actor: Actor, id: number) {
      authorize(actor, 'claims:process');
      const missing = (await get(actor, id)).checklist.filter((i) => i.required && !i.uploaded);
      if (missing.length)
        throw new AppError('invalid_state', `Dokumen wajib belum lengkap: ${missing.map((m) => m.label).join('; ')}`, { missing: missing.map((m) => m.code) });
      const day = today();
      await move(actor, id, 'verified', { decided_on: day, documents_complete_on: day }, null);
      return get(actor, id);
    },

    async approve(actor: Actor, id: number, raw: unknown) {
      authorize(actor, 'claims:process');
      const input = parseOrThrow(approveSchema, raw);
      const c = await load(db, id, actor);
      // The quote kept with the approval is written in Bahasa; an English screen reads it back through storedQuoteInLanguage.
      const quote = await withTextLanguage('id', () => benefits.quote(requestOf(c)));
      const twice = duplicateCodes(input.adjustments.map((a) => a.code));
      if (twice.length) throw new AppError('validation_failed', `Butir ${twice.join(', ')} disesuaikan lebih dari sekali; satu penyesuaian per butir`);
      for (const a of input.adjustments) {
        if (!quote.items.some((i) => i.code === a.code)) throw new AppError('validation_failed', `Butir ${a.code} tidak ada dalam perhitungan`);
      }
      const total = sumRupiah(quote.items.map((i) => input.adjustments.find((a) => a.code === i.code)?.amount ?? i.amount));
      await move(
        actor,
        id,
        'approved',
        { quote_json: JSON.stringify(quote), adjustments_json: JSON.stringify(input.adjustments), approved_total: total },
        `disetujui ${formatRupiah(total)}${input.adjustments.length ? ` (${input.adjustments.length} butir disesuaikan)` : ''}`,
      );
      return get(actor, id);
    },

    async reject(actor: Actor, id: number, raw: unknown) {
      authorize(actor, 'claims:process');
      const input = parseOrThrow(rejectClaimSchema, raw);
      const c = await load(db, id);
      await move(actor, id, 'rejected', { rejection_reason: input.reason, ...(c.decided_on ? {} : { decided_on: today() }) }, input.reason);
      return get(actor, id);
    },

    /**
     * A payment (an STMB installment or the whole); the claim is paid when payments reach the approved total.
     * The same reference again (case and spaces aside) with the same amount and date is a retry: nothing is
     * recorded and the claim comes back as it is; with another amount or date it is a 409.
     */
    async pay(actor: Actor, id: number, raw: unknown) {
      authorize(actor, 'claims:process');
      const input = parseOrThrow(claimPaymentSchema, raw);
      await db.transaction().execute(async (trx) => {
        await lockClaim(trx, id); // parallel payments of one claim are taken one at a time
        const c = await load(trx, id, actor);
        const payments = await repo.claimPayments(trx, id);
        if (isRetryOf(payments, input)) return; // already recorded
        if (c.status !== 'approved')
          throw new AppError('invalid_state', `Klaim berstatus ${CLAIM_STATUS_LABEL[c.status]}; pembayaran hanya untuk klaim yang disetujui`);
        const dateProblem = paymentDateProblem(input.paidOn, await approvedOn(trx, id), today());
        if (dateProblem) throw new AppError('validation_failed', dateProblem, { issues: [{ path: 'paidOn', message: dateProblem }] });
        const paid = sumRupiah(payments.map((p) => p.amount));
        if (paid + input.amount > (c.approved_total ?? 0))
          throw new AppError('validation_failed', `Pembayaran melebihi sisa manfaat yang disetujui (${formatRupiah((c.approved_total ?? 0) - paid)})`);
        await repo.insertClaimPayment(trx, {
          claimId: id,
          paidOn: input.paidOn,
          amount: input.amount,
          reference: input.reference,
          note: input.note,
          createdBy: actor.label,
        });
        await recordAudit(trx, actor, { action: 'claim.payment', entityType: 'claim', entityId: id, after: input });
        if (paid + input.amount === c.approved_total) {
          await repo.updateClaim(trx, id, { status: 'paid', paid_on: input.paidOn });
          await event(trx, actor, id, 'approved', 'paid', `dibayar ${formatRupiah(paid + input.amount)} (${input.reference})`);
        } else {
          await event(trx, actor, id, 'approved', 'approved', `angsuran ${formatRupiah(input.amount)} (${input.reference})`);
        }
      });
      return get(actor, id);
    },
  };
}
