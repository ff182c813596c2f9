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
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether year-month-day is a real calendar day. Plain arithmetic: hot paths (a 100,000-row
 * import) must not build Temporal objects per cell.
 */
export function isExistingDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** '00'…'99': a month or a day without padStart (isoOf runs for every date cell of an import). */
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

/** 'YYYY-MM-DD' of its parts (parts assumed valid). */
export function isoOf(year: number, month: number, day: number): IsoDate {
  const mm = TWO_DIGITS[month];
  const dd = TWO_DIGITS[day];
  if (mm !== undefined && dd !== undefined && Number.isInteger(year) && year >= 1000 && year <= 9999) return `${year}-${mm}-${dd}`;
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
  // Read digit by digit: an import checks several dates of each of 100,000 rows (the same answer as
  // ISO_DATE.test and Number of the three slices, without the regular expression and the slices).
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  return year >= 0 && month >= 0 && day >= 0 && isExistingDate(year, month, day);
}

/** The number written by `length` ASCII digits from `at`; -1 when one is not a digit (no slice, no Number()). */
export function digitsAt(text: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Negative when a is before b. Valid ISO dates order as strings, so no Temporal object is built. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return compareCheckedDates(a, isValidDate(a), b, isValidDate(b));
}

/**
 * compareDates for dates whose isValidDate answers the caller already has (an import row compares
 * its few dates several times and checks each once): the same answer, the same error when one is not valid.
 */
export function compareCheckedDates(a: IsoDate, aValid: boolean, b: IsoDate, bValid: boolean): number {
  if (!aValid) parseDate(a);
  if (!bValid) parseDate(b, 'tanggal pembanding');
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Days since 1970-01-01 of a valid year-month-day (proleptic Gregorian, as Temporal's ISO
 * calendar), and back: plain arithmetic (H. Hinnant's days_from_civil), so hot paths (the
 * protection check's due dates) build no Temporal object. The tests compare them with Temporal.
 */
function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function isoOfEpochDay(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return isoOf(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

const DAY_MS = 86_400_000;

/**
 * The date of an instant that is exactly midnight UTC (a spreadsheet's date cell, as the readers
 * give it), by arithmetic instead of `toISOString()` (five times the cost, for every date cell of
 * a 100,000-row import); null for any other instant or a year outside 0001–9999.
 */
export function isoOfUtcMidnight(ms: number): IsoDate | null {
  if (!Number.isInteger(ms) || ms % DAY_MS !== 0) return null;
  const n = ms / DAY_MS;
  return n >= FIRST_PLAIN_DAY && n <= LAST_PLAIN_DAY ? isoOfEpochDay(n) : null;
}

/**
 * The UTC calendar day of a spreadsheet's date-time cell. A cell has no zone: exceljs and our
 * reader give its wall-clock time as that time in UTC, so the UTC day is the day the cell shows
 * (never "today", which is `todayIn` the office's zone). Arithmetic within 0001–9999, as
 * isoOfUtcMidnight; beyond, the day of the Date's own ISO text.
 */
export function utcCalendarDayOf(ms: number): IsoDate {
  const n = Math.floor(ms / DAY_MS);
  if (Number.isFinite(n) && n >= FIRST_PLAIN_DAY && n <= LAST_PLAIN_DAY) return isoOfEpochDay(n);
  const iso = new Date(ms).toISOString(); // '+010000-01-01T…': a six-digit year, which validation then refuses
  return iso.slice(0, iso.indexOf('T'));
}

/** Days since 1970-01-01 of a date that isValidDate accepts. */
const epochDay = (date: IsoDate): number => epochDayOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));

/** 0001-01-01 and 9999-12-31 as epoch days: plain arithmetic within, Temporal (and its errors) beyond. */
const FIRST_PLAIN_DAY = epochDayOf(1, 1, 1);
const LAST_PLAIN_DAY = epochDayOf(9999, 12, 31);

export function addDays(date: IsoDate, days: number): IsoDate {
  if (isValidDate(date) && Number.isSafeInteger(days)) {
    const n = epochDay(date) + days;
    if (n >= FIRST_PLAIN_DAY && n <= LAST_PLAIN_DAY) return isoOfEpochDay(n);
  }
  return parseDate(date).add({ days }).toString();
}

/**
 * `months` calendar months later (or earlier). A day that does not exist in the target month is
 * clamped to that month's last day: 31 Januari 2024 + 1 bulan = 29 Februari 2024, 31 Maret 2023 −
 * 1 bulan = 28 Februari 2023. This is Temporal's documented `overflow: 'constrain'` (the default of
 * `PlainDate.prototype.add`, TC39 Temporal proposal), stated here explicitly.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return parseDate(date).add({ months }, { overflow: 'constrain' }).toString();
}

/**
 * `years` calendar years later (or earlier); 29 Februari moves to 28 Februari in a year without
 * one (29 Februari 2024 + 5 tahun = 28 Februari 2029).
 *
 * Which rule this is, honestly: Temporal's documented `overflow: 'constrain'` behaviour (TC39
 * Temporal proposal, `PlainDate.prototype.add`: "the day is clamped to the last day of the
 * resulting month"). The Indonesian texts that set year-counted deadlines (PP 82/2019 Pasal 26,
 * the 5-year claim limit) do not say how a period starting on 29 Februari ends; no Indonesian
 * rule on it was found. Clamping backwards keeps the deadline inside the stated number of years
 * (the alternative, 1 Maret, would give one more day than the period allows).
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  return parseDate(date).add({ years }, { overflow: 'constrain' }).toString();
}

/** Monday = 1 … Sunday = 7 (ISO 8601). */
export function dayOfWeek(date: IsoDate): number {
  if (!isValidDate(date)) return parseDate(date).dayOfWeek;
  // 1970-01-01 was a Thursday (4).
  return ((((epochDay(date) + 3) % 7) + 7) % 7) + 1;
}

/**
 * The day `n` (≥ 0) working days after `date`: Saturdays, Sundays and the days `isHoliday` names are
 * not counted (the day itself is day 0). Without a holiday predicate only weekends are skipped.
 */
export function addWorkingDays(date: IsoDate, n: number, isHoliday: (day: IsoDate) => boolean = () => false): IsoDate {
  let day = parseDate(date);
  let left = n;
  while (left > 0) {
    day = day.add({ days: 1 });
    if (day.dayOfWeek <= 5 && !isHoliday(day.toString())) left -= 1;
  }
  return day.toString();
}

/** Working days strictly after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, isHoliday: (day: IsoDate) => boolean = () => false): number {
  let day = parseDate(from);
  const end = parseDate(to);
  let count = 0;
  while (Temporal.PlainDate.compare(day, end) < 0) {
    day = day.add({ days: 1 });
    if (day.dayOfWeek <= 5 && !isHoliday(day.toString())) count += 1;
  }
  return count;
}

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function yearMonthParts(yearMonth: string): { year: number; month: number } {
  const m = YEAR_MONTH.exec(yearMonth);
  if (!m || m[1] === '0000') throw new AppError('invalid_date', `Bulan harus berformat TTTT-BB (contoh 2023-01): ${yearMonth}`, { value: yearMonth });
  return { year: Number(m[1]), month: Number(m[2]) };
}

const yearMonthOfParts = (year: number, month: number): string => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;

/*
 * Billing-month helpers. Plain arithmetic, like lastDayOfPeriod: the protection check and billing
 * run them per request and per participant (Temporal.PlainYearMonth costs ~30 µs a call here);
 * the property test compares them with Temporal.PlainYearMonth on every day of 2020–2032.
 */

/** A billing month 'YYYY-MM' of a date. */
export function yearMonthOf(date: IsoDate): string {
  if (!isValidDate(date)) parseDate(date); // throws the same errors
  return yearMonthOfParts(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
}

/** Month 'YYYY-MM' plus `n` months (Temporal.PlainYearMonth.add semantics). */
export function addYearMonths(yearMonth: string, n: number): string {
  const { year, month } = yearMonthParts(yearMonth);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  if (!Number.isSafeInteger(n) || y < 1 || y > 9999) return Temporal.PlainYearMonth.from(yearMonth).add({ months: n }).toString();
  return yearMonthOfParts(y, index - y * 12 + 1);
}

/** Day `day` of month 'YYYY-MM', clamped to the month's last day (Temporal `overflow: 'constrain'`). */
export function dayOfYearMonth(yearMonth: string, day: number): IsoDate {
  const { year, month } = yearMonthParts(yearMonth);
  if (!Number.isInteger(day) || day < 1) throw new AppError('invalid_date', `Tanggal ${day} bukan hari dalam bulan`, { value: day });
  return isoOf(year, month, Math.min(day, daysInMonth(year, month)));
}

/** Whole months from a to b (b − a) counted as Temporal does: a part of a month is not a month. */
export function monthsBetween(a: IsoDate, b: IsoDate): number {
  return parseDate(a).until(parseDate(b), { largestUnit: 'months' }).months;
}

/**
 * 'JJ:MM' on `date` in `timeZone` as an exact instant; `time` empty means the start of the day.
 * The 2 × 24-hour clock runs from this instant.
 */
export function instantOf(date: IsoDate, time: string, timeZone: string): Temporal.ZonedDateTime {
  const t = time ? Temporal.PlainTime.from(time, { overflow: 'reject' }) : Temporal.PlainTime.from('00:00');
  return parseDate(date).toZonedDateTime({ timeZone, plainTime: t });
}

/** Now in the given zone. */
export function nowIn(timeZone: string): Temporal.ZonedDateTime {
  return Temporal.Now.zonedDateTimeISO(timeZone);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  if (isValidDate(a) && isValidDate(b)) return epochDay(b) - epochDay(a);
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

const INDONESIAN_ZONES: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Pontianak': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

/** How people name the office's zone: WIB, WITA or WIT in Indonesia, else the IANA name. */
export function zoneLabel(timeZone: string): string {
  return INDONESIAN_ZONES[timeZone] ?? timeZone;
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

export const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'] as const;

/** '2022-03-14' → '14 Maret 2022'. */
export function formatDateId(date: IsoDate): string {
  if (!isValidDate(date)) parseDate(date); // throws the same errors as before
  return `${Number(date.slice(8, 10))} ${MONTHS_ID[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(0, 4))}`;
}

/** Current instant as an ISO string (UTC), for audit and timestamps. */
export function nowIso(): string {
  return new Date().toISOString();
}
