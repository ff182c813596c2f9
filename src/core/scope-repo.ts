/**
 * The lookups scope.ts decides on (SQL only): which agreements name an institution as a party,
 * which governments are visible to it (its agreements' and its own), and the unit and government
 * of a unit or an employee. The decisions stay in src/core/scope.ts.
 */
import { sql, type ExpressionBuilder, type ExpressionWrapper, type Kysely, type SqlBool } from 'kysely';
import { prepared, type Params } from '../db/prepared.ts';
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

/**
 * The governments party to an agreement with the institution, and the institution itself when it is
 * a government (its own users see its units even before its first agreement is loaded): one query,
 * compiled once — every scoped request asks it (the protection check is a hot path).
 */
const governmentsVisibleToQuery = prepared((db, p: Params<{ inst: number }>) =>
  db
    .selectFrom('agreements')
    .select('party_one_institution_id as id')
    .where((eb) => eb.or([eb('party_one_institution_id', '=', p.inst), eb('party_two_institution_id', '=', p.inst)]))
    .union(db.selectFrom('institutions').select('id').where('id', '=', p.inst).where('kind', '=', sql.lit('government'))),
);

/**
 * The same lookup inside another statement: whether the government `government` (a column) is one of
 * those visible to the institution `institution` (a column) — the list above narrowed to one
 * government, for a hot path that reads the row and its scope in one statement (the protection check).
 */
export function governmentVisibleTo(eb: ExpressionBuilder<DB, keyof DB>, institution: string, government: string): ExpressionWrapper<DB, keyof DB, SqlBool> {
  const inst = sql.ref<number>(institution);
  const gov = sql.ref<number>(government);
  return eb.or([
    eb.exists(
      eb
        .selectFrom('agreements as sg')
        .select('sg.id')
        .where((w) => w.or([w('sg.party_one_institution_id', '=', inst), w('sg.party_two_institution_id', '=', inst)]))
        .where('sg.party_one_institution_id', '=', gov),
    ),
    eb.exists(
      eb.selectFrom('institutions as si').select('si.id').where('si.id', '=', inst).where('si.id', '=', gov).where('si.kind', '=', sql.lit('government')),
    ),
  ]);
}

export async function governmentsVisibleTo(db: Db, institutionId: number): Promise<{ id: number }[]> {
  return governmentsVisibleToQuery(db, { inst: institutionId });
}

/** A unit's id and government, undefined when there is no such unit. */
export async function unitPlace(db: Db, unitId: number): Promise<{ id: number; institution_id: number } | undefined> {
  return db.selectFrom('work_units').select(['id', 'institution_id']).where('id', '=', unitId).executeTakeFirst();
}

/** An employee's unit and government, undefined when there is no such employee. */
export async function employeePlace(db: Db, employeeId: number): Promise<{ work_unit_id: number; institution_id: number } | undefined> {
  return db.selectFrom('employees').select(['work_unit_id', 'institution_id']).where('id', '=', employeeId).executeTakeFirst();
}
