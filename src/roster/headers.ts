/**
 * Matching the header row people wrote ('No. KTP', 'Tgl Lahir', 'L/P') to the roster's fields,
 * ignoring case, spaces, punctuation and notes in brackets ('Tanggal Lahir (dd/mm/yyyy)') as
 * src/sheets/headers.ts compares them. Also the value spellings of sex and employment type.
 */
import { AppError } from '../core/errors.ts';
import { fieldsByHeaderKey, headerKey } from '../sheets/headers.ts';
import { ROSTER_COLUMNS, type RosterColumn } from './columns.ts';

export const ROSTER_FIELDS = [
  'nik',
  'fullName',
  'sex',
  'birthPlace',
  'birthDate',
  'unitCode',
  'unitName',
  'position',
  'employmentType',
  'startDate',
  'endDate',
  'endReason',
  'phone',
  'address',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];
// The compiler checks that these are exactly the export's columns.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const fieldsMatchColumns: Same<RosterField, RosterColumn['key']> = true;
void fieldsMatchColumns;

/** The header written in the template and exports; used in messages when a column is missing. */
export const FIELD_LABELS = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, c.header])) as Readonly<Record<RosterField, string>>;

const ALIASES: Readonly<Record<RosterField, readonly string[]>> = {
  nik: ['NIK', 'No. KTP', 'No KTP', 'Nomor KTP', 'Nomor Induk Kependudukan', 'NIK KTP'],
  fullName: ['Nama', 'Nama Lengkap', 'Nama Pegawai'],
  sex: ['Jenis Kelamin', 'JK', 'L/P', 'Sex', 'Gender', 'Kelamin'],
  birthPlace: ['Tempat Lahir', 'Tmp Lahir', 'Tmpt Lahir'],
  birthDate: ['Tgl Lahir', 'Tanggal Lahir', 'Tgl. Lahir'],
  unitCode: ['Kode Unit', 'Kode OPD', 'Unit Kerja Kode', 'Kode Unit Kerja'],
  unitName: ['Unit Kerja', 'OPD', 'Instansi', 'Nama Unit', 'Nama OPD'],
  position: ['Jabatan'],
  employmentType: ['Jenis Pegawai', 'Status Kepegawaian', 'Jenis', 'Status Pegawai'],
  startDate: ['TMT', 'Tanggal Mulai', 'Mulai Kerja', 'Tgl Mulai', 'Tanggal Mulai Kerja', 'TMT Kerja'],
  endDate: ['Tanggal Berhenti', 'Tgl Keluar', 'Tgl Berhenti', 'Tanggal Keluar'],
  endReason: ['Alasan Berhenti', 'Alasan Keluar'],
  phone: ['No HP', 'Telepon', 'No. Telp', 'No Telp', 'Nomor HP', 'HP', 'No Telepon', 'Nomor Telepon'],
  address: ['Alamat'],
};

const FIELD_BY_KEY = fieldsByHeaderKey(ALIASES);

/** The field a header means, or null. */
export function fieldForHeader(header: string): RosterField | null {
  return FIELD_BY_KEY.get(headerKey(header)) ?? null;
}

export interface MatchedColumn {
  field: RosterField;
  /** The header text as the user wrote it. */
  header: string;
  /** Position in the header row given to matchHeaders (0-based). */
  index: number;
}

export interface HeaderMatch {
  columns: MatchedColumn[];
  byField: Partial<Record<RosterField, MatchedColumn>>;
  /** Non-blank headers that mean nothing to the roster (ignored on import). */
  unknown: string[];
}

/** Maps a header row; throws AppError('bad_file') without a NIK column or with a field twice. */
export function matchHeaders(headers: readonly string[]): HeaderMatch {
  const match = tryMatchHeaders(headers);
  if (!match.byField.nik) {
    throw new AppError(
      'bad_file',
      `Kolom NIK tidak ditemukan. Baris judul harus memuat kolom "NIK" (atau "No KTP", "Nomor Induk Kependudukan"); judul yang terbaca: ${headers.filter((h) => h.trim()).join(', ') || '(kosong)'}`,
      { headers, unknown: match.unknown },
    );
  }
  return match;
}

/** Like matchHeaders but without the NIK requirement (for finding the header row). */
export function tryMatchHeaders(headers: readonly string[]): HeaderMatch {
  const columns: MatchedColumn[] = [];
  const byField: Partial<Record<RosterField, MatchedColumn>> = {};
  const unknown: string[] = [];
  headers.forEach((raw, index) => {
    const header = raw.trim();
    if (header === '') return;
    const field = fieldForHeader(header);
    if (!field) {
      unknown.push(header);
      return;
    }
    const earlier = byField[field];
    if (earlier) {
      throw new AppError('bad_file', `Kolom "${earlier.header}" dan "${header}" sama-sama berarti ${FIELD_LABELS[field]}; hapus salah satunya`, { field });
    }
    const column = { field, header, index };
    byField[field] = column;
    columns.push(column);
  });
  return { columns, byField, unknown };
}

const letters = (value: string) => value.toLowerCase().replace(/[^a-z]/g, '');

const SEX_VALUES: Readonly<Record<string, 'L' | 'P'>> = {
  l: 'L',
  lk: 'L',
  laki: 'L',
  lakilaki: 'L',
  pria: 'L',
  m: 'L',
  male: 'L',
  p: 'P',
  pr: 'P',
  perempuan: 'P',
  wanita: 'P',
  f: 'P',
  female: 'P',
};

/** 'Laki-laki', 'Pria', 'M' → 'L'; 'Perempuan', 'Wanita', 'F' → 'P'; anything else → null. */
export function normaliseSex(value: string): 'L' | 'P' | null {
  if (value === 'L' || value === 'P') return value; // as written by most files (letters() would give 'l' or 'p')
  return SEX_VALUES[letters(value)] ?? null;
}

export type EmploymentType = 'honorer' | 'kontrak' | 'thl' | 'lainnya';

const EMPLOYMENT_VALUES: Readonly<Record<string, EmploymentType>> = {
  honorer: 'honorer',
  honor: 'honorer',
  tenagahonorer: 'honorer',
  pegawaihonorer: 'honorer',
  kontrak: 'kontrak',
  tenagakontrak: 'kontrak',
  pegawaikontrak: 'kontrak',
  thl: 'thl',
  tenagaharianlepas: 'thl',
  harianlepas: 'thl',
  pekerjaharianlepas: 'thl',
  lainnya: 'lainnya',
  lain: 'lainnya',
  lainlain: 'lainnya',
};

/** 'Honorer', 'Tenaga Harian Lepas', 'THL', 'Lain-lain' → the stored value; else null. */
export function normaliseEmploymentType(value: string): EmploymentType | null {
  // As written by most files: a key that letters() keeps as it is.
  if (value === 'honorer' || value === 'kontrak' || value === 'thl' || value === 'lainnya') return value;
  return EMPLOYMENT_VALUES[letters(value)] ?? null;
}
