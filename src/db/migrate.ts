/** Applies pending migrations (forward only). */
import { openSync, closeSync, writeSync, readFileSync, rmSync } from 'node:fs';
import { Migrator, sql, type Kysely } from 'kysely';
import { migrations } from './migrations/index.ts';
import { dialectOf } from './columns.ts';
import { processAlive as alive } from './process-alive.ts';
import { ensureChangeNotices } from './data-version.ts';

/**
 * `schema` (PostgreSQL only) keeps Kysely's bookkeeping tables in that schema. `upTo` stops at
 * that migration (tests of a later migration build their database as it stood before it).
 *
 * Several processes may start at once on one database (instances behind a proxy, a cron job while
 * the server starts). On PostgreSQL Kysely's migration lock (a locked row) serialises them. On
 * SQLite Kysely's lock is a no-op and its migrations run outside a transaction (0015 needs the
 * foreign_keys pragma, which a transaction ignores), so a lock file beside the database
 * (`<db>.migrate.lock`, created exclusively, holding the pid) makes the second process wait; a
 * lock left by a dead process is taken over.
 */
export async function migrateToLatest(db: Kysely<any>, schema?: string, upTo?: string): Promise<string[]> {
  if (dialectOf(db) !== 'sqlite') {
    // Kysely's lock row cannot guard the creation of its own lock table: two processes on an empty
    // database raced there ('relation "kysely_migration_lock" does not exist'). A session advisory
    // lock, held on one connection while the migrations run on others, serialises them from the start.
    return db.connection().execute(async (conn) => {
      await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(conn);
      try {
        const applied = await migrate(db, schema ?? (await searchPathSchema(conn)), upTo);
        // Every table, a new one included, tells the instances when it changed (db/data-version.ts).
        await ensureChangeNotices(conn);
        return applied;
      } finally {
        await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(conn);
      }
    });
  }
  const file = await sqliteFile(db);
  if (!file) return migrate(db, schema, upTo);
  const release = await lockFile(`${file}.migrate.lock`);
  try {
    return await migrate(db, schema, upTo);
  } finally {
    release();
  }
}

/**
 * The schema a connection's search_path puts tables in, when it is not `public` (a database URL with
 * `options=-c search_path=…`). Kysely looks for its own tables by name in any schema unless told which:
 * with Lindung's tables in a schema of their own and another installation's in `public`, it found
 * `public.kysely_migration_lock`, did not create its own, and then failed ('relation
 * "kysely_migration_lock" does not exist').
 */
async function searchPathSchema(db: Kysely<any>): Promise<string | undefined> {
  const current = (await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db)).rows[0]?.schema;
  return current && current !== 'public' ? current : undefined;
}

/** The advisory lock key of Lindung's migrations (any fixed number unlikely to be used by others). */
const MIGRATION_LOCK_KEY = 7_040_926_011;

async function sqliteFile(db: Kysely<any>): Promise<string | null> {
  const rows = (await sql<{ name: string; file: string }>`pragma database_list`.execute(db)).rows;
  const main = rows.find((r) => r.name === 'main');
  return main?.file ? main.file : null;
}

async function lockFile(path: string, timeoutMs = 120_000): Promise<() => void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let holder = NaN;
    try {
      holder = Number(readFileSync(path, 'utf8'));
    } catch {
      continue; // removed meanwhile: try again
    }
    if (Number.isInteger(holder) && holder > 0 && !alive(holder)) {
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() > end)
      throw new Error(`Migrasi menunggu proses ${holder} terlalu lama (berkas kunci ${path}); hapus berkas itu bila proses tersebut sudah tidak berjalan`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function migrate(db: Kysely<any>, schema: string | undefined, upTo: string | undefined): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = upTo ? await migrator.migrateTo(upTo) : await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '?';
    throw new Error(`Migrasi ${failed} gagal: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
