/**
 * Opening an uploaded spreadsheet (XLSX or CSV) as raw rows. The format is told by the content
 * first, then by the file name. The header row is the first row the caller recognises, below any
 * title lines; in an XLSX the first worksheet that has one is read (a "Petunjuk" sheet before it is
 * passed over). Fully blank rows are skipped, and row numbers are the ones people see in Excel.
 * Rows stream, a batch at a time (./batches.ts): a 100,000-row file is read as it is consumed.
 * What the headers mean is the importer's (the roster, the branch's files, bank statements).
 */
import { extname } from 'node:path';
import { AppError } from '../core/errors.ts';
import { cellError, cellToString } from './cells.ts';
import { checkDeclaredZipBounds, checkZipBounds } from './file-bounds.ts';
import { eachRow } from './batches.ts';
import { openCsv, type TextEncoding } from './read-csv.ts';
import { corruptXlsx, isOldExcel, isZip, openXlsxSheets, type RawRow, type XlsxSheet } from './read-xlsx.ts';

export type { RawRow };

export const isBlankCell = (value: unknown): boolean => {
  // The common cells first, without formatting them as text (a date cell would be written out as ISO text).
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') {
    // A printable ASCII first character other than the apostrophe guard survives trimming.
    const first = value.charCodeAt(0);
    if (first > 32 && first < 127 && first !== 39) return false;
    return cellToString(value) === '';
  }
  if (typeof value === 'number') return !Number.isFinite(value);
  if (value instanceof Date) return Number.isNaN(value.getTime());
  return cellToString(value) === '' && cellError(value) === null;
};
export const isBlankRow = (row: RawRow): boolean => row.cells.every(isBlankCell);
/** Every cell of the row as trimmed text. */
export const cellTexts = (row: RawRow): string[] => row.cells.map((c) => cellToString(c));

export interface SheetInfo {
  format: 'xlsx' | 'csv';
  sheetName: string | null;
  encoding: TextEncoding | null;
  delimiter: string | null;
}

export interface HeadedSheet extends SheetInfo {
  header: RawRow;
  /** The rows under the header, fully blank ones skipped, a batch at a time (never an empty one). */
  batches: AsyncGenerator<RawRow[]>;
  /**
   * Releases the reader (once, however often called). Reading `batches` to the end or leaving the
   * loop early does it already; call it when `batches` is never read, or not to the end.
   */
  close(): Promise<void>;
}

/** A header row found, or the first non-blank row seen (null: the file has none). */
export type SheetSearch = { found: true; sheet: HeadedSheet } | { found: false; firstRow: RawRow | null };

/** The header is looked for in the first rows, below any title lines. */
const HEADER_SEARCH_ROWS = 20;

/** Plain-language format check by content first, then by the file name. */
function detectFormat(buffer: Uint8Array, fileName: string): 'xlsx' | 'csv' {
  const ext = extname(fileName).toLowerCase();
  if (isZip(buffer)) return 'xlsx';
  if (isOldExcel(buffer)) {
    throw new AppError('bad_file', 'Format Excel lama (.xls, Excel 97–2003) tidak didukung. Simpan ulang sebagai .xlsx atau CSV');
  }
  if (ext === '.xlsx' || ext === '.xlsm' || ext === '.xls') throw corruptXlsx();
  if (ext === '.csv' || ext === '.txt' || ext === '') return 'csv';
  throw new AppError('bad_file', `Jenis file ${ext} tidak didukung. Unggah file Excel (.xlsx) atau CSV`);
}

/** A header found, with the rest of its batch (`after`); or the first non-blank row seen. */
type HeaderSearch = { found: true; row: RawRow; after: RawRow[] } | { found: false; firstRow: RawRow | null };

/** Reads rows until one is a header (within the first rows); leaves `batches` after the header's batch. */
async function findHeaderRow(batches: AsyncGenerator<RawRow[]>, isHeader: (texts: string[]) => boolean): Promise<HeaderSearch> {
  let firstRow: RawRow | null = null;
  for (;;) {
    const next = await batches.next();
    if (next.done) return { found: false, firstRow };
    const batch = next.value;
    for (let i = 0; i < batch.length; i++) {
      const row = batch[i]!;
      if (isBlankRow(row)) continue;
      firstRow ??= row;
      if (isHeader(cellTexts(row))) return { found: true, row, after: batch.slice(i + 1) };
      if (row.number >= HEADER_SEARCH_ROWS) return { found: false, firstRow };
    }
  }
}

const withoutBlankRows = (batch: RawRow[]): RawRow[] => batch.filter((row) => !isBlankRow(row));

async function* nonBlankBatches(after: RawRow[], rest: AsyncGenerator<RawRow[]>, close: () => Promise<void>): AsyncGenerator<RawRow[]> {
  try {
    const first = withoutBlankRows(after);
    if (first.length > 0) yield first;
    for await (const batch of { [Symbol.asyncIterator]: () => rest }) {
      const rows = withoutBlankRows(batch);
      if (rows.length > 0) yield rows;
    }
  } finally {
    await close();
  }
}

function headed(
  search: { row: RawRow; after: RawRow[] },
  rest: AsyncGenerator<RawRow[]>,
  info: SheetInfo,
  closeSource: () => Promise<void> = async () => {},
): HeadedSheet {
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      await rest.return(undefined);
      await closeSource();
    })());
  return { ...info, header: search.row, batches: nonBlankBatches(search.after, rest, close), close };
}

async function searchCsv(buffer: Uint8Array, isHeader: (texts: string[]) => boolean): Promise<SheetSearch> {
  const source = openCsv(buffer);
  try {
    const search = await findHeaderRow(source.batches, isHeader);
    if (!search.found) {
      await source.batches.return(undefined);
      return search;
    }
    return { found: true, sheet: headed(search, source.batches, { format: 'csv', sheetName: null, encoding: source.encoding, delimiter: source.delimiter }) };
  } catch (error) {
    await source.batches.return(undefined);
    throw error;
  }
}

/** Lets go of the remaining worksheets without reading them. */
async function finishSheets(sheets: AsyncGenerator<XlsxSheet>): Promise<void> {
  try {
    for await (const sheet of { [Symbol.asyncIterator]: () => sheets }) void sheet;
  } catch {
    // A broken tail of the file has already been reported or does not matter any more.
  }
}

/**
 * The first worksheet with a header row; the first non-blank row of the file when none has one.
 * The file is not inflated whole beforehand (that was a second unzipping of every sheet, and tens
 * of MB of inflated pieces waiting for the garbage collector): the reader counts what it inflates
 * against the limit. Only a file it cannot read is inflated whole, to tell a zip bomb from a broken
 * file in the answer.
 */
async function searchXlsx(buffer: Uint8Array, isHeader: (texts: string[]) => boolean): Promise<SheetSearch> {
  checkDeclaredZipBounds(buffer);
  try {
    return await searchXlsxSheets(buffer, isHeader);
  } catch (error) {
    await checkZipBounds(buffer);
    throw error;
  }
}

async function searchXlsxSheets(buffer: Uint8Array, isHeader: (texts: string[]) => boolean): Promise<SheetSearch> {
  const sheets = openXlsxSheets(buffer);
  let firstRow: RawRow | null = null;
  let sheetCount = 0;
  try {
    for (;;) {
      const next = await sheets.next();
      if (next.done) break;
      sheetCount++;
      const sheet = next.value;
      const search = await findHeaderRow(sheet.batches, isHeader);
      if (search.found) {
        const info = { format: 'xlsx', sheetName: sheet.name, encoding: null, delimiter: null } as const;
        return { found: true, sheet: headed(search, sheet.batches, info, () => finishSheets(sheets)) };
      }
      firstRow ??= search.firstRow;
      await sheet.batches.return(undefined);
    }
  } catch (error) {
    await finishSheets(sheets);
    throw error;
  }
  if (sheetCount === 0) throw corruptXlsx();
  return { found: false, firstRow };
}

/**
 * Opens an uploaded XLSX or CSV file at its header row: the first row, in the first 20, for which
 * `isHeader` (given the row's cell texts) says yes. Throws AppError('bad_file') for a corrupt,
 * oversized or unsupported file; an empty file is the caller's to refuse first, in its own words.
 */
export async function openSheetFile(buffer: Uint8Array, fileName: string, isHeader: (texts: string[]) => boolean): Promise<SheetSearch> {
  return detectFormat(buffer, fileName) === 'xlsx' ? searchXlsx(buffer, isHeader) : searchCsv(buffer, isHeader);
}

/**
 * Every row of a file without a name (the branch's files, bank statements): an XLSX's first
 * worksheet, else CSV. The caller finds its header among them.
 */
export async function* firstSheetRows(buffer: Uint8Array): AsyncGenerator<RawRow> {
  if (buffer.length === 0) throw new AppError('bad_file', 'Berkas kosong');
  if (isOldExcel(buffer)) throw new AppError('bad_file', 'Format Excel lama (.xls) tidak didukung. Simpan ulang sebagai .xlsx atau CSV');
  if (isZip(buffer)) {
    for await (const sheet of openXlsxSheets(buffer)) {
      yield* eachRow(sheet.batches);
      return;
    }
    return;
  }
  yield* eachRow(openCsv(buffer).batches);
}
