/**
 * Reads an uploaded roster file and classifies every row against the database: new, changed,
 * unchanged, or bad (with row, column and reason in Bahasa Indonesia). Nothing is written here.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { AppError } from '../core/errors.ts';
import { readRosterFile } from './read-file.ts';
import { validateRosterRow, type ImportedEmployee } from './validate-row.ts';
import { FIELD_LABELS } from './headers.ts';
import { plainCell } from './cells.ts';
import * as repo from './repo.ts';
import { TEMPLATE_EXAMPLE_MARK } from './export.ts';
import { closedUnitProblem } from './closed-units.ts';

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
type ComparedField = 'fullName' | 'sex' | 'birthPlace' | 'birthDate' | 'position' | 'employmentType' | 'startDate' | 'endDate' | 'endReason' | 'phone' | 'address';
const COMPARED: [ComparedField, string][] = [
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

type Existing = Awaited<ReturnType<typeof repo.findByNiks>>[number];

function existingValue(e: Existing, field: ComparedField): string | null {
  const map: Record<ComparedField, string | null> = {
    fullName: e.full_name,
    sex: e.sex,
    birthPlace: e.birth_place,
    birthDate: e.birth_date,
    position: e.position,
    employmentType: e.employment_type,
    startDate: e.start_date,
    endDate: e.end_date,
    endReason: e.end_reason,
    phone: e.phone,
    address: e.address,
  };
  return map[field];
}

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

const LOOKUP_CHUNK = 500;

/** The file read and each row validated, before it is compared with the database. */
export interface ParsedFile {
  rows: AnalysedRow[];
  errors: ImportError[];
  notes: ImportNote[];
  nikColumn: string;
  unitColumn: string;
}

/** Reads and validates every row (no database access except through `target`). */
export async function parseRosterFile(
  content: Uint8Array,
  fileName: string,
  target: AnalysisTarget,
  today: string,
  onRow?: (rowsRead: number) => void,
): Promise<ParsedFile> {
  const file = await readRosterFile(content, fileName);
  const byCode = new Map(target.units.map((u) => [u.code.toLowerCase(), u]));
  const byName = new Map(target.units.map((u) => [u.name.toLowerCase(), u]));
  const rows: AnalysedRow[] = [];
  const errors: ImportError[] = [];
  const notes: ImportNote[] = [];
  const seen = new Map<string, number>();
  const unitColumn = file.headers.unitCode ?? file.headers.unitName ?? FIELD_LABELS.unitCode;
  const nikColumn = file.headers.nik ?? FIELD_LABELS.nik;

  try {
    for await (const raw of file.rows) {
      const summary = summaryRowLabel(raw);
      if (summary !== null) {
        notes.push({ row: raw.rowNumber, column: '', message: `Baris ringkasan ("${summary}") tanpa NIK dilewati` });
        continue;
      }
      const result = validateRosterRow(raw, { today });
      const base = { row: raw.rowNumber, changes: [], unit: null, existingId: null, existingUnitId: null, existingPosition: null };
      if (!result.ok) {
        for (const e of result.errors) errors.push({ row: e.row, column: e.column, message: e.message });
        const nik = String(raw.values.nik ?? '');
        rows.push({ ...base, nik, fullName: String(raw.values.fullName ?? ''), unitCode: String(raw.values.unitCode ?? ''), status: 'error', employee: null });
      } else {
        const e = result.employee;
        notes.push(...result.warnings);
        const problems: ImportError[] = [];
        if (e.fullName.includes(TEMPLATE_EXAMPLE_MARK)) {
          problems.push({ row: raw.rowNumber, column: file.headers.fullName ?? FIELD_LABELS.fullName, message: 'Ini baris contoh dari templat; hapus baris ini' });
        }
        const previous = seen.get(e.nik);
        if (previous !== undefined) problems.push({ row: raw.rowNumber, column: nikColumn, message: `NIK ${e.nik} sama dengan baris ${previous} di berkas ini` });
        else seen.set(e.nik, raw.rowNumber);
        const unit = resolveUnit(target, e, byCode, byName);
        if (typeof unit === 'string') problems.push({ row: raw.rowNumber, column: unitColumn, message: unit });
        errors.push(...problems);
        rows.push({
          ...base,
          nik: e.nik,
          fullName: e.fullName,
          unitCode: typeof unit === 'string' ? (e.unitCode ?? '') : unit.code,
          status: problems.length ? 'error' : 'new',
          employee: problems.length ? null : e,
          unit: typeof unit === 'string' ? null : unit,
        });
      }
      if (rows.length % 1000 === 0) onRow?.(rows.length);
    }
  } finally {
    await file.close?.();
  }
  onRow?.(rows.length);
  return { rows, errors, notes, nikColumn, unitColumn };
}

/**
 * Compares parsed rows with the database: new, changed or unchanged, or an error when the NIK
 * belongs elsewhere. Works on a copy, so a parsed file can be compared again at confirmation.
 */
export async function diffWithDatabase(db: Kysely<DB>, parsed: ParsedFile, target: AnalysisTarget, today: string): Promise<Analysis> {
  const rows: AnalysedRow[] = parsed.rows.map((r) => ({ ...r, changes: [] }));
  const errors: ImportError[] = [...parsed.errors];
  const { nikColumn, unitColumn } = parsed;
  const candidates = rows.filter((r) => r.status === 'new');
  for (let i = 0; i < candidates.length; i += LOOKUP_CHUNK) {
    const chunk = candidates.slice(i, i + LOOKUP_CHUNK);
    const existing = new Map((await repo.findByNiks(db, chunk.map((r) => r.nik))).map((e) => [e.nik, e]));
    for (const r of chunk) {
      const found = existing.get(r.nik);
      const fail = (message: string, column = nikColumn) => {
        r.status = 'error';
        r.employee = null;
        errors.push({ row: r.row, column, message });
      };
      if (!found) {
        // A new employee joins on its start date (or today): not into a unit closed by then.
        const closed = closedUnitProblem(r.unit!, r.employee!.startDate ?? today, today, r.employee!.endDate);
        if (closed) fail(closed, unitColumn);
        continue;
      }
      if (found.institution_id !== target.institutionId) {
        fail(`NIK ${r.nik} sudah terdaftar di pemerintah daerah lain`);
        continue;
      }
      if (target.unit && found.work_unit_id !== target.unit.id) {
        fail(target.revealNames === false ? `NIK ${r.nik} sudah terdaftar di unit kerja lain` : `NIK ${r.nik} sudah terdaftar atas nama ${found.full_name} di unit ${found.unit_code} ${found.unit_name}`);
        continue;
      }
      r.existingId = found.id;
      r.existingUnitId = found.work_unit_id;
      r.existingPosition = found.position;
      const e = r.employee!;
      const changes: FieldChange[] = [];
      for (const [field, label] of COMPARED) {
        const before = norm(existingValue(found, field));
        const after = norm(e[field]);
        if (before !== after) changes.push({ field, label, before, after });
      }
      if (r.unit && r.unit.id !== found.work_unit_id) {
        // An import moves from today.
        const closed = closedUnitProblem(r.unit, today, today, e.endDate);
        if (closed) {
          fail(closed, unitColumn);
          continue;
        }
        changes.push({ field: 'unitCode', label: FIELD_LABELS.unitCode, before: found.unit_code, after: r.unit.code });
      }
      r.changes = changes;
      r.status = changes.length ? 'changed' : 'unchanged';
    }
  }

  errors.sort((a, b) => a.row - b.row);
  const count = (s: RowStatus) => rows.filter((r) => r.status === s).length;
  return { rows, errors, notes: [...parsed.notes], counts: { total: rows.length, new: count('new'), changed: count('changed'), unchanged: count('unchanged'), errors: count('error') } };
}

export async function analyseRosterFile(
  db: Kysely<DB>,
  content: Uint8Array,
  fileName: string,
  target: AnalysisTarget,
  today: string,
  onRow?: (rowsRead: number) => void,
): Promise<Analysis> {
  return diffWithDatabase(db, await parseRosterFile(content, fileName, target, today, onRow), target, today);
}

export function assertSomethingToImport(analysis: Analysis): void {
  if (analysis.counts.total === 0) throw new AppError('bad_file', 'Berkas tidak berisi baris data');
}
