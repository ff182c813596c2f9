/**
 * Calendar dates without time-zone bugs: dates are 'YYYY-MM-DD' strings at the edges and
 * Temporal.PlainDate inside. "Today" is always asked for in the office's zone, never the server's.
 */
import { Temporal } from 'temporal-polyfill';
import { AppError } from './errors.ts';

export { Temporal };
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether year-month-day is a real calendar day. Plain arithmetic: hot paths (a 100,000-row
 * import) must not build Temporal objects per cell.
 */
export function isExistingDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && year >= 1 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

/** 'YYYY-MM-DD' of its parts (parts assumed valid). */
export function isoOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Strictly parses 'YYYY-MM-DD'; "2022-02-30" is an error, not March 2nd. */
export function parseDate(value: string, field = 'tanggal'): Temporal.PlainDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw new AppError('invalid_date', `${field} harus berformat TTTT-BB-HH (contoh 2022-03-14)`, { field, value });
  }
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    throw new AppError('invalid_date', `${field} bukan tanggal yang ada: ${value}`, { field, value });
  }
}

export function isValidDate(value: string): boolean {
  return typeof value === 'string' && ISO_DATE.test(value) && isExistingDate(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
}

/** Negative when a is before b. Valid ISO dates order as strings, so no Temporal object is built. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  if (!isValidDate(a)) parseDate(a);
  if (!isValidDate(b)) parseDate(b, 'tanggal pembanding');
  return a < b ? -1 : a > b ? 1 : 0;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return parseDate(date).add({ days }).toString();
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  return parseDate(date).add({ months }).toString();
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return parseDate(a).until(parseDate(b), { largestUnit: 'days' }).days;
}

/**
 * The last day of a period of `months` months starting on `start`: 2022-03-14 + 24 months is
 * 2024-03-14, so the last day covered is 2024-03-13.
 */
export function lastDayOfPeriod(start: IsoDate, months: number): IsoDate {
  // Plain arithmetic (the protection check runs this per request); Temporal's answer, which the
  // tests compare against: the day of month is constrained to the target month, then one day back.
  if (!isValidDate(start) || !Number.isSafeInteger(months)) return parseDate(start).add({ months }).subtract({ days: 1 }).toString();
  const index = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (year < 1 || year > 9999) return parseDate(start).add({ months }).subtract({ days: 1 }).toString();
  const day = Math.min(Number(start.slice(8, 10)), daysInMonth(year, month));
  if (day > 1) return isoOf(year, month, day - 1);
  if (month > 1) return isoOf(year, month - 1, daysInMonth(year, month - 1));
  return year > 1 ? isoOf(year - 1, 12, 31) : parseDate(start).add({ months }).subtract({ days: 1 }).toString();
}

/** Today in the given IANA zone (Buton Utara: Asia/Makassar, WITA). */
export function todayIn(timeZone: string): IsoDate {
  return Temporal.Now.plainDateISO(timeZone).toString();
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    Temporal.Now.plainDateISO(timeZone);
    return true;
  } catch {
    return false;
  }
}

export const MONTHS_ID = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

/** '2022-03-14' → '14 Maret 2022'. */
export function formatDateId(date: IsoDate): string {
  if (!isValidDate(date)) parseDate(date); // throws the same errors as before
  return `${Number(date.slice(8, 10))} ${MONTHS_ID[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(0, 4))}`;
}

/** Current instant as an ISO string (UTC), for audit and timestamps. */
export function nowIso(): string {
  return new Date().toISOString();
}
