/**
 * The rows of a roster preview, kept so that confirming does not read the spreadsheet again
 * (issue #14: an import reads its file once). What is kept is what validation produced, before
 * the comparison with the database (which confirming redoes against the database of that moment):
 * each row's employee (or null when the row is bad), its unit's id, and its errors and notes.
 *
 * Format: frames of `ANALYSIS_CHUNK` rows, each a 4-byte big-endian length and a raw-deflated JSON
 * array. A chunk is compressed as soon as it is complete, so memory holds one chunk of plain rows
 * and the compressed frames (≈ 30 bytes per row). A row is written as ONE flat array, its fields in
 * a fixed order, not named: `[row, unitCode, unitId, errors, notes, …the employee's 14 fields]`, or
 * `[row, unitCode, unitId, errors, notes, nik, fullName]` for a row without an employee (the NIK and
 * the name of a row with one are its employee's, not written twice). One array per row and no
 * nested one: less text to write, compress and parse back, fewer objects for the collector. Notes
 * and headers are objects. Frames of earlier versions read the same: rows as objects, and rows as
 * `[row, nik, fullName, unitCode, unitId, fields | null, errors, notes]` (eight items).
 */
import { deflateRawSync, inflateRawSync, constants } from 'node:zlib';
import type { ImportedEmployee } from './validate-row.ts';
import { ROSTER_FIELDS } from './headers.ts';

/** One line of the file as validation left it. */
export interface StagedRow {
  row: number;
  nik: string;
  fullName: string;
  unitCode: string;
  unitId: number | null;
  /** Null when the row has errors (it is counted and reported, never written). */
  employee: ImportedEmployee | null;
  /** [column, message] of each problem found in this row. */
  errors: [string, string][];
  /** [column, message] of each note (imported with something missing). */
  notes: [string, string][];
}

/** A line passed over (a JUMLAH/TOTAL row): only its note. */
export interface StagedNote {
  row: number;
  note: [string, string];
}

/** The header text the user wrote for each field (the first item: messages name the user's columns). */
export interface StagedHeaders {
  headers: Partial<Record<string, string>>;
}

export type StagedItem = StagedRow | StagedNote | StagedHeaders;

export const isNote = (item: StagedItem): item is StagedNote => 'note' in item;
export const isHeaders = (item: StagedItem): item is StagedHeaders => 'headers' in item;

export interface StagingWriter {
  add(item: StagedItem): void;
  /** The frames so far plus the last, partial one. */
  finish(): Buffer;
}

type Pairs = [string, string][];
/** A row as written: the fixed part, then the employee's fields (ROSTER_FIELDS order) or the row's NIK and name. */
type EncodedRow = [number, string, number | null, Pairs, Pairs, ...unknown[]];
/** A row as frames before this format wrote it (eight items). */
type EarlierRow = [number, string, string, string, number | null, unknown[] | null, Pairs, Pairs];
const FIXED = 5;

/** The employee's fields in the order a staged row writes them: the roster's fields (headers.ts), each one of ImportedEmployee's. */
const EMPLOYEE_FIELDS = ROSTER_FIELDS satisfies readonly (keyof ImportedEmployee)[];

function encode(item: StagedItem): EncodedRow | StagedNote | StagedHeaders {
  if (isNote(item) || isHeaders(item)) return item;
  const e = item.employee;
  const out: EncodedRow = [item.row, item.unitCode, item.unitId, item.errors, item.notes];
  if (!e) out.push(item.nik, item.fullName);
  else for (const field of EMPLOYEE_FIELDS) out.push(e[field]);
  return out;
}

/** The employee of a row's fields from `at` on, in EMPLOYEE_FIELDS order. */
function employeeAt(values: readonly unknown[], at: number): ImportedEmployee {
  const e: Record<string, unknown> = {};
  for (let i = 0; i < EMPLOYEE_FIELDS.length; i++) e[EMPLOYEE_FIELDS[i]!] = values[at + i];
  return e as ImportedEmployee;
}

function decode(item: EncodedRow | EarlierRow | StagedItem): StagedItem {
  if (!Array.isArray(item)) return item;
  if (item.length === 8) {
    const [row, nik, fullName, unitCode, unitId, values, errors, notes] = item as EarlierRow;
    return { row, nik, fullName, unitCode, unitId, employee: values ? employeeAt(values, 0) : null, errors, notes };
  }
  const [row, unitCode, unitId, errors, notes] = item as EncodedRow;
  if (item.length === FIXED + 2)
    return { row, nik: item[FIXED] as string, fullName: item[FIXED + 1] as string, unitCode, unitId, employee: null, errors, notes };
  const employee = employeeAt(item, FIXED);
  return { row, nik: employee.nik, fullName: employee.fullName, unitCode, unitId, employee, errors, notes };
}

export function stagingWriter(chunkSize: number): StagingWriter {
  const frames: Buffer[] = [];
  let pending: (EncodedRow | StagedNote | StagedHeaders)[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    // Level 1: these rows compress well already, and the preview should not wait on zlib.
    const body = deflateRawSync(JSON.stringify(pending), { level: 1, strategy: constants.Z_DEFAULT_STRATEGY });
    const head = Buffer.alloc(4);
    head.writeUInt32BE(body.length);
    frames.push(head, body);
    pending = [];
  };
  return {
    add(item) {
      pending.push(encode(item));
      if (pending.length >= chunkSize) flush();
    },
    finish() {
      flush();
      return Buffer.concat(frames);
    },
  };
}

/** The staged items a frame at a time, in file order. */
export function* stagedFrames(staged: Uint8Array): Generator<StagedItem[]> {
  const buffer = Buffer.from(staged.buffer, staged.byteOffset, staged.byteLength);
  let at = 0;
  while (at < buffer.length) {
    if (at + 4 > buffer.length) throw new Error('staged rows: truncated frame header');
    const length = buffer.readUInt32BE(at);
    const end = at + 4 + length;
    if (end > buffer.length) throw new Error('staged rows: truncated frame');
    yield (JSON.parse(inflateRawSync(buffer.subarray(at + 4, end)).toString('utf8')) as (EncodedRow | EarlierRow | StagedItem)[]).map(decode);
    at = end;
  }
}
