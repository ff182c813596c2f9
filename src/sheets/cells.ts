/**
 * Spreadsheet cells to plain values. exceljs gives strings, numbers, booleans, Dates (UTC),
 * rich text, formulas with their cached result, hyperlinks and error values; CSV gives strings.
 */
import { unguardCell } from '../core/spreadsheet.ts';
import type ExcelJS from 'exceljs';

/** A cell reduced to one plain value; `error` is an Excel error such as '#N/A'. */
export type PlainCell = string | number | boolean | Date | null | { error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Unwraps rich text, hyperlinks and formulas (their cached result) to one plain value. */
export function plainCell(value: ExcelJS.CellValue | unknown): PlainCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return unguardCell(value); // our exports' apostrophe guard (core/spreadsheet.ts)
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (!isObject(value)) return String(value);
  if (typeof value.error === 'string') return { error: value.error };
  if (Array.isArray(value.richText)) {
    return value.richText.map((part: unknown) => (isObject(part) && typeof part.text === 'string' ? part.text : '')).join('');
  }
  if ('formula' in value || 'sharedFormula' in value) return plainCell(value.result);
  if ('hyperlink' in value || 'text' in value) return plainCell(value.text);
  return null;
}

/** The error text of an Excel error cell ('#REF!'), or null. */
export function cellError(value: unknown): string | null {
  const plain = plainCell(value);
  return isObject(plain) && !(plain instanceof Date) ? plain.error : null;
}

/** A UTC Date as 'YYYY-MM-DD' when it is midnight (a date cell), else its full ISO text. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** Any cell as trimmed text; empty for blanks and Excel errors. */
export function cellToString(value: ExcelJS.CellValue | unknown): string {
  const plain = plainCell(value);
  if (plain === null) return '';
  if (typeof plain === 'string') return plain.trim();
  if (typeof plain === 'number') return Number.isFinite(plain) ? String(plain) : '';
  if (typeof plain === 'boolean') return plain ? 'TRUE' : 'FALSE';
  if (plain instanceof Date) return dateText(plain);
  return '';
}

export const NIK_AS_NUMBER_MESSAGE = 'Kolom NIK harus berformat Teks: angka 16 digit yang disimpan sebagai Number kehilangan digit terakhir';

export type NikCell = { ok: true; nik: string } | { ok: false; message: string };

/** Whether a text is 16 ASCII digits and nothing else (as /^\d{16}$/, without running it for every row of an import). */
export function isSixteenDigits(text: string): boolean {
  if (text.length !== 16) return false;
  for (let i = 0; i < 16; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
  }
  return true;
}

/**
 * The NIK text of a cell. Numbers are refused whatever their size: Excel keeps 15 significant
 * digits, so a 16-digit NIK stored as Number has already lost its last digit (and a shorter
 * number lost its leading zeros or was typed wrong). Scientific notation text ('3.51514E+15')
 * is the same loss seen through a CSV. Spaces inside are dropped; the digits are checked later.
 */
export function nikFromCell(value: ExcelJS.CellValue | unknown): NikCell {
  const plain = plainCell(value);
  if (typeof plain === 'number') return { ok: false, message: NIK_AS_NUMBER_MESSAGE };
  if (plain instanceof Date || typeof plain === 'boolean') return { ok: false, message: 'NIK harus 16 digit angka' };
  if (plain !== null && typeof plain === 'object') return { ok: false, message: `Sel NIK berisi kesalahan Excel ${plain.error}` };
  // Most NIK cells are 16 digits and nothing else: no spaces to take out, no quote or formula to unwrap.
  if (typeof plain === 'string' && isSixteenDigits(plain)) return { ok: true, nik: plain };
  let text = (plain ?? '').replace(/[\s\u00a0]/g, '');
  // ="3515…" is how CSV files keep a NIK as text in Excel; a leading ' does the same when typed.
  const formulaText = /^="(.*)"$/.exec(text);
  if (formulaText) text = formulaText[1] ?? '';
  if (text.startsWith("'")) text = text.slice(1);
  if (/^\d+(?:[.,]\d+)?E\+?\d+$/i.test(text)) return { ok: false, message: NIK_AS_NUMBER_MESSAGE };
  return { ok: true, nik: text };
}
