/**
 * Reads an uploaded roster file and classifies every row against the database: new, changed,
 * unchanged, or bad (with row, column and reason in Bahasa Indonesia). Nothing is written here.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { AppError } from '../core/errors.ts';
import { readRosterFile, type RosterRow } from './read-file.ts';
import { validateRosterRow, type ImportedEmployee } from './validate-row.ts';
import { FIELD_LABELS } from './headers.ts';
import { plainCell } from '../sheets/cells.ts';
import * as repo from './repo.ts';
import { employeeDetails, type EmployeeDetails } from './employee-row.ts';
import { TEMPLATE_EXAMPLE_MARK } from './export.ts';
import { closedUnitProblem } from './closed-units.ts';
import { FirstRowByNik } from './first-rows.ts';
import { isHeaders, isNote, stagedFrames, type StagingWriter } from './import-staging.ts';

export interface ImportUnit {
  id: number;
  code: string;
  name: string;
  institution_id: number;
  /** From this date the unit takes no new employees or moves (src/roster/closed-units.ts). */
  closed_on?: string | null;
}

export interface ImportError {
  row: number;
  column: string;
  message: string;
}

/** A row that imports with something missing, or a row passed over (a JUMLAH/TOTAL line). */
export interface ImportNote {
  row: number;
  column: string;
  message: string;
}

/**
 * A summary line under a list, not a person: no NIK, and a cell that says JUMLAH/TOTAL or holds
 * a number (a count or a sum).
 */
export function summaryRowLabel(row: { values: Partial<Record<string, unknown>>; cells?: readonly unknown[] }): string | null {
  const nik = row.values.nik;
  // Nearly every row starts its NIK with a printable character, so it is not blank (no trimmed copy made).
  if (typeof nik === 'string' && nik.length > 0 && nik.charCodeAt(0) > 32 && nik.charCodeAt(0) < 127) return null;
  if (nik !== null && nik !== undefined && String(nik).trim() !== '') return null;
  const cells = (row.cells ?? Object.values(row.values)).map((c) => plainCell(c)).filter((c) => c !== null && c !== undefined && String(c).trim() !== '');
  const word = cells.find((c) => typeof c === 'string' && /^(jumlah|total|sub\s*total|grand\s*total)\b/i.test(c.trim()));
  if (word) return String(word).trim();
  const number = cells.find((c) => typeof c === 'number' || (typeof c === 'string' && /^[\d.,\s]+$/.test(c.trim()) && /\d/.test(c)));
  return number === undefined ? null : String(number).trim();
}

export interface FieldChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

export type RowStatus = 'new' | 'changed' | 'unchanged' | 'error';

export interface AnalysedRow {
  row: number;
  nik: string;
  fullName: string;
  unitCode: string;
  status: RowStatus;
  changes: FieldChange[];
  employee: ImportedEmployee | null;
  unit: ImportUnit | null;
  existingId: number | null;
  existingUnitId: number | null;
  existingPosition: string | null;
}

export interface Analysis {
  /** The first rows analysed (as many as asked for: a preview shows them); `counts` covers them all. */
  rows: AnalysedRow[];
  errors: ImportError[];
  /** Warnings (imported without a start date) and rows passed over (summary lines). */
  notes: ImportNote[];
  counts: { total: number; new: number; changed: number; unchanged: number; errors: number };
}

export interface AnalysisTarget {
  institutionId: number;
  /** All rows go to this unit (a row naming another unit code is an error). */
  unit: ImportUnit | null;
  /** The institution's units, for rows that name their unit. */
  units: ImportUnit[];
  /** Whether messages may name an employee found in another unit (callers who see every unit of the government). */
  revealNames?: boolean;
}

/** The employee fields compared for "changed", with the label shown to people. */
const COMPARED: [keyof EmployeeDetails, string][] = [
  ['fullName', FIELD_LABELS.fullName],
  ['sex', FIELD_LABELS.sex],
  ['birthPlace', FIELD_LABELS.birthPlace],
  ['birthDate', FIELD_LABELS.birthDate],
  ['position', FIELD_LABELS.position],
  ['employmentType', FIELD_LABELS.employmentType],
  ['startDate', FIELD_LABELS.startDate],
  ['endDate', FIELD_LABELS.endDate],
  ['endReason', FIELD_LABELS.endReason],
  ['phone', FIELD_LABELS.phone],
  ['address', FIELD_LABELS.address],
];

const norm = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));

function resolveUnit(target: AnalysisTarget, e: ImportedEmployee, byCode: Map<string, ImportUnit>, byName: Map<string, ImportUnit>): ImportUnit | string {
  const code = e.unitCode?.trim();
  if (target.unit) {
    if (code && code.toLowerCase() !== target.unit.code.toLowerCase()) {
      return `Baris ini untuk unit "${code}", bukan unit ${target.unit.code} yang sedang diimpor`;
    }
    return target.unit;
  }
  if (code) return byCode.get(code.toLowerCase()) ?? `Kode unit "${code}" tidak dikenal; tambahkan unit kerja itu terlebih dahulu`;
  const name = e.unitName?.trim().toLowerCase();
  if (name) return byName.get(name) ?? `Unit kerja "${e.unitName}" tidak dikenal`;
  return 'Kode Unit wajib diisi bila impor untuk seluruh perjanjian';
}

/** Rows validated and compared with the database together; a chunk is all that is held at once. */
export const ANALYSIS_CHUNK = 500;

interface RowContext {
  target: AnalysisTarget;
  today: string;
  headers: Partial<Record<string, string>>;
  nikColumn: string;
  unitColumn: string;
  byCode: Map<string, ImportUnit>;
  byName: Map<string, ImportUnit>;
  /** NIK → the first row that carried it in this file. */
  seen: FirstRowByNik;
}

/**
 * An analysed row with every field set in one order, so that all rows share one compact shape (an
 * object spread here made each row a dictionary of about 1 kB, which a 100,000-row import kept
 * long enough for the garbage collector to move to the old generation).
 */
function analysedRow(
  row: number,
  nik: string,
  fullName: string,
  unitCode: string,
  status: RowStatus,
  employee: ImportedEmployee | null,
  unit: ImportUnit | null,
): AnalysedRow {
  return { row, nik, fullName, unitCode, status, changes: NO_CHANGES, employee, unit, existingId: null, existingUnitId: null, existingPosition: null };
}
const NO_CHANGES: FieldChange[] = [];

/**
 * A copy of a text that holds no reference to the text it was cut from. The streaming reader hands
 * out cell texts as slices of the 64 kB piece of the sheet they came from; a NIK or a name kept as
 * such a slice keeps its whole piece of the sheet alive with it — into the old generation of the
 * heap with a chunk's rows, where it stayed as garbage until the next full collection (the
 * duplicate check keeps no text: first-rows.ts). V8 copies pieces under 13 characters, so a text
 * put together from such pieces is a fresh string.
 */
function detached(text: string): string {
  if (text.length < 13) return text;
  let copy = text.slice(0, 12);
  for (let at = 12; at < text.length; at += 12) copy += text.slice(at, at + 12);
  return copy;
}

/** Validates one row of the file (no database access); null for a summary line, which goes to the notes. */
function validateRow(raw: RosterRow, ctx: RowContext, errors: ImportError[], notes: ImportNote[]): AnalysedRow | null {
  const summary = summaryRowLabel(raw);
  if (summary !== null) {
    notes.push({ row: raw.rowNumber, column: '', message: `Baris ringkasan ("${summary}") tanpa NIK dilewati` });
    return null;
  }
  const result = validateRosterRow(raw, { today: ctx.today });
  if (!result.ok) {
    for (const e of result.errors) errors.push({ row: e.row, column: e.column, message: e.message });
    return analysedRow(raw.rowNumber, String(raw.values.nik ?? ''), String(raw.values.fullName ?? ''), String(raw.values.unitCode ?? ''), 'error', null, null);
  }
  const e = result.employee;
  e.nik = detached(e.nik);
  e.fullName = detached(e.fullName);
  for (const warning of result.warnings) notes.push(warning);
  const errorsBefore = errors.length;
  if (e.fullName.includes(TEMPLATE_EXAMPLE_MARK)) {
    errors.push({ row: raw.rowNumber, column: ctx.headers.fullName ?? FIELD_LABELS.fullName, message: 'Ini baris contoh dari templat; hapus baris ini' });
  }
  const previous = ctx.seen.firstOrAdd(e.nik, raw.rowNumber);
  if (previous !== undefined) errors.push({ row: raw.rowNumber, column: ctx.nikColumn, message: `NIK ${e.nik} sama dengan baris ${previous} di berkas ini` });
  const unit = resolveUnit(ctx.target, e, ctx.byCode, ctx.byName);
  if (typeof unit === 'string') errors.push({ row: raw.rowNumber, column: ctx.unitColumn, message: unit });
  const bad = errors.length > errorsBefore;
  return analysedRow(
    raw.rowNumber,
    e.nik,
    e.fullName,
    typeof unit === 'string' ? (e.unitCode ?? '') : unit.code,
    bad ? 'error' : 'new',
    bad ? null : e,
    typeof unit === 'string' ? null : unit,
  );
}

/** Marks a row bad after the comparison with the database. */
function failRow(r: AnalysedRow, errors: ImportError[], message: string, column: string): void {
  r.status = 'error';
  r.employee = null;
  errors.push({ row: r.row, column, message });
}

/**
 * Compares a chunk of validated rows with the database (in place): new, changed or unchanged, or
 * an error when the NIK belongs elsewhere.
 */
async function diffChunk(db: Kysely<DB>, rows: AnalysedRow[], ctx: RowContext, errors: ImportError[], findByNiks: repo.NikLookup): Promise<void> {
  const { target, today, nikColumn, unitColumn } = ctx;
  const candidates = rows.filter((r) => r.status === 'new');
  if (candidates.length === 0) return;
  const existing = new Map(
    (
      await findByNiks(
        db,
        candidates.map((r) => r.nik),
      )
    ).map((e) => [e.nik, e]),
  );
  for (const r of candidates) {
    const found = existing.get(r.nik);
    if (!found) {
      // A new employee joins on its start date (or today): not into a unit closed by then.
      const closed = closedUnitProblem(r.unit!, r.employee!.startDate ?? today, today, r.employee!.endDate);
      if (closed) failRow(r, errors, closed, unitColumn);
      continue;
    }
    if (found.institution_id !== target.institutionId) {
      failRow(r, errors, `NIK ${r.nik} sudah terdaftar di pemerintah daerah lain`, nikColumn);
      continue;
    }
    if (target.unit && found.work_unit_id !== target.unit.id) {
      failRow(
        r,
        errors,
        target.revealNames === false
          ? `NIK ${r.nik} sudah terdaftar di unit kerja lain`
          : `NIK ${r.nik} sudah terdaftar atas nama ${found.full_name} di unit ${found.unit_code} ${found.unit_name}`,
        nikColumn,
      );
      continue;
    }
    r.existingId = found.id;
    r.existingUnitId = found.work_unit_id;
    r.existingPosition = found.position;
    const e = r.employee!;
    const changes: FieldChange[] = [];
    const stored = employeeDetails(found);
    for (const [field, label] of COMPARED) {
      const before = norm(stored[field]);
      const after = norm(e[field]);
      if (before !== after) changes.push({ field, label, before, after });
    }
    if (r.unit && r.unit.id !== found.work_unit_id) {
      // An import moves from today.
      const closed = closedUnitProblem(r.unit, today, today, e.endDate);
      if (closed) {
        failRow(r, errors, closed, unitColumn);
        continue;
      }
      changes.push({ field: 'unitCode', label: FIELD_LABELS.unitCode, before: found.unit_code, after: r.unit.code });
    }
    r.changes = changes;
    r.status = changes.length ? 'changed' : 'unchanged';
  }
}

export interface AnalysisOptions {
  /** How many analysed rows the result keeps (for a preview table); the rest are counted only. */
  keepRows?: number;
  /** Called with every analysed chunk, in file order, before the next is read (to write it). */
  onChunk?: (rows: AnalysedRow[]) => Promise<void>;
  /** Rows read so far. */
  onRead?: (rowsRead: number) => void;
  /** Keeps what validation found, row by row, so that confirming need not read the file again. */
  stage?: StagingWriter;
  /** How the comparison finds the employees of a chunk's NIKs (default `repo.findByNiks`; see repo.withEmployeeIndexesDeferred). */
  findByNiks?: repo.NikLookup;
}

/**
 * The comparison and counting shared by a file read and a staged preview: rows come in validated,
 * are compared with `db` a chunk at a time, handed to `onChunk`, then let go.
 */
function chunkedAnalysis(db: Kysely<DB>, ctx: RowContext, options: AnalysisOptions) {
  const kept: AnalysedRow[] = [];
  const errors: ImportError[] = [];
  const notes: ImportNote[] = [];
  const counts = { total: 0, new: 0, changed: 0, unchanged: 0, errors: 0 };
  const keepRows = options.keepRows ?? 0;
  let chunk: AnalysedRow[] = [];
  const flush = async () => {
    await diffChunk(db, chunk, ctx, errors, options.findByNiks ?? repo.findByNiks);
    for (const r of chunk) {
      counts.total++;
      if (r.status === 'error') counts.errors++;
      else counts[r.status]++;
      if (kept.length < keepRows) kept.push(r);
    }
    await options.onChunk?.(chunk);
    options.onRead?.(counts.total);
    chunk = [];
  };
  return {
    errors,
    notes,
    /** Takes a row; true when the chunk is full and `flush` must be awaited before the next. */
    add(row: AnalysedRow): boolean {
      chunk.push(row);
      return chunk.length >= ANALYSIS_CHUNK;
    },
    flush,
    async finish(): Promise<Analysis> {
      await flush();
      errors.sort((a, b) => a.row - b.row);
      return { rows: kept, errors, notes, counts };
    },
  };
}

function rowContext(target: AnalysisTarget, today: string, headers: Partial<Record<string, string>>): RowContext {
  return {
    target,
    today,
    headers,
    nikColumn: headers.nik ?? FIELD_LABELS.nik,
    unitColumn: headers.unitCode ?? headers.unitName ?? FIELD_LABELS.unitCode,
    byCode: new Map(target.units.map((u) => [u.code.toLowerCase(), u])),
    byName: new Map(target.units.map((u) => [u.name.toLowerCase(), u])),
    seen: new FirstRowByNik(),
  };
}

/**
 * Reads an uploaded roster file and classifies every row, streaming: rows are validated and
 * compared with `db` a chunk at a time, handed to `onChunk`, then let go — memory holds a chunk,
 * the NIKs seen (for duplicates in the file), the errors and notes, and `keepRows` rows.
 */
export async function analyseRosterFile(
  db: Kysely<DB>,
  content: Uint8Array,
  fileName: string,
  target: AnalysisTarget,
  today: string,
  options: AnalysisOptions = {},
): Promise<Analysis> {
  const file = await readRosterFile(content, fileName);
  const ctx = rowContext(target, today, file.headers);
  const run = chunkedAnalysis(db, ctx, options);
  const { errors, notes, stage } = { ...run, stage: options.stage };
  stage?.add({ headers: file.headers });
  try {
    for await (const batch of file.batches) {
      for (const raw of batch) {
        const errorsBefore = errors.length;
        const notesBefore = notes.length;
        const row = validateRow(raw, ctx, errors, notes);
        if (stage) {
          if (row)
            stage.addRow(
              row.row,
              row.nik,
              row.fullName,
              row.unitCode,
              row.unit?.id ?? null,
              row.status === 'error' ? null : row.employee,
              errors,
              errorsBefore,
              notes,
              notesBefore,
            );
          else for (let i = notesBefore; i < notes.length; i++) stage.add({ row: notes[i]!.row, note: [notes[i]!.column, notes[i]!.message] });
        }
        if (row && run.add(row)) await run.flush();
      }
    }
  } finally {
    await file.close?.();
  }
  return run.finish();
}

/**
 * The same analysis from a preview's staged rows (import-staging.ts) instead of the file: each
 * row's unit is looked up again (it may have been closed or removed since), and the comparison
 * with `db` is redone.
 */
export async function analyseStagedRows(
  db: Kysely<DB>,
  staged: Uint8Array,
  target: AnalysisTarget,
  today: string,
  options: AnalysisOptions = {},
): Promise<Analysis> {
  const ctx = rowContext(target, today, {});
  const run = chunkedAnalysis(db, ctx, options);
  const units = new Map(target.units.map((u) => [u.id, u]));
  for (const items of stagedFrames(staged)) {
    for (const item of items) {
      if (isHeaders(item)) {
        Object.assign(ctx, rowContext(target, today, item.headers));
        continue;
      }
      if (isNote(item)) {
        run.notes.push({ row: item.row, column: item.note[0], message: item.note[1] });
        continue;
      }
      for (const [column, message] of item.errors) run.errors.push({ row: item.row, column, message });
      for (const [column, message] of item.notes) run.notes.push({ row: item.row, column, message });
      let employee = item.employee;
      const unit = item.unitId === null ? null : (units.get(item.unitId) ?? null);
      if (employee && !unit) {
        run.errors.push({ row: item.row, column: FIELD_LABELS.unitCode, message: `Unit kerja "${item.unitCode}" tidak ada lagi; pratinjau ulang berkas ini` });
        employee = null;
      }
      if (run.add(analysedRow(item.row, item.nik, item.fullName, item.unitCode, employee ? 'new' : 'error', employee, unit))) await run.flush();
    }
  }
  return run.finish();
}

export function assertSomethingToImport(analysis: Analysis): void {
  if (analysis.counts.total === 0) throw new AppError('bad_file', 'Berkas tidak berisi baris data');
}
