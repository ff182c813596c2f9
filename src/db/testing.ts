/**
 * A fresh, migrated database for each test: SQLite in memory, or — when TEST_DATABASE_URL
 * names a PostgreSQL server — a new schema there, dropped on close.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { isPostgresUrl, openPostgres, openSqlite, type Db } from './connect.ts';
import { migrateToLatest } from './migrate.ts';

/**
 * `upTo` stops at that migration; `migrateToLatest(handle.db, handle.schema)` finishes later.
 * `sqliteFile` puts the SQLite database in that file instead of memory (benchmarks of memory use).
 */
export async function createTestDb(options: { upTo?: string; sqliteFile?: string } = {}): Promise<Db & { schema?: string }> {
  const url = process.env.TEST_DATABASE_URL;
  if (url && isPostgresUrl(url)) {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const handle = openPostgres(url, { searchPath: schema, max: 4 });
    await migrateToLatest(handle.db, schema, options.upTo);
    return {
      ...handle,
      schema,
      async close() {
        await handle.close();
        const drop = new pg.Client({ connectionString: url });
        await drop.connect();
        await drop.query(`drop schema ${schema} cascade`);
        await drop.end();
      },
    };
  }
  const handle = openSqlite(options.sqliteFile ?? ':memory:');
  await migrateToLatest(handle.db, undefined, options.upTo);
  return handle;
}
