/**
 * The agreement's life and the holiday calendar (issue #12):
 * - `agreements.predecessor_id`: a renewal ("Perpanjang") points at the agreement it continues;
 *   `agreements.starts_on`: the first valid day when it is not the signing day (a renewal signed
 *   ahead of time starts the day after its predecessor ends); null means "from signing" (Pasal 10).
 * - participants: a KPJ is the employee's number for life (reference §5.2), so the same KPJ appears
 *   once per agreement when a renewal carries the participant over. The column-wide UNIQUE becomes
 *   UNIQUE (agreement_id, kpj); the service still refuses a KPJ held by another employee.
 *   `carried_from_id` links a carried-over participant to its row under the predecessor.
 *   SQLite cannot drop a column's UNIQUE without rebuilding a table that four tables reference,
 *   so there the old column is renamed `kpj_retired` (emptied, never read) and a new `kpj` added.
 * - `holidays`: national holidays and cuti bersama with the decree (SKB 3 Menteri) that sets them,
 *   loaded from data-files/holidays/id-2022-2027.json; the system admin edits them afterwards.
 */
import { readFileSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { columns, dialectOf } from '../columns.ts';
import { dataFile } from '../../core/project-files.ts';

export const HOLIDAY_FILE = dataFile('holidays', 'id-2022-2027.json');

interface HolidayFileYear {
  year: number;
  decree: string;
  confirmed: boolean;
  note?: string;
  days: { date: string; name: string; kind: 'national' | 'cuti_bersama' }[];
}

export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const c = columns(dialect);

  await db.schema
    .alterTable('agreements')
    .addColumn('predecessor_id', 'integer', (col) => col.references('agreements.id'))
    .execute();
  await db.schema.alterTable('agreements').addColumn('starts_on', c.date).execute();
  await db.schema.createIndex('agreements_predecessor_uq').on('agreements').column('predecessor_id').unique().execute();

  if (dialect === 'postgres') {
    await sql`alter table participants drop constraint participants_kpj_key`.execute(db);
  } else {
    await sql`alter table participants rename column kpj to kpj_retired`.execute(db);
    await db.schema.alterTable('participants').addColumn('kpj', 'text').execute();
    await sql`update participants set kpj = kpj_retired, kpj_retired = null`.execute(db);
  }
  await db.schema
    .alterTable('participants')
    .addColumn('carried_from_id', 'integer', (col) => col.references('participants.id'))
    .execute();
  await db.schema.createIndex('participants_agreement_kpj_uq').on('participants').columns(['agreement_id', 'kpj']).unique().execute();
  await db.schema.createIndex('participants_kpj_idx').on('participants').column('kpj').execute();

  await c
    .id(db.schema.createTable('holidays'))
    .addColumn('date', c.date, (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('decree', 'text', (col) => col.notNull())
    .addColumn('confirmed', 'text', (col) => col.notNull())
    .addColumn('note', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .execute();

  const file = JSON.parse(readFileSync(HOLIDAY_FILE, 'utf8')) as { years: HolidayFileYear[] };
  const rows = file.years.flatMap((y) =>
    y.days.map((d) => ({
      date: d.date,
      name: d.name,
      kind: d.kind,
      decree: y.decree,
      confirmed: y.confirmed ? 'yes' : 'no',
      note: y.note ?? '',
      created_by: 'migrasi 0013',
    })),
  );
  for (let i = 0; i < rows.length; i += 50)
    await db
      .insertInto('holidays')
      .values(rows.slice(i, i + 50))
      .execute();
}
