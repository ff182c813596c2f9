/**
 * A fresh, migrated database for each test: SQLite in memory, or — when TEST_DATABASE_URL
 * names a PostgreSQL server — a new schema there, dropped on close.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { isPostgresUrl, openPostgres, openSqlite, type Db } from './connect.ts';
import { migrateToLatest } from './migrate.ts';

/**
 * `upTo` stops at that migration; `migrateToLatest(handle.db, handle.schema)` finishes later.
 * `sqliteFile` puts the SQLite database in that file instead of memory (benchmarks of memory use).
 */
export async function createTestDb(options: { upTo?: string; sqliteFile?: string } = {}): Promise<Db & { schema?: string }> {
  const url = process.env.TEST_DATABASE_URL;
  if (url && isPostgresUrl(url)) {
    // A full run on a busy 2-core machine has met a transient server refusal here (too many clients, out of
    // shared memory for locks while other files drop their schemas): try again rather than fail a file's setup.
    for (let attempt = 1; ; attempt++) {
      try {
        return await createPostgresTestDb(url, options.upTo);
      } catch (error) {
        const code = errorCode(error);
        if (attempt >= 3 || !TRANSIENT.has(code)) throw error;
        console.error(`createTestDb: PostgreSQL ${code} (${(error as Error).message}); percobaan ${attempt + 1}`);
        await new Promise((r) => setTimeout(r, 2000 * attempt));
      }
    }
  }
  const handle = openSqlite(options.sqliteFile ?? ':memory:');
  await migrateToLatest(handle.db, undefined, options.upTo);
  return handle;
}

/** Server refusals that a retry can outlive: too many connections, out of (lock) memory, deadlock, shutdown, reset. */
// 3F000 (invalid schema name): twice in full runs on a loaded machine (3 December 2026, claims/reminders and
// e2e/monitoring), Kysely's migrator found the just-created schema missing before any migration ran; the same file
// passed at once on its own. A new schema is made on the next attempt.
const TRANSIENT = new Set(['53300', '53200', '40P01', '40001', '57P01', '57P03', '3F000', 'ECONNRESET', 'ECONNREFUSED']);

/** The driver's error code, also when a migration failure wraps it (`cause`). */
function errorCode(error: unknown): string {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string') return e.code;
  }
  return '';
}

async function createPostgresTestDb(url: string, upTo: string | undefined): Promise<Db & { schema: string }> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const handle = openPostgres(url, { searchPath: schema, max: 4 });
  try {
    await migrateToLatest(handle.db, schema, upTo);
  } catch (error) {
    await handle.close().catch(() => {});
    await dropSchema(url, schema).catch(() => {});
    throw error;
  }
  return {
    ...handle,
    schema,
    async close() {
      await handle.close();
      await dropSchema(url, schema);
    },
  };
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const drop = new pg.Client({ connectionString: url });
  await drop.connect();
  try {
    await drop.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await drop.end();
  }
}

/** The definition (CREATE INDEX text) of the index `name` on `table` in the test database: none, or one. */
export async function indexDefinitions(h: Db, table: string, name: string): Promise<string[]> {
  const rows =
    h.dialect === 'postgres'
      ? await sql<{ definition: string }>`select indexdef as definition from pg_indexes
          where schemaname = current_schema() and tablename = ${table} and indexname = ${name}`.execute(h.db)
      : await sql<{ definition: string }>`select sql as definition from sqlite_master where type = 'index' and tbl_name = ${table} and name = ${name}`.execute(
          h.db,
        );
  return rows.rows.map((r) => r.definition);
}
