import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, indexDefinitions } from '../testing.ts';

test('0032 indexes participants by agreement, only the deactivated ones', async () => {
  const h = await createTestDb();
  try {
    const definitions = await indexDefinitions(h, 'participants', 'participants_deactivated_idx');
    assert.equal(definitions.length, 1);
    assert.match(definitions[0]!, /\(\s*"?agreement_id"?\s*\)\s+where\s+\(?"?deactivated_on"?\s+is\s+not\s+null\)?/i);
  } finally {
    await h.close();
  }
});
