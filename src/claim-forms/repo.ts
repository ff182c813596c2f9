/** SQL for the accident forms: the claim's employee, unit, agreement party one and benefit request. No rules here. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** The rows behind a claim's forms; undefined when the claim does not exist (scope is checked by the caller first). */
export async function claimFormRow(db: Kysely<DB>, claimId: number) {
  return db
    .selectFrom('claims as c')
    .innerJoin('employees as e', 'e.id', 'c.employee_id')
    .innerJoin('work_units as u', 'u.id', 'e.work_unit_id')
    .innerJoin('agreements as a', 'a.id', 'c.agreement_id')
    .innerJoin('institutions as g', 'g.id', 'a.party_one_institution_id')
    .select([
      'c.request_json',
      'c.stage1_reported_on',
      'c.doctor_statement_on',
      'c.stage2_reported_on',
      'e.sex',
      'e.birth_place',
      'e.birth_date',
      'e.address',
      'e.phone',
      'e.position',
      'u.name as unit_name',
      'g.name as employer_name',
      'a.party_one_address',
      'a.place',
    ])
    .where('c.id', '=', claimId)
    .executeTakeFirst();
}
