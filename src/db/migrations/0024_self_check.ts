/**
 * Issue #18 part 2, "Cek perlindungan saya": contact details an employee is shown (the phone of a
 * government or BPJS branch; the phone and address of a work unit), every public lookup logged —
 * the same rows count the failures for the limit per NIK and per address, so every instance shares
 * it — and the short-lived tokens that let the person download their own card after a check.
 */
import type { Kysely } from 'kysely';
import { columns, dialectOf } from '../columns.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columns(dialectOf(db));
  await db.schema
    .alterTable('institutions')
    .addColumn('phone', 'text', (col) => col.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('work_units')
    .addColumn('phone', 'text', (col) => col.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('work_units')
    .addColumn('address', 'text', (col) => col.notNull().defaultTo(''))
    .execute();

  await c
    .id(db.schema.createTable('self_check_log'))
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .addColumn('ip', 'text', (col) => col.notNull())
    // SHA-256 of the NIK as typed: only to count failures per NIK; people read nik_masked.
    .addColumn('nik_hash', 'text', (col) => col.notNull())
    .addColumn('nik_masked', 'text', (col) => col.notNull())
    // 'found' | 'no_match' | 'invalid' | 'limited'
    .addColumn('outcome', 'text', (col) => col.notNull())
    // The government of the employee the NIK names (null when none): whose admin reads the row.
    .addColumn('institution_id', 'integer', (col) => col.references('institutions.id'))
    .execute();
  await db.schema.createIndex('self_check_log_nik_at').on('self_check_log').columns(['nik_hash', 'at']).execute();
  await db.schema.createIndex('self_check_log_ip_at').on('self_check_log').columns(['ip', 'at']).execute();
  await db.schema.createIndex('self_check_log_institution_at').on('self_check_log').columns(['institution_id', 'at']).execute();

  await c
    .id(db.schema.createTable('self_check_tokens'))
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('participant_id', 'integer', (col) => col.notNull().references('participants.id'))
    .addColumn('expires_at', c.timestamp, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .execute();
}

export async function down(): Promise<void> {
  // Forward only.
}
