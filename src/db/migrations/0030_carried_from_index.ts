/**
 * An index for the bill run's renewal guard (contributions/repo.ts insertMonthCharges): "is a
 * continuation of this participant (carried_from_id = its id) already charged for the month?".
 * Without it SQLite answered that for each participant billed by reading every charge line of
 * every month (bill_lines_one_charge_uq from its start), so a run grew with people × lines:
 * 20,000 people with one month already billed took 40 s a bill, 1,000,000 would have taken days.
 * Partial: only carried-over participants have a carried_from_id.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('participants_carried_from_idx')
    .on('participants')
    .column('carried_from_id')
    .where(sql.ref('carried_from_id'), 'is not', null)
    .execute();
}
