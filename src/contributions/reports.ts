/**
 * Arrears with ageing, and the budget projection the regency puts in its budget (APBD).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { assertAgreementInScope, canSeeAgreement, unitLimit } from '../core/scope.ts';
import { AppError, notFound } from '../core/errors.ts';
import { addDays, daysBetween } from '../core/dates.ts';
import { sumRupiah } from '../core/money.ts';
import {
  defaultViewDate,
  effectiveEnd,
  termsVersionForMonth,
  validFrom,
  presentVersions,
  datesOf,
  getAgreement,
  listTermsVersions,
} from '../agreements/index.ts';
import * as repo from './repo.ts';
import { addPeriods, contributionUnder, dueDate, firstDay, isBillableMonth, lastDay, monthBalances, monthDueDate, periodLabel } from './rules.ts';
import { holidayCalendar, NO_HOLIDAYS } from '../holidays/index.ts';
import { formatDay, tr } from '../core/language.ts';

export type AgeBucket = 'not_due' | '0-30' | '31-60' | '61-90' | '90+';
export const AGE_BUCKETS: readonly AgeBucket[] = ['not_due', '0-30', '31-60', '61-90', '90+'];
/** What people read for an age bucket (documents, spreadsheets). */
export const AGE_BUCKET_LABEL: Record<AgeBucket, string> = {
  not_due: 'Belum jatuh tempo',
  '0-30': '0–30 hari',
  '31-60': '31–60 hari',
  '61-90': '61–90 hari',
  '90+': 'Lebih dari 90 hari',
};

/** Days past the due date, in the buckets people budget with. */
export function ageBucket(dueDate: string, asOf: string): AgeBucket {
  const late = daysBetween(dueDate, asOf);
  if (late <= 0) return 'not_due';
  if (late <= 30) return '0-30';
  if (late <= 60) return '31-60';
  if (late <= 90) return '61-90';
  return '90+';
}

/**
 * Shares `amount` among parts in proportion to `weights`, each rounded down and the rupiah left
 * over given one by one to the parts in order, so the shares add up to `amount` exactly.
 */
export function shareOut(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  if (total <= 0) return weights.map((_, i) => (i === 0 ? amount : 0));
  const shares = weights.map((w) => Number((BigInt(amount) * BigInt(w)) / BigInt(total)));
  let left = amount - shares.reduce((s, v) => s + v, 0);
  for (let i = 0; left > 0 && i < shares.length; i++, left--) shares[i]! += 1;
  return shares;
}

export function createContributionReports({ db, today }: { db: Kysely<DB>; today: () => string }) {
  return {
    /**
     * What is actually unpaid, by month and unit, with ageing. Payments (and credit applied) cover
     * a bill's months in order, as for protection (monthBalances): a month partly covered owes the
     * rest. What a month still owes is shared among its units in proportion to their charges
     * (rounded down, the rupiah left over going to the units in code order), so the units add up
     * to the month. `due` is what is owed; `charged` what the month's lines total for the unit.
     * A month falls due on monthDueDate (its own date moved past weekends and holidays, or the
     * bill's when later).
     * Without a date: today, or the agreement's last day once it has ended (said in `note`).
     * `withDues`: the agreement's billsWithDues when the caller has read them already (the
     * dashboard reads them once for its months, its protection and this report).
     */
    async arrears(actor: Actor, agreementId: number, asked?: string, withDues?: readonly repo.BillWithDues[]) {
      authorize(actor, 'contributions:read');
      await assertAgreementInScope(db, actor, agreementId);
      const agreement = await getAgreement(db, agreementId);
      if (!agreement) throw notFound('Perjanjian', agreementId);
      const view = asked ? { date: asked, ended: false } : defaultViewDate(datesOf(agreement), today());
      const asOf = view.date;
      const note = view.ended ? tr(`Keadaan per ${formatDay(asOf)} — perjanjian telah berakhir`, `As of ${formatDay(asOf)} — the agreement has ended`) : null;
      // Every bill's dues by month and unit and its payments in two queries (not three per bill).
      const bills = (withDues ?? (await repo.billsWithDues(db, [agreementId]))).filter((b) => b.kind !== 'credit');
      // A later month of a yearly bill falls due on its own due date moved past weekends and
      // holidays, as in the protection check and the dashboard: the calendar once for all months.
      const periods = bills.flatMap((b) => b.dues.map((d) => d.period)).sort();
      const calendar = periods.length ? await holidayCalendar(db, dueDate(periods[0]!), addDays(dueDate(periods.at(-1)!), 60)) : NO_HOLIDAYS;
      const rows: {
        billId: number;
        billNumber: string;
        period: string;
        label: string;
        unitId: number;
        code: string;
        name: string;
        people: number;
        charged: number;
        due: number;
        dueDate: string;
        bucket: AgeBucket;
      }[] = [];
      for (const b of bills) {
        for (const m of monthBalances(b.dues, b.paid + b.credits_applied)) {
          if (m.outstanding <= 0) continue;
          const units = b.units.filter((x) => x.period === m.period).sort((x, y) => x.code.localeCompare(y.code));
          const shares = shareOut(
            m.outstanding,
            units.map((u) => u.due),
          );
          const due = monthDueDate(m.period, b.due_date, calendar);
          units.forEach((u, i) => {
            if (shares[i]! > 0)
              rows.push({
                billId: b.id,
                billNumber: b.number,
                period: m.period,
                label: periodLabel(m.period),
                unitId: u.unitId,
                code: u.code,
                name: u.name,
                people: u.people,
                charged: u.due,
                due: shares[i]!,
                dueDate: due,
                bucket: ageBucket(due, asOf),
              });
          });
        }
      }
      const unit = unitLimit(actor);
      if (unit !== undefined) rows.splice(0, rows.length, ...rows.filter((r) => r.unitId === unit));
      const units = new Map<number, { unitId: number; code: string; name: string; total: number; buckets: Record<AgeBucket, number>; months: number }>();
      for (const r of rows) {
        const u = units.get(r.unitId) ?? {
          unitId: r.unitId,
          code: r.code,
          name: r.name,
          total: 0,
          months: 0,
          buckets: { not_due: 0, '0-30': 0, '31-60': 0, '61-90': 0, '90+': 0 },
        };
        u.total += r.due;
        u.months += 1;
        u.buckets[r.bucket] += r.due;
        units.set(r.unitId, u);
      }
      const totals = Object.fromEntries(AGE_BUCKETS.map((k) => [k, sumRupiah(rows.filter((r) => r.bucket === k).map((r) => r.due))])) as Record<
        AgeBucket,
        number
      >;
      return {
        asOf,
        ended: view.ended,
        note,
        rows,
        units: [...units.values()].sort((a, b) => a.code.localeCompare(b.code)),
        totals,
        total: sumRupiah(rows.map((r) => r.due)),
      };
    },

    /**
     * The contribution budget for a fiscal year: for each month, the participants billable in it
     * (enrolment as it stands, assumed to continue) plus a growth scenario, × the monthly
     * contribution under the terms in force that month. Months outside the agreement count 0.
     */
    async budget(actor: Actor, agreementId: number, year: number, growthPercent = 0) {
      authorize(actor, 'contributions:read');
      if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new AppError('validation_failed', 'Tahun anggaran tidak sah');
      if (!Number.isFinite(growthPercent) || growthPercent < -100 || growthPercent > 1000)
        throw new AppError('validation_failed', 'Pertumbuhan harus −100 s.d. 1000 persen');
      const a = await getAgreement(db, agreementId);
      if (!a || !(await canSeeAgreement(db, actor, agreementId))) throw notFound('Perjanjian', agreementId);
      const versions = presentVersions(await listTermsVersions(db, agreementId));
      // An operator budgets its own unit's participants.
      const people = await repo.enrolmentDates(db, agreementId, unitLimit(actor));
      const dates = datesOf(a);
      const start = validFrom(dates);
      const end = effectiveEnd(dates);
      const months = Array.from({ length: 12 }, (_, i) => addPeriods(`${year}-01`, i)).map((period) => {
        const inside = !!start && !!end && lastDay(period) >= start && firstDay(period) <= end;
        const version = inside ? termsVersionForMonth(versions, start!, period) : undefined;
        const base = inside ? people.filter((p) => isBillableMonth({ registeredOn: p.registered_on, deactivatedOn: p.deactivated_on }, period)).length : 0;
        // Growth rounds up: a part of a person is budgeted as a whole person.
        const projected = inside ? Math.ceil((base * (100 + growthPercent)) / 100) : 0;
        const perPerson = version ? contributionUnder(version.terms).total : 0;
        return { period, label: periodLabel(period), insideAgreement: inside, participants: base, projected, perPerson, amount: projected * perPerson };
      });
      return { agreementId, year, growthPercent, months, total: sumRupiah(months.map((m) => m.amount)) };
    },
  };
}
