/**
 * Claim clocks (issue #12): the day BPJS decided (verified or rejected) a claim, the day its
 * required documents were complete (BPJS's payment clock, PP 44/2015 Pasal 37, starts there) and
 * the day it was paid in full. The incident's hour and minute already live in `incident_time`.
 */
import type { Kysely } from 'kysely';
import { columns, dialectOf } from '../columns.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columns(dialectOf(db));
  await db.schema.alterTable('claims').addColumn('decided_on', c.date).execute();
  await db.schema.alterTable('claims').addColumn('documents_complete_on', c.date).execute();
  await db.schema.alterTable('claims').addColumn('paid_on', c.date).execute();
}
