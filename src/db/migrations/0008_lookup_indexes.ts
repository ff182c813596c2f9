/**
 * Indexes for point lookups on hot paths: an employee's participations (the protection check,
 * cards, claims) were found by scanning every participant, since the unique constraint
 * (agreement_id, employee_id) cannot serve a search by employee alone.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('participants_employee_idx').on('participants').column('employee_id').execute();
}
