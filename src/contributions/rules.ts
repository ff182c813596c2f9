/**
 * THE contribution rule (PKS Pasal 4). Pure: no I/O.
 *
 *   JKK = reported wage × JKK rate        (0,24% of Rp 1.765.000 = Rp 4.236)
 *   JKM = reported wage × JKM rate        (0,30% of Rp 1.765.000 = Rp 5.295)
 *   total per person per month = JKK + JKM                        (Rp 9.531)
 *
 * Rounding is part of the terms (`contribution.rounding`): each component is rounded on its
 * own, per person, per month (default `down`: to the whole rupiah below — reference §3.2).
 * Months are never prorated: who is billed for a month is `isBillableMonth` below.
 */
import { applyRate, sumRupiah, type Rate, type Rounding, type Rupiah } from '../core/money.ts';
import { AppError } from '../core/errors.ts';
import { addMonths, addYearMonths, compareDates, dayOfYearMonth, daysInMonth, monthsBetween, yearMonthOf } from '../core/dates.ts';
import { type Terms, reportedWage } from '../agreements/model.ts';
import { nextWorkingDay, type HolidayCalendar } from '../holidays/model.ts';

export interface MonthlyContribution {
  wage: Rupiah;
  jkk: Rupiah;
  jkm: Rupiah;
  total: Rupiah;
}

export function monthlyContribution(wage: Rupiah, jkkRate: Rate, jkmRate: Rate, rounding: Rounding): MonthlyContribution {
  const jkk = applyRate(wage, jkkRate, rounding);
  const jkm = applyRate(wage, jkmRate, rounding);
  return { wage, jkk, jkm, total: jkk + jkm };
}

/** The monthly contribution under a terms version (its wage, rates and rounding). */
export function contributionUnder(terms: Terms): MonthlyContribution {
  const c = terms.contribution;
  return monthlyContribution(reportedWage(terms), c.jkkRate.value, c.jkmRate.value, c.rounding.value);
}

export interface Quote {
  monthly: { jkk: Rupiah; jkm: Rupiah; total: Rupiah };
  months: number;
  total: Rupiah;
  wage: Rupiah;
  people: number;
  rounding: Rounding;
}

/** A quote for `people` participants over `months` months (Pasal 4 ayat 3: monthly or a year at once). */
export function quote(wage: Rupiah, jkkRate: Rate, jkmRate: Rate, rounding: Rounding, months: number, people = 1): Quote {
  if (!Number.isInteger(months) || months < 1 || months > 120) throw new AppError('validation_failed', 'Jumlah bulan harus 1–120');
  if (!Number.isInteger(people) || people < 1) throw new AppError('validation_failed', 'Jumlah peserta minimal 1');
  const m = monthlyContribution(wage, jkkRate, jkmRate, rounding);
  return { monthly: { jkk: m.jkk, jkm: m.jkm, total: m.total }, months, total: sumRupiah([m.total * months * people]), wage, people, rounding };
}

// ---- Months ----

/** A billing month as 'YYYY-MM'. */
export type Period = string;
const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function parsePeriod(period: string): { year: number; month: number } {
  const m = PERIOD.exec(period);
  if (!m) throw new AppError('validation_failed', `Bulan "${period}" harus berformat TTTT-BB (contoh 2023-01)`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

export function addPeriods(period: Period, n: number): Period {
  parsePeriod(period);
  return addYearMonths(period, n);
}

export function firstDay(period: Period): string {
  parsePeriod(period);
  return dayOfYearMonth(period, 1);
}

export function lastDay(period: Period): string {
  const { year, month } = parsePeriod(period);
  return dayOfYearMonth(period, daysInMonth(year, month));
}

export const periodOf = (date: string): Period => yearMonthOf(date);

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
export function periodLabel(period: Period): string {
  const { year, month } = parsePeriod(period);
  return `${MONTHS[month - 1]} ${year}`;
}

/**
 * WHO IS BILLED FOR A MONTH: a participant registered and not deactivated on at least one day of
 * the month is billed for the whole month; a month is never prorated. So joining on the 20th
 * bills that month in full, and deactivation from the 1st (the first day without coverage) bills
 * nothing for that month, while deactivation from the 2nd bills it.
 */
export function isBillableMonth(p: { registeredOn: string | null; deactivatedOn: string | null }, period: Period): boolean {
  if (!p.registeredOn) return false;
  if (p.registeredOn > lastDay(period)) return false;
  return !(p.deactivatedOn && p.deactivatedOn <= firstDay(period));
}

/** Payment is due on `dueDay` of the month after the billed month (reference §3.3: the 15th). */
export function dueDate(period: Period, dueDay: number = DEFAULT_DUE_DAY): string {
  return dayOfYearMonth(addPeriods(period, 1), dueDay);
}

/**
 * THE due date of a month's contributions: `dueDay` (the 15th) of the following month, moved to
 * the next working day when it falls on a Saturday, a Sunday, a national holiday or cuti bersama
 * of `calendar` (src/holidays: the SKB 3 Menteri of each year). Protection, bills and arrears use this.
 * The move follows the usual rule for deadlines falling on a day off (payment on the next
 * working day); neither the PKS nor PP 44/2015 says otherwise.
 */
export function dueDateOf(period: Period, calendar: HolidayCalendar, dueDay = 15): string {
  return nextWorkingDay(dueDate(period, dueDay), calendar);
}

/** The regulation's due day (the 15th of the next month), used for a month that has no bill yet. */
export const DEFAULT_DUE_DAY = 15;

/**
 * When one month is due: its own due date (dueDate), or the bill's due date when that is later
 * (a bill issued late gives time to pay; a yearly bill paid ahead is never due before each month's
 * own date). A month with no bill yet has only its own due date. With `calendar` the own due date
 * is moved past weekends and holidays (dueDateOf), the date a bill for the month would carry.
 */
export function monthDueDate(period: Period, billDueDate: string | null | undefined, calendar?: HolidayCalendar): string {
  const own = calendar ? dueDateOf(period, calendar) : dueDate(period);
  return billDueDate && billDueDate > own ? billDueDate : own;
}

/**
 * What each month of a bill is due, paid and still owed: payments (with credit applied) cover the
 * months in order, so the first month not fully covered carries the partial payment and owes the
 * rest, and later months owe all. Σ outstanding = what the bill still owes for its months.
 */
export function monthBalances(
  monthDues: readonly { period: Period; due: Rupiah }[],
  paid: Rupiah,
): { period: Period; due: Rupiah; paid: Rupiah; outstanding: Rupiah }[] {
  const sorted = [...monthDues].sort((a, b) => (a.period < b.period ? -1 : 1));
  let remaining = Math.max(0, paid);
  return sorted.map((m) => {
    const covered = Math.max(0, Math.min(remaining, m.due));
    remaining -= covered;
    return { period: m.period, due: m.due, paid: covered, outstanding: m.due - covered };
  });
}

/**
 * A late-payment fine when the terms switch it on (off by default: the regulation words it for
 * employers other than state bodies): `ratePerMonth` of the unpaid amount for each month or part
 * of a month after the due date, rounded down.
 */
export function lateFine(unpaid: Rupiah, due: string, asOf: string, fine: { enabled: boolean; ratePerMonth: Rate }): { monthsLate: number; amount: Rupiah } {
  if (!fine.enabled || unpaid <= 0 || asOf <= due) return { monthsLate: 0, amount: 0 };
  // Whole months after the due date (Temporal), plus one for a part of a month.
  let months = monthsBetween(due, asOf);
  if (compareDates(addMonths(due, months), asOf) < 0) months += 1;
  months = Math.max(1, months);
  return { monthsLate: months, amount: applyRate(unpaid, fine.ratePerMonth, 'down') * months };
}

/**
 * Which months of a bill are paid: months in order, each paid when the payments cover it in
 * full after the months before it. Returns the paid months and what is left over (credit).
 */
export function paidMonths(monthDues: readonly { period: Period; due: Rupiah }[], paid: Rupiah): { paid: Period[]; leftover: Rupiah; unpaidAmount: Rupiah } {
  const sorted = [...monthDues].sort((a, b) => (a.period < b.period ? -1 : 1));
  let remaining = paid;
  const out: Period[] = [];
  let unpaidAmount = 0;
  for (const m of sorted) {
    if (remaining >= m.due && unpaidAmount === 0) {
      remaining -= m.due;
      out.push(m.period);
    } else {
      unpaidAmount += m.due;
    }
  }
  // Money not enough for the next month stays on the bill (partial payment), not credit.
  const leftover = unpaidAmount === 0 ? remaining : 0;
  return { paid: out, leftover, unpaidAmount: Math.max(0, unpaidAmount - (unpaidAmount > 0 ? remaining : 0)) };
}
