/**
 * On SQLite the employees' NIK was unique by a constraint written in the table (`nik … unique`),
 * whose index SQLite makes itself and never lets anyone drop. It becomes a unique index of its own,
 * `employees_nik_key` (the name PostgreSQL gives its constraint), which a large roster import may
 * drop for its writes and make again, sorted, before it commits (src/roster/repo.ts,
 * `withEmployeeIndexesDeferred`): 100,000 NIKs written at scattered places of the index cost SQLite
 * more than the whole rest of the employees' inserts. The table is rebuilt (sqlite-rebuild.ts).
 * PostgreSQL keeps its constraint: nothing changes there.
 */
import type { Kysely } from 'kysely';
import { dialectOf } from '../columns.ts';
import { rebuildSqliteTable } from './sqlite-rebuild.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === 'postgres') return;
  await rebuildSqliteTable(db, 'employees', 'employees.nik', (table) => table.replace(/"nik" text not null unique/i, '"nik" text not null'), [
    'create unique index "employees_nik_key" on "employees" ("nik")',
  ]);
}
