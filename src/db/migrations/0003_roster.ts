/** The roster: non-ASN employees of a regency's work units, their history, and import runs. */
import type { Kysely } from 'kysely';
import { columns, dialectOf } from '../columns.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columns(dialectOf(db));

  await c
    .id(db.schema.createTable('employees'))
    .addColumn('institution_id', 'integer', (col) => col.notNull().references('institutions.id'))
    .addColumn('nik', 'text', (col) => col.notNull().unique())
    .addColumn('full_name', 'text', (col) => col.notNull())
    .addColumn('sex', 'text', (col) => col.notNull())
    .addColumn('birth_place', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('birth_date', c.date, (col) => col.notNull())
    .addColumn('work_unit_id', 'integer', (col) => col.notNull().references('work_units.id'))
    .addColumn('position', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('employment_type', 'text', (col) => col.notNull())
    .addColumn('start_date', c.date, (col) => col.notNull())
    .addColumn('end_date', c.date)
    .addColumn('end_reason', 'text')
    .addColumn('phone', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('address', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('nik_override_reason', 'text')
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .addColumn('updated_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .execute();
  await db.schema.createIndex('employees_unit_idx').on('employees').columns(['work_unit_id', 'full_name']).execute();
  await db.schema.createIndex('employees_institution_name_idx').on('employees').columns(['institution_id', 'full_name']).execute();
  await db.schema.createIndex('employees_name_idx').on('employees').column('full_name').execute();

  await c
    .id(db.schema.createTable('employee_history'))
    .addColumn('employee_id', 'integer', (col) => col.notNull().references('employees.id'))
    .addColumn('at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .addColumn('effective_on', c.date, (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('actor_label', 'text', (col) => col.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .execute();
  await db.schema.createIndex('employee_history_employee_idx').on('employee_history').column('employee_id').execute();

  await c
    .id(db.schema.createTable('roster_imports'))
    .addColumn('institution_id', 'integer', (col) => col.notNull().references('institutions.id'))
    .addColumn('work_unit_id', 'integer', (col) => col.references('work_units.id'))
    .addColumn('file_id', 'integer', (col) => col.notNull().references('files.id'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('summary_json', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .addColumn('committed_at', c.timestamp)
    .execute();
}
