/**
 * Data safety (issue #13):
 * - `document_counters`: one row per numbering scope (bills, enrolment batches), incremented
 *   inside the transaction that issues the document, so a transaction that loses a race or rolls
 *   back leaves no gap (src/db/counters.ts).
 * - `payments.bank_reference_key`: the bank reference without spaces and in upper case, unique per
 *   agreement, so `RACE-1`, `race-1` and `RACE 1` are one payment (the raw reference is kept as typed).
 */
import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../columns.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('document_counters')
    .addColumn('scope', 'text', (col) => col.primaryKey())
    .addColumn('last_value', 'integer', (col) => col.notNull())
    .execute();
  await db.schema
    .alterTable('payments')
    .addColumn('bank_reference_key', 'text', (col) => col.notNull().defaultTo(''))
    .execute();
  const pg = dialectOf(db) === 'postgres';
  // Same key as normalizeReferenceKey() for the ASCII references banks issue.
  await sql`update payments set bank_reference_key = upper(${pg ? sql`regexp_replace(bank_reference, '\s', '', 'g')` : sql`replace(replace(replace(bank_reference, ' ', ''), char(9), ''), char(10), '')`})`.execute(
    db,
  );
  await db.schema.createIndex('payments_agreement_reference_key_uq').on('payments').columns(['agreement_id', 'bank_reference_key']).unique().execute();
  // Numbers already issued stay; new ones continue after the highest id used so far.
  await sql`insert into document_counters (scope, last_value) select 'bill', coalesce(max(id), 0) from bills`.execute(db);
  await sql`insert into document_counters (scope, last_value) select 'enrolment_batch', coalesce(max(id), 0) from enrolment_batches`.execute(db);
}
