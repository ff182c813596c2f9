/**
 * Dates as people put them in spreadsheets: Excel date serials, Date cells (exceljs gives them
 * in UTC), dd/mm/yyyy, dd-mm-yyyy, yyyy-mm-dd and Indonesian month names ('14 Maret 2022').
 * The result is always 'YYYY-MM-DD'. Whether a date may be in the future is the caller's rule.
 */
import { AppError } from '../core/errors.ts';
import { isExistingDate, isoOf, isoOfUtcMidnight, utcCalendarDayOf } from '../core/dates.ts';
import { plainCell } from './cells.ts';

export type DateResult = { ok: true; date: string } | { ok: false; message: string };

const MONTH_NAMES: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  pebruari: 2,
  feb: 2,
  peb: 2,
  february: 2,
  maret: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  august: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  october: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  des: 12,
  dec: 12,
  december: 12,
};

const EXAMPLES = 'gunakan dd/mm/yyyy, dd-mm-yyyy, yyyy-mm-dd atau 14 Maret 2022';

function fromParts(year: number, month: number, day: number, shown: string, label: string): DateResult {
  if (isExistingDate(year, month, day)) return { ok: true, date: isoOf(year, month, day) };
  return { ok: false, message: `${label} "${shown}" bukan tanggal yang ada` };
}

/**
 * Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 is 29 February 1900, a day
 * that never existed (Lotus 1-2-3's leap-year bug, kept by Excel). From serial 61 (1900-03-01)
 * on, counting from 1899-12-30 gives the right day; before it, counting from 1899-12-31 does.
 */
export function excelSerialToDate(serial: number, label = 'Tanggal'): DateResult {
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < 1) return { ok: false, message: `${label} "${serial}" bukan nomor tanggal Excel yang sah` };
  if (whole === 60) return { ok: false, message: `${label}: nomor tanggal Excel 60 (29-02-1900) tidak ada` };
  if (whole > 2958465) return { ok: false, message: `${label} "${serial}" terlalu besar untuk tanggal; ${EXAMPLES}` };
  // Whole days as a UTC midnight, read by core/dates.ts (serials 1–2958465 are 1899-12-31 … 9999-12-31, all readable).
  const start = whole < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return { ok: true, date: isoOfUtcMidnight(start + whole * 86_400_000)! };
}

function fromText(text: string, label: string): DateResult {
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(text);
  if (iso) return fromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]), text, label);
  const dmy = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(text);
  if (dmy) return fromParts(Number(dmy[4]), Number(dmy[3]), Number(dmy[1]), text, label);
  const named = /^(\d{1,2})[\s\-/.]+([A-Za-z]+)\.?[\s\-/.,]+(\d{4})$/.exec(text);
  if (named) {
    const month = MONTH_NAMES[(named[2] ?? '').toLowerCase()];
    if (!month) return { ok: false, message: `${label} "${text}": nama bulan "${named[2]}" tidak dikenal` };
    return fromParts(Number(named[3]), month, Number(named[1]), text, label);
  }
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}$/.test(text)) {
    return { ok: false, message: `${label} "${text}": tahun harus ditulis 4 digit (contoh 14/03/2022)` };
  }
  return { ok: false, message: `${label} "${text}" tidak dapat dibaca; ${EXAMPLES}` };
}

/** Reads a date cell or text; never throws. Blank gives a 'wajib diisi' message. */
export function readFlexibleDate(value: unknown, label = 'Tanggal'): DateResult {
  const plain = plainCell(value);
  if (plain === null || (typeof plain === 'string' && plain.trim() === '')) return { ok: false, message: `${label} wajib diisi` };
  if (typeof plain === 'number') return excelSerialToDate(plain, label);
  if (plain instanceof Date) {
    if (Number.isNaN(plain.getTime())) return { ok: false, message: `${label} bukan tanggal yang sah` };
    // exceljs gives a date cell as midnight UTC of its calendar day: the UTC date is the cell's date.
    return { ok: true, date: utcCalendarDayOf(plain.getTime()) };
  }
  if (typeof plain === 'string') return fromText(plain.trim().replace(/\s+/g, ' '), label);
  if (typeof plain === 'boolean') return { ok: false, message: `${label} bukan tanggal; ${EXAMPLES}` };
  return { ok: false, message: `${label}: sel berisi kesalahan Excel ${plain.error}` };
}

/** Like readFlexibleDate but throws AppError('invalid_date') with the Bahasa message. */
export function parseFlexibleDate(value: unknown, label = 'Tanggal'): string {
  const result = readFlexibleDate(value, label);
  if (!result.ok) throw new AppError('invalid_date', result.message, { value: String(value) });
  return result.date;
}
