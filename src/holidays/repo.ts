/** SQL for the holiday calendar. */
import type { Kysely } from 'kysely';
import type { DB, HolidaysTable } from '../db/schema.ts';
import type { Insertable } from 'kysely';
import { prepared, type Params } from '../db/prepared.ts';

type Tx = Kysely<DB>;

export async function listHolidays(db: Tx, range?: { from: string; to: string }) {
  let q = db.selectFrom('holidays').select(['id', 'date', 'name', 'kind', 'decree', 'confirmed', 'note']);
  if (range) q = q.where('date', '>=', range.from).where('date', '<=', range.to);
  return q.orderBy('date').execute();
}

/** Compiled once: the protection check reads its calendar on every call. */
const datesBetween = prepared((db, p: Params<{ from: string; to: string }>) => db.selectFrom('holidays').select('date').where('date', '>=', p.from).where('date', '<=', p.to));

export async function holidayDatesBetween(db: Tx, from: string, to: string): Promise<string[]> {
  return (await datesBetween(db, { from, to })).map((r) => r.date);
}

export async function findByDate(db: Tx, date: string) {
  return db.selectFrom('holidays').select(['id', 'date', 'name', 'kind', 'decree', 'confirmed', 'note']).where('date', '=', date).executeTakeFirst();
}

export async function insertHoliday(trx: Tx, row: Insertable<HolidaysTable>): Promise<number> {
  const { id } = await trx.insertInto('holidays').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateHoliday(trx: Tx, id: number, patch: { name: string; kind: HolidaysTable['kind']; decree: string; confirmed: 'yes' | 'no'; note: string }): Promise<void> {
  await trx.updateTable('holidays').set(patch).where('id', '=', id).execute();
}

export async function deleteHoliday(trx: Tx, id: number): Promise<void> {
  await trx.deleteFrom('holidays').where('id', '=', id).execute();
}
