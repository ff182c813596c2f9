/**
 * Real cells for every XLSX Lindung writes: a day is an Excel date (not text) shown dd/mm/yyyy,
 * a month is the first day of the month shown with its Indonesian name ("April 2022"), so
 * LibreOffice and Excel sort, filter and compute with them.
 */
import type ExcelJS from 'exceljs';

/** Day format of every date cell. */
export const XLSX_DATE_FORMAT = 'dd/mm/yyyy';
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
