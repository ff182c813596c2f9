/**
 * Reading an uploaded roster file (XLSX or CSV) into rows of raw cell values keyed by roster
 * field. The header row is found (title rows above it are allowed), fully blank rows are
 * skipped, and row numbers are the ones people see in Excel. Rows stream: `rows` is an async
 * generator, so a 100,000-row file is read as it is consumed.
 */
import { checkZipBounds } from './file-bounds.ts';
import { extname } from 'node:path';
import { AppError } from '../core/errors.ts';
import { cellError, cellToString } from './cells.ts';
import { fieldForHeader, matchHeaders, type MatchedColumn, type RosterField } from './headers.ts';
import { openCsv, type TextEncoding } from './read-csv.ts';
import { corruptXlsx, isOldExcel, isZip, openXlsxSheets, type RawRow, type XlsxSheet } from './read-xlsx.ts';

export interface RosterRow {
  rowNumber: number;
  /** Raw cell values (exceljs values or CSV strings) of the recognised columns; blank is null. */
  values: Partial<Record<RosterField, unknown>>;
  /** The header text the user wrote for each field (one object shared by all rows of a file). */
  headers: Partial<Record<RosterField, string>>;
  /** Every cell of the row, recognised column or not (summary rows are told by them). */
  cells?: readonly unknown[];
}

export interface RosterFileInfo {
  format: 'xlsx' | 'csv';
  sheetName: string | null;
  encoding: TextEncoding | null;
  delimiter: string | null;
  headerRow: number;
  columns: MatchedColumn[];
  /** Headers that mean nothing to the roster; their columns are ignored. */
  unknownHeaders: string[];
  headers: Partial<Record<RosterField, string>>;
}

export interface RosterFile extends RosterFileInfo {
  rows: AsyncGenerator<RosterRow>;
  /**
   * Releases the reader. Reading `rows` to the end or leaving the loop early does it already;
   * call it when `rows` is never read.
   */
  close(): Promise<void>;
}

/** The header is looked for in the first rows, below any title lines. */
const HEADER_SEARCH_ROWS = 20;

const emptyFile = () => new AppError('bad_file', 'File kosong: tidak ada baris judul kolom maupun data pegawai');
const noData = () => new AppError('bad_file', 'File hanya berisi baris judul kolom, tidak ada data pegawai');

const isBlankCell = (value: unknown) => cellToString(value) === '' && cellError(value) === null;
const isBlankRow = (row: RawRow) => row.cells.every(isBlankCell);
const cellTexts = (row: RawRow) => row.cells.map((c) => cellToString(c));

type HeaderSearch = { found: true; row: RawRow } | { found: false; firstRow: RawRow | null };

/** Reads rows until one holds a NIK header (within the first rows); leaves `rows` after it. */
async function findHeaderRow(rows: AsyncGenerator<RawRow>): Promise<HeaderSearch> {
  let firstRow: RawRow | null = null;
  for (;;) {
    const next = await rows.next();
    if (next.done) return { found: false, firstRow };
    const row = next.value;
    if (isBlankRow(row)) continue;
    firstRow ??= row;
    if (cellTexts(row).some((text) => fieldForHeader(text) === 'nik')) return { found: true, row };
    if (row.number >= HEADER_SEARCH_ROWS) return { found: false, firstRow };
  }
}

/** Plain-language format check by content first, then by the file name. */
function detectFormat(buffer: Uint8Array, fileName: string): 'xlsx' | 'csv' {
  const ext = extname(fileName).toLowerCase();
  if (buffer.length === 0) throw emptyFile();
  if (isZip(buffer)) return 'xlsx';
  if (isOldExcel(buffer)) {
    throw new AppError('bad_file', 'Format Excel lama (.xls, Excel 97–2003) tidak didukung. Simpan ulang sebagai .xlsx atau CSV');
  }
  if (ext === '.xlsx' || ext === '.xlsm' || ext === '.xls') throw corruptXlsx();
  if (ext === '.csv' || ext === '.txt' || ext === '') return 'csv';
  throw new AppError('bad_file', `Jenis file ${ext} tidak didukung. Unggah file Excel (.xlsx) atau CSV`);
}

async function* dataRows(
  first: RawRow,
  rest: AsyncGenerator<RawRow>,
  columns: MatchedColumn[],
  headers: RosterRow['headers'],
  close: () => Promise<void>,
): AsyncGenerator<RosterRow> {
  const toRosterRow = (row: RawRow): RosterRow => {
    const values: RosterRow['values'] = {};
    for (const column of columns) {
      const value = row.cells[column.index];
      values[column.field] = value === undefined || isBlankCell(value) ? null : value;
    }
    return { rowNumber: row.number, values, headers, cells: row.cells };
  };
  try {
    yield toRosterRow(first);
    for await (const row of { [Symbol.asyncIterator]: () => rest }) {
      if (!isBlankRow(row)) yield toRosterRow(row);
    }
  } finally {
    await close();
  }
}

/** Builds the file from a source whose header row was found; checks there is data. */
async function withData(
  header: RawRow,
  rest: AsyncGenerator<RawRow>,
  info: Pick<RosterFileInfo, 'format' | 'sheetName' | 'encoding' | 'delimiter'>,
  closeSource: () => Promise<void> = async () => {},
): Promise<RosterFile> {
  const match = matchHeaders(cellTexts(header));
  let first: RawRow | null = null;
  for (;;) {
    const next = await rest.next();
    if (next.done) break;
    if (!isBlankRow(next.value)) {
      first = next.value;
      break;
    }
  }
  if (!first) throw noData();
  const headers: RosterRow['headers'] = {};
  for (const column of match.columns) headers[column.field] = column.header;
  let closing: Promise<void> | null = null;
  const closeOnce = () =>
    (closing ??= (async () => {
      await rest.return(undefined);
      await closeSource();
    })());
  return {
    ...info,
    headerRow: header.number,
    columns: match.columns,
    unknownHeaders: match.unknown,
    headers,
    rows: dataRows(first, rest, match.columns, headers, closeOnce),
    close: closeOnce,
  };
}

async function readCsv(buffer: Uint8Array): Promise<RosterFile> {
  const source = openCsv(buffer);
  try {
    const search = await findHeaderRow(source.rows);
    if (!search.found) {
      if (!search.firstRow) throw emptyFile();
      matchHeaders(cellTexts(search.firstRow));
      throw emptyFile();
    }
    return await withData(search.row, source.rows, { format: 'csv', sheetName: null, encoding: source.encoding, delimiter: source.delimiter });
  } catch (error) {
    await source.rows.return(undefined);
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

/** The first worksheet that has a NIK header row (a "Petunjuk" sheet before it is passed over). */
async function readXlsx(buffer: Uint8Array): Promise<RosterFile> {
  await checkZipBounds(buffer);
  const sheets = openXlsxSheets(buffer);
  let firstRow: RawRow | null = null;
  let sheetCount = 0;
  try {
    for (;;) {
      const next = await sheets.next();
      if (next.done) break;
      sheetCount++;
      const sheet = next.value;
      const search = await findHeaderRow(sheet.rows);
      if (search.found) {
        const info = { format: 'xlsx', sheetName: sheet.name, encoding: null, delimiter: null } as const;
        return await withData(search.row, sheet.rows, info, () => finishSheets(sheets));
      }
      firstRow ??= search.firstRow;
      await sheet.rows.return(undefined);
    }
  } catch (error) {
    await finishSheets(sheets);
    throw error;
  }
  if (sheetCount === 0) throw corruptXlsx();
  if (firstRow) matchHeaders(cellTexts(firstRow));
  throw emptyFile();
}

/**
 * Opens an uploaded roster file. Throws AppError('bad_file') for empty, corrupt or unsupported
 * files, a missing NIK column, or a header without data rows. Consume `rows` to read the data.
 */
export async function readRosterFile(buffer: Uint8Array, fileName: string): Promise<RosterFile> {
  return detectFormat(buffer, fileName) === 'xlsx' ? readXlsx(buffer) : readCsv(buffer);
}

/** Reads the whole file into an array (for small files and tests). */
export async function readRosterRows(buffer: Uint8Array, fileName: string): Promise<{ info: RosterFileInfo; rows: RosterRow[] }> {
  const { rows: generator, close: _close, ...info } = await readRosterFile(buffer, fileName);
  const rows: RosterRow[] = [];
  for await (const row of generator) rows.push(row);
  return { info, rows };
}
