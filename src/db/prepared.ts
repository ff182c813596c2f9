/**
 * Queries compiled once, for hot paths. Building and compiling a Kysely query costs more than
 * running a point lookup on SQLite (tens of microseconds against a few), so a hot query is
 * built once with named placeholders, compiled for the dialect at its first use, and later
 * calls only put the values in place. It runs through Kysely's executor — the same connection
 * handling, transactions and value normalisation on SQLite and PostgreSQL — except for a read on
 * SQLite outside any transaction, which runs the cached prepared statement (connect.ts) at once.
 * On PostgreSQL the compiled SQL runs as a named prepared statement (connect.ts `nameStatement`):
 * parsed once per connection, its plan kept by the server after a few runs.
 *
 *   const byNik = prepared((db, p: Params<{ nik: string }>) =>
 *     db.selectFrom('employees').select(['id']).where('nik', '=', p.nik));
 *   const rows = await byNik(db, { nik });
 *
 * A placeholder may stand wherever Kysely takes a value (`where`, `set`, `values`, sql`${…}`);
 * it must not decide the SQL's shape (no `$if` on it, no `in` lists of varying length).
 * Write constants as literals (`sql.lit('charge')`): a bound value compared with a column that a
 * partial index filters on makes SQLite re-prepare the statement on every run (it plans with
 * the value), which costs more than the lookup itself.
 */
import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { directSqlite, nameStatement } from './connect.ts';

class Placeholder {
  constructor(readonly name: string) {}
}

/** What the query builder sees for the parameters: each one typed as its value. */
export type Params<P> = { readonly [K in keyof P]: P[K] };

export type PreparedQuery<P, R> = (executor: Kysely<DB>, values: P) => Promise<R[]>;

export function prepared<P extends Record<string, unknown>, R>(build: (db: Kysely<DB>, params: Params<P>) => Compilable<R>): PreparedQuery<P, R> {
  // Compiled per dialect's compiler: one Kysely instance (and its transactions) per process in
  // practice, but tests open several databases, so key by the compiler in use.
  const cache = new WeakMap<object, { compiled: CompiledQuery<R>; slots: (string | null)[] }>();
  const placeholders = new Proxy({} as Params<P>, {
    get: (_target, name) => new Placeholder(String(name)),
  });

  function compile(executor: Kysely<DB>) {
    const key = executor.getExecutor().adapter;
    let entry = cache.get(key);
    if (!entry) {
      const compiled = build(executor, placeholders).compile();
      entry = { compiled, slots: compiled.parameters.map((p) => (p instanceof Placeholder ? p.name : null)) };
      nameStatement(compiled.sql);
      cache.set(key, entry);
    }
    return entry;
  }

  return async (executor, values) => {
    const { compiled, slots } = compile(executor);
    const parameters = compiled.parameters.map((constant, i) => {
      const name = slots[i];
      if (name === null || name === undefined) return constant;
      if (!(name in values)) throw new Error(`prepared query: no value for ${name}`);
      return values[name];
    });
    const direct = directSqlite(executor);
    if (direct && !direct.sqlite.inTransaction) {
      // SQLite, outside any transaction: a read runs at once on the one connection instead of
      // queueing behind Kysely's connection lock (its promise round trips cost more than the
      // lookup). better-sqlite3 is synchronous, so the read is atomic and sees only committed
      // data — what it would see had it waited for the operations still queued.
      const stmt = direct.prepare(compiled.sql);
      if (stmt.reader && stmt.readonly) return stmt.all(parameters) as R[];
    }
    const result = await executor.executeQuery<R>({ ...compiled, parameters });
    return result.rows;
  };
}

/**
 * Runs `work` on one connection, taken from the pool once (PostgreSQL): a hot path's few queries
 * then wait for a connection once, not once each behind every other request's. SQLite (one
 * connection, reads run at once) and a transaction (already on its connection) run it as they are.
 */
export function oneConnection<T>(db: Kysely<DB>, work: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  if (directSqlite(db) || db.isTransaction) return work(db);
  return db.connection().execute(work);
}
