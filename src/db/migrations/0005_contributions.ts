/** Contributions (Pasal 4): bills with a line per participant per month, payments, credit applications. */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { columns, dialectOf } from '../columns.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columns(dialectOf(db));

  await c
    .id(db.schema.createTable('bills'))
    .addColumn('agreement_id', 'integer', (col) => col.notNull().references('agreements.id'))
    .addColumn('number', 'text', (col) => col.notNull().unique())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('payment_mode', 'text', (col) => col.notNull())
    .addColumn('first_period', 'text', (col) => col.notNull())
    .addColumn('months', 'integer', (col) => col.notNull())
    .addColumn('issue_date', c.date, (col) => col.notNull())
    .addColumn('due_date', c.date, (col) => col.notNull())
    .addColumn('corrects_bill_id', 'integer', (col) => col.references('bills.id'))
    .addColumn('charges', c.money, (col) => col.notNull())
    .addColumn('credits_applied', c.money, (col) => col.notNull())
    .addColumn('amount_due', c.money, (col) => col.notNull())
    .addColumn('note', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .execute();
  await db.schema.createIndex('bills_agreement_idx').on('bills').columns(['agreement_id', 'first_period']).execute();

  await c
    .id(db.schema.createTable('bill_lines'))
    .addColumn('bill_id', 'integer', (col) => col.notNull().references('bills.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('participant_id', 'integer', (col) => col.notNull().references('participants.id'))
    .addColumn('employee_id', 'integer', (col) => col.notNull())
    .addColumn('work_unit_id', 'integer', (col) => col.notNull())
    .addColumn('period', 'text', (col) => col.notNull())
    .addColumn('wage', c.money, (col) => col.notNull())
    .addColumn('jkk', c.money, (col) => col.notNull())
    .addColumn('jkm', c.money, (col) => col.notNull())
    .addColumn('total', c.money, (col) => col.notNull())
    .addColumn('terms_version_id', 'integer', (col) => col.notNull())
    .addColumn('corrects_line_id', 'integer')
    .execute();
  await db.schema.createIndex('bill_lines_bill_idx').on('bill_lines').columns(['bill_id', 'period']).execute();
  await db.schema.createIndex('bill_lines_participant_idx').on('bill_lines').columns(['participant_id', 'period']).execute();
  // One charge per participant per month; a credit line points to the charge it cancels.
  await db.schema
    .createIndex('bill_lines_one_charge_uq')
    .on('bill_lines')
    .columns(['participant_id', 'period'])
    .unique()
    .where(sql.ref('kind'), '=', 'charge')
    .execute();
  await db.schema.createIndex('bill_lines_one_credit_uq').on('bill_lines').column('corrects_line_id').unique().where(sql.ref('kind'), '=', 'credit').execute();

  await c
    .id(db.schema.createTable('payments'))
    .addColumn('agreement_id', 'integer', (col) => col.notNull().references('agreements.id'))
    .addColumn('bill_id', 'integer', (col) => col.notNull().references('bills.id'))
    .addColumn('amount', c.money, (col) => col.notNull())
    .addColumn('paid_on', c.date, (col) => col.notNull())
    .addColumn('method', 'text', (col) => col.notNull())
    .addColumn('bank_reference', 'text', (col) => col.notNull())
    .addColumn('budget_line', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('evidence_file_id', 'integer', (col) => col.references('files.id'))
    .addColumn('note', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .addUniqueConstraint('payments_agreement_reference_uq', ['agreement_id', 'bank_reference'])
    .execute();
  await db.schema.createIndex('payments_bill_idx').on('payments').column('bill_id').execute();

  await c
    .id(db.schema.createTable('credit_applications'))
    .addColumn('agreement_id', 'integer', (col) => col.notNull().references('agreements.id'))
    .addColumn('target_bill_id', 'integer', (col) => col.notNull().references('bills.id'))
    .addColumn('amount', c.money, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .execute();
}
