/** SQL for institutions (regency/city/province governments and BPJS branches). */
import type { Kysely } from 'kysely';
import type { DB, InstitutionLevel } from '../db/schema.ts';

type Tx = Kysely<DB>;

export async function listInstitutions(db: Tx, filter: { id?: number | undefined }) {
  let q = db
    .selectFrom('institutions as i')
    .select(['i.id', 'i.kind', 'i.level', 'i.name', 'i.address', 'i.phone'])
    .select((eb) =>
      eb
        .selectFrom('users as u')
        .whereRef('u.institution_id', '=', 'i.id')
        .select((s) => s.fn.countAll<number>().as('n'))
        .as('users'),
    )
    .select((eb) =>
      eb
        .selectFrom('work_units as w')
        .whereRef('w.institution_id', '=', 'i.id')
        .select((s) => s.fn.countAll<number>().as('n'))
        .as('units'),
    );
  if (filter.id !== undefined) q = q.where('i.id', '=', filter.id);
  return q.orderBy('i.kind').orderBy('i.name').execute();
}

export async function getInstitution(db: Tx, id: number) {
  return db.selectFrom('institutions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findInstitutionByName(db: Tx, kind: 'government' | 'bpjs_branch', name: string) {
  return db.selectFrom('institutions').select('id').where('kind', '=', kind).where('name', '=', name).executeTakeFirst();
}

export async function insertInstitution(
  trx: Tx,
  row: { kind: 'government' | 'bpjs_branch'; level: InstitutionLevel | null; name: string; address: string; phone?: string },
): Promise<number> {
  const { id } = await trx.insertInto('institutions').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateInstitution(trx: Tx, id: number, patch: { level?: InstitutionLevel | null; name?: string; address?: string; phone?: string }) {
  await trx.updateTable('institutions').set(patch).where('id', '=', id).execute();
}
