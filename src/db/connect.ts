/**
 * Opens the database named by a URL: absent → ./data/lindung.db; `sqlite:PATH` (or
 * `sqlite::memory:`) → SQLite; `postgres://…` → PostgreSQL. Both come back as the same
 * Kysely<DB> with identical value shapes (ints as numbers, dates as 'YYYY-MM-DD').
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import type pg from 'pg';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase,
  type SqliteDialectConfig,
  type SqliteStatement,
} from 'kysely';
import type { DB } from './schema.ts';
import { mayWrite, postgresDataVersion, registerDataVersion, sqliteDataVersion } from './data-version.ts';

export type Dialect = 'sqlite' | 'postgres';

/** The pg driver, loaded (synchronously) only when a PostgreSQL database is opened: SQLite users and the CLI's start never pay for it. */
const requireModule = createRequire(import.meta.url);
let pgModule: typeof pg | undefined;
/**
 * Loaded once and kept: the type parser below asks for it for every column of every result, and a
 * `require` call resolves the name again each time (under tsx, through its resolver with file-system
 * stats) — that cost more CPU than the protection check's queries themselves.
 */
const pgDriver = (): typeof pg => (pgModule ??= requireModule('pg') as typeof pg);

export interface Db {
  db: Kysely<DB>;
  dialect: Dialect;
  /** Where it lives, for messages (passwords removed). */
  description: string;
  /** The raw SQLite handle (backup); undefined on PostgreSQL. */
  sqlite?: Database.Database;
  close(): Promise<void>;
}

export const DEFAULT_DATABASE_PATH = './data/lindung.db';

function toSafeInt(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new Error(`Nilai bilangan bulat di luar batas aman: ${text}`);
  return n;
}

/** '2026-11-28 19:50:00.123+00' → '2026-11-28T19:50:00.123Z'. */
function pgTimestampToIso(text: string): string {
  const iso = text.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
  return new Date(/[zZ]|[+-]\d{2}:\d{2}$/.test(iso) ? iso : `${iso}Z`).toISOString();
}

/** pg returns int8/numeric as strings and DATE as a local-midnight Date; fix once per pool. */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    switch (oid) {
      case 20: // int8
        return toSafeInt;
      case 1700: // numeric (e.g. SUM of bigint)
        return (text: string) => Number(text);
      case 1082: // date
        return (text: string) => text;
      case 1184: // timestamptz
      case 1114: // timestamp
        return pgTimestampToIso;
      default:
        return pgDriver().types.getTypeParser(oid, format as 'text');
    }
  },
} as pg.CustomTypesConfig;

export function isPostgresUrl(url: string): boolean {
  return url.startsWith('postgres://') || url.startsWith('postgresql://');
}

/** How many prepared SQLite statements are kept (by SQL text) for reuse. */
export const STATEMENT_CACHE_SIZE = 500;
/** Longer SQL (multi-row inserts of an import) is prepared each time: it is rarely repeated and large to keep. */
export const STATEMENT_CACHE_MAX_SQL = 10_000;

/**
 * better-sqlite3 behind Kysely, reusing prepared statements: Kysely's driver prepares every
 * query it runs, which costs more than running a point lookup. A statement is kept by its SQL
 * text (the last STATEMENT_CACHE_SIZE distinct ones, up to STATEMENT_CACHE_MAX_SQL characters)
 * and prepared anew only when the cached one is busy (a stream still iterating it). SQLite
 * re-prepares a statement itself after a schema change, so a cached one never runs against a
 * stale schema.
 */
export function cachingStatements(sqlite: Database.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare(sql: string): SqliteStatement {
      if (sql.length > STATEMENT_CACHE_MAX_SQL) return sqlite.prepare(sql) as unknown as SqliteStatement;
      let stmt = statements.get(sql);
      if (stmt && !stmt.busy) {
        // Most recently used last, so the first entry is the one to drop when full.
        statements.delete(sql);
        statements.set(sql, stmt);
        return stmt as unknown as SqliteStatement;
      }
      stmt = sqlite.prepare(sql);
      if (!statements.has(sql)) {
        if (statements.size >= size) statements.delete(statements.keys().next().value!);
        statements.set(sql, stmt);
      }
      return stmt as unknown as SqliteStatement;
    },
  };
}

/**
 * Transactions on SQLite begin IMMEDIATE (the write lock at once) rather than Kysely's deferred
 * `begin`. A deferred transaction that reads and then writes cannot wait for another process's
 * write lock: SQLite answers "database is locked" at once instead of using the busy timeout (two
 * instances, or the server and a CLI command, on one file). Within one process nothing changes:
 * Kysely runs one transaction at a time on its single connection.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class LindungSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/** How long a SQLite statement waits for another process's write lock before "database is locked". */
export const SQLITE_BUSY_TIMEOUT_MS = 15_000;

/**
 * Switches the file to WAL. On a new file opened by two processes at once the switch may answer
 * SQLITE_BUSY without waiting for the busy timeout; it is tried again for up to the timeout.
 */
function walMode(sqlite: Database.Database): void {
  const end = Date.now() + SQLITE_BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      sqlite.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_BUSY')) || Date.now() > end) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
}

export function openSqlite(path: string): Db {
  const file = path === ':memory:' ? ':memory:' : resolve(path);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  // The busy timeout first: switching to WAL takes a lock another process may hold (two processes opening a new file).
  sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  walMode(sqlite);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  const statements = cachingStatements(sqlite);
  const db = new Kysely<DB>({ dialect: new LindungSqliteDialect({ database: statements }) });
  directReads.set(db, { sqlite, prepare: (sql) => statements.prepare(sql) as unknown as Database.Statement });
  registerDataVersion(db, sqliteDataVersion(sqlite));
  return { db, dialect: 'sqlite', description: `SQLite ${file}`, sqlite, close: () => db.destroy() };
}

export interface DirectSqlite {
  sqlite: Database.Database;
  /** The statement cache Kysely's driver uses. */
  prepare(sql: string): Database.Statement;
}

const directReads = new WeakMap<object, DirectSqlite>();

/**
 * The SQLite connection behind a Kysely instance opened by openSqlite, for reads that may skip
 * Kysely's executor (db/prepared.ts); undefined for PostgreSQL, and for transactions and other
 * derived instances, which must go through the executor.
 */
export function directSqlite(db: object): DirectSqlite | undefined {
  return directReads.get(db);
}

/**
 * The PostgreSQL application_name of `lindung serve`'s connections: `lindung restore` looks for it in
 * pg_stat_activity and refuses while a server is connected (db/backup.ts). A server keeps its idle
 * connections open (no idle timeout), so it stays visible there for as long as it runs.
 */
export const SERVER_APPLICATION_NAME = 'lindung serve';

/** SQL text → statement name, for the queries compiled once (db/prepared.ts). */
const statementNames = new Map<string, string>();

/**
 * Marks a query's SQL as a hot one: on PostgreSQL it then runs as a named prepared statement, parsed
 * once per connection, and after a few runs the server keeps its plan (planning a query cost more
 * than running a point lookup). One name per distinct text, the same on every connection.
 */
export function nameStatement(sql: string): void {
  if (!statementNames.has(sql)) statementNames.set(sql, `lindung_${statementNames.size + 1}`);
}

/**
 * The pool as Kysely sees it, whose clients run the named statements under their names, and which
 * tells `wrote` after every statement that may have changed data (db/data-version.ts).
 */
function namingStatements(pool: pg.Pool, wrote: () => void, closing: () => Promise<void>) {
  const clients = new WeakMap<pg.PoolClient, { query: pg.PoolClient['query']; release: (destroy?: boolean) => void }>();
  return {
    async connect() {
      const client = await pool.connect();
      let wrapped = clients.get(client);
      if (!wrapped) {
        wrapped = {
          query: ((text: unknown, values?: unknown[]) => {
            const name = typeof text === 'string' ? statementNames.get(text) : undefined;
            const result = name ? client.query({ name, text: text as string, values: values ?? [] }) : client.query(text as string, values);
            // Told once the statement is done (committed, for a COMMIT), failed or not.
            return typeof text === 'string' && mayWrite(text) ? result.finally(wrote) : result;
          }) as pg.PoolClient['query'],
          release: (destroy?: boolean) => client.release(destroy),
        };
        clients.set(client, wrapped);
      }
      return wrapped;
    },
    end: async () => {
      await closing();
      await pool.end();
    },
  };
}

export interface PostgresOptions {
  searchPath?: string;
  max?: number;
  /** pg_stat_activity.application_name; 'lindung' unless given. */
  applicationName?: string;
}

export function openPostgres(url: string, options: PostgresOptions = {}): Db {
  const server = options.applicationName === SERVER_APPLICATION_NAME;
  const pool = new (pgDriver().Pool)({
    connectionString: url,
    types: pgTypes,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'lindung',
    ...(server ? { idleTimeoutMillis: 0 } : {}),
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  // The backends of this pool: their change notices were already counted as their statements ended.
  const ours = new Set<number>();
  pool.on('connect', (client) => ours.add((client as pg.PoolClient & { processID: number }).processID));
  pool.on('remove', (client) => ours.delete((client as pg.PoolClient & { processID: number }).processID));
  const version = postgresDataVersion(
    () =>
      new (pgDriver().Client)({
        connectionString: url,
        application_name: options.applicationName ?? 'lindung',
        ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
      }),
    ours,
  );
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: namingStatements(pool, version.bump, version.close) }) });
  registerDataVersion(db, version);
  const description = `PostgreSQL ${url.replace(/:\/\/([^:@/]+):[^@/]*@/, '://$1:***@')}`;
  return { db, dialect: 'postgres', description, close: () => db.destroy() };
}

export function openDb(url: string | undefined, options: { applicationName?: string } = {}): Db {
  if (!url) return openSqlite(DEFAULT_DATABASE_PATH);
  if (isPostgresUrl(url)) return openPostgres(url, options);
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length) || DEFAULT_DATABASE_PATH);
  throw new Error(`DATABASE_URL tidak dikenal: "${url}" (gunakan sqlite:PATH atau postgres://…)`);
}
