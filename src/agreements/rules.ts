/**
 * Pure rules of an agreement (PKS Pasal 10 and 11): validity, status and which terms govern a
 * date. No I/O.
 */
import { addDays, compareDates, daysBetween, formatDateId, lastDayOfPeriod, type IsoDate } from '../core/dates.ts';
import type { Terms } from './terms.ts';
import { AppError } from '../core/errors.ts';

export type AgreementStatus = 'draft' | 'active' | 'ended' | 'terminated';

export interface AgreementDates {
  signedOn: IsoDate | null;
  durationMonths: number;
  terminatedOn: IsoDate | null;
  /**
   * First valid day when it is not the signing day: a renewal signed ahead of time starts the day
   * after its predecessor ends. Absent or null: validity runs from signing (Pasal 10 ayat 1).
   */
  startsOn?: IsoDate | null;
}

/** The first valid day: the start date of a renewal, else the signing date; null while unsigned. */
export function validFrom(a: AgreementDates): IsoDate | null {
  if (!a.signedOn) return null;
  return a.startsOn ?? a.signedOn;
}

/**
 * Pasal 10 ayat (1): valid for `durationMonths` months from signing; the last valid day is the
 * day before the same date `durationMonths` later (14 Maret 2022 + 24 bulan → 13 Maret 2024).
 */
export function validUntil(a: AgreementDates): IsoDate | null {
  const from = validFrom(a);
  return from ? lastDayOfPeriod(from, a.durationMonths) : null;
}

/**
 * draft: not signed yet or signing date still ahead; active: signed and within validity;
 * ended: past the last valid day; terminated: ended early (Pasal 10 ayat 2) on or before today.
 */
export function agreementStatus(a: AgreementDates, today: IsoDate): AgreementStatus {
  if (a.terminatedOn && compareDates(a.terminatedOn, today) <= 0) return 'terminated';
  const from = validFrom(a);
  if (!from || compareDates(today, from) < 0) return 'draft';
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

/** Is `date` inside the period the agreement governs (first valid day through its last day)? */
export function isWithinValidity(a: AgreementDates, date: IsoDate): boolean {
  const end = effectiveEnd(a);
  const from = validFrom(a);
  if (!from || !end) return false;
  return compareDates(date, from) >= 0 && compareDates(date, end) <= 0;
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

/** Days before the last valid day from which the renewal is to be prepared (reminder and page). */
export const RENEWAL_NOTICE_DAYS = 90;

/** In force today and ending within RENEWAL_NOTICE_DAYS days (the caller checks there is no successor yet). */
export function renewalDue(a: AgreementDates, today: IsoDate): boolean {
  if (agreementStatus(a, today) !== 'active' || a.terminatedOn) return false;
  const left = daysRemaining(a, today);
  return left !== null && left <= RENEWAL_NOTICE_DAYS;
}

export type RenewalCheck =
  | { ok: true; warnings: string[] }
  | { ok: false; code: 'overlap' | 'signed_after_start' | 'signed_before_predecessor'; message: string };

/**
 * Dates of a renewal against its predecessor (pure). Overlap is refused: two agreements would
 * govern the same days. A gap is allowed with a warning: nobody is protected on the days between
 * (no agreement governs them), which the regency must know, but a late renewal is better than none.
 * A renewal is signed at the latest on its first day (validity runs from signing, Pasal 10 ayat 1).
 */
export function checkRenewalDates(predecessor: AgreementDates, startsOn: IsoDate, signedOn: IsoDate | null): RenewalCheck {
  const end = effectiveEnd(predecessor)!;
  const from = validFrom(predecessor)!;
  if (compareDates(startsOn, end) <= 0) {
    return {
      ok: false,
      code: 'overlap',
      message: `Tanggal mulai perpanjangan (${formatDateId(startsOn)}) tumpang tindih dengan perjanjian sebelumnya yang berlaku s.d. ${formatDateId(end)}; perpanjangan paling cepat mulai ${formatDateId(addDays(end, 1))}`,
    };
  }
  if (signedOn && compareDates(signedOn, startsOn) > 0) {
    return {
      ok: false,
      code: 'signed_after_start',
      message: `Tanggal penandatanganan (${formatDateId(signedOn)}) setelah tanggal mulai berlaku (${formatDateId(startsOn)}); perpanjangan ditandatangani paling lambat pada hari pertama berlakunya`,
    };
  }
  if (signedOn && compareDates(signedOn, from) < 0) {
    return {
      ok: false,
      code: 'signed_before_predecessor',
      message: `Tanggal penandatanganan (${formatDateId(signedOn)}) sebelum perjanjian yang diperpanjang berlaku (${formatDateId(from)})`,
    };
  }
  const warnings: string[] = [];
  const gap = daysBetween(end, startsOn) - 1;
  if (gap > 0) {
    warnings.push(
      `Ada jeda ${gap} hari tanpa perjanjian (${formatDateId(addDays(end, 1))} s.d. ${formatDateId(addDays(startsOn, -1))}): pegawai tidak terlindungi pada hari-hari itu`,
    );
  }
  return { ok: true, warnings };
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
