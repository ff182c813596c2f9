/** Enrolment (Pasal 3): registration batches, participants with their BPJS number, events and cards. */
import type { Kysely } from 'kysely';
import { columns, dialectOf } from '../columns.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columns(dialectOf(db));

  await c
    .id(db.schema.createTable('enrolment_batches'))
    .addColumn('agreement_id', 'integer', (col) => col.notNull().references('agreements.id'))
    .addColumn('number', 'text', (col) => col.notNull().unique())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('work_unit_id', 'integer', (col) => col.references('work_units.id'))
    .addColumn('note', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .addColumn('submitted_by', 'text')
    .addColumn('submitted_at', c.timestamp)
    .execute();

  await c
    .id(db.schema.createTable('participants'))
    .addColumn('agreement_id', 'integer', (col) => col.notNull().references('agreements.id'))
    .addColumn('employee_id', 'integer', (col) => col.notNull().references('employees.id'))
    .addColumn('batch_id', 'integer', (col) => col.notNull().references('enrolment_batches.id'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('kpj', 'text', (col) => col.unique())
    .addColumn('registered_on', c.date)
    .addColumn('rejection_reason', 'text')
    .addColumn('deactivated_on', c.date)
    .addColumn('deactivation_reason', 'text')
    .addColumn('card_token', 'text', (col) => col.unique())
    .addColumn('card_issued_at', c.timestamp)
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .addColumn('updated_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .addUniqueConstraint('participants_agreement_employee_uq', ['agreement_id', 'employee_id'])
    .execute();
  await db.schema.createIndex('participants_batch_idx').on('participants').column('batch_id').execute();
  await db.schema.createIndex('participants_agreement_status_idx').on('participants').columns(['agreement_id', 'status']).execute();

  await c
    .id(db.schema.createTable('participant_events'))
    .addColumn('participant_id', 'integer', (col) => col.notNull().references('participants.id'))
    .addColumn('at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .addColumn('actor_label', 'text', (col) => col.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('participant_events_participant_idx').on('participant_events').column('participant_id').execute();
}
