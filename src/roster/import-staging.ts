/**
 * The rows of a roster preview, kept so that confirming does not read the spreadsheet again
 * (issue #14: an import reads its file once). What is kept is what validation produced, before
 * the comparison with the database (which confirming redoes against the database of that moment):
 * each row's employee (or null when the row is bad), its unit's id, and its errors and notes.
 *
 * Format: frames of `chunkSize` items (the analysis's chunk, 500), each a 4-byte big-endian length
 * and a raw-deflated (level 1) JSON text. A chunk is compressed as soon as it is complete, so memory
 * holds one chunk of plain rows and the compressed frames (≈ 13 bytes per row). A frame written now
 * is a JSON OBJECT of columns, one array per field under the field's name, the rows in file order:
 * `n` rows; `rows` their numbers as runs `[first, count, …]`; `unit` and `unitId` (the row's unit);
 * `nik` and `fullName` (every row's: the employee's, or the text of a bad row); one column per other
 * employee field (`sex`, `birthPlace`, …, null on a row without an employee); `bad` the indexes of
 * the rows without one; `pairs` the frame's distinct [column, message] pairs and `errors`/`notes`
 * as `[row index, pair index, …]`; `items` the headers and passed-over lines as `[rows before it,
 * item]`. A column whose values repeat is written as `{ r: [value, count, value, count, …] }` when
 * that is shorter (a unit, an employment type, a start date, an empty column: one run per frame).
 * The writer takes a row straight from the analysis (`addRow`: no object made per row) and pushes
 * each field onto its column; the reader builds a frame's rows at once.
 *
 * Why: the staging was the import's largest overhead. 100,000 rows of `personRow` through
 * `validateRosterRow`, bundled by esbuild, CPU of the least of 11 alternating runs (tmp/ micro-
 * benchmark): rows as one flat array each, encode and finish 111 ms, decode 155 ms, 19.1 B/row;
 * these columns 69 ms, 66 ms, 13.1 B/row — less JSON to write and parse (53 B/row instead of
 * 145), no array and no pairs per row for the collector, and less for deflate. zlib on such
 * frames (100,000 rows): level 1 deflate 20 ms, inflate 6 ms, 12.8 B/row; Z_RLE 29 ms / 14 ms and
 * Z_HUFFMAN_ONLY 25 ms / 14 ms at 26 B/row (slower AND larger: more symbols to code); level 2
 * 23 ms / 6 ms, 12.5 B/row; level 6 70 ms; none 53 B/row. Frames of 2,000 rows: 10.5 B/row and
 * no measurable gain in time, so a frame stays one chunk (memory holds one). In the compiled
 * import of the benchmark's 100,000-row file (CPU profiles, three runs each, 4 December 2026): the
 * preview's staging 184–198 ms → 112–118 ms, the confirmation's decoding 117–130 ms → 56–68 ms
 * (≈ 0.14 s of the import's ≈ 3.5 s); peak RSS unchanged (155–157 MB).
 *
 * Frames of earlier versions read the same (a preview made before an upgrade may be confirmed
 * after it): they are JSON arrays of items, a row as an object, as
 * `[row, nik, fullName, unitCode, unitId, fields | null, errors, notes]` (eight items) or as one
 * flat array `[row, unitCode, unitId, errors, notes, …the employee's 14 fields]` (`…, nik,
 * fullName]` without an employee), the fields in ROSTER_FIELDS order. Each frame says its own
 * format (array or object).
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

/** A problem or note as the analysis lists them. */
interface Remark {
  column: string;
  message: string;
}

export interface StagingWriter {
  /** A headers item, a passed-over line's note, or a row (as tests and earlier callers give them). */
  add(item: StagedItem): void;
  /**
   * A row straight from the analysis, without a StagedRow made for it: its errors and notes are
   * `errors[errorsFrom…]` and `notes[notesFrom…]`. `employee` null: the row is bad.
   */
  addRow(
    row: number,
    nik: string,
    fullName: string,
    unitCode: string,
    unitId: number | null,
    employee: ImportedEmployee | null,
    errors: readonly Remark[],
    errorsFrom: number,
    notes: readonly Remark[],
    notesFrom: number,
  ): void;
  /** The frames so far plus the last, partial one. */
  finish(): Buffer;
}

type Pairs = [string, string][];

/** The employee's fields, each a column of a frame under its own name (nik and fullName are every row's, the rest null on a bad row). */
const EMPLOYEE_FIELDS = ROSTER_FIELDS satisfies readonly (keyof ImportedEmployee)[];
/** The employee's fields other than nik and fullName (those two are columns of every row). */
type OtherField = Exclude<(typeof EMPLOYEE_FIELDS)[number], 'nik' | 'fullName'>;
const OTHER_FIELDS = EMPLOYEE_FIELDS.filter((f): f is OtherField => f !== 'nik' && f !== 'fullName');
const otherColumns = () => Object.fromEntries(OTHER_FIELDS.map((f) => [f, []])) as unknown as Record<OtherField, unknown[]>;

/** A column as written: its values, or, when that is shorter, `{ r: [value, count, value, count, …] }`. */
type Column = unknown[] | { r: unknown[] };

/** A frame as written now (an object; frames of earlier versions are arrays). */
interface ColumnarFrame {
  /** How many rows. */
  n: number;
  /** Row numbers as runs: [first, count, first, count, …]. */
  rows: number[];
  unit: Column;
  unitId: Column;
  /** Indexes of the rows without an employee. */
  bad?: number[];
  /** The distinct [column, message] pairs of the frame, referred to by index. */
  pairs?: Pairs;
  /** [row index, pair index, …] */
  errors?: number[];
  notes?: number[];
  /** Headers and passed-over lines: [how many rows come before it, the item]. */
  items?: [number, StagedNote | StagedHeaders][];
  /** One column per employee field, under its name. */
  [field: string]: unknown;
}

/** Runs of equal values when they are shorter than the values themselves. */
function column(values: unknown[]): Column {
  let runs = 1;
  for (let i = 1; i < values.length; i++) if (values[i] !== values[i - 1]) runs++;
  if (runs * 2 >= values.length) return values;
  const r: unknown[] = [];
  let at = 0;
  for (let i = 1; i <= values.length; i++) {
    if (i === values.length || values[i] !== values[at]) {
      r.push(values[at], i - at);
      at = i;
    }
  }
  return { r };
}

function expand(c: Column | undefined, n: number): unknown[] {
  if (c === undefined) return new Array(n).fill(null);
  if (Array.isArray(c)) return c;
  const out: unknown[] = [];
  for (let i = 0; i < c.r.length; i += 2) for (let k = c.r[i + 1] as number; k > 0; k--) out.push(c.r[i]);
  return out;
}

/** What a frame gathers until it is written (a fresh one after each frame). */
function emptyFrame() {
  return {
    /** Items taken (rows, headers, notes): a frame is written at `chunkSize`. */
    count: 0,
    /** Rows taken. */
    n: 0,
    lastRow: Number.NaN,
    rows: [] as number[],
    unit: [] as string[],
    unitId: [] as (number | null)[],
    nik: [] as string[],
    fullName: [] as string[],
    others: otherColumns(),
    bad: [] as number[],
    pairs: [] as Pairs,
    pairIndex: new Map<string, number>(),
    errorRefs: [] as number[],
    noteRefs: [] as number[],
    items: [] as [number, StagedNote | StagedHeaders][],
  };
}

export function stagingWriter(chunkSize: number): StagingWriter {
  const frames: Buffer[] = [];
  let f = emptyFrame();

  const refer = (refs: number[], column: string, message: string) => {
    const key = `${column}\u0000${message}`;
    let index = f.pairIndex.get(key);
    if (index === undefined) {
      index = f.pairs.length;
      f.pairs.push([column, message]);
      f.pairIndex.set(key, index);
    }
    refs.push(f.n, index);
  };
  const flush = () => {
    if (f.count === 0) return;
    const frame: ColumnarFrame = { n: f.n, rows: f.rows, unit: column(f.unit), unitId: column(f.unitId), nik: f.nik, fullName: f.fullName };
    for (const field of OTHER_FIELDS) frame[field] = column(f.others[field]);
    if (f.bad.length) frame.bad = f.bad;
    if (f.pairs.length) frame.pairs = f.pairs;
    if (f.errorRefs.length) frame.errors = f.errorRefs;
    if (f.noteRefs.length) frame.notes = f.noteRefs;
    if (f.items.length) frame.items = f.items;
    const body = deflateRawSync(JSON.stringify(frame), { level: 1, strategy: constants.Z_DEFAULT_STRATEGY });
    const head = Buffer.alloc(4);
    head.writeUInt32BE(body.length);
    frames.push(head, body);
    f = emptyFrame();
  };
  const writer: StagingWriter = {
    add(item) {
      if (isNote(item) || isHeaders(item)) {
        f.items.push([f.n, item]);
        if (++f.count >= chunkSize) flush();
        return;
      }
      const remarks = (list: Pairs): Remark[] => list.map(([column, message]) => ({ column, message }));
      writer.addRow(item.row, item.nik, item.fullName, item.unitCode, item.unitId, item.employee, remarks(item.errors), 0, remarks(item.notes), 0);
    },
    addRow(row, rowNik, rowName, unitCode, rowUnitId, employee, errors, errorsFrom, notes, notesFrom) {
      if (row === f.lastRow + 1) f.rows[f.rows.length - 1]!++;
      else f.rows.push(row, 1);
      f.lastRow = row;
      f.unit.push(unitCode);
      f.unitId.push(rowUnitId);
      for (let i = errorsFrom; i < errors.length; i++) refer(f.errorRefs, errors[i]!.column, errors[i]!.message);
      for (let i = notesFrom; i < notes.length; i++) refer(f.noteRefs, notes[i]!.column, notes[i]!.message);
      // Each field by its name (not a loop over the names: a keyed read of every field cost as much as the rest of this).
      const c = f.others;
      if (employee) {
        f.nik.push(employee.nik);
        f.fullName.push(employee.fullName);
        c.sex.push(employee.sex);
        c.birthPlace.push(employee.birthPlace);
        c.birthDate.push(employee.birthDate);
        c.unitCode.push(employee.unitCode);
        c.unitName.push(employee.unitName);
        c.position.push(employee.position);
        c.employmentType.push(employee.employmentType);
        c.startDate.push(employee.startDate);
        c.endDate.push(employee.endDate);
        c.endReason.push(employee.endReason);
        c.phone.push(employee.phone);
        c.address.push(employee.address);
      } else {
        f.bad.push(f.n);
        f.nik.push(rowNik);
        f.fullName.push(rowName);
        for (const field of OTHER_FIELDS) c[field].push(null);
      }
      f.n++;
      if (++f.count >= chunkSize) flush();
    },
    finish() {
      flush();
      return Buffer.concat(frames);
    },
  };
  return writer;
}

/** The [column, message] pairs of each row of a frame, from `[row index, pair index, …]`. */
function pairsByRow(refs: number[] | undefined, pairs: Pairs | undefined, n: number): Pairs[] {
  const out: Pairs[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [];
  if (refs && pairs) for (let i = 0; i < refs.length; i += 2) out[refs[i]!]!.push(pairs[refs[i + 1]!]!);
  return out;
}

function decodeColumnar(frame: ColumnarFrame): StagedItem[] {
  const { n } = frame;
  const out: StagedItem[] = [];
  const rowNumbers: number[] = [];
  for (let i = 0; i < frame.rows.length; i += 2) for (let k = 0; k < frame.rows[i + 1]!; k++) rowNumbers.push(frame.rows[i]! + k);
  const unit = expand(frame.unit, n) as string[];
  const unitId = expand(frame.unitId, n) as (number | null)[];
  const nik = frame.nik as string[];
  const fullName = frame.fullName as string[];
  const sex = expand(frame.sex as Column, n) as ImportedEmployee['sex'][];
  const birthPlace = expand(frame.birthPlace as Column, n) as string[];
  const birthDate = expand(frame.birthDate as Column, n) as string[];
  const unitCode = expand(frame.unitCode as Column, n) as string[];
  const unitName = expand(frame.unitName as Column, n) as string[];
  const position = expand(frame.position as Column, n) as string[];
  const employmentType = expand(frame.employmentType as Column, n) as ImportedEmployee['employmentType'][];
  const startDate = expand(frame.startDate as Column, n) as (string | null)[];
  const endDate = expand(frame.endDate as Column, n) as (string | null)[];
  const endReason = expand(frame.endReason as Column, n) as (string | null)[];
  const phone = expand(frame.phone as Column, n) as string[];
  const address = expand(frame.address as Column, n) as string[];
  const bad = new Uint8Array(n);
  for (const i of frame.bad ?? []) bad[i] = 1;
  const errors = pairsByRow(frame.errors, frame.pairs, n);
  const notes = pairsByRow(frame.notes, frame.pairs, n);
  const items = frame.items ?? [];
  let next = 0;
  for (let i = 0; i < n; i++) {
    while (next < items.length && items[next]![0] === i) out.push(items[next++]![1]);
    const employee: ImportedEmployee | null = bad[i]
      ? null
      : {
          nik: nik[i]!,
          fullName: fullName[i]!,
          sex: sex[i]!,
          birthPlace: birthPlace[i]!,
          birthDate: birthDate[i]!,
          unitCode: unitCode[i]!,
          unitName: unitName[i]!,
          position: position[i]!,
          employmentType: employmentType[i]!,
          startDate: startDate[i]!,
          endDate: endDate[i]!,
          endReason: endReason[i]!,
          phone: phone[i]!,
          address: address[i]!,
        };
    out.push({
      row: rowNumbers[i]!,
      nik: nik[i]!,
      fullName: fullName[i]!,
      unitCode: unit[i]!,
      unitId: unitId[i]!,
      employee,
      errors: errors[i]!,
      notes: notes[i]!,
    });
  }
  while (next < items.length) out.push(items[next++]![1]);
  return out;
}

/** A row as the flat-array version wrote it: [row, unitCode, unitId, errors, notes, …the employee's 14 fields] or […, nik, fullName]. */
type FlatRow = [number, string, number | null, Pairs, Pairs, ...unknown[]];
/** A row as the version before it wrote it (eight items). */
type EarlierRow = [number, string, string, string, number | null, unknown[] | null, Pairs, Pairs];
const FIXED = 5;

/** The employee of a row's fields from `at` on, in ROSTER_FIELDS order. */
function employeeAt(values: readonly unknown[], at: number): ImportedEmployee {
  const e: Record<string, unknown> = {};
  for (let i = 0; i < EMPLOYEE_FIELDS.length; i++) e[EMPLOYEE_FIELDS[i]!] = values[at + i];
  return e as ImportedEmployee;
}

/** An item of a frame written by an earlier version (rows as objects, eight-item arrays or flat arrays). */
function decodeEarlier(item: FlatRow | EarlierRow | StagedItem): StagedItem {
  if (!Array.isArray(item)) return item;
  if (item.length === 8) {
    const [row, nik, fullName, unitCode, unitId, values, errors, notes] = item as EarlierRow;
    return { row, nik, fullName, unitCode, unitId, employee: values ? employeeAt(values, 0) : null, errors, notes };
  }
  const [row, unitCode, unitId, errors, notes] = item as FlatRow;
  if (item.length === FIXED + 2)
    return { row, nik: item[FIXED] as string, fullName: item[FIXED + 1] as string, unitCode, unitId, employee: null, errors, notes };
  const employee = employeeAt(item, FIXED);
  return { row, nik: employee.nik, fullName: employee.fullName, unitCode, unitId, employee, errors, notes };
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
    const frame = JSON.parse(inflateRawSync(buffer.subarray(at + 4, end)).toString('utf8')) as ColumnarFrame | (FlatRow | EarlierRow | StagedItem)[];
    yield Array.isArray(frame) ? frame.map(decodeEarlier) : decodeColumnar(frame);
    at = end;
  }
}
