/**
 * The data version (db/data-version.ts): it changes after every kind of write this process makes,
 * after another connection's (SQLite: another process's connection to the file; PostgreSQL: another
 * instance's pool, through the tables' change notices), and answers kept under an older version are
 * not given again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { openPostgres, openSqlite } from './connect.ts';
import { createTestDb } from './testing.ts';
import { migrateToLatest } from './migrate.ts';
import { dataVersionOf, keptWhileUnchanged, mayWrite, type DataVersion, type Version } from './data-version.ts';

const pgUrl = process.env.TEST_DATABASE_URL?.startsWith('postgres') ? process.env.TEST_DATABASE_URL : undefined;

/** The version once one is known (PostgreSQL: once the notices' connection listens; a few ms). */
async function known(v: DataVersion): Promise<Version> {
  for (let i = 0; i < 200; i++) {
    const now = v.current();
    if (now !== null) return now;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('no data version after 5 s');
}

/** Waits for the version to leave `from` (another connection's change arrives by notice), at most 5 s. */
async function changedFrom(v: DataVersion, from: Version): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    const now = v.current();
    if (now !== null && now !== from) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return false;
}

const holiday = (db: Kysely<DB>, date: string) =>
  db
    .insertInto('holidays')
    .values({ date, name: 'Libur uji', kind: 'national', decree: 'uji', confirmed: 'yes', note: '', created_by: 'uji', created_at: new Date().toISOString() })
    .execute();

test('mayWrite: only a plain SELECT is known not to change data', () => {
  assert.equal(mayWrite('select 1'), false);
  assert.equal(mayWrite('  SELECT * from x'), false);
  assert.equal(mayWrite('insert into x values (1)'), true);
  assert.equal(mayWrite('with t as (delete from x returning *) select * from t'), true);
  assert.equal(mayWrite('commit'), true);
  assert.equal(mayWrite('begin'), true);
});

test('the version changes after each write of this process, and none is given inside a transaction', async () => {
  const handle = await createTestDb();
  try {
    const version = dataVersionOf(handle.db)!;
    assert.ok(version, 'every opened database has a data version');
    const v0 = await known(version);
    assert.equal(version.current(), v0, 'unchanged while nothing is written');
    await holiday(handle.db, '2031-01-02');
    const v1 = version.current();
    assert.notEqual(v1, v0, 'an insert');
    await handle.db.updateTable('holidays').set({ name: 'Libur diubah' }).where('date', '=', '2031-01-02').execute();
    const v2 = version.current();
    assert.notEqual(v2, v1, 'an update');
    await handle.db.deleteFrom('holidays').where('date', '=', '2031-01-02').execute();
    const v3 = version.current();
    assert.notEqual(v3, v2, 'a delete');
    await handle.db.transaction().execute(async (trx) => {
      await holiday(trx, '2031-01-03');
      if (handle.dialect === 'sqlite') assert.equal(version.current(), null, 'SQLite: none while its one connection is in a transaction');
    });
    assert.notEqual(version.current(), v3, 'a committed transaction');
    const v4 = version.current();
    await assert.rejects(
      handle.db.transaction().execute(async (trx) => {
        await holiday(trx, '2031-01-04');
        throw new Error('batal');
      }),
    );
    assert.notEqual(version.current(), v4, 'a rolled-back transaction counts too (a spurious change only costs a recomputation)');
  } finally {
    await handle.close();
  }
});

test('answers are kept while nothing changes, dropped by a write, and one read across a write is not kept', async () => {
  const handle = await createTestDb();
  try {
    await known(dataVersionOf(handle.db)!);
    const kept = keptWhileUnchanged<string>(handle.db, 3);
    let v = kept.version();
    kept.keep('a', v, 'jawaban A');
    assert.equal(kept.get('a', kept.version()), 'jawaban A');
    await holiday(handle.db, '2031-02-02');
    v = kept.version();
    assert.equal(kept.get('a', v), undefined, 'dropped by the write');
    const before = kept.version();
    await holiday(handle.db, '2031-02-03'); // a write while an answer was being read
    kept.keep('b', before, 'jawaban lama');
    assert.equal(kept.get('b', kept.version()), undefined, 'read under the old version: not kept');
    v = kept.version();
    for (const k of ['1', '2', '3', '4']) kept.keep(k, v, k);
    assert.equal(kept.get('1', v), undefined, 'full: everything dropped once, then kept again');
    assert.equal(kept.get('4', v), '4');
  } finally {
    await handle.close();
  }
});

test('SQLite: another connection’s commit to the same file changes the version', { skip: pgUrl !== undefined }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lindung-version-'));
  const file = join(dir, 'lindung.db');
  const server = openSqlite(file);
  try {
    await migrateToLatest(server.db);
    const command = openSqlite(file);
    try {
      const version = dataVersionOf(server.db)!;
      const v0 = version.current();
      assert.notEqual(v0, null);
      await holiday(command.db, '2031-03-02');
      assert.notEqual(version.current(), v0, 'a `lindung` command beside the server wrote');
    } finally {
      await command.close();
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('PostgreSQL: every table sends the change notice, and another instance’s write reaches this one', { skip: pgUrl === undefined }, async () => {
  const handle = await createTestDb();
  const other = openPostgres(pgUrl!, { searchPath: handle.schema!, max: 1 });
  try {
    const tables = await sql<{ name: string; noticed: boolean }>`
      select c.relname as name, exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'lindung_changes') as noticed
      from pg_class c where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') and c.relname not like 'kysely_migration%'`.execute(
      handle.db,
    );
    assert.ok(tables.rows.length >= 39, `all of Lindung's tables (${tables.rows.length})`);
    assert.deepEqual(
      tables.rows.filter((t) => !t.noticed).map((t) => t.name),
      [],
    );
    const version = dataVersionOf(handle.db)!;
    const v0 = await known(version);
    await holiday(other.db, '2031-04-02');
    assert.equal(await changedFrom(version, v0), true, 'the other instance’s insert arrived as a notice');
    const v1 = version.current()!;
    await sql`truncate table holidays`.execute(other.db);
    assert.equal(await changedFrom(version, v1), true, 'a TRUNCATE too');
  } finally {
    await other.close();
    await handle.close();
  }
});
