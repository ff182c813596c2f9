/**
 * The lookups scope.ts decides on (SQL only): which agreements name an institution as a party,
 * which governments those agreements belong to, an institution's kind, and the unit and government
 * of a unit or an employee. The decisions stay in src/core/scope.ts.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

type Db = Kysely<DB>;

/** Ids of the agreements where the institution is party one or party two, in id order. */
export async function agreementIdsOfParty(db: Db, institutionId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('agreements')
    .select('id')
    .where((eb) => eb.or([eb('party_one_institution_id', '=', institutionId), eb('party_two_institution_id', '=', institutionId)]))
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** The governments (party one) of the agreements where the institution is a party, each once. */
export async function governmentsOfParty(db: Db, institutionId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('agreements')
    .select('party_one_institution_id as id')
    .where((eb) => eb.or([eb('party_one_institution_id', '=', institutionId), eb('party_two_institution_id', '=', institutionId)]))
    .distinct()
    .execute();
  return rows.map((r) => r.id);
}

/** An institution's kind, undefined when there is no such institution. */
export async function institutionKind(db: Db, institutionId: number): Promise<'government' | 'bpjs_branch' | undefined> {
  return (await db.selectFrom('institutions').select('kind').where('id', '=', institutionId).executeTakeFirst())?.kind;
}

/** A unit's id and government, undefined when there is no such unit. */
export async function unitPlace(db: Db, unitId: number): Promise<{ id: number; institution_id: number } | undefined> {
  return db.selectFrom('work_units').select(['id', 'institution_id']).where('id', '=', unitId).executeTakeFirst();
}

/** An employee's unit and government, undefined when there is no such employee. */
export async function employeePlace(db: Db, employeeId: number): Promise<{ work_unit_id: number; institution_id: number } | undefined> {
  return db.selectFrom('employees').select(['work_unit_id', 'institution_id']).where('id', '=', employeeId).executeTakeFirst();
}
