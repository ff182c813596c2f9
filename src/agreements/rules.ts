/**
 * Pure rules of an agreement (PKS Pasal 10 and 11): validity, status and which terms govern a
 * date. No I/O.
 */
import { compareDates, daysBetween, lastDayOfPeriod, type IsoDate } from '../core/dates.ts';
import type { Terms } from './terms.ts';

export type AgreementStatus = 'draft' | 'active' | 'ended' | 'terminated';

export interface AgreementDates {
  signedOn: IsoDate | null;
  durationMonths: number;
  terminatedOn: IsoDate | null;
}

/**
 * Pasal 10 ayat (1): valid for `durationMonths` months from signing; the last valid day is the
 * day before the same date `durationMonths` later (14 Maret 2022 + 24 bulan → 13 Maret 2024).
 */
export function validUntil(a: AgreementDates): IsoDate | null {
  return a.signedOn ? lastDayOfPeriod(a.signedOn, a.durationMonths) : null;
}

/**
 * draft: not signed yet or signing date still ahead; active: signed and within validity;
 * ended: past the last valid day; terminated: ended early (Pasal 10 ayat 2) on or before today.
 */
export function agreementStatus(a: AgreementDates, today: IsoDate): AgreementStatus {
  if (a.terminatedOn && compareDates(a.terminatedOn, today) <= 0) return 'terminated';
  if (!a.signedOn || compareDates(today, a.signedOn) < 0) return 'draft';
  const until = validUntil(a);
  if (until && compareDates(today, until) > 0) return 'ended';
  return 'active';
}

/** The last day the agreement actually governs: validity end, or the day before early termination. */
export function effectiveEnd(a: AgreementDates): IsoDate | null {
  const until = validUntil(a);
  if (a.terminatedOn) {
    const dayBefore = lastDayOfPeriod(a.terminatedOn, 0);
    return until && compareDates(until, dayBefore) < 0 ? until : dayBefore;
  }
  return until;
}

/** Is `date` inside the period the agreement governs (signing day through its last day)? */
export function isWithinValidity(a: AgreementDates, date: IsoDate): boolean {
  const end = effectiveEnd(a);
  if (!a.signedOn || !end) return false;
  return compareDates(date, a.signedOn) >= 0 && compareDates(date, end) <= 0;
}

/**
 * The day the "today" views (dashboard, unprotected list, arrears) show by default: today, or
 * the agreement's last day once it has ended or been terminated (its picture stays readable).
 */
export function defaultViewDate(a: AgreementDates, today: IsoDate): { date: IsoDate; ended: boolean } {
  const end = effectiveEnd(a);
  if (a.signedOn && end && compareDates(today, end) > 0) return { date: end, ended: true };
  return { date: today, ended: false };
}

/** Days from today to the last valid day, inclusive of neither (0 on the last day); null when not signed. */
export function daysRemaining(a: AgreementDates, today: IsoDate): number | null {
  const end = effectiveEnd(a);
  if (!end) return null;
  return Math.max(0, daysBetween(today, end));
}

export interface TermsVersion {
  effectiveFrom: IsoDate;
  terms: Terms;
}

/**
 * The terms that govern `date`: the version with the latest effective date on or before it.
 * Null before the first version takes effect.
 */
export function termsOn<V extends TermsVersion>(versions: readonly V[], date: IsoDate): V | null {
  let found: V | null = null;
  for (const v of versions) {
    if (compareDates(v.effectiveFrom, date) <= 0 && (!found || compareDates(v.effectiveFrom, found.effectiveFrom) > 0)) {
      found = v;
    }
  }
  return found;
}
