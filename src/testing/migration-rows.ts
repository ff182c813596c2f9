/**
 * Rows written straight into a database migrated only part of the way, for the tests of a later
 * migration's backfill (where the services of today would not fit the older schema).
 */
import type { Kysely } from 'kysely';

/** An agreement between a government and a branch, with the columns every schema since 0002 has; its id. */
export async function agreementRow(db: Kysely<never>, gov: number, branch: number): Promise<number> {
  const now = new Date().toISOString();
  const row = await (db as unknown as Kysely<{ agreements: Record<string, unknown> & { id: number } }>)
    .insertInto('agreements')
    .values({
      title: 'PKS',
      number_party_one: 'A/1',
      number_party_two: 'A/2',
      signed_on: '2022-03-17',
      place: 'X',
      duration_months: 36,
      party_one_institution_id: gov,
      party_one_address: '',
      party_one_signatory: 'A',
      party_one_position: 'B',
      party_two_institution_id: branch,
      party_two_address: '',
      party_two_signatory: 'C',
      party_two_position: 'D',
      purpose_json: '[]',
      scope_json: '[]',
      legal_bases_json: '[]',
      terminated_on: null,
      termination_reason: null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
