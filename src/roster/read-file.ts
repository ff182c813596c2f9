/**
 * Reading an uploaded roster file (XLSX or CSV) into rows of raw cell values keyed by roster
 * field. The file is opened by src/sheets/read-file.ts at the row with a NIK header (title rows
 * above it are allowed, fully blank rows skipped, row numbers as Excel shows them); here its
 * headers become roster fields. Rows stream, a batch at a time (src/sheets/batches.ts): `batches`
 * is an async generator, so a 100,000-row file is read as it is consumed.
 */
import { AppError } from '../core/errors.ts';
import { cellTexts, isBlankCell, openSheetFile, type RawRow, type SheetInfo } from '../sheets/read-file.ts';
import { allRows } from '../sheets/batches.ts';
import { fieldForHeader, matchHeaders, type MatchedColumn, type RosterField } from './headers.ts';

export interface RosterRow {
  rowNumber: number;
  /** Raw cell values (exceljs values or CSV strings) of the recognised columns; blank is null. */
  values: Partial<Record<RosterField, unknown>>;
  /** The header text the user wrote for each field (one object shared by all rows of a file). */
  headers: Partial<Record<RosterField, string>>;
  /** Every cell of the row, recognised column or not (summary rows are told by them). */
  cells?: readonly unknown[];
}

export interface RosterFileInfo extends SheetInfo {
  headerRow: number;
  columns: MatchedColumn[];
  /** Headers that mean nothing to the roster; their columns are ignored. */
  unknownHeaders: string[];
  headers: Partial<Record<RosterField, string>>;
}

export interface RosterFile extends RosterFileInfo {
  /** The data rows, a batch at a time (never an empty one). */
  batches: AsyncGenerator<RosterRow[]>;
  /**
   * Releases the reader. Reading `batches` to the end or leaving the loop early does it already;
   * call it when `batches` is never read.
   */
  close(): Promise<void>;
}

const emptyFile = () => new AppError('bad_file', 'File kosong: tidak ada baris judul kolom maupun data pegawai');
const noData = () => new AppError('bad_file', 'File hanya berisi baris judul kolom, tidak ada data pegawai');

/** The roster's header row is the one with a NIK column. */
const hasNikHeader = (texts: string[]) => texts.some((text) => fieldForHeader(text) === 'nik');

async function* rosterBatches(
  first: RawRow[],
  rest: AsyncGenerator<RawRow[]>,
  columns: MatchedColumn[],
  headers: RosterRow['headers'],
  close: () => Promise<void>,
): AsyncGenerator<RosterRow[]> {
  const toRosterRow = (row: RawRow): RosterRow => {
    const values: RosterRow['values'] = {};
    for (const column of columns) {
      const value = row.cells[column.index];
      values[column.field] = value === undefined || isBlankCell(value) ? null : value;
    }
    return { rowNumber: row.number, values, headers, cells: row.cells };
  };
  try {
    yield first.map(toRosterRow);
    for await (const batch of rest) yield batch.map(toRosterRow);
  } finally {
    await close();
  }
}

/**
 * Opens an uploaded roster file. Throws AppError('bad_file') for empty, corrupt or unsupported
 * files, a missing NIK column, or a header without data rows. Consume `batches` to read the data.
 */
export async function readRosterFile(buffer: Uint8Array, fileName: string): Promise<RosterFile> {
  if (buffer.length === 0) throw emptyFile();
  const search = await openSheetFile(buffer, fileName, hasNikHeader);
  if (!search.found) {
    if (search.firstRow) matchHeaders(cellTexts(search.firstRow)); // says which headers were read instead
    throw emptyFile();
  }
  const { header, batches, close, ...info } = search.sheet;
  try {
    const match = matchHeaders(cellTexts(header));
    const first = await batches.next();
    if (first.done) throw noData();
    const headers: RosterRow['headers'] = {};
    for (const column of match.columns) headers[column.field] = column.header;
    return {
      ...info,
      headerRow: header.number,
      columns: match.columns,
      unknownHeaders: match.unknown,
      headers,
      batches: rosterBatches(first.value, batches, match.columns, headers, close),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Reads the whole file into an array (for small files and tests). */
export async function readRosterRows(buffer: Uint8Array, fileName: string): Promise<{ info: RosterFileInfo; rows: RosterRow[] }> {
  const { batches, close: _close, ...info } = await readRosterFile(buffer, fileName);
  return { info, rows: await allRows(batches) };
}
