/**
 * XLSX rows for the roster import, read with exceljs's streaming WorkbookReader so a file of
 * 100,000 rows is never held whole as a workbook in memory.
 */
import { MAX_IMPORT_ROWS, tooManyRows } from './file-bounds.ts';
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { AppError } from '../core/errors.ts';

/** One spreadsheet row: its number as people see it and its cells from column A (index 0). */
export interface RawRow {
  number: number;
  cells: unknown[];
}

export interface XlsxSheet {
  name: string;
  rows: AsyncGenerator<RawRow>;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (buffer: Uint8Array, magic: number[]) => magic.every((byte, i) => buffer[i] === byte);

export const isZip = (buffer: Uint8Array) => startsWith(buffer, ZIP_MAGIC);
/** The old binary Excel 97–2003 (.xls) format, which exceljs cannot read. */
export const isOldExcel = (buffer: Uint8Array) => startsWith(buffer, OLE_MAGIC);

export const corruptXlsx = (cause?: unknown): AppError =>
  new AppError('bad_file', 'File Excel rusak atau bukan file .xlsx yang sah. Simpan ulang dari Excel sebagai "Excel Workbook (.xlsx)"', {
    cause: cause instanceof Error ? cause.message : null,
  });

async function* sheetRows(worksheet: AsyncIterable<ExcelJS.Row>): AsyncGenerator<RawRow> {
  for await (const row of worksheet) {
    if (row.number > MAX_IMPORT_ROWS + 1) throw tooManyRows(); // + the header row
    const values = row.values as unknown[];
    const cells = Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => values[i + 1] ?? null);
    yield { number: row.number, cells };
  }
}

/** The worksheets in file order, each with its rows; errors from a broken file become bad_file. */
export async function* openXlsxSheets(buffer: Uint8Array): AsyncGenerator<XlsxSheet> {
  const { default: ExcelJS } = await import('exceljs'); // loaded when used: the CLI and the server start without it
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name?: string }).name ?? '';
      yield { name, rows: guard(sheetRows(worksheet)) };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw corruptXlsx(error);
  }
}

async function* guard(rows: AsyncGenerator<RawRow>): AsyncGenerator<RawRow> {
  try {
    yield* rows;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw corruptXlsx(error);
  }
}
