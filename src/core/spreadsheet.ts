/**
 * Exports safe to open (OWASP "CSV injection"): a text cell that begins with `=`, `+`, `-`, `@`,
 * a tab or a carriage return is written with a leading apostrophe, so Excel, LibreOffice and
 * Google Sheets show it as text and never evaluate it. One helper for every export: the roster
 * CSV/XLSX, the branch registration file, bills, the claims register, the M&E report and the audit trail.
 * NIKs and KPJ numbers are written as text cells (XLSX `@` format) and as plain digits in CSV —
 * never as `="…"`, which is a formula. The roster import strips the apostrophe we added
 * (`unguardCell`), so an export imports back unchanged.
 */
import type ExcelJS from 'exceljs';

const TRIGGER = /^[=+\-@\t\r]/;

/** The text as a spreadsheet must store it: with a leading `'` when it would start a formula. */
export function guardCell(text: string): string {
  return TRIGGER.test(text) && text !== '-' ? `'${text}` : text;
}

/** Undoes guardCell on import: `'=…`, `'+…`, `'-…`, `'@…` lose the apostrophe; any other text is kept as is. */
export function unguardCell(text: string): string {
  return text.startsWith("'") && TRIGGER.test(text.slice(1)) ? text.slice(1) : text;
}

/** Every text cell of every sheet guarded (plain strings and the first run of rich text). */
export function guardWorkbook(workbook: ExcelJS.Workbook): ExcelJS.Workbook {
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        if (typeof v === 'string') {
          const safe = guardCell(v);
          if (safe !== v) cell.value = safe;
        } else if (v && typeof v === 'object' && 'richText' in v && v.richText.length > 0) {
          const first = v.richText[0]!;
          const safe = guardCell(first.text);
          if (safe !== first.text) cell.value = { richText: [{ ...first, text: safe }, ...v.richText.slice(1)] };
        }
      });
    });
  });
  return workbook;
}

/**
 * A new workbook (creator Lindung) with one sheet of these columns, its header row bold. ExcelJS is
 * loaded here, when used: the CLI and the server start without it.
 */
export async function workbookWithSheet(name: string, columns: Partial<ExcelJS.Column>[]): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Lindung';
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  return { workbook, sheet };
}

/** The workbook as XLSX bytes, every text cell guarded. */
export async function safeXlsxBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  guardWorkbook(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One CSV field (`;`-separated, as Excel on Indonesian Windows reads it): guarded, quoted when needed. */
export function csvField(value: string | null | undefined, separator = ';'): string {
  const text = guardCell(value ?? '');
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
