/**
 * Contributions (PKS Pasal 4): quotes, bills (monthly or a year at once, supplementary bills,
 * credits), payments and protection. Every amount comes from contributions/rules.ts over the
 * terms in force; bills are immutable once issued.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { assertAgreementInScope, assertEmployeeInScope, canSeeAgreement, canSeeEmployee, unitLimit, visibleGovernmentIds } from '../core/scope.ts';
import { AppError, notFound } from '../core/errors.ts';
import { addDays, formatDateId, parseDate } from '../core/dates.ts';
import { parseOrThrow } from '../core/validation.ts';
import { parsePercent, percentString, type Rounding } from '../core/money.ts';
import { amountInWords, formatDay, tr } from '../core/language.ts';
import { recordAudit } from '../audit/index.ts';
import { lockAgreement, nextNumber } from '../db/counters.ts';
import { oneConnection } from '../db/prepared.ts';
import { receiptNumber } from '../db/migrations/0028_receipt_numbers.ts';
import { uniqueViolation } from '../db/db-errors.ts';
import { insertFile } from '../db/files.ts';
import { normalizeReferenceKey } from '../core/validation.ts';
import {
  effectiveEnd,
  isWithinValidity,
  reportedWage,
  termsVersionForMonth,
  validFrom,
  termsInForce,
  datesOf,
  presentVersions,
  getAgreement,
  listTermsVersions,
  REGULATION_DEFAULT_TERMS,
} from '../agreements/index.ts';
import * as repo from './repo.ts';
import { calendarOf, holidayCalendar, holidayDatesOf, nextWorkingDay } from '../holidays/index.ts';
import { sessionRowOf, type SessionRow } from '../auth/index.ts';
import {
  addPeriods,
  contributionUnder,
  dueDate,
  dueDateOf,
  firstDay,
  isBillableMonth,
  lastDay,
  lateFine,
  paidMonths,
  periodLabel,
  periodOf,
  quote,
} from './rules.ts';
import { chargeFacts, coverageStart, protectionOn, type ChargeFacts, type ProtectionVerdict } from './protection.ts';
import { createBillSchema, paymentSchema, quoteRequestSchema, type BillOut } from './schemas.ts';
import { readBankStatement } from './bank-statement.ts';

type BillRow = NonNullable<Awaited<ReturnType<typeof repo.getBill>>>;

/** The last day whose holidays the check of `date` reads: a little past the asked month's due date. */
const holidaysTo = (date: string) => addDays(dueDate(periodOf(date)), 60);

export function createContributionsService({ db, today }: { db: Kysely<DB>; today: () => string }) {
  /**
   * Bills are immutable once issued, so what each month of a bill is due never changes: it is
   * read once per bill and kept (the protection check is a hot path; only payments change).
   */
  const duesCache = new Map<number, Awaited<ReturnType<typeof repo.monthDues>>>();
  async function monthDuesOf(executor: Kysely<DB>, billId: number) {
    const cached = duesCache.get(billId);
    if (cached) return cached;
    const dues = await repo.monthDues(executor, billId);
    // Kept only when read outside a transaction (committed: a rolled-back bill is never kept).
    if (!executor.isTransaction) {
      if (duesCache.size > 10_000) duesCache.clear();
      duesCache.set(billId, dues);
    }
    return dues;
  }

  /**
   * Protection on `date` from an employee's facts for its month (repo.protectionRows): the
   * participation of the agreement in force on the date (else the newest), its charge, and
   * whether the bill's payments reach that month (a bill's months are paid in order).
   */
  async function verdictOf(
    db: Kysely<DB>,
    rows: repo.ProtectionRow[],
    date: string,
    holidaysRead?: readonly string[],
  ): Promise<ProtectionVerdict & { agreementId: number | null; kpj: string | null }> {
    const participations = rows.filter((p) => p.id !== null);
    const inForce =
      participations.find((p) =>
        isWithinValidity({ signedOn: p.signed_on, durationMonths: p.duration_months!, terminatedOn: p.terminated_on, startsOn: p.starts_on }, date),
      ) ?? participations[0];
    // Months fall due on their moved due date (weekends, holidays): the holidays from the first
    // covered month's due date to a little past the asked month's (one query per check, or read
    // with the check's statement — `holidaysRead`, a wider window — and narrowed to the same days).
    const lastDue = holidaysTo(date);
    const firstDue = inForce?.registered_on && inForce.registered_on < date ? dueDate(periodOf(inForce.registered_on)) : dueDate(periodOf(date));
    const calendar = holidaysRead ? calendarOf(holidaysRead.filter((d) => d >= firstDue && d <= lastDue)) : await holidayCalendar(db, firstDue, lastDue);
    let charge: ChargeFacts | null = null;
    // The month of a renewal's boundary is billed once, under either agreement (same KPJ).
    const charged = inForce && inForce.bill_id === null && inForce.kpj ? participations.find((p) => p.bill_id !== null && p.kpj === inForce.kpj) : inForce;
    if (charged && charged.bill_id !== null) {
      const dues = await monthDuesOf(db, charged.bill_id);
      const paid = Number(charged.paid ?? 0) + Number(charged.credits_applied ?? 0);
      charge = chargeFacts(
        { number: charged.bill_number ?? '', dueDate: charged.bill_due_date ?? '', paid, dues },
        periodOf(date),
        !!charged.credited,
        calendar,
      );
    }
    const earlier: (ChargeFacts & { period: string })[] = [];
    const participation = inForce
      ? {
          registeredOn: inForce.registered_on,
          deactivatedOn: inForce.deactivated_on,
          agreement: {
            signedOn: inForce.signed_on,
            durationMonths: inForce.duration_months!,
            terminatedOn: inForce.terminated_on,
            startsOn: inForce.starts_on,
          },
        }
      : null;
    // The earlier months' charges, when the participation has earlier months (covered before the asked month's).
    const start = participation && coverageStart(participation);
    if (
      inForce?.id &&
      inForce.registered_on &&
      date >= inForce.registered_on &&
      !(inForce.deactivated_on && date >= inForce.deactivated_on) &&
      start &&
      periodOf(start) < periodOf(date)
    ) {
      for (const c of await repo.earlierCharges(db, inForce.id, periodOf(date))) {
        const facts = chargeFacts(
          { number: c.bill_number, dueDate: c.bill_due_date, paid: Number(c.paid ?? 0) + c.credits_applied, dues: await monthDuesOf(db, c.bill_id) },
          c.period,
          !!c.credited,
          calendar,
        );
        earlier.push({ ...facts, period: c.period });
      }
    }
    const verdict = protectionOn({
      date,
      asOf: today(),
      calendar,
      earlier,
      participation,
      charge,
    });
    return { ...verdict, agreementId: inForce?.agreement_id ?? null, kpj: inForce?.kpj ?? null };
  }

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

  /** The payment's receipt number, TT/<year paid>/00001, taken inside the recording transaction (a rollback gives it back). */
  async function nextReceiptNumber(trx: Kysely<DB>, paidOn: string): Promise<string> {
    const year = parseDate(paidOn).year;
    return receiptNumber(year, await nextNumber(trx, `receipt/${year}`));
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
      const creditId = await repo.insertBill(trx, {
        agreement_id: agreementId,
        number: `tmp-${crypto.randomUUID()}`,
        kind: 'credit',
        payment_mode: original.payment_mode,
        first_period: lines.map((l) => l.period).sort()[0]!,
        months: new Set(lines.map((l) => l.period)).size,
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
      await repo.summarizeBillDues(trx, creditId);
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

  return {
    today,

    async quote(raw: unknown) {
      const input = parseOrThrow(quoteRequestSchema, raw ?? {});
      let terms = REGULATION_DEFAULT_TERMS;
      const basis: string[] = [];
      if (input.agreementId) {
        const a = await getAgreement(db, input.agreementId);
        if (!a) throw notFound('Perjanjian', input.agreementId);
        const on = input.date ?? today();
        const { version } = await termsInForce(db, input.agreementId, on);
        terms = version.terms;
        basis.push(`Ketentuan perjanjian ${a.number_party_one} yang berlaku pada ${formatDateId(on)} (sejak ${formatDateId(version.effectiveFrom)})`);
      }
      const c = terms.contribution;
      const wage = input.wage ?? reportedWage(terms);
      const jkk = input.jkk !== undefined ? parsePercent(input.jkk) : c.jkkRate.value;
      const jkm = input.jkm !== undefined ? parsePercent(input.jkm) : c.jkmRate.value;
      const rounding: Rounding = input.rounding ?? c.rounding.value;
      if (input.wage === undefined) basis.push(`Upah: ${c.reportedWage.basis}`);
      if (input.jkk === undefined) basis.push(`JKK: ${c.jkkRate.basis}`);
      if (input.jkm === undefined) basis.push(`JKM: ${c.jkmRate.basis}`);
      basis.push(`Pembulatan: ${rounding === 'down' ? 'ke bawah' : 'setengah ke atas'} per komponen per orang per bulan`);
      const q = quote(wage, jkk, jkm, rounding, input.months, input.people);
      return { ...q, rates: { jkk: percentString(jkk), jkm: percentString(jkm) }, basis, totalInWords: amountInWords(q.total) };
    },

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
        if (!a.signed_on) throw new AppError('invalid_state', 'Perjanjian belum ditandatangani');
        const months = input.mode === 'yearly' ? 12 : 1;
        const periods = Array.from({ length: months }, (_, i) => addPeriods(input.period, i));
        const start = validFrom(datesOf(a))!;
        const end = effectiveEnd(datesOf(a))!;
        for (const p of periods) {
          if (lastDay(p) < start || firstDay(p) > end) {
            throw new AppError(
              'validation_failed',
              `Bulan ${periodLabel(p)} di luar masa berlaku perjanjian (${formatDateId(start)} s.d. ${formatDateId(end)})`,
            );
          }
        }
        const firstTerms = termsVersionForMonth(versions, start, periods[0]!).terms;
        if (!firstTerms.contribution.paymentModes.value.includes(input.mode)) {
          throw new AppError(
            'validation_failed',
            `Cara pembayaran ${input.mode === 'yearly' ? 'tahunan sekaligus' : 'bulanan'} tidak diatur dalam ketentuan perjanjian (${firstTerms.contribution.paymentModes.basis})`,
          );
        }
        const regular = (await repo.billsOf(trx, input.agreementId)).filter((b) => b.kind === 'regular');
        const coveredBy = (p: string) => regular.find((b) => p >= b.first_period && p <= addPeriods(b.first_period, b.months - 1));
        let correctsBillId: number | null = null;
        if (!input.supplementary) {
          for (const p of periods) {
            const other = coveredBy(p);
            if (other)
              throw new AppError(
                'conflict',
                `Bulan ${periodLabel(p)} sudah ditagih pada tagihan ${other.number}; untuk pendaftaran susulan buat tagihan susulan`,
              );
          }
        } else {
          if (months !== 1) throw new AppError('validation_failed', 'Tagihan susulan dibuat per bulan');
          const original = coveredBy(periods[0]!);
          if (!original) throw new AppError('invalid_state', `Bulan ${periodLabel(periods[0]!)} belum ditagih; buat tagihan biasa`);
          correctsBillId = original.id;
        }
        await issueCredits(trx, actor, input.agreementId, issueDate);
        const dueDay = firstTerms.contribution.dueDayOfFollowingMonth.value;
        const nominal = dueDate(periods[0]!, dueDay);
        const calendar = await holidayCalendar(trx, nominal < issueDate ? issueDate : nominal, addDays(nominal < issueDate ? issueDate : nominal, 90));
        let due = dueDateOf(periods[0]!, calendar, dueDay);
        if (due < issueDate) due = nextWorkingDay(addDays(issueDate, 15), calendar);
        const id = await repo.insertBill(trx, {
          agreement_id: input.agreementId,
          number: `tmp-${crypto.randomUUID()}`,
          kind: input.supplementary ? 'supplementary' : 'regular',
          payment_mode: input.mode,
          first_period: periods[0]!,
          months,
          issue_date: issueDate,
          due_date: due,
          corrects_bill_id: correctsBillId,
          charges: 0,
          credits_applied: 0,
          amount_due: 0,
          note: input.note,
          created_by: actor.label,
        });
        for (const p of periods) {
          const version = termsVersionForMonth(versions, start, p);
          const c = contributionUnder(version.terms);
          await repo.insertMonthCharges(trx, {
            billId: id,
            agreementId: input.agreementId,
            period: p,
            firstDay: firstDay(p),
            lastDay: lastDay(p),
            wage: c.wage,
            jkk: c.jkk,
            jkm: c.jkm,
            total: c.total,
            termsVersionId: version.id,
          });
          // The summaries in the same transaction: each person's charge key, then the bill's dues.
          await repo.appendChargeKeys(trx, { billId: id, agreementId: input.agreementId, period: p });
        }
        const charges = await repo.summarizeBillDues(trx, id);
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

    /** Records a payment; the same bank reference again with the same amount is the same payment. */
    async recordPayment(actor: Actor, raw: unknown) {
      authorize(actor, 'contributions:pay');
      const input = parseOrThrow(paymentSchema, raw);
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
          let fileId: number | null = null;
          if (input.evidence) {
            const content = Buffer.from(input.evidence.contentBase64, 'base64');
            if (content.length === 0 || content.length > 10 * 1024 * 1024) throw new AppError('bad_file', 'Bukti bayar kosong atau lebih dari 10 MB');
            fileId = await insertFile(trx, {
              name: input.evidence.name,
              mime: input.evidence.mime,
              size: content.length,
              sha256: createHash('sha256').update(content).digest('hex'),
              content,
            });
          }
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

    /**
     * Who a clerk means: a 16-digit NIK, an 11-digit KPJ, or part of a name (at least 3 letters).
     * Several people may match a name: the caller shows them as a pick list and checks one by employeeId.
     */
    async lookup(actor: Actor, raw: string) {
      authorize(actor, 'contributions:read');
      const q = raw.trim();
      const by = /^\d{16}$/.test(q) ? { nik: q } : /^\d{11}$/.test(q) ? { kpj: q } : q.length >= 3 && !/^\d+$/.test(q) ? { name: q } : null;
      if (!by) throw new AppError('validation_failed', 'Cari dengan NIK (16 digit), KPJ (11 digit) atau nama (minimal 3 huruf)');
      // Only people in the caller's scope (src/core/scope.ts): its governments, an operator its own unit.
      const rows = await repo.lookupPeople(db, by, { unitId: unitLimit(actor), governmentIds: await visibleGovernmentIds(db, actor) });
      return {
        query: q,
        by: Object.keys(by)[0] as 'nik' | 'kpj' | 'name',
        items: rows.map((r) => ({
          employeeId: r.employee_id,
          nik: r.nik,
          fullName: r.full_name,
          birthDate: r.birth_date,
          kpj: r.kpj,
          unitCode: r.unit_code,
          unitName: r.unit_name,
        })),
      };
    },

    /** Is this employee protected on `date`, and why (not)? */
    async protection(actor: Actor, who: { employeeId?: number; nik?: string }, date: string) {
      authorize(actor, 'contributions:read');
      if (!who.employeeId && !who.nik) throw new AppError('validation_failed', 'Sebutkan pegawai (employeeId) atau NIK');
      // A hot path: its few compiled-once queries run on one connection of the pool, taken once.
      return oneConnection(db, async (conn) => {
        // One query: the employee with the facts of their protection in the month.
        const rows = await repo.protectionRows(conn, who, periodOf(date));
        const employee = rows[0];
        if (!employee) throw notFound('Pegawai', who.employeeId ?? who.nik);
        if (!(await canSeeEmployee(conn, actor, { work_unit_id: employee.work_unit_id, institution_id: employee.institution_id })))
          throw notFound('Pegawai', who.employeeId ?? who.nik);
        const verdict = await verdictOf(conn, rows, date);
        return { employeeId: employee.employee_id, nik: employee.nik, fullName: employee.full_name, date, ...verdict };
      });
    },

    /**
     * The same check for a caller whose session is read in the check's own statement (the API's hot
     * path, http/auth.ts SessionGate): one statement reads the session, the employee's facts, the
     * scope's lookup and the holidays (one round trip on PostgreSQL); `gate.admit` judges the session
     * as every request's is judged, before anything else read is used; then as `protection`.
     */
    async protectionInSession(
      gate: { tokenHash: string; admit(row: SessionRow | undefined): Promise<Actor> },
      who: { employeeId?: number; nik?: string },
      date: string | undefined,
    ) {
      const day = date ?? today();
      const rows = await repo.protectionCheckRows(db, gate.tokenHash, who, { period: periodOf(day), date: day, holidaysTo: holidaysTo(day) });
      const actor = await gate.admit(rows[0] && sessionRowOf(rows[0]));
      authorize(actor, 'contributions:read');
      if (!who.employeeId && !who.nik) throw new AppError('validation_failed', 'Sebutkan pegawai (employeeId) atau NIK');
      const employee = rows[0]!;
      if (employee.employee_id === null) throw notFound('Pegawai', who.employeeId ?? who.nik);
      const place = { work_unit_id: employee.work_unit_id!, institution_id: employee.institution_id! };
      // The governments visible to the caller's institution, among the employee's own: all the scope's decision looks at.
      if (!(await canSeeEmployee(db, actor, place, employee.government_visible ? [place.institution_id] : [])))
        throw notFound('Pegawai', who.employeeId ?? who.nik);
      const verdict = await verdictOf(db, rows as repo.ProtectionRow[], day, holidayDatesOf(employee.holidays));
      return { employeeId: employee.employee_id, nik: employee.nik!, fullName: employee.full_name!, date: day, ...verdict };
    },

    async protectionOf(employeeId: number, date: string): Promise<ProtectionVerdict & { agreementId: number | null; kpj: string | null }> {
      return verdictOf(db, await repo.protectionRows(db, { employeeId }, periodOf(date)), date);
    },

    /** Months of contributions paid for an employee up to the month of `date`, as Lindung recorded them (credited months excluded). */
    async paidMonthsOf(employeeId: number, date: string): Promise<number> {
      const lines = await repo.chargesOfEmployee(db, employeeId, periodOf(date));
      const paidByBill = new Map<number, Set<string>>();
      for (const billId of new Set(lines.map((l) => l.bill_id))) {
        const bill = (await repo.getBill(db, billId))!;
        const paid = paidMonths(await monthDuesOf(db, billId), (await repo.paidSum(db, billId)) + bill.credits_applied).paid;
        paidByBill.set(billId, new Set(paid));
      }
      return new Set(lines.filter((l) => !l.credited && paidByBill.get(l.bill_id)?.has(l.period)).map((l) => l.period)).size;
    },

    /**
     * The last day the employee page's timeline shows: today, or — when the agreement of the
     * employee's latest participation has ended (and no later one runs) — its last day, said so.
     */
    async timelineEnd(actor: Actor, employeeId: number, today: string): Promise<{ end: string; ended: boolean; note: string | null }> {
      authorize(actor, 'contributions:read');
      await assertEmployeeInScope(db, actor, employeeId);
      const agreementIds = await repo.agreementsOfEmployee(db, employeeId);
      const ends: string[] = [];
      for (const id of agreementIds) {
        const a = await getAgreement(db, id);
        const end = a ? effectiveEnd(datesOf(a)) : null;
        // Signed and not ended (or no end): today is the day to show.
        if (!a?.signed_on || !end || end >= today) return { end: today, ended: false, note: null };
        ends.push(end);
      }
      if (ends.length === 0) return { end: today, ended: false, note: null };
      const end = ends.sort().at(-1)!;
      return { end, ended: true, note: tr(`Keadaan per ${formatDay(end)} — perjanjian telah berakhir`, `As of ${formatDay(end)} — the agreement has ended`) };
    },

    /** The protection of each of the `months` months up to the month of `end` (the employee page's timeline). */
    async timeline(actor: Actor, employeeId: number, end: string, months = 24) {
      authorize(actor, 'contributions:read');
      await assertEmployeeInScope(db, actor, employeeId);
      const out = [];
      for (let i = months - 1; i >= 0; i--) {
        const period = addPeriods(periodOf(end), -i);
        const day = i === 0 ? end : lastDay(period);
        const v = await this.protectionOf(employeeId, day);
        out.push({ period, label: periodLabel(period), protected: v.protected, state: v.state, code: v.code, params: v.params, reason: v.reason });
      }
      return out;
    },
  };
}

export type ContributionsService = ReturnType<typeof createContributionsService>;
