import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb } from '../testing.ts';
import { migrateToLatest } from '../migrate.ts';

test("0027 gives each audit entry the institution of what it is about: the CLI's and the branch officer's entries on a regency's rows become the regency's", async () => {
  const h = await createTestDb({ upTo: '0026_roster_staged_rows' });
  try {
    const db = h.db;
    const inst = async (kind: 'government' | 'bpjs_branch', name: string) =>
      (await db.insertInto('institutions').values({ kind, name, address: '' }).returning('id').executeTakeFirstOrThrow()).id;
    const butur = await inst('government', 'Pemkab Buton Utara');
    const muna = await inst('government', 'Pemkab Muna');
    const kendari = await inst('bpjs_branch', 'KC Kendari');
    const now = new Date().toISOString();
    const agreement = async (gov: number, n: string) =>
      (
        await db
          .insertInto('agreements')
          .values({
            title: `PKS ${n}`,
            number_party_one: `${n}/1`,
            number_party_two: `${n}/2`,
            signed_on: '2022-03-17',
            place: 'X',
            duration_months: 24,
            party_one_institution_id: gov,
            party_one_address: '',
            party_one_signatory: 'A',
            party_one_position: 'B',
            party_two_institution_id: kendari,
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
          .executeTakeFirstOrThrow()
      ).id;
    const agreementA = await agreement(butur, 'A');
    const agreementB = await agreement(muna, 'B');
    const unitB = (
      await db
        .insertInto('work_units')
        .values({ institution_id: muna, code: 'DINKES', name: 'Dinkes', parent_id: null })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const officer = (
      await db
        .insertInto('users')
        .values({
          username: 'bpjs',
          full_name: 'Petugas',
          password_hash: 'x',
          role: 'bpjs_officer',
          work_unit_id: null,
          institution_id: kendari,
          status: 'active',
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const token = (
      await db
        .insertInto('api_tokens')
        .values({ user_id: officer, name: 'skrip', token_hash: 'h', created_at: now } as never)
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const meeting = (
      await db
        .insertInto('forum_meetings')
        .values({
          agreement_id: agreementB,
          held_on: '2022-06-10',
          place: 'Aula',
          agenda: 'Evaluasi',
          minutes: '',
          decisions: '[]',
          created_by: 'cli',
          created_at: now,
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const followUp = (
      await db
        .insertInto('follow_ups')
        .values({ meeting_id: meeting, action: 'Daftarkan', owner: 'BKPSDM', due_on: '2022-07-24', done_on: null } as never)
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const entry = async (action: string, entityType: string, entityId: string | number, institutionId: number | null) =>
      (
        await db
          .insertInto('audit_log')
          .values({
            at: now,
            actor_user_id: null,
            actor_label: 'cli:root',
            action,
            entity_type: entityType,
            entity_id: String(entityId),
            before_json: null,
            after_json: null,
            institution_id: institutionId,
          } as never)
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const ids = {
      cliAgreement: await entry('agreement.create', 'agreement', agreementA, null),
      officerOnAgreement: await entry('enrolment.import_numbers', 'agreement', agreementB, kendari),
      unit: await entry('work_unit.create', 'work_unit', unitB, null),
      followUp: await entry('forum.follow_up_done', 'follow_up', followUp, kendari),
      token: await entry('api_token.create', 'api_token', token, null),
      gone: await entry('claim.file', 'claim', 999_999, kendari),
      holiday: await entry('holiday.import', 'holiday', 'file', null),
    };
    await migrateToLatest(db, h.schema);
    const rows = await db.selectFrom('audit_log').select(['id', 'institution_id']).execute();
    const of = (id: number) => rows.find((r) => r.id === id)!.institution_id;
    assert.deepEqual(Object.fromEntries(Object.entries(ids).map(([k, id]) => [k, of(id)])), {
      cliAgreement: butur,
      officerOnAgreement: muna,
      unit: muna,
      followUp: muna,
      token: kendari,
      gone: kendari,
      holiday: null,
    });
  } finally {
    await h.close();
  }
});
