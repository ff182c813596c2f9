/**
 * Database errors that are answers, not crashes: a unique-constraint violation on either
 * database becomes a 409 with a Bahasa message naming what already exists; text PostgreSQL
 * cannot store (a NUL byte) becomes a 400. SQLite reports `SQLITE_CONSTRAINT_UNIQUE` with the
 * columns ("UNIQUE constraint failed: payments.agreement_id, payments.bank_reference"),
 * PostgreSQL SQLSTATE 23505 with the constraint's name; both are looked up in one table.
 */
import { AppError } from '../core/errors.ts';

interface UniqueRule {
  /** PostgreSQL constraint or unique index name. */
  constraint: string;
  /** SQLite's "table.column, table.column" list for the same constraint. */
  columns: string;
  message: string;
}

const UNIQUE_RULES: UniqueRule[] = [
  { constraint: 'institutions_kind_name_uq', columns: 'institutions.kind, institutions.name', message: 'Instansi dengan nama itu sudah ada' },
  { constraint: 'work_units_institution_code_uq', columns: 'work_units.institution_id, work_units.code', message: 'Kode unit kerja itu sudah dipakai' },
  { constraint: 'users_username_key', columns: 'users.username', message: 'Nama pengguna itu sudah dipakai' },
  { constraint: 'agreements_number_party_one_key', columns: 'agreements.number_party_one', message: 'Perjanjian dengan nomor pihak pertama itu sudah ada' },
  { constraint: 'agreements_number_party_two_key', columns: 'agreements.number_party_two', message: 'Perjanjian dengan nomor pihak kedua itu sudah ada' },
  {
    constraint: 'agreements_predecessor_uq',
    columns: 'agreements.predecessor_id',
    message: 'Perjanjian ini sudah diperpanjang (oleh permintaan lain); muat ulang untuk melihat perpanjangannya',
  },
  {
    constraint: 'amendments_agreement_number_uq',
    columns: 'amendments.agreement_id, amendments.number',
    message: 'Adendum dengan nomor itu sudah dicatat pada perjanjian ini',
  },
  {
    constraint: 'terms_agreement_from_uq',
    columns: 'terms_versions.agreement_id, terms_versions.effective_from',
    message: 'Sudah ada ketentuan yang berlaku sejak tanggal itu',
  },
  { constraint: 'employees_nik_key', columns: 'employees.nik', message: 'Pegawai dengan NIK itu sudah terdaftar' },
  { constraint: 'enrolment_batches_number_key', columns: 'enrolment_batches.number', message: 'Nomor batch pendaftaran itu sudah dipakai; coba lagi' },
  { constraint: 'participants_kpj_key', columns: 'participants.kpj', message: 'Nomor peserta (KPJ) itu sudah dimiliki peserta lain' },
  {
    constraint: 'participants_card_token_key',
    columns: 'participants.card_token',
    message: 'Kartu peserta sedang diterbitkan oleh permintaan lain; coba lagi',
  },
  {
    constraint: 'participants_agreement_employee_uq',
    columns: 'participants.agreement_id, participants.employee_id',
    message: 'Pegawai itu sudah didaftarkan pada perjanjian ini',
  },
  { constraint: 'bills_number_key', columns: 'bills.number', message: 'Nomor tagihan itu sudah dipakai; coba lagi' },
  {
    constraint: 'bill_lines_one_charge_uq',
    columns: 'bill_lines.participant_id, bill_lines.period',
    message: 'Bulan itu sudah ditagih untuk peserta ini (tagihan lain dibuat bersamaan); muat ulang daftar tagihan',
  },
  { constraint: 'bill_lines_one_credit_uq', columns: 'bill_lines.corrects_line_id', message: 'Kredit untuk baris tagihan itu sudah diterbitkan' },
  {
    constraint: 'payments_agreement_reference_uq',
    columns: 'payments.agreement_id, payments.bank_reference',
    message: 'Nomor referensi bank itu sudah dipakai untuk pembayaran lain',
  },
  {
    constraint: 'payments_agreement_reference_key_uq',
    columns: 'payments.agreement_id, payments.bank_reference_key',
    message: 'Nomor referensi bank itu sudah dipakai untuk pembayaran lain',
  },
  { constraint: 'payments_receipt_number_uq', columns: 'payments.receipt_number', message: 'Nomor tanda terima itu sudah dipakai; coba lagi' },
  { constraint: 'document_counters_pkey', columns: 'document_counters.scope', message: 'Penomoran dokumen sedang dipakai permintaan lain; coba lagi' },
];

interface DriverError {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
}

/** The violated unique constraint's name (PostgreSQL's name for both databases), or null when `error` is not a unique violation. */
export function uniqueViolation(error: unknown): string | null {
  if (!error || typeof error !== 'object') return null;
  const e = error as DriverError;
  if (e.code === '23505') return typeof e.constraint === 'string' ? e.constraint : 'unknown';
  if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    const columns = String(e.message ?? '')
      .replace(/^UNIQUE constraint failed:\s*/, '')
      .trim();
    return UNIQUE_RULES.find((r) => r.columns === columns)?.constraint ?? columns;
  }
  return null;
}

export const RETRY_MESSAGE = 'Permintaan ini bertabrakan dengan permintaan lain yang berjalan bersamaan dan tidak disimpan; coba lagi';

/** The AppError a database error stands for, or null when it is a real failure (a 500). */
export function appErrorFromDb(error: unknown): AppError | null {
  const constraint = uniqueViolation(error);
  if (constraint !== null) {
    const rule = UNIQUE_RULES.find((r) => r.constraint === constraint);
    return new AppError('conflict', rule?.message ?? 'Data yang sama sudah ada (dicatat oleh permintaan lain); muat ulang lalu periksa', { constraint });
  }
  const code = error && typeof error === 'object' ? (error as DriverError).code : undefined;
  // Two requests that waited on each other: the database rolled one back whole (PostgreSQL 40P01 deadlock,
  // 40001 serialisation failure, 55P03 lock not available; SQLite busy past its timeout). Nothing of it was stored.
  if (code === '40P01' || code === '40001' || code === '55P03' || code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT') {
    return new AppError('conflict', RETRY_MESSAGE, { reason: String(code) });
  }
  // 22021: invalid byte sequence (a NUL byte in text), 22P05: untranslatable character.
  if (code === '22021' || code === '22P05') return new AppError('validation_failed', 'Teks berisi karakter yang tidak sah (karakter NUL atau kode kendali)');
  return null;
}
