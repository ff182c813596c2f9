/**
 * Changing a column of a SQLite table the way SQLite documents it (it cannot alter a column in
 * place): foreign keys off, a new table from the edited definition, the rows copied, the old table
 * dropped and the new one renamed, its indexes made again from their stored definitions, then a
 * foreign-key check. Kysely runs SQLite migrations outside a transaction, which the foreign_keys
 * pragma needs. Used by 0015 and 0031.
 */
import { sql, type Kysely } from 'kysely';

/**
 * Rebuilds `table` from `edit(its CREATE TABLE text)`; `what` names the column in the error when
 * the edit changed nothing. `indexesBefore` are made first, before the table's own indexes.
 */
export async function rebuildSqliteTable(
  db: Kysely<unknown>,
  table: string,
  what: string,
  edit: (definition: string) => string,
  indexesBefore: string[] = [],
): Promise<void> {
  const definition = (await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = ${table}`.execute(db)).rows[0]!.sql;
  const rebuilt = edit(definition);
  if (rebuilt === definition) throw new Error(`${what}: definisi kolom tidak dikenali`);
  const indexes = (
    await sql<{ sql: string }>`select sql from sqlite_master where type = 'index' and tbl_name = ${table} and sql is not null`.execute(db)
  ).rows.map((r) => r.sql);
  const temporary = `${table}_rebuilt`;
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql.raw(rebuilt.replace(new RegExp(`^create table (if not exists )?"?${table}"?`, 'i'), `create table "${temporary}"`)).execute(db);
    await sql`insert into ${sql.table(temporary)} select * from ${sql.table(table)}`.execute(db);
    await sql`drop table ${sql.table(table)}`.execute(db);
    await sql`alter table ${sql.table(temporary)} rename to ${sql.table(table)}`.execute(db);
    for (const index of [...indexesBefore, ...indexes]) await sql.raw(index).execute(db);
    const broken = (await sql`pragma foreign_key_check`.execute(db)).rows;
    if (broken.length) throw new Error(`Pemeriksaan kunci asing gagal setelah membangun ulang ${table}: ${JSON.stringify(broken.slice(0, 3))}`);
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
