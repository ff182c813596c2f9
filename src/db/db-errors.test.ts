/**
 * Database errors that are answers: a deadlock on PostgreSQL (two transactions waiting on each other,
 * one rolled back by the server) is a 409 "coba lagi", never a 500; the mapping of every retryable
 * code on both databases.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestDb } from './testing.ts';
import type { Db } from './connect.ts';
import { appErrorFromDb, RETRY_MESSAGE } from './db-errors.ts';
import { englishMessage } from '../core/errors-en.ts';

let handle: Db;
before(async () => {
  handle = await createTestDb();
});
after(() => handle.close());

test('retryable database errors (deadlock, serialisation, busy) are 409 "coba lagi"', () => {
  for (const code of ['40P01', '40001', '55P03', 'SQLITE_BUSY']) {
    const mapped = appErrorFromDb(Object.assign(new Error('x'), { code }));
    assert.equal(mapped?.status, 409, code);
    assert.equal(mapped?.message, RETRY_MESSAGE);
  }
  assert.equal(appErrorFromDb(Object.assign(new Error('x'), { code: '42P01' })), null, 'a real failure stays a 500');
  assert.equal(englishMessage(RETRY_MESSAGE), 'This request collided with another one running at the same time and was not saved; try again');
});

test('a real deadlock on PostgreSQL is rolled back and maps to the 409', async (t) => {
  if (handle.dialect !== 'postgres') return t.skip('SQLite has one writer: no deadlock');
  const { db } = handle;
  await sql`insert into document_counters (scope, last_value) values ('uji-a', 0), ('uji-b', 0)`.execute(db);
  let release!: () => void;
  const bothHoldOne = new Promise<void>((r) => (release = r));
  let holding = 0;
  const hold = () => {
    if (++holding === 2) release();
    return bothHoldOne;
  };
  const run = (first: string, second: string) =>
    db.transaction().execute(async (trx) => {
      await sql`update document_counters set last_value = last_value + 1 where scope = ${first}`.execute(trx);
      await hold();
      await sql`update document_counters set last_value = last_value + 1 where scope = ${second}`.execute(trx);
    });
  const results = await Promise.allSettled([run('uji-a', 'uji-b'), run('uji-b', 'uji-a')]);
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  assert.equal(failed.length, 1, 'the server rolls one of the two back');
  const mapped = appErrorFromDb(failed[0]!.reason);
  assert.equal(mapped?.status, 409);
  assert.equal(mapped?.message, RETRY_MESSAGE);
  const counters = await db.selectFrom('document_counters').select(['scope', 'last_value']).where('scope', 'in', ['uji-a', 'uji-b']).orderBy('scope').execute();
  assert.deepEqual(
    counters.map((c) => Number(c.last_value)),
    [1, 1],
    'the survivor wrote both, the rolled-back one nothing',
  );
});
