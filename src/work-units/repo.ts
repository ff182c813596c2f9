/** SQL for work units (OPD). */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

type Tx = Kysely<DB>;

export async function listUnits(db: Tx, filter: { institutionId?: number | undefined; unitId?: number | undefined; today: string }) {
  let q = db
    .selectFrom('work_units as u')
    .innerJoin('institutions as i', 'i.id', 'u.institution_id')
    .select(['u.id', 'u.institution_id', 'i.name as institution', 'u.code', 'u.name', 'u.parent_id', 'u.closed_on', 'u.phone', 'u.address'])
    .select((eb) =>
      eb
        .selectFrom('employees as e')
        .whereRef('e.work_unit_id', '=', 'u.id')
        .where((w) => w.or([w('e.end_date', 'is', null), w('e.end_date', '>=', filter.today)]))
        .select((s) => s.fn.countAll<number>().as('n'))
        .as('active_employees'),
    );
  if (filter.institutionId) q = q.where('u.institution_id', '=', filter.institutionId);
  if (filter.unitId) q = q.where('u.id', '=', filter.unitId);
  return q.orderBy('i.name').orderBy('u.code').execute();
}

export async function getUnit(db: Tx, id: number) {
  return db.selectFrom('work_units').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUnitByCode(db: Tx, institutionId: number, code: string) {
  return db.selectFrom('work_units').selectAll().where('institution_id', '=', institutionId).where('code', '=', code).executeTakeFirst();
}

export async function findUnitsByCode(db: Tx, code: string) {
  return db.selectFrom('work_units').selectAll().where('code', '=', code).execute();
}

export async function insertUnit(trx: Tx, row: { institution_id: number; code: string; name: string; parent_id: number | null }): Promise<number> {
  const { id } = await trx.insertInto('work_units').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateUnit(
  trx: Tx,
  id: number,
  patch: { name?: string; parent_id?: number | null; closed_on?: string | null; phone?: string; address?: string },
) {
  await trx.updateTable('work_units').set(patch).where('id', '=', id).execute();
}

export async function getInstitution(db: Tx, id: number) {
  return db.selectFrom('institutions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function governmentOfAgreement(db: Tx, agreementId: number) {
  return db.selectFrom('agreements').select(['party_one_institution_id as institution_id']).where('id', '=', agreementId).executeTakeFirst();
}

export async function unitsOfInstitution(db: Tx, institutionId: number) {
  return db.selectFrom('work_units').select(['id', 'code', 'name', 'parent_id', 'closed_on']).where('institution_id', '=', institutionId).execute();
}

/** True when the unit is closed on the date (its closing date is on or before it). */
export async function isUnitClosedOn(db: Tx, unitId: number, date: string): Promise<boolean> {
  const row = await db.selectFrom('work_units').select('closed_on').where('id', '=', unitId).executeTakeFirst();
  return !!row?.closed_on && row.closed_on <= date;
}
