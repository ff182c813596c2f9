/** SQL for the holiday calendar. */
import { sql, type Expression, type ExpressionBuilder, type Kysely } from 'kysely';
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
const datesBetween = prepared((db, p: Params<{ from: string; to: string }>) =>
  db.selectFrom('holidays').select('date').where('date', '>=', p.from).where('date', '<=', p.to),
);

/**
 * The holiday dates from `from` to `to` (expressions of the enclosing statement) as one text,
 * comma-separated, or null when there are none: for a hot path that reads its calendar in the same
 * statement as its rows (the protection check; holidayDatesOf reads it back).
 */
export function holidayDatesText(eb: ExpressionBuilder<DB, never>, pg: boolean, from: Expression<unknown>, to: Expression<unknown>) {
  return eb
    .selectFrom('holidays as hd')
    .select(pg ? sql<string | null>`string_agg(hd.date::text, ',')`.as('dates') : sql<string | null>`group_concat(hd.date, ',')`.as('dates'))
    .where('hd.date', '>=', from as Expression<string>)
    .where('hd.date', '<=', to as Expression<string>);
}

/** The dates of holidayDatesText. */
export function holidayDatesOf(text: string | null): string[] {
  return text ? text.split(',') : [];
}

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

export async function updateHoliday(
  trx: Tx,
  id: number,
  patch: { name: string; kind: HolidaysTable['kind']; decree: string; confirmed: 'yes' | 'no'; note: string },
): Promise<void> {
  await trx.updateTable('holidays').set(patch).where('id', '=', id).execute();
}

export async function deleteHoliday(trx: Tx, id: number): Promise<void> {
  await trx.deleteFrom('holidays').where('id', '=', id).execute();
}
