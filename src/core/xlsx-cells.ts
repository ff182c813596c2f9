/**
 * Real cells for every XLSX Lindung writes: a day is an Excel date (not text) shown dd/mm/yyyy,
 * a month is the first day of the month shown with its Indonesian name ("April 2022"), so
 * LibreOffice and Excel sort, filter and compute with them.
 */
import type ExcelJS from 'exceljs';
import { Temporal } from './dates.ts';

/** Day format of every date cell. */
export const XLSX_DATE_FORMAT = 'dd/mm/yyyy';
/** Moments (an audit entry's time): day and time of the office's zone. */
export const XLSX_DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm:ss';
/** Month cells: Indonesian month name and year ([$-421] is the Indonesian locale). */
export const XLSX_MONTH_FORMAT = '[$-421]mmmm yyyy';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * A 'YYYY-MM-DD' day as the Date exceljs writes as that calendar day (UTC midnight: exceljs
 * converts dates to Excel serials in UTC); null for no date.
 */
export function xlsxDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const m = ISO_DAY.exec(iso);
  if (!m) throw new Error(`Bukan tanggal YYYY-MM-DD: ${iso}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/**
 * An instant (ISO with zone, as stored) as the cell of its wall-clock time in the office's zone:
 * spreadsheets have no zones, so the cell shows the time people in the office saw.
 */
export function xlsxDateTime(instant: string, timeZone: string): Date {
  const t = Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone);
  return new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second));
}

/** A 'YYYY-MM' month as its first day, for a cell formatted with XLSX_MONTH_FORMAT. */
export function xlsxMonth(period: string): Date {
  const m = ISO_MONTH.exec(period);
  if (!m) throw new Error(`Bukan bulan YYYY-MM: ${period}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
}

/** Gives every date cell of the sheet that has no number format yet the day format. */
export function formatDateCells(ws: ExcelJS.Worksheet): void {
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      if (cell.value instanceof Date && (!cell.numFmt || cell.numFmt === 'General')) cell.numFmt = XLSX_DATE_FORMAT;
    });
  });
}
