/**
 * Bills (PKS Pasal 4): issuing a month or a year at once, supplementary bills and credit notes,
 * and presenting a bill (whole, or as one OPD sees it). Amounts come from contributions/rules.ts
 * over the terms in force; a bill is immutable once issued.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { assertAgreementInScope, canSeeAgreement, unitLimit } from '../core/scope.ts';
import { AppError, notFound } from '../core/errors.ts';
import { addDays, formatDateId } from '../core/dates.ts';
import { parseOrThrow } from '../core/validation.ts';
import { amountInWords } from '../core/language.ts';
import { recordAudit } from '../audit/index.ts';
import { lockAgreement, nextNumber } from '../db/counters.ts';
import { effectiveEnd, termsVersionForMonth, validFrom, datesOf, presentVersions, getAgreement, listTermsVersions } from '../agreements/index.ts';
import * as repo from './repo.ts';
import { holidayCalendar, nextWorkingDay } from '../holidays/index.ts';
import { addPeriods, contributionUnder, dueDate, dueDateOf, firstDay, isBillableMonth, lastDay, lateFine, paidMonths, periodLabel } from './rules.ts';
import { createBillSchema, type BillOut } from './schemas.ts';

type BillRow = NonNullable<Awaited<ReturnType<typeof repo.getBill>>>;

export function createBillsService({ db, today }: { db: Kysely<DB>; today: () => string }) {
  async function agreementWithTerms(executor: Kysely<DB>, agreementId: number, actor?: Actor) {
    const a = await getAgreement(executor, agreementId);
    if (!a || (actor && !(await canSeeAgreement(executor, actor, agreementId)))) throw notFound('Perjanjian', agreementId);
    const versions = presentVersions(await listTermsVersions(executor, agreementId));
    return { a, versions };
  }

  async function present(executor: Kysely<DB>, bill: BillRow): Promise<BillOut> {
    const dues = await repo.monthDues(executor, bill.id);
    const paid = await repo.paidSum(executor, bill.id);
    const { a, versions } = await agreementWithTerms(executor, bill.agreement_id);
    const terms = termsVersionForMonth(versions, validFrom(datesOf(a)) ?? bill.issue_date, bill.first_period).terms;
    const isCredit = bill.kind === 'credit';
    const covered = isCredit ? { paid: [] as string[], leftover: 0, unpaidAmount: 0 } : paidMonths(dues, paid + bill.credits_applied);
    const outstanding = isCredit ? 0 : Math.max(0, bill.amount_due - paid);
    const status = isCredit ? 'credit' : outstanding === 0 ? 'paid' : paid > 0 ? 'partial' : 'unpaid';
    return {
      id: bill.id,
      agreementId: bill.agreement_id,
      number: bill.number,
      kind: bill.kind,
      paymentMode: bill.payment_mode,
      firstPeriod: bill.first_period,
      months: bill.months,
      issueDate: bill.issue_date,
      dueDate: bill.due_date,
      correctsBillId: bill.corrects_bill_id,
      charges: bill.charges,
      creditsApplied: bill.credits_applied,
      amountDue: bill.amount_due,
      paid,
      outstanding,
      overpaid: isCredit ? 0 : Math.max(0, paid - bill.amount_due),
      status,
      fine: isCredit ? { monthsLate: 0, amount: 0 } : lateFine(outstanding, bill.due_date, today(), terms.contribution.latePaymentFine.value),
      monthsStatus: dues.map((d) => ({ period: d.period, label: periodLabel(d.period), due: d.due, lines: d.lines, paid: covered.paid.includes(d.period) })),
      amountInWords: amountInWords(Math.abs(bill.amount_due)),
      note: bill.note,
      createdBy: bill.created_by,
    };
  }

  /**
   * A bill as a unit-bound actor (an OPD operator) sees it: its own unit's lines, headcount and
   * money only. A month of the unit is paid when the bill's month is (payments cover months in
   * order), so the unit's paid amount is its dues of the paid months.
   */
  async function presentForUnit(executor: Kysely<DB>, bill: BillRow, unitId: number): Promise<BillOut> {
    const whole = await present(executor, bill);
    const dues = await repo.monthDues(executor, bill.id, unitId);
    const paidPeriods = new Set(whole.monthsStatus.filter((m) => m.paid).map((m) => m.period));
    const charges = dues.reduce((sum, d) => sum + d.due, 0);
    const isCredit = bill.kind === 'credit';
    const paid = isCredit ? 0 : dues.filter((d) => paidPeriods.has(d.period)).reduce((sum, d) => sum + d.due, 0);
    const outstanding = isCredit ? 0 : Math.max(0, charges - paid);
    const { a, versions } = await agreementWithTerms(executor, bill.agreement_id);
    const terms = termsVersionForMonth(versions, validFrom(datesOf(a)) ?? bill.issue_date, bill.first_period).terms;
    return {
      ...whole,
      charges,
      creditsApplied: 0,
      amountDue: charges,
      paid,
      outstanding,
      overpaid: 0,
      status: isCredit ? 'credit' : outstanding === 0 ? 'paid' : paid > 0 ? 'partial' : 'unpaid',
      fine: isCredit ? { monthsLate: 0, amount: 0 } : lateFine(outstanding, bill.due_date, today(), terms.contribution.latePaymentFine.value),
      monthsStatus: whole.monthsStatus.map((m) => {
        const d = dues.find((x) => x.period === m.period);
        return { ...m, due: d?.due ?? 0, lines: d?.lines ?? 0 };
      }),
      amountInWords: amountInWords(Math.abs(charges)),
    };
  }

  /** A bill in the actor's scope (its institution's agreements); otherwise it answers like a missing one. */
  async function billInScope(actor: Actor, idOrNumber: number | string) {
    const bill = typeof idOrNumber === 'number' ? await repo.getBill(db, idOrNumber) : await repo.getBillByNumber(db, idOrNumber);
    if (!bill || !(await canSeeAgreement(db, actor, bill.agreement_id))) throw notFound('Tagihan', idOrNumber);
    return bill;
  }

  /** Credit notes for charges whose participant is no longer billable for that month. */
  async function issueCredits(trx: Kysely<DB>, actor: Actor, agreementId: number, issueDate: string): Promise<number[]> {
    const candidates = (await repo.chargesOfDeactivated(trx, agreementId)).filter(
      (l) => !isBillableMonth({ registeredOn: l.registered_on, deactivatedOn: l.deactivated_on }, l.period),
    );
    const byBill = new Map<number, typeof candidates>();
    for (const c of candidates) byBill.set(c.bill_id, [...(byBill.get(c.bill_id) ?? []), c]);
    const created: number[] = [];
    for (const [billId, lines] of byBill) {
      const original = (await repo.getBill(trx, billId))!;
      const total = lines.reduce((s, l) => s + l.total, 0);
      const periods = lines.map((l) => l.period);
      const creditId = await repo.insertBill(trx, {
        agreement_id: agreementId,
        number: `tmp-${crypto.randomUUID()}`,
        kind: 'credit',
        payment_mode: original.payment_mode,
        first_period: [...periods].sort()[0]!,
        months: new Set(periods).size,
        issue_date: issueDate,
        due_date: issueDate,
        corrects_bill_id: billId,
        charges: -total,
        credits_applied: 0,
        amount_due: -total,
        note: `Kredit atas ${original.number}: peserta nonaktif`,
        created_by: actor.label,
      });
      await repo.insertCreditLines(trx, creditId, lines);
      // The summaries in the same transaction: the note's dues, and its charges out of the keys.
      await repo.summarizeBillDues(trx, creditId, periods);
      await repo.removeChargeKeys(trx, lines);
      await repo.updateBillAmounts(trx, creditId, { charges: -total, credits_applied: 0, amount_due: -total, number: `KREDIT-${original.number}-${creditId}` });
      await recordAudit(trx, actor, {
        action: 'bill.credit',
        entityType: 'bill',
        entityId: creditId,
        after: { corrects: original.number, lines: lines.length, total: -total },
      });
      created.push(creditId);
    }
    return created;
  }

  type BillInput = ReturnType<typeof createBillSchema.parse>;
  type Versions = Awaited<ReturnType<typeof agreementWithTerms>>['versions'];

  /**
   * The months a bill run covers (one, or 12 paid at once), each within the agreement's validity,
   * and the terms of the first: the payment mode must be one those terms allow.
   */
  function billedMonths(a: Awaited<ReturnType<typeof agreementWithTerms>>['a'], versions: Versions, input: BillInput) {
    if (!a.signed_on) throw new AppError('invalid_state', 'Perjanjian belum ditandatangani');
    const months = input.mode === 'yearly' ? 12 : 1;
    const periods = Array.from({ length: months }, (_, i) => addPeriods(input.period, i));
    const start = validFrom(datesOf(a))!;
    const end = effectiveEnd(datesOf(a))!;
    for (const p of periods) {
      if (lastDay(p) < start || firstDay(p) > end) {
        throw new AppError('validation_failed', `Bulan ${periodLabel(p)} di luar masa berlaku perjanjian (${formatDateId(start)} s.d. ${formatDateId(end)})`);
      }
    }
    const terms = termsVersionForMonth(versions, start, periods[0]!).terms;
    if (!terms.contribution.paymentModes.value.includes(input.mode)) {
      throw new AppError(
        'validation_failed',
        `Cara pembayaran ${input.mode === 'yearly' ? 'tahunan sekaligus' : 'bulanan'} tidak diatur dalam ketentuan perjanjian (${terms.contribution.paymentModes.basis})`,
      );
    }
    return { periods, start, terms };
  }

  /**
   * A regular bill's months must not be billed yet; a supplementary bill (one month) corrects the
   * regular bill that billed its month: that bill's id, null for a regular bill.
   */
  async function correctedBill(trx: Kysely<DB>, input: BillInput, periods: string[]): Promise<number | null> {
    const regular = (await repo.billsOf(trx, input.agreementId)).filter((b) => b.kind === 'regular');
    const coveredBy = (p: string) => regular.find((b) => p >= b.first_period && p <= addPeriods(b.first_period, b.months - 1));
    if (!input.supplementary) {
      for (const p of periods) {
        const other = coveredBy(p);
        if (other)
          throw new AppError('conflict', `Bulan ${periodLabel(p)} sudah ditagih pada tagihan ${other.number}; untuk pendaftaran susulan buat tagihan susulan`);
      }
      return null;
    }
    if (periods.length !== 1) throw new AppError('validation_failed', 'Tagihan susulan dibuat per bulan');
    const original = coveredBy(periods[0]!);
    if (!original) throw new AppError('invalid_state', `Bulan ${periodLabel(periods[0]!)} belum ditagih; buat tagihan biasa`);
    return original.id;
  }

  /** The first month's due date, moved past weekends and holidays; a bill issued after it is due 15 days after issue (next working day). */
  async function billDueDate(trx: Kysely<DB>, firstPeriod: string, issueDate: string, dueDay: number): Promise<string> {
    const nominal = dueDate(firstPeriod, dueDay);
    const from = nominal < issueDate ? issueDate : nominal;
    const calendar = await holidayCalendar(trx, from, addDays(from, 90));
    const due = dueDateOf(firstPeriod, calendar, dueDay);
    return due < issueDate ? nextWorkingDay(addDays(issueDate, 15), calendar) : due;
  }

  /**
   * The bill's lines: each month's billable participants at that month's terms, with the summaries
   * in the same transaction (each person's charge key, then the bill's dues). The bill's charges.
   */
  async function chargeMonths(trx: Kysely<DB>, billId: number, agreementId: number, versions: Versions, start: string, periods: string[]) {
    for (const p of periods) {
      const version = termsVersionForMonth(versions, start, p);
      const c = contributionUnder(version.terms);
      await repo.insertMonthCharges(trx, {
        billId,
        agreementId,
        period: p,
        firstDay: firstDay(p),
        lastDay: lastDay(p),
        wage: c.wage,
        jkk: c.jkk,
        jkm: c.jkm,
        total: c.total,
        termsVersionId: version.id,
      });
      await repo.appendChargeKeys(trx, { billId, agreementId, period: p });
    }
    return repo.summarizeBillDues(trx, billId, periods);
  }

  return {
    async listBills(actor: Actor, agreementId: number): Promise<BillOut[]> {
      authorize(actor, 'contributions:read');
      await assertAgreementInScope(db, actor, agreementId);
      const bills = await repo.billsOf(db, agreementId);
      const unit = unitLimit(actor);
      return Promise.all(bills.map((b) => (unit === undefined ? present(db, b) : presentForUnit(db, b, unit))));
    },

    async getBill(actor: Actor, idOrNumber: number | string) {
      authorize(actor, 'contributions:read');
      const bill = await billInScope(actor, idOrNumber);
      const unit = unitLimit(actor);
      return {
        ...(unit === undefined ? await present(db, bill) : await presentForUnit(db, bill, unit)),
        units: (await repo.totalsByUnit(db, bill.id)).filter((u) => unit === undefined || u.unitId === unit),
        payments: (await repo.paymentsOf(db, bill.id)).map((p) => ({
          id: p.id,
          receiptNumber: p.receipt_number,
          amount: p.amount,
          paidOn: p.paid_on,
          method: p.method,
          bankReference: p.bank_reference,
          budgetLine: p.budget_line,
          hasEvidence: p.evidence_file_id !== null,
        })),
      };
    },

    async billLines(actor: Actor, billId: number, page = 1, pageSize = 100) {
      authorize(actor, 'contributions:read');
      await billInScope(actor, billId);
      return repo.billLines(db, billId, pageSize, (page - 1) * pageSize, unitLimit(actor));
    },

    /**
     * Issues a bill: a month, or 12 months paid at once, with a line per participant billable
     * in each month (rules.ts isBillableMonth) at the terms in force for that month. First any
     * deactivation already billed becomes a credit note; available credit (credit notes,
     * overpayments) is then offset against the new bill.
     */
    async createBill(actor: Actor, raw: unknown): Promise<BillOut> {
      authorize(actor, 'contributions:bill');
      const input = parseOrThrow(createBillSchema, raw);
      const issueDate = input.issueDate ?? today();
      const billId = await db.transaction().execute(async (trx) => {
        // One bill run per agreement at a time: a concurrent run waits here, then sees this bill.
        await lockAgreement(trx, input.agreementId);
        const { a, versions } = await agreementWithTerms(trx, input.agreementId, actor);
        const { periods, start, terms } = billedMonths(a, versions, input);
        const correctsBillId = await correctedBill(trx, input, periods);
        await issueCredits(trx, actor, input.agreementId, issueDate);
        const id = await repo.insertBill(trx, {
          agreement_id: input.agreementId,
          number: `tmp-${crypto.randomUUID()}`,
          kind: input.supplementary ? 'supplementary' : 'regular',
          payment_mode: input.mode,
          first_period: periods[0]!,
          months: periods.length,
          issue_date: issueDate,
          due_date: await billDueDate(trx, periods[0]!, issueDate, terms.contribution.dueDayOfFollowingMonth.value),
          corrects_bill_id: correctsBillId,
          charges: 0,
          credits_applied: 0,
          amount_due: 0,
          note: input.note,
          created_by: actor.label,
        });
        const charges = await chargeMonths(trx, id, input.agreementId, versions, start, periods);
        if (charges === 0) {
          throw new AppError(
            'invalid_state',
            input.supplementary
              ? `Tidak ada peserta susulan untuk ${periodLabel(periods[0]!)}`
              : `Tidak ada peserta terdaftar yang ditagih untuk ${periodLabel(periods[0]!)}`,
          );
        }
        const credit = Math.max(0, await repo.availableCredit(trx, input.agreementId));
        const applied = Math.min(credit, charges);
        if (applied > 0) await repo.applyCredit(trx, input.agreementId, id, applied);
        const prefix = input.supplementary ? 'SUSULAN' : input.mode === 'yearly' ? 'TAHUNAN' : 'IURAN';
        const number = `${prefix}/${a.id}/${periods[0]!.replace('-', '')}/${String(await nextNumber(trx, 'bill')).padStart(5, '0')}`;
        await repo.updateBillAmounts(trx, id, { charges, credits_applied: applied, amount_due: charges - applied, number });
        await recordAudit(trx, actor, {
          action: 'bill.create',
          entityType: 'bill',
          entityId: id,
          after: { ...input, number, charges, creditsApplied: applied },
        });
        return id;
      });
      return present(db, (await repo.getBill(db, billId))!);
    },
  };
}
