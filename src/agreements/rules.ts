/**
 * Pure rules of an agreement (PKS Pasal 10 and 11): validity, status and which terms govern a
 * date. No I/O.
 */
import { compareDates, daysBetween, lastDayOfPeriod, type IsoDate } from '../core/dates.ts';
import type { Terms } from './terms.ts';
import { AppError } from '../core/errors.ts';

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

/**
 * THE terms in force for an agreement on a date: the version with the latest effective date on or
 * before it; before the first version takes effect (a date before signing), the first version —
 * the agreement's original terms. Every door (contributions, enrolment, benefits, claims, reports)
 * asks this, directly or through agreements/terms-lookup.ts. An agreement without terms is an error.
 */
export function termsVersionOn<V extends TermsVersion>(versions: readonly V[], date: IsoDate): V {
  const first = versions[0];
  if (!first) throw new AppError('invalid_state', 'Perjanjian tidak memiliki ketentuan');
  return termsOn(versions, date) ?? first;
}

/** The terms of a month ('YYYY-MM'): those in force on its first day covered by the agreement (the signing day when later). */
export function termsVersionForMonth<V extends TermsVersion>(versions: readonly V[], signedOn: IsoDate | null, period: string): V {
  const firstDay = `${period}-01`;
  return termsVersionOn(versions, signedOn && firstDay < signedOn ? signedOn : firstDay);
}

/** THE reported wage of a terms version (PKS Pasal 4 ayat 2): the base of contributions and benefits. */
export function reportedWage(terms: Terms): number {
  return terms.contribution.reportedWage.value;
}
