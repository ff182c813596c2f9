/**
 * Payments (PKS Pasal 4): one payment with its receipt number and evidence, or a bank statement
 * in one transaction; the same bank reference again is the same payment, never a second one.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { assertAgreementInScope, canSeeAgreement } from '../core/scope.ts';
import { AppError, notFound } from '../core/errors.ts';
import { formatDateId, parseDate } from '../core/dates.ts';
import { parseOrThrow } from '../core/validation.ts';
import { recordAudit } from '../audit/index.ts';
import { nextNumber } from '../db/counters.ts';
import { receiptNumber } from '../db/migrations/0028_receipt_numbers.ts';
import { uniqueViolation } from '../db/db-errors.ts';
import { insertFile } from '../db/files.ts';
import { normalizeReferenceKey } from '../core/validation.ts';
import { getAgreement } from '../agreements/index.ts';
import * as repo from './repo.ts';
import { paymentSchema } from './schemas.ts';
import { readBankStatement } from './bank-statement.ts';

export function createPaymentsService({ db, today }: { db: Kysely<DB>; today: () => string }) {
  /** The payment's receipt number, TT/<year paid>/00001, taken inside the recording transaction (a rollback gives it back). */
  async function nextReceiptNumber(trx: Kysely<DB>, paidOn: string): Promise<string> {
    const year = parseDate(paidOn).year;
    return receiptNumber(year, await nextNumber(trx, `receipt/${year}`));
  }

  type PaymentInput = ReturnType<typeof paymentSchema.parse>;

  /** The bill a payment is for: named by id or number, in the actor's scope, not a credit note, paid on a day neither in the future nor before the signing. */
  async function payableBill(actor: Actor, input: PaymentInput) {
    const bill = input.billId ? await repo.getBill(db, input.billId) : input.billNumber ? await repo.getBillByNumber(db, input.billNumber) : undefined;
    if (!input.billId && !input.billNumber) throw new AppError('validation_failed', 'Sebutkan tagihan (billId atau billNumber)');
    if (input.paidOn > today())
      throw new AppError('validation_failed', `Tanggal bayar ${formatDateId(input.paidOn)} ada di masa depan`, {
        issues: [{ path: 'paidOn', message: 'Tanggal bayar ada di masa depan' }],
      });
    if (!bill || !(await canSeeAgreement(db, actor, bill.agreement_id))) throw notFound('Tagihan', input.billId ?? input.billNumber);
    if (bill.kind === 'credit') throw new AppError('invalid_state', 'Nota kredit tidak dibayar');
    const signedOn = (await getAgreement(db, bill.agreement_id))?.signed_on;
    if (signedOn && input.paidOn < signedOn) {
      throw new AppError('validation_failed', `Tanggal bayar ${formatDateId(input.paidOn)} sebelum perjanjian ditandatangani (${formatDateId(signedOn)})`, {
        issues: [{ path: 'paidOn', message: 'Tanggal bayar sebelum perjanjian ditandatangani' }],
      });
    }
    return bill;
  }

  /** The evidence of payment (a scan or photo, at most 10 MB) as a stored file: its id. */
  async function storeEvidence(trx: Kysely<DB>, evidence: NonNullable<PaymentInput['evidence']>): Promise<number> {
    const content = Buffer.from(evidence.contentBase64, 'base64');
    if (content.length === 0 || content.length > 10 * 1024 * 1024) throw new AppError('bad_file', 'Bukti bayar kosong atau lebih dari 10 MB');
    return insertFile(trx, {
      name: evidence.name,
      mime: evidence.mime,
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
    });
  }

  return {
    /** Records a payment; the same bank reference again with the same amount is the same payment. */
    async recordPayment(actor: Actor, raw: unknown) {
      authorize(actor, 'contributions:pay');
      const input = parseOrThrow(paymentSchema, raw);
      const bill = await payableBill(actor, input);
      const referenceKey = normalizeReferenceKey(input.bankReference);
      /** The same reference again (case and spaces aside) with the same bill, amount and date is a retry: the first payment comes back. */
      const replayOf = async () => {
        const existing = await repo.findPaymentByReference(db, bill.agreement_id, referenceKey);
        if (!existing) return null;
        if (existing.bill_id === bill.id && existing.amount === input.amount && existing.paid_on === input.paidOn) {
          return {
            id: existing.id,
            receiptNumber: existing.receipt_number,
            billId: bill.id,
            amount: existing.amount,
            paidOn: existing.paid_on,
            method: existing.method,
            bankReference: existing.bank_reference,
            budgetLine: existing.budget_line,
            hasEvidence: existing.evidence_file_id !== null,
            duplicate: true,
          };
        }
        throw new AppError(
          'conflict',
          `Nomor referensi bank ${input.bankReference} sudah dipakai untuk pembayaran lain (${existing.paid_on}, ${existing.amount})`,
        );
      };
      const replay = await replayOf();
      if (replay) return replay;
      const recorded = await db
        .transaction()
        .execute(async (trx) => {
          const fileId = input.evidence ? await storeEvidence(trx, input.evidence) : null;
          const receipt = await nextReceiptNumber(trx, input.paidOn);
          const paymentId = await repo.insertPayment(trx, {
            agreement_id: bill.agreement_id,
            bill_id: bill.id,
            amount: input.amount,
            paid_on: input.paidOn,
            method: input.method,
            bank_reference: input.bankReference,
            bank_reference_key: referenceKey,
            receipt_number: receipt,
            budget_line: input.budgetLine,
            evidence_file_id: fileId,
            note: input.note,
            created_by: actor.label,
          });
          const { evidence: _e, ...logged } = input;
          await recordAudit(trx, actor, {
            action: 'payment.record',
            entityType: 'bill',
            entityId: bill.id,
            after: { ...logged, paymentId, receiptNumber: receipt, evidenceFileId: fileId },
          });
          return { id: paymentId, receiptNumber: receipt };
        })
        .catch(async (error: unknown) => {
          // Lost a race with the same reference: the winner's payment is the answer (or a 409).
          if (uniqueViolation(error)?.startsWith('payments_agreement_reference')) {
            const winner = await replayOf();
            if (winner) return winner;
          }
          throw error;
        });
      if ('duplicate' in recorded) return recorded;
      return {
        id: recorded.id,
        receiptNumber: recorded.receiptNumber,
        billId: bill.id,
        amount: input.amount,
        paidOn: input.paidOn,
        method: input.method,
        bankReference: input.bankReference,
        budgetLine: input.budgetLine,
        hasEvidence: !!input.evidence,
        duplicate: false,
      };
    },

    /**
     * Records many payments from a bank statement in ONE transaction: every row is checked
     * first (bill, amount, reference); a reference already recorded with the same amount and
     * bill is skipped, with anything else it is an error. Any error and nothing is recorded.
     */
    async importBankStatement(actor: Actor, agreementId: number, file: { fileName: string; content: Buffer }) {
      authorize(actor, 'contributions:pay');
      await assertAgreementInScope(db, actor, agreementId);
      const bills = (await repo.billsOf(db, agreementId)).filter((b) => b.kind !== 'credit');
      const { rows, errors } = await readBankStatement(
        file.content,
        bills.map((b) => b.number),
      );
      const problems = [...errors];
      const plan: { row: (typeof rows)[number]; billId: number; duplicate: boolean }[] = [];
      for (const r of rows) {
        const bill = bills.find((b) => b.number === r.billNumber)!;
        if (r.paidOn > today()) {
          problems.push({ row: r.row, column: 'Tanggal', message: `Tanggal ${formatDateId(r.paidOn)} ada di masa depan` });
          continue;
        }
        const existing = await repo.findPaymentByReference(db, agreementId, normalizeReferenceKey(r.reference));
        if (existing && (existing.bill_id !== bill.id || existing.amount !== r.amount)) {
          problems.push({ row: r.row, column: 'Referensi', message: `Referensi ${r.reference} sudah dipakai untuk pembayaran lain` });
          continue;
        }
        plan.push({ row: r, billId: bill.id, duplicate: !!existing });
      }
      if (rows.length + errors.length === 0) throw new AppError('bad_file', 'Rekening koran tidak berisi baris data');
      if (problems.length) {
        problems.sort((x, y) => x.row - y.row);
        throw new AppError(
          'validation_failed',
          `${problems.length} baris bermasalah; tidak ada pembayaran yang dicatat. Baris ${problems[0]!.row}: ${problems[0]!.message}`,
          { issues: problems.map((p) => ({ path: `baris ${p.row}, ${p.column}`, message: p.message, row: p.row, column: p.column })) },
        );
      }
      const fresh = plan.filter((p) => !p.duplicate);
      await db.transaction().execute(async (trx) => {
        for (const p of fresh) {
          await repo.insertPayment(trx, {
            agreement_id: agreementId,
            bill_id: p.billId,
            amount: p.row.amount,
            paid_on: p.row.paidOn,
            method: 'transfer',
            bank_reference: p.row.reference,
            bank_reference_key: normalizeReferenceKey(p.row.reference),
            receipt_number: await nextReceiptNumber(trx, p.row.paidOn),
            budget_line: '',
            evidence_file_id: null,
            note: `Rekening koran ${file.fileName}, baris ${p.row.row}`,
            created_by: actor.label,
          });
        }
        await recordAudit(trx, actor, {
          action: 'payment.import',
          entityType: 'agreement',
          entityId: agreementId,
          after: { file: file.fileName, recorded: fresh.length, duplicates: plan.length - fresh.length, total: fresh.reduce((s, p) => s + p.row.amount, 0) },
        });
      });
      return { rows: plan.length, recorded: fresh.length, duplicates: plan.length - fresh.length, total: fresh.reduce((s, p) => s + p.row.amount, 0) };
    },
  };
}
