/**
 * The few column types that differ between SQLite and PostgreSQL. Migrations use these so one
 * migration serves both dialects.
 */
import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';
import type { Dialect } from './connect.ts';

export type Col = ColumnDefinitionBuilder;

export function columns(dialect: Dialect) {
  const pg = dialect === 'postgres';
  return {
    /** Auto-incrementing integer primary key. */
    id: <T extends string, C extends string>(table: CreateTableBuilder<T, C>) =>
      pg
        ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
        : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()),
    /** Integer rupiah. */
    money: pg ? ('bigint' as const) : ('integer' as const),
    /** Calendar date 'YYYY-MM-DD'. */
    date: pg ? ('date' as const) : ('text' as const),
    /** Instant (ISO string in both dialects when read). */
    timestamp: pg ? ('timestamptz' as const) : ('text' as const),
    nowDefault: pg ? sql`now()` : sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`,
    blob: pg ? ('bytea' as const) : ('blob' as const),
  };
}

export function dialectOf(db: Kysely<unknown>): Dialect {
  const name = db.getExecutor().adapter.constructor.name;
  return name.toLowerCase().includes('postgres') ? 'postgres' : 'sqlite';
}
