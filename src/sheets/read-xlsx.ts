/**
 * XLSX rows for the imports (roster, branch files, bank statements, unit trees), read by
 * `src/sheets/xlsx-stream.ts` so a file of 100,000 rows is never held whole in memory; its
 * errors become the Bahasa `bad_file` answers people see.
 */
import { MAX_IMPORT_ROWS, MAX_INFLATED_BYTES, tooLargeInflated, tooManyRows } from './file-bounds.ts';
import { AppError } from '../core/errors.ts';
import { readXlsxSheets, XlsxError, type RawRow, type XlsxSheet } from './xlsx-stream.ts';

export type { RawRow, XlsxSheet };

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

/** The batches of a sheet's rows, refused past the row limit; a broken file becomes bad_file. */
async function* checkedBatches(batches: AsyncGenerator<RawRow[]>): AsyncGenerator<RawRow[]> {
  try {
    for await (const batch of batches) {
      if (batch[batch.length - 1]!.number > MAX_IMPORT_ROWS + 1) throw tooManyRows(); // + the header row
      yield batch;
    }
  } catch (error) {
    throw asAppError(error);
  }
}

/** The worksheets in tab order, each with its rows (in batches); a broken or oversized file becomes bad_file. */
export async function* openXlsxSheets(buffer: Uint8Array): AsyncGenerator<XlsxSheet> {
  try {
    for await (const sheet of readXlsxSheets(buffer, MAX_INFLATED_BYTES)) {
      yield { name: sheet.name, batches: checkedBatches(sheet.batches) };
    }
  } catch (error) {
    throw asAppError(error);
  }
}

function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof XlsxError && error.kind === 'too_large') return tooLargeInflated();
  return corruptXlsx(error);
}
