/**
 * One run per (job, run key) however many callers race for it, on SQLite and PostgreSQL
 * (TEST_DATABASE_URL): the claim in src/db/jobs.ts.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb } from './testing.ts';
import { claimRun, finishRun, runOnce } from './jobs.ts';
import type { Db } from './connect.ts';

let handle: Db;
before(async () => {
  handle = await createTestDb();
});
after(async () => handle.close());

test('twelve instances race for one run: the work runs once, the others are told who ran it', async () => {
  let runs = 0;
  const outcomes = await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      runOnce(
        handle.db,
        { job: 'reminders-email', runKey: '2024-03-13' },
        async () => {
          runs++;
          await new Promise((r) => setTimeout(r, 20));
          return 'sent 3';
        },
        { instance: `node-${i}` },
      ),
    ),
  );
  assert.equal(runs, 1);
  assert.equal(outcomes.filter((o) => o.ran).length, 1);
  const winner = outcomes.findIndex((o) => o.ran);
  for (const o of outcomes) if (!o.ran) assert.equal(o.by.instance, `node-${winner}`);
  // Later the same day: still not again.
  const later = await runOnce(
    handle.db,
    { job: 'reminders-email', runKey: '2024-03-13' },
    async () => {
      runs++;
      return 'again';
    },
    { instance: 'late' },
  );
  assert.equal(later.ran, false);
  assert.equal(!later.ran && later.by.status, 'done');
  assert.equal(!later.ran && later.by.detail, 'sent 3');
  // The next day is a new run.
  const next = await runOnce(
    handle.db,
    { job: 'reminders-email', runKey: '2024-03-14' },
    async () => {
      runs++;
      return 'day 2';
    },
    { instance: 'late' },
  );
  assert.equal(next.ran, true);
  assert.equal(runs, 2);
  const rows = await handle.db
    .selectFrom('job_runs')
    .select(['run_key', 'status', 'attempts'])
    .where('job', '=', 'reminders-email')
    .orderBy('run_key')
    .execute();
  assert.deepEqual(
    rows.map((r) => [r.run_key, r.status, Number(r.attempts)]),
    [
      ['2024-03-13', 'done', 1],
      ['2024-03-14', 'done', 1],
    ],
  );
});

test('a failed run is taken again (once), a running one only after it went stale', async () => {
  const key = { job: 'retry', runKey: 'k' };
  await assert.rejects(
    runOnce(
      handle.db,
      key,
      async () => {
        throw new Error('SMTP mati');
      },
      { instance: 'a' },
    ),
    /SMTP mati/,
  );
  const failed = await handle.db.selectFrom('job_runs').select(['status', 'detail']).where('job', '=', 'retry').executeTakeFirstOrThrow();
  assert.deepEqual(failed, { status: 'failed', detail: 'SMTP mati' });
  const retries = await Promise.all(['b', 'c', 'd'].map((instance) => claimRun(handle.db, key, { instance })));
  assert.equal(retries.filter((c) => c.claimed).length, 1);
  assert.equal(retries.find((c) => c.claimed)?.claimed && (retries.find((c) => c.claimed) as { attempt: number }).attempt, 2);

  // 'running' and fresh: nobody else takes it; stale (its instance died): one does.
  const stuck = { job: 'stuck', runKey: 'k' };
  assert.equal((await claimRun(handle.db, stuck, { instance: 'dead', now: new Date('2024-03-13T00:00:00Z') })).claimed, true);
  assert.equal((await claimRun(handle.db, stuck, { instance: 'e', now: new Date('2024-03-13T00:10:00Z') })).claimed, false);
  const late = await Promise.all(['f', 'g'].map((instance) => claimRun(handle.db, stuck, { instance, now: new Date('2024-03-13T00:16:00Z') })));
  assert.equal(late.filter((c) => c.claimed).length, 1);
  // The dead instance's late finish does not overwrite the new holder's run.
  await finishRun(handle.db, stuck, { status: 'done', detail: 'zombie', instance: 'dead' });
  const row = await handle.db.selectFrom('job_runs').select(['status', 'instance']).where('job', '=', 'stuck').executeTakeFirstOrThrow();
  assert.equal(row.status, 'running');
  assert.ok(['f', 'g'].includes(row.instance));
});
