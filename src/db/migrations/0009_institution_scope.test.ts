import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb } from '../testing.ts';
import { migrateToLatest } from '../migrate.ts';

async function users(db: Awaited<ReturnType<typeof createTestDb>>['db']) {
  const rows = await db.selectFrom('users').select(['username', 'institution_id']).orderBy('username').execute();
  return Object.fromEntries(rows.map((r) => [r.username, r.institution_id]));
}

async function addUser(
  db: Awaited<ReturnType<typeof createTestDb>>['db'],
  username: string,
  role: string,
  unit: number | null = null,
  institution: number | null = null,
) {
  await db
    .insertInto('users')
    .values({ username, full_name: username, password_hash: 'x', role: role as 'admin', work_unit_id: unit, institution_id: institution, status: 'active' })
    .execute();
}

async function addAgreement(db: Awaited<ReturnType<typeof createTestDb>>['db'], gov: number, branch: number, n: string) {
  const now = new Date().toISOString();
  const row = await db
    .insertInto('agreements')
    .values({
      title: `PKS ${n}`,
      number_party_one: `${n}/1`,
      number_party_two: `${n}/2`,
      signed_on: '2022-03-17',
      place: 'X',
      duration_months: 36,
      party_one_institution_id: gov,
      party_one_address: '',
      party_one_signatory: 'A',
      party_one_position: 'B',
      party_two_institution_id: branch,
      party_two_address: '',
      party_two_signatory: 'C',
      party_two_position: 'D',
      purpose_json: '[]',
      scope_json: '[]',
      legal_bases_json: '[]',
      terminated_on: null,
      termination_reason: null,
      created_at: now,
      updated_at: now,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

test("0009 binds operators to their unit's government, officers to the earliest agreement's branch, admins and viewers to its government", async () => {
  const h = await createTestDb({ upTo: '0008_lookup_indexes' });
  try {
    const db = h.db;
    const inst = async (kind: 'government' | 'bpjs_branch', name: string) =>
      (await db.insertInto('institutions').values({ kind, name, address: '' }).returning('id').executeTakeFirstOrThrow()).id;
    const butur = await inst('government', 'Pemkab Buton Utara');
    const muna = await inst('government', 'Pemkab Muna');
    const kendari = await inst('bpjs_branch', 'KC Kendari');
    const baubau = await inst('bpjs_branch', 'KC Baubau');
    const unitMuna = (
      await db
        .insertInto('work_units')
        .values({ institution_id: muna, code: 'DINKES', name: 'Dinkes', parent_id: null })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await addAgreement(db, butur, kendari, 'A');
    await addAgreement(db, muna, baubau, 'B');
    await addUser(db, 'admin', 'admin');
    await addUser(db, 'bpjs', 'bpjs_officer');
    await addUser(db, 'viewer', 'viewer');
    await addUser(db, 'operator', 'opd_operator', unitMuna);
    await addUser(db, 'bound', 'bpjs_officer', null, baubau);
    await migrateToLatest(db, h.schema);
    assert.deepEqual(await users(db), { admin: butur, bound: baubau, bpjs: kendari, operator: muna, viewer: butur });
  } finally {
    await h.close();
  }
});

test('0009 leaves users unbound on a database without agreements', async () => {
  const h = await createTestDb({ upTo: '0008_lookup_indexes' });
  try {
    await addUser(h.db, 'admin', 'admin');
    await addUser(h.db, 'bpjs', 'bpjs_officer');
    await migrateToLatest(h.db, h.schema);
    assert.deepEqual(await users(h.db), { admin: null, bpjs: null });
  } finally {
    await h.close();
  }
});
