/**
 * The database's data version: a token that is different whenever data committed to the database may
 * have changed since it was last taken, so that an answer computed from the database can be kept and
 * given again for as long as the token stays the same (the protection check's answers,
 * contributions/protection-service.ts). Any change anywhere counts: a payment, an enrolment, a new
 * terms version, a holiday, a session revoked or a user disabled alike. No write path has to remember
 * to say so, and a spurious change only costs a recomputation.
 *
 * - **SQLite**: `total_changes()` (every row this process's connection inserted, updated or deleted,
 *   rolled back or not) plus `data_version` (changes committed by any other connection: a `lindung`
 *   command beside the server), read at each use, synchronously. None while a transaction is open on
 *   the connection (what it sees may not be committed).
 * - **PostgreSQL**: a counter in this process, raised after every statement of ours that is not a
 *   plain SELECT (and after every COMMIT) and on every notice on the channel `lindung_changes`, which
 *   each table's statement trigger sends when a transaction that changed it commits
 *   (`ensureChangeNotices`, installed by the migrations: another instance's writes, a `lindung`
 *   command's, an administrator's in psql). The notices come on a connection of their own, opened at
 *   the first use; while it is not listening there is no version and nothing is kept. Between another
 *   instance's commit and the notice's arrival (well under a millisecond on one machine) this instance
 *   may still give the answer of a moment before — as if it had been asked that moment earlier.
 */
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { sql } from 'kysely';

export type Version = number;

export interface DataVersion {
  /** The current version, or null when none can be known now (then keep nothing). */
  current(): Version | null;
  close(): Promise<void>;
}

/** The channel of the tables' change notices (one per database; every installation on it shares it). */
export const CHANGES_CHANNEL = 'lindung_changes';

const versions = new WeakMap<object, DataVersion>();

/** The data version of a Kysely instance opened by db/connect.ts (undefined for transactions and others). */
export function dataVersionOf(db: object): DataVersion | undefined {
  return versions.get(db);
}

export function registerDataVersion(db: object, version: DataVersion): void {
  versions.set(db, version);
}

/** SQLite: this connection's changes with every other connection's commits, read at each use. */
export function sqliteDataVersion(sqlite: { inTransaction: boolean; prepare(sql: string): { pluck(on?: boolean): { get(): unknown } } }): DataVersion {
  // Both counters only grow, so their sum changes exactly when either does (two plain statements cost
  // a tenth of one reading the pragma as a table).
  const changes = sqlite.prepare('select total_changes()').pluck();
  const commits = sqlite.prepare('pragma data_version').pluck();
  return {
    current: () => (sqlite.inTransaction ? null : (changes.get() as number) + (commits.get() as number)),
    close: async () => {},
  };
}

/** Whether a statement's text may change data (anything but a plain SELECT): a spurious yes only costs a recomputation. */
export function mayWrite(text: string): boolean {
  return !/^\s*select\b/i.test(text);
}

/**
 * PostgreSQL: `bump()` after each statement of ours that may write (connect.ts calls it), the notices
 * of every other connection's commits through a listening connection of its own (`ours`: the backend
 * process ids of this process's pool, whose notices `bump` already counted).
 */
export function postgresDataVersion(connect: () => pg.Client, ours: ReadonlySet<number>): DataVersion & { bump(): void } {
  let counter = 0;
  let listening = false;
  let client: pg.Client | null = null;
  let retryAfter = 0;
  let closed = false;

  function start() {
    if (client || closed || Date.now() < retryAfter) return;
    const c = connect();
    client = c;
    const stop = () => {
      if (client !== c) return;
      listening = false;
      client = null;
      counter++;
      // Opened again at the next use, a second later at the earliest (a database that is down is not hammered).
      retryAfter = Date.now() + 1000;
      c.end().catch(() => {});
    };
    // A notice from one of this process's own connections was counted when its statement ended (`bump`).
    // Only this installation's schema (the notice's payload): other installations or tests may share the database.
    let schema: string | null = null;
    c.on('notification', (notice) => {
      if (!ours.has(notice.processId) && notice.payload === schema) counter++;
    });
    c.on('error', stop);
    c.on('end', stop);
    c.connect()
      .then(() => c.query(`listen ${CHANGES_CHANNEL}`))
      .then(() => c.query<{ schema: string }>('select current_schema() as schema'))
      .then((r) => {
        if (client !== c) return;
        schema = r.rows[0]?.schema ?? null;
        // Whatever changed before the LISTEN took effect is not known: start from a new version.
        counter++;
        listening = true;
      })
      .catch(stop);
  }

  return {
    current() {
      if (!listening) {
        start();
        return null;
      }
      return counter;
    },
    bump() {
      counter++;
    },
    async close() {
      closed = true;
      listening = false;
      const c = client;
      client = null;
      if (c) await c.end().catch(() => {});
    },
  };
}

/**
 * Installs the change notice on every table of the current schema (PostgreSQL; idempotent): one
 * trigger function and, on each table lacking it, a statement-level trigger after INSERT, UPDATE,
 * DELETE and TRUNCATE. Run after the migrations, so a table a later migration adds has it too.
 * NOTIFY is sent when the transaction commits, once per transaction and schema whatever it changed;
 * its payload is the table's schema.
 */
export async function ensureChangeNotices(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function lindung_notify_change() returns trigger language plpgsql as $$
    begin
      perform pg_notify(${sql.lit(CHANGES_CHANNEL)}, tg_table_schema);
      return null;
    end $$`.execute(db);
  const missing = await sql<{ name: string }>`
    select c.relname as name from pg_class c
    where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
      and c.relname not like 'kysely_migration%'
      and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'lindung_changes')
    order by c.relname`.execute(db);
  for (const { name } of missing.rows) {
    await sql`create trigger lindung_changes after insert or update or delete or truncate on ${sql.table(name)}
      for each statement execute function lindung_notify_change()`.execute(db);
  }
}

/**
 * Answers kept while the data version stays the same (at most `max`; all dropped at once when full
 * or when the version changes). Read `version()` BEFORE reading the database for an answer, and
 * `keep` it with that version: an answer whose reads overlapped a change is not kept.
 */
export function keptWhileUnchanged<T>(db: object, max = 10_000) {
  const source = dataVersionOf(db);
  let at: Version | null = null;
  const answers = new Map<string, T>();
  return {
    version(): Version | null {
      const v = source?.current() ?? null;
      if (v !== at) {
        answers.clear();
        at = v;
      }
      return v;
    },
    get(key: string, version: Version | null): T | undefined {
      return version === null || version !== at ? undefined : answers.get(key);
    },
    keep(key: string, version: Version | null, answer: T): void {
      if (version === null || this.version() !== version) return;
      if (answers.size >= max) answers.clear();
      answers.set(key, answer);
    },
  };
}
