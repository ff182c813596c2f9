/**
 * Claim numbers (issue #13): `claims.number`, e.g. `KLM/2026/00001` — the year the claim was filed
 * (office zone) and a number from `document_counters` (scope `claim/<year>`), unique. Claims filed
 * before this migration are numbered in id order within their filing year, and each year's counter
 * continues after the last of them. The office zone is LINDUNG_TIME_ZONE, else Asia/Makassar.
 */
import { sql, type Kysely } from 'kysely';
import { Temporal } from '../../core/dates.ts';

export const claimNumber = (year: number, n: number) => `KLM/${year}/${String(n).padStart(5, '0')}`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('claims').addColumn('number', 'text').execute();
  const timeZone = process.env.LINDUNG_TIME_ZONE || 'Asia/Makassar';
  const rows = (await sql<{ id: number; created_at: string | Date }>`select id, created_at from claims order by id`.execute(db)).rows;
  const last = new Map<number, number>();
  for (const row of rows) {
    // SQLite keeps ISO text ('…Z'); pg returns a Date for timestamptz.
    const at = new Date(row.created_at).toISOString();
    const year = Temporal.Instant.from(at).toZonedDateTimeISO(timeZone).year;
    const n = (last.get(year) ?? 0) + 1;
    last.set(year, n);
    await sql`update claims set number = ${claimNumber(year, n)} where id = ${row.id}`.execute(db);
  }
  for (const [year, n] of last) await sql`insert into document_counters (scope, last_value) values (${`claim/${year}`}, ${n})`.execute(db);
  await db.schema.createIndex('claims_number_uq').on('claims').column('number').unique().execute();
}
