import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestDb, indexDefinitions } from '../testing.ts';

test('0030 indexes participants by the participant they were carried from, only where there is one', async () => {
  const h = await createTestDb();
  try {
    const definitions = await indexDefinitions(h, 'participants', 'participants_carried_from_idx');
    assert.equal(definitions.length, 1);
    assert.match(definitions[0]!, /\(\s*"?carried_from_id"?\s*\)\s+where\s+\(?"?carried_from_id"?\s+is\s+not\s+null\)?/i);
  } finally {
    await h.close();
  }
});

test('0030 on SQLite the bill run asks "is its continuation charged this month?" through the index, not by reading every charge line', async (t) => {
  const h = await createTestDb();
  try {
    if (h.dialect !== 'sqlite') return t.skip('a SQLite query plan');
    // The shape of insertMonthCharges' third guard (contributions/repo.ts), for one participant.
    const plan = await sql<{ detail: string }>`explain query plan
      select x.id from bill_lines x join participants s on s.id = x.participant_id
      where x.period = '2022-05' and x.kind = 'charge' and s.carried_from_id = 1`.execute(h.db);
    const steps = plan.rows.map((r) => r.detail);
    assert.deepEqual(steps, [
      'SEARCH s USING COVERING INDEX participants_carried_from_idx (carried_from_id=?)',
      'SEARCH x USING COVERING INDEX bill_lines_one_charge_uq (participant_id=? AND period=?)',
    ]);
  } finally {
    await h.close();
  }
});
