/**
 * A roster may not know when an employee started (most office lists have no such column):
 * employees.start_date becomes nullable. PostgreSQL drops the NOT NULL; SQLite cannot, so the
 * table is rebuilt (sqlite-rebuild.ts).
 */
import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../columns.ts';
import { rebuildSqliteTable } from './sqlite-rebuild.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`alter table employees alter column start_date drop not null`.execute(db);
    return;
  }
  await rebuildSqliteTable(db, 'employees', 'employees.start_date', (table) => table.replace(/"start_date" text not null/i, '"start_date" text'));
}
