import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { createTestDb } from './testing.ts';
import { cachingStatements, STATEMENT_CACHE_MAX_SQL, type Db } from './connect.ts';
import { prepared, type Params } from './prepared.ts';

describe('queries compiled once (db/prepared.ts)', () => {
  let handle: Db;
  let builds = 0;
  const unitsOf = prepared((db, p: Params<{ institutionId: number; code: string }>) => {
    builds++;
    return db
      .selectFrom('work_units')
      .select(['id', 'code', 'name'])
      .where('institution_id', '=', p.institutionId)
      .where('code', '>=', p.code)
      .where('name', '!=', sql.lit('tidak ada'))
      .orderBy('code');
  });
  let institutionId = 0;

  before(async () => {
    handle = await createTestDb();
    institutionId = (
      await handle.db.insertInto('institutions').values({ kind: 'government', name: 'Pemda Uji', address: '' }).returning('id').executeTakeFirstOrThrow()
    ).id;
    for (const code of ['A', 'B', 'C'])
      await handle.db
        .insertInto('work_units')
        .values({ institution_id: institutionId, code, name: `Unit ${code}`, parent_id: null })
        .execute();
  });
  after(() => handle.close());

  test('the values go where the placeholders were; the answer is the plain query’s; built once', async () => {
    const plain = (code: string) =>
      handle.db
        .selectFrom('work_units')
        .select(['id', 'code', 'name'])
        .where('institution_id', '=', institutionId)
        .where('code', '>=', code)
        .orderBy('code')
        .execute();
    assert.deepEqual(await unitsOf(handle.db, { institutionId, code: 'B' }), await plain('B'));
    assert.deepEqual(
      (await unitsOf(handle.db, { institutionId, code: 'A' })).map((u) => u.code),
      ['A', 'B', 'C'],
    );
    assert.deepEqual(await unitsOf(handle.db, { institutionId: institutionId + 99, code: 'A' }), []);
    assert.equal(builds, 1);
  });

  test('inside a transaction it sees the transaction’s own rows, and nothing after a rollback', async () => {
    await assert.rejects(
      handle.db.transaction().execute(async (trx) => {
        await trx.insertInto('work_units').values({ institution_id: institutionId, code: 'D', name: 'Unit D', parent_id: null }).execute();
        assert.deepEqual(
          (await unitsOf(trx, { institutionId, code: 'D' })).map((u) => u.code),
          ['D'],
        );
        throw new Error('rollback');
      }),
      /rollback/,
    );
    assert.deepEqual(await unitsOf(handle.db, { institutionId, code: 'D' }), []);
  });

  test('a read outside a transaction never sees the rows of one still open', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const didInsert = new Promise<void>((resolve) => (inserted = resolve));
    const open = handle.db.transaction().execute(async (trx) => {
      await trx.insertInto('work_units').values({ institution_id: institutionId, code: 'E', name: 'Unit E', parent_id: null }).execute();
      inserted();
      await gate;
      throw new Error('rollback');
    });
    await didInsert;
    const read = unitsOf(handle.db, { institutionId, code: 'E' });
    release();
    await assert.rejects(open, /rollback/);
    assert.deepEqual(await read, []);
  });

  test('a write runs through Kysely (in order with the rest) and its rows come back', async () => {
    const rename = prepared((db, p: Params<{ id: number; name: string }>) =>
      db.updateTable('work_units').set({ name: p.name }).where('id', '=', p.id).returning(['id', 'name']),
    );
    const [a] = await unitsOf(handle.db, { institutionId, code: 'A' });
    assert.deepEqual(await rename(handle.db, { id: a!.id, name: 'Unit A baru' }), [{ id: a!.id, name: 'Unit A baru' }]);
    assert.equal((await unitsOf(handle.db, { institutionId, code: 'A' }))[0]!.name, 'Unit A baru');
  });

  test('a missing value is an error, not a silent null', async () => {
    await assert.rejects(unitsOf(handle.db, { institutionId } as never), /no value for code/);
  });

  test('each database compiles its own copy', async () => {
    const other = await createTestDb();
    try {
      assert.deepEqual(await unitsOf(other.db, { institutionId: 1, code: 'A' }), []);
      assert.equal(builds, 2);
    } finally {
      await other.close();
    }
  });
});

describe('SQLite statement cache (db/connect.ts)', () => {
  test('one statement per SQL text, a fresh one while the cached one is busy, the oldest dropped when full', () => {
    const raw = new Database(':memory:');
    const db = cachingStatements(raw, 2);
    try {
      db.prepare('create table t (x integer)').run([]);
      const insert = db.prepare('insert into t (x) values (?)');
      for (const x of [1, 2, 3]) insert.run([x]);
      const select = db.prepare('select x from t order by x');
      assert.equal(db.prepare('select x from t order by x'), select, 'reused');
      // A stream still iterating keeps its statement busy: the same SQL gets another statement meanwhile.
      const rows = (select as unknown as Database.Statement).iterate() as IterableIterator<{ x: number }>;
      assert.deepEqual(rows.next().value, { x: 1 });
      const during = db.prepare('select x from t order by x');
      assert.notEqual(during, select);
      assert.deepEqual(during.all([]), [{ x: 1 }, { x: 2 }, { x: 3 }]);
      rows.return?.();
      assert.equal(db.prepare('select x from t order by x'), select, 'the cached one again once free');
      db.prepare('select count(*) from t');
      db.prepare('select max(x) from t');
      assert.notEqual(db.prepare('insert into t (x) values (?)'), insert, 'dropped: the cache holds 2');
      const long = `select x from t where x in (${Array.from({ length: STATEMENT_CACHE_MAX_SQL / 2 }, (_, i) => i).join(', ')})`;
      assert.notEqual(db.prepare(long), db.prepare(long), 'long SQL is not kept');
    } finally {
      db.close();
    }
    assert.equal(raw.open, false);
  });

  test('a cached statement follows a schema change', () => {
    const db = cachingStatements(new Database(':memory:'));
    try {
      db.prepare('create table t (x integer)').run([]);
      db.prepare('insert into t (x) values (1)').run([]);
      assert.deepEqual(db.prepare('select * from t').all([]), [{ x: 1 }]);
      db.prepare('alter table t add column y text').run([]);
      db.prepare("update t set y = 'a'").run([]);
      assert.deepEqual(db.prepare('select * from t').all([]), [{ x: 1, y: 'a' }]);
    } finally {
      db.close();
    }
  });
});
