/**
 * Scheduled work that must run once, not once per instance (issue #14). A run of a job is named by
 * (job, run_key) — e.g. ('reminders-email', '2024-03-13') — and is one row of `job_runs`, unique on
 * that pair. The instance whose insert lands runs it; every other instance finds the row and skips.
 * A unique key rather than a PostgreSQL advisory lock because a lock only keeps two runs from
 * overlapping, while the key also stops a second run later the same day, and works on SQLite too.
 *
 * A failed run (status 'failed') may be taken again, and so may a run still 'running' after
 * `staleAfterMs` (its instance died mid-run): the take-over is one conditional UPDATE, so exactly
 * one instance wins it on both databases.
 */
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';

/** How long a run may stay 'running' before another instance may take it over. */
export const STALE_RUN_MS = 15 * 60 * 1000;

/** "host:pid", naming the instance in `job_runs.instance`. */
export function instanceName(): string {
  return `${hostname()}:${process.pid}`;
}

export interface RunKey {
  job: string;
  runKey: string;
}

export type Claim =
  | { claimed: true; attempt: number }
  | { claimed: false; by: { instance: string; status: 'running' | 'done' | 'failed'; startedAt: string; finishedAt: string | null; detail: string | null } };

/** Tries to take the run for this instance. */
export async function claimRun(db: Kysely<DB>, key: RunKey, options: { instance?: string; now?: Date; staleAfterMs?: number } = {}): Promise<Claim> {
  const instance = options.instance ?? instanceName();
  const now = options.now ?? new Date();
  const startedAt = now.toISOString();
  const inserted = await db
    .insertInto('job_runs')
    .values({ job: key.job, run_key: key.runKey, status: 'running', instance, started_at: startedAt })
    .onConflict((oc) => oc.columns(['job', 'run_key']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return { claimed: true, attempt: 1 };
  const staleBefore = new Date(now.getTime() - (options.staleAfterMs ?? STALE_RUN_MS)).toISOString();
  const retaken = await db
    .updateTable('job_runs')
    .set((eb) => ({ status: 'running', instance, started_at: startedAt, finished_at: null, detail: null, attempts: eb('attempts', '+', 1) }))
    .where('job', '=', key.job)
    .where('run_key', '=', key.runKey)
    .where((eb) => eb.or([eb('status', '=', 'failed'), eb.and([eb('status', '=', 'running'), eb('started_at', '<', staleBefore)])]))
    .executeTakeFirst();
  if (Number(retaken.numUpdatedRows) === 1) {
    const row = await db.selectFrom('job_runs').select('attempts').where('job', '=', key.job).where('run_key', '=', key.runKey).executeTakeFirstOrThrow();
    return { claimed: true, attempt: Number(row.attempts) };
  }
  const row = await db
    .selectFrom('job_runs')
    .select(['instance', 'status', 'started_at', 'finished_at', 'detail'])
    .where('job', '=', key.job)
    .where('run_key', '=', key.runKey)
    .executeTakeFirstOrThrow();
  return { claimed: false, by: { instance: row.instance, status: row.status, startedAt: row.started_at, finishedAt: row.finished_at, detail: row.detail } };
}

/** Records how a run this instance holds ended. */
export async function finishRun(db: Kysely<DB>, key: RunKey, outcome: { status: 'done' | 'failed'; detail: string; instance?: string }): Promise<void> {
  await db
    .updateTable('job_runs')
    .set({ status: outcome.status, finished_at: new Date().toISOString(), detail: outcome.detail.slice(0, 2000) })
    .where('job', '=', key.job)
    .where('run_key', '=', key.runKey)
    .where('instance', '=', outcome.instance ?? instanceName())
    .execute();
}

/** The run's status, or null when nobody has claimed it (a read; no write lock). */
export async function runStatus(db: Kysely<DB>, key: RunKey): Promise<'running' | 'done' | 'failed' | null> {
  const row = await db.selectFrom('job_runs').select('status').where('job', '=', key.job).where('run_key', '=', key.runKey).executeTakeFirst();
  return row?.status ?? null;
}

/** Whether the run already finished (a cheap read before trying to claim). */
export async function runDone(db: Kysely<DB>, key: RunKey): Promise<boolean> {
  return (await runStatus(db, key)) === 'done';
}

export type RunOutcome = { ran: true; detail: string } | { ran: false; by: Extract<Claim, { claimed: false }>['by'] };

/**
 * Runs `work` when this instance wins the run; `work` returns a line saying what it did, stored
 * with the run. A thrown error marks the run failed (another attempt may take it) and is rethrown.
 */
export async function runOnce(
  db: Kysely<DB>,
  key: RunKey,
  work: () => Promise<string>,
  options: { instance?: string; staleAfterMs?: number } = {},
): Promise<RunOutcome> {
  const instance = options.instance ?? instanceName();
  const claim = await claimRun(db, key, { instance, ...(options.staleAfterMs !== undefined ? { staleAfterMs: options.staleAfterMs } : {}) });
  if (!claim.claimed) return { ran: false, by: claim.by };
  try {
    const detail = await work();
    await finishRun(db, key, { status: 'done', detail, instance });
    return { ran: true, detail };
  } catch (error) {
    await finishRun(db, key, { status: 'failed', detail: error instanceof Error ? error.message : String(error), instance });
    throw error;
  }
}
