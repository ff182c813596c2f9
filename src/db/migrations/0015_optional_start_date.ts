/**
 * A roster may not know when an employee started (most office lists have no such column):
 * employees.start_date becomes nullable. PostgreSQL drops the NOT NULL; SQLite cannot, so the
 * table is rebuilt the way SQLite documents it (foreign keys off, new table, copy, swap, indexes
 * back, foreign-key check). Kysely runs SQLite migrations outside a transaction, which the
 * foreign_keys pragma needs.
 */
import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../columns.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`alter table employees alter column start_date drop not null`.execute(db);
    return;
  }
  const table = (await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = 'employees'`.execute(db)).rows[0]!.sql;
  const rebuilt = table.replace(/"start_date" text not null/i, '"start_date" text');
  if (rebuilt === table) throw new Error('employees.start_date: definisi kolom tidak dikenali');
  const indexes = (
    await sql<{ sql: string }>`select sql from sqlite_master where type = 'index' and tbl_name = 'employees' and sql is not null`.execute(db)
  ).rows.map((r) => r.sql);
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql.raw(rebuilt.replace(/^create table "?employees"?/i, 'create table "employees_0015"')).execute(db);
    await sql`insert into employees_0015 select * from employees`.execute(db);
    await sql`drop table employees`.execute(db);
    await sql`alter table employees_0015 rename to employees`.execute(db);
    for (const index of indexes) await sql.raw(index).execute(db);
    const broken = (await sql`pragma foreign_key_check`.execute(db)).rows;
    if (broken.length) throw new Error(`Pemeriksaan kunci asing gagal setelah membangun ulang employees: ${JSON.stringify(broken.slice(0, 3))}`);
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
