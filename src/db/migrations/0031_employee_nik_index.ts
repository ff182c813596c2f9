/**
 * On SQLite the employees' NIK was unique by a constraint written in the table (`nik … unique`),
 * whose index SQLite makes itself and never lets anyone drop. It becomes a unique index of its own,
 * `employees_nik_key` (the name PostgreSQL gives its constraint), which a large roster import may
 * drop for its writes and make again, sorted, before it commits (src/roster/repo.ts,
 * `withEmployeeIndexesDeferred`): 100,000 NIKs written at scattered places of the index cost SQLite
 * more than the whole rest of the employees' inserts. The table is rebuilt the way SQLite documents
 * it, as in 0015. PostgreSQL keeps its constraint: nothing changes there.
 */
import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../columns.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === 'postgres') return;
  const table = (await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = 'employees'`.execute(db)).rows[0]!.sql;
  const rebuilt = table.replace(/"nik" text not null unique/i, '"nik" text not null');
  if (rebuilt === table) throw new Error('employees.nik: definisi kolom tidak dikenali');
  const indexes = (
    await sql<{ sql: string }>`select sql from sqlite_master where type = 'index' and tbl_name = 'employees' and sql is not null`.execute(db)
  ).rows.map((r) => r.sql);
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql.raw(rebuilt.replace(/^create table (if not exists )?"?employees"?/i, 'create table "employees_0031"')).execute(db);
    await sql`insert into employees_0031 select * from employees`.execute(db);
    await sql`drop table employees`.execute(db);
    await sql`alter table employees_0031 rename to employees`.execute(db);
    await sql`create unique index "employees_nik_key" on "employees" ("nik")`.execute(db);
    for (const index of indexes) await sql.raw(index).execute(db);
    const broken = (await sql`pragma foreign_key_check`.execute(db)).rows;
    if (broken.length) throw new Error(`Pemeriksaan kunci asing gagal setelah membangun ulang employees: ${JSON.stringify(broken.slice(0, 3))}`);
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
