import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb } from '../testing.ts';
import { migrateToLatest } from '../migrate.ts';
import { nextNumber } from '../counters.ts';
import { agreementRow } from '../../testing/migration-rows.ts';

test('0018 numbers the claims already filed in id order within their filing year (office zone) and continues each year after them', async () => {
  const h = await createTestDb({ upTo: '0015_optional_start_date' });
  try {
    const db = h.db;
    const inst = async (kind: 'government' | 'bpjs_branch', name: string) =>
      (await db.insertInto('institutions').values({ kind, name, address: '' }).returning('id').executeTakeFirstOrThrow()).id;
    const gov = await inst('government', 'Pemkab Buton Utara');
    const branch = await inst('bpjs_branch', 'KC Kendari');
    const unit = (
      await db
        .insertInto('work_units')
        .values({ institution_id: gov, code: 'DINKES', name: 'Dinkes', parent_id: null })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const now = new Date().toISOString();
    const agreement = await agreementRow(db as never, gov, branch);
    const employee = (
      await db
        .insertInto('employees')
        .values({
          institution_id: gov,
          nik: '7409014508900001',
          full_name: 'Siti Aminah',
          sex: 'P',
          birth_place: 'Buranga',
          birth_date: '1990-08-05',
          work_unit_id: unit,
          position: '',
          employment_type: 'honorer',
          start_date: '2020-01-02',
          end_date: null,
          end_reason: null,
          phone: '',
          address: '',
          nik_override_reason: null,
          created_at: now,
          updated_at: now,
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    // Filed (UTC): 2022-12-31 16:30Z is 1 Jan 2023 00:30 in Makassar (UTC+8); the others plain.
    const filedAt = ['2022-06-01T02:00:00.000Z', '2022-12-31T16:30:00.000Z', '2022-09-01T02:00:00.000Z', '2023-02-01T02:00:00.000Z'];
    for (const [i, at] of filedAt.entries()) {
      await db
        .insertInto('claims')
        .values({
          agreement_id: agreement,
          employee_id: employee,
          participant_id: null,
          program: 'JKK',
          outcome: 'recovered',
          incident_date: `2022-05-0${i + 1}`,
          incident_time: '',
          place: '',
          chronology: '',
          reporter: '',
          stage1_reported_on: null,
          doctor_statement_on: null,
          stage2_reported_on: null,
          request_json: '{}',
          status: 'submitted',
          quote_json: null,
          adjustments_json: '[]',
          approved_total: null,
          rejection_reason: null,
          created_by: 'user:admin',
          created_at: at,
          updated_at: at,
        } as never)
        .execute();
    }
    const saved = process.env.LINDUNG_TIME_ZONE;
    delete process.env.LINDUNG_TIME_ZONE;
    try {
      await migrateToLatest(db, h.schema);
    } finally {
      if (saved !== undefined) process.env.LINDUNG_TIME_ZONE = saved;
    }
    const rows = await db.selectFrom('claims').select(['id', 'number']).orderBy('id').execute();
    assert.deepEqual(
      rows.map((r) => r.number),
      ['KLM/2022/00001', 'KLM/2023/00001', 'KLM/2022/00002', 'KLM/2023/00002'],
    );
    assert.equal(await db.transaction().execute((trx) => nextNumber(trx, 'claim/2022')), 3);
    assert.equal(await db.transaction().execute((trx) => nextNumber(trx, 'claim/2023')), 3);
    assert.equal(await db.transaction().execute((trx) => nextNumber(trx, 'claim/2024')), 1);
    await assert.rejects(db.updateTable('claims').set({ number: 'KLM/2022/00001' }).where('id', '=', rows[1]!.id).execute(), 'the number is unique');
  } finally {
    await h.close();
  }
});
