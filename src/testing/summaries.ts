/**
 * The charge summaries (bill_dues, participant_charges: migration 0029) held to a fresh computation
 * from the bill lines. Tests call it after every kind of write, so a write that forgets to keep the
 * summaries in its transaction fails there.
 */
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { chargeSummariesNowAndFresh } from '../contributions/repo.ts';

export async function assertSummariesFresh(db: Kysely<DB>, after: string): Promise<void> {
  const { stored, fresh } = await chargeSummariesNowAndFresh(db);
  assert.deepEqual(stored, fresh, `the charge summaries after ${after}`);
}
