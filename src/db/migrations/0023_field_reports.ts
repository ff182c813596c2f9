/**
 * Field reports (issue #18): a stage-I accident report filed from a phone, possibly sent late from
 * an offline queue. `client_id` is the UUID the phone made when the report was saved: unique, so a
 * replay (or two sends at once) finds the first report's claim instead of filing a second one.
 * `field_report_notices` is the in-app notice of a new report for each recipient user (the
 * regency's admins, the branch's officers), read or not.
 */
import type { Kysely } from 'kysely';
import { columns, dialectOf } from '../columns.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columns(dialectOf(db));
  await c
    .id(db.schema.createTable('field_reports'))
    .addColumn('client_id', 'text', (col) => col.notNull())
    .addColumn('claim_id', 'integer', (col) => col.notNull().references('claims.id'))
    .addColumn('witnesses', 'text', (col) => col.notNull())
    .addColumn('taken_to', 'text', (col) => col.notNull())
    // The phone's position when the user allowed it: decimal degrees as text, accuracy in metres.
    .addColumn('latitude', 'text')
    .addColumn('longitude', 'text')
    .addColumn('accuracy_m', 'integer')
    .addColumn('saved_at', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .addUniqueConstraint('field_reports_client_id_key', ['client_id'])
    .addUniqueConstraint('field_reports_claim_id_key', ['claim_id'])
    .execute();
  await c
    .id(db.schema.createTable('field_report_notices'))
    .addColumn('field_report_id', 'integer', (col) => col.notNull().references('field_reports.id'))
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id'))
    .addColumn('read_at', c.timestamp)
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .addUniqueConstraint('field_report_notices_report_user_key', ['field_report_id', 'user_id'])
    .execute();
  await db.schema.createIndex('field_report_notices_user_idx').on('field_report_notices').columns(['user_id', 'read_at']).execute();
}

export async function down(): Promise<void> {
  // Forward only.
}
