/** Claims (Pasal 5–7): intake, documents, the workflow's events and payments (STMB in installments). */
import type { Kysely } from 'kysely';
import { columns, dialectOf } from '../columns.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columns(dialectOf(db));
  await c
    .id(db.schema.createTable('claims'))
    .addColumn('agreement_id', 'integer', (col) => col.notNull().references('agreements.id'))
    .addColumn('employee_id', 'integer', (col) => col.notNull().references('employees.id'))
    .addColumn('participant_id', 'integer', (col) => col.references('participants.id'))
    .addColumn('program', 'text', (col) => col.notNull())
    .addColumn('outcome', 'text', (col) => col.notNull())
    .addColumn('incident_date', c.date, (col) => col.notNull())
    .addColumn('incident_time', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('place', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('chronology', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('reporter', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('stage1_reported_on', c.date)
    .addColumn('doctor_statement_on', c.date)
    .addColumn('stage2_reported_on', c.date)
    .addColumn('request_json', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('quote_json', 'text')
    .addColumn('adjustments_json', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('approved_total', c.money)
    .addColumn('rejection_reason', 'text')
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .addColumn('updated_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .execute();
  await db.schema.createIndex('claims_employee_idx').on('claims').column('employee_id').execute();
  await db.schema.createIndex('claims_agreement_idx').on('claims').columns(['agreement_id', 'status']).execute();

  await c
    .id(db.schema.createTable('claim_documents'))
    .addColumn('claim_id', 'integer', (col) => col.notNull().references('claims.id'))
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('file_id', 'integer', (col) => col.notNull().references('files.id'))
    .addColumn('uploaded_by', 'text', (col) => col.notNull())
    .addColumn('uploaded_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .execute();

  await c
    .id(db.schema.createTable('claim_events'))
    .addColumn('claim_id', 'integer', (col) => col.notNull().references('claims.id'))
    .addColumn('at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .addColumn('actor_label', 'text', (col) => col.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .execute();

  await c
    .id(db.schema.createTable('claim_payments'))
    .addColumn('claim_id', 'integer', (col) => col.notNull().references('claims.id'))
    .addColumn('paid_on', c.date, (col) => col.notNull())
    .addColumn('amount', c.money, (col) => col.notNull())
    .addColumn('reference', 'text', (col) => col.notNull())
    .addColumn('note', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .execute();
}
