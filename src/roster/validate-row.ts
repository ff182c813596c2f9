/**
 * Checking one imported roster row and turning it into a normalised employee. Every problem is
 * reported with the row number and the column header the user wrote, in Bahasa Indonesia.
 * A NIK whose birth date or sex disagrees with the row is reported with code 'nik_mismatch'
 * and the employee is still returned, so an admin can accept it with a reason later.
 */
import { z } from 'zod';
import { compareCheckedDates, isoOfUtcMidnight, isValidDate } from '../core/dates.ts';
import { unguardCell } from '../core/spreadsheet.ts';
import { DATE_MAX, DATE_MIN, isoDate } from '../core/validation.ts';
import { cellError, cellToString, isSixteenDigits, nikFromCell, plainCell } from '../sheets/cells.ts';
import { readFlexibleDate } from '../sheets/dates.ts';
import { FIELD_LABELS, normaliseEmploymentType, normaliseSex, type EmploymentType, type RosterField } from './headers.ts';
import { checkNik, isPlainValidNik, type NikOptions } from './nik.ts';
import type { RosterRow } from './read-file.ts';
import { EMPLOYMENT_TYPES, SEXES } from './schemas.ts';

const optionalText = (label: string, max: number) => z.string().max(max, `${label} terlalu panjang (maks. ${max} karakter)`);

/** The longest text each field may hold (the schema below and the fast check share them). */
const PHONE = /^(\+?\d{6,15})?$/;
const MAX_LENGTH = { fullName: 200, birthPlace: 100, unitCode: 50, unitName: 200, position: 200, endReason: 500, address: 500 } as const;

/** An employee as read from a file, before the work unit is looked up by code or name. */
export const importedEmployeeSchema = z.object({
  nik: z.string().regex(/^\d{16}$/, 'NIK harus 16 digit angka'),
  fullName: z.string().min(1, 'Nama wajib diisi').max(MAX_LENGTH.fullName, `Nama terlalu panjang (maks. ${MAX_LENGTH.fullName} karakter)`),
  sex: z.enum(SEXES),
  birthPlace: optionalText('Tempat lahir', MAX_LENGTH.birthPlace),
  birthDate: isoDate('Tanggal lahir'),
  unitCode: optionalText('Kode unit', MAX_LENGTH.unitCode),
  unitName: optionalText('Unit kerja', MAX_LENGTH.unitName),
  position: optionalText('Jabatan', MAX_LENGTH.position),
  employmentType: z.enum(EMPLOYMENT_TYPES),
  /** Null: the file does not say (stored as not known; a warning in the preview). */
  startDate: isoDate('Tanggal mulai').nullable(),
  endDate: isoDate('Tanggal berhenti').nullable(),
  endReason: optionalText('Alasan berhenti', MAX_LENGTH.endReason).nullable(),
  phone: z.string().regex(PHONE, 'Nomor telepon hanya angka (boleh diawali +), 6–15 digit'),
  address: optionalText('Alamat', MAX_LENGTH.address),
});
export type ImportedEmployee = z.infer<typeof importedEmployeeSchema>;

const inDateRange = (d: string | null, valid: boolean) => d === null || ((valid || isValidDate(d)) && d >= DATE_MIN && d <= DATE_MAX);
const within = (text: string | null, max: number) => text === null || text.length <= max;

/**
 * Whether a candidate certainly passes importedEmployeeSchema, checked by hand (a roster of
 * 100,000 rows spent a quarter of its validation in zod). When it says no, the schema runs and
 * gives the messages; `validate-row.test.ts` holds the two to the same answer. A caller that has
 * already found the NIK to be 16 digits, or the (non-null) dates valid, says so and they are not read again.
 */
export function passesSchemaFast(c: Record<keyof ImportedEmployee, unknown>, nikChecked = false, datesChecked = false): c is ImportedEmployee {
  return (
    typeof c.nik === 'string' &&
    (nikChecked || isSixteenDigits(c.nik)) &&
    typeof c.fullName === 'string' &&
    c.fullName.length >= 1 &&
    c.fullName.length <= MAX_LENGTH.fullName &&
    (c.sex === 'L' || c.sex === 'P') &&
    typeof c.birthDate === 'string' &&
    inDateRange(c.birthDate, datesChecked) &&
    (c.startDate === null || (typeof c.startDate === 'string' && inDateRange(c.startDate, datesChecked))) &&
    (c.endDate === null || (typeof c.endDate === 'string' && inDateRange(c.endDate, datesChecked))) &&
    typeof c.employmentType === 'string' &&
    (EMPLOYMENT_TYPES as readonly string[]).includes(c.employmentType) &&
    typeof c.phone === 'string' &&
    PHONE.test(c.phone) &&
    typeof c.birthPlace === 'string' &&
    within(c.birthPlace, MAX_LENGTH.birthPlace) &&
    typeof c.unitCode === 'string' &&
    within(c.unitCode, MAX_LENGTH.unitCode) &&
    typeof c.unitName === 'string' &&
    within(c.unitName, MAX_LENGTH.unitName) &&
    typeof c.position === 'string' &&
    within(c.position, MAX_LENGTH.position) &&
    (c.endReason === null || (typeof c.endReason === 'string' && within(c.endReason, MAX_LENGTH.endReason))) &&
    typeof c.address === 'string' &&
    within(c.address, MAX_LENGTH.address)
  );
}

export type RowErrorCode = 'required' | 'invalid' | 'nik_invalid' | 'nik_mismatch' | 'date_future' | 'date_order';

export interface RowError {
  row: number;
  /** The column header as the user wrote it (or the template's header if the column is missing). */
  column: string;
  field: RosterField;
  code: RowErrorCode;
  message: string;
}

/** Not an error: the row imports, and the preview says what it lacks. */
export interface RowWarning {
  row: number;
  column: string;
  message: string;
}

export type RowResult =
  | { ok: true; row: number; employee: ImportedEmployee; warnings: RowWarning[] }
  /** `employee` is set only when every error is a nik_mismatch (an admin may override). */
  | { ok: false; row: number; errors: RowError[]; employee: ImportedEmployee | null };

export interface ValidateOptions {
  /** Today in the office's zone, 'YYYY-MM-DD'. */
  today: string;
  /** Used when the employment type is blank or its column is missing (default 'lainnya'). */
  defaultEmploymentType?: EmploymentType;
}

/**
 * Inner runs of white space as one space; most cells have none to collapse and are returned as they
 * are. Printable ASCII with single spaces is told by reading it (no regular expression for each cell).
 */
function collapseSpaces(text: string): string {
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (space) return text.replace(/\s+/g, ' ');
      space = true;
    } else if (code > 32 && code < 127) space = false;
    else return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text;
  }
  return text;
}

/** '0812-3456 7890' → '081234567890'; a phone typed as an Excel number gets its leading 0 back. */
function normalisePhone(value: unknown): string {
  if (value === null || value === undefined) return '';
  const plain = plainCell(value);
  const text = cellToString(value).replace(/[\s\u00a0().\-/]/g, '');
  return typeof plain === 'number' && text.startsWith('8') ? `0${text}` : text;
}

/** One row being checked: its errors so far (the helpers below are not closures made anew for every row). */
interface Checking {
  row: RosterRow;
  errors: RowError[];
}

/** The column header the user wrote for a field (the template's when the column is missing). */
const columnOf = (c: Checking, field: RosterField) => c.row.headers[field] ?? FIELD_LABELS[field];

function fail(c: Checking, field: RosterField, code: RowErrorCode, message: string): void {
  c.errors.push({ row: c.row.rowNumber, column: columnOf(c, field), field, code, message });
}

/** The cell as trimmed text with inner runs of spaces collapsed; Excel errors are reported. */
function text(c: Checking, field: RosterField): string {
  const value = c.row.values[field];
  if (typeof value === 'string') return collapseSpaces(unguardCell(value).trim()); // cellToString of a text
  if (value === null || value === undefined) return '';
  const error = cellError(value);
  if (error) fail(c, field, 'invalid', `${FIELD_LABELS[field]}: sel berisi kesalahan Excel ${error}`);
  return collapseSpaces(cellToString(value));
}

function date(c: Checking, field: RosterField, label: string, required: boolean): string | null {
  const value = c.row.values[field];
  if (value instanceof Date) {
    // readFlexibleDate's answer for a date cell at midnight UTC (as the readers give them), without its result object.
    const iso = isoOfUtcMidnight(value.getTime());
    if (iso !== null) return iso;
  }
  // A date cell is never blank (and cellToString of it would format it only to be read again).
  const blank = value === null || value === undefined || (!(value instanceof Date) && cellToString(value) === '' && !cellError(value));
  if (!required && blank) return null;
  const result = readFlexibleDate(value, label);
  if (result.ok) return result.date;
  fail(c, field, cellToString(value) === '' && !cellError(value) ? 'required' : 'invalid', result.message);
  return null;
}

const hasErrorIn = (errors: RowError[], field: RosterField) => errors.some((e) => e.field === field);

export function validateRosterRow(row: RosterRow, options: ValidateOptions): RowResult {
  const errors: RowError[] = [];
  const c: Checking = { row, errors };

  let nik = '';
  const nikCell = nikFromCell(row.values.nik);
  if (!nikCell.ok) fail(c, 'nik', 'nik_invalid', nikCell.message);
  else if (nikCell.nik === '') fail(c, 'nik', 'required', 'NIK wajib diisi');
  else nik = nikCell.nik;

  const fullName = text(c, 'fullName');
  if (fullName === '') fail(c, 'fullName', 'required', 'Nama wajib diisi');

  const sexText = text(c, 'sex');
  const sex = normaliseSex(sexText);
  if (sexText === '') fail(c, 'sex', 'required', 'Jenis kelamin wajib diisi (L atau P)');
  else if (!sex) fail(c, 'sex', 'invalid', `Jenis kelamin "${sexText}" tidak dikenal; isi L (laki-laki) atau P (perempuan)`);

  // Each date checked once (compareCheckedDates: the comparisons below, and the schema's check at the end).
  const today = options.today;
  const todayValid = isValidDate(today);
  const birthDate = date(c, 'birthDate', 'Tanggal lahir', true);
  const birthValid = birthDate !== null && isValidDate(birthDate);
  if (birthDate && compareCheckedDates(birthDate, birthValid, today, todayValid) > 0)
    fail(c, 'birthDate', 'date_future', `Tanggal lahir ${birthDate} ada di masa depan`);

  const startDate = date(c, 'startDate', 'Tanggal mulai kerja', false);
  const startValid = startDate !== null && isValidDate(startDate);
  const warnings: RowWarning[] = [];
  if (!startDate && !hasErrorIn(errors, 'startDate')) {
    warnings.push({ row: row.rowNumber, column: columnOf(c, 'startDate'), message: 'Tanggal mulai kerja tidak diisi; disimpan sebagai tidak diketahui' });
  }
  if (startDate && compareCheckedDates(startDate, startValid, today, todayValid) > 0)
    fail(c, 'startDate', 'date_future', `Tanggal mulai kerja ${startDate} ada di masa depan`);
  if (startDate && birthDate && compareCheckedDates(startDate, startValid, birthDate, birthValid) <= 0)
    fail(c, 'startDate', 'date_order', 'Tanggal mulai kerja harus setelah tanggal lahir');

  const endDate = date(c, 'endDate', 'Tanggal berhenti', false);
  const endValid = endDate !== null && isValidDate(endDate);
  if (endDate && startDate && compareCheckedDates(endDate, endValid, startDate, startValid) < 0) {
    fail(c, 'endDate', 'date_order', `Tanggal berhenti (${endDate}) sebelum tanggal mulai kerja (${startDate})`);
  }
  const endReason = text(c, 'endReason');
  if (endDate && endReason === '') fail(c, 'endReason', 'required', 'Alasan berhenti wajib diisi bila tanggal berhenti diisi');
  if (!endDate && endReason !== '' && !hasErrorIn(errors, 'endDate')) {
    fail(c, 'endDate', 'required', 'Tanggal berhenti wajib diisi bila alasan berhenti diisi');
  }

  const typeText = text(c, 'employmentType');
  const employmentType = typeText === '' ? (options.defaultEmploymentType ?? 'lainnya') : normaliseEmploymentType(typeText);
  if (!employmentType) fail(c, 'employmentType', 'invalid', `Jenis pegawai "${typeText}" tidak dikenal; isi honorer, kontrak, THL atau lainnya`);

  const phone = normalisePhone(row.values.phone);
  if (phone !== '' && !/^\+?\d{6,15}$/.test(phone)) {
    fail(c, 'phone', 'invalid', `Nomor telepon "${cellToString(row.values.phone)}" hanya boleh berisi angka (boleh diawali +), 6–15 digit`);
  }

  // Nearly every NIK is valid and agrees with the row: isPlainValidNik says so without building checkNik's answer.
  const nikPlain = nik !== '' && birthDate !== null && sex !== null && isPlainValidNik(nik, birthDate, sex, today);
  if (nik && !nikPlain) {
    const nikOptions: NikOptions = { today };
    if (birthDate) nikOptions.birthDate = birthDate;
    if (sex) nikOptions.sex = sex;
    const check = checkNik(nik, nikOptions);
    if (!check.valid) for (const problem of check.problems) fail(c, 'nik', problem.code, problem.message);
  }

  const candidate = {
    nik,
    fullName,
    sex,
    birthPlace: text(c, 'birthPlace'),
    birthDate,
    unitCode: text(c, 'unitCode'),
    unitName: text(c, 'unitName'),
    position: text(c, 'position'),
    employmentType,
    startDate,
    endDate,
    endReason: endReason === '' ? null : endReason,
    phone,
    address: text(c, 'address'),
  };
  const datesChecked = (birthDate === null || birthValid) && (startDate === null || startValid) && (endDate === null || endValid);
  if (errors.length === 0 && passesSchemaFast(candidate, nikPlain, datesChecked)) return { ok: true, row: row.rowNumber, employee: candidate, warnings };
  const parsed = importedEmployeeSchema.safeParse(candidate);
  if (!parsed.success) {
    // Fields already reported are left alone; what remains are limits such as lengths.
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'nik') as RosterField;
      if (!hasErrorIn(errors, field)) fail(c, field, 'invalid', issue.message);
    }
  }
  if (errors.length === 0 && parsed.success) return { ok: true, row: row.rowNumber, employee: parsed.data, warnings };
  const overridable = errors.every((e) => e.code === 'nik_mismatch') && parsed.success;
  return { ok: false, row: row.rowNumber, errors, employee: overridable ? parsed.data : null };
}
