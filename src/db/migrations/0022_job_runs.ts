/**
 * Several instances (issue #14): scheduled work runs once per run, not once per instance. Each run
 * of a job (e.g. the reminder e-mail of 2024-03-13) is one row, unique on (job, run_key): the
 * instance whose insert lands runs it; the others see the row and skip. Works the same on SQLite.
 */
import type { Kysely } from 'kysely';
import { columns, dialectOf } from '../columns.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columns(dialectOf(db));
  await c
    .id(db.schema.createTable('job_runs'))
    .addColumn('job', 'text', (col) => col.notNull())
    .addColumn('run_key', 'text', (col) => col.notNull())
    // 'running' | 'done' | 'failed'
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('instance', 'text', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('started_at', c.timestamp, (col) => col.notNull())
    .addColumn('finished_at', c.timestamp)
    .addColumn('detail', 'text')
    .addUniqueConstraint('job_runs_job_run_key_key', ['job', 'run_key'])
    .execute();
}

export async function down(): Promise<void> {
  // Forward only.
}
