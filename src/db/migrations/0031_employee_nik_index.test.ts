import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestDb } from '../testing.ts';
import { migrateToLatest } from '../migrate.ts';

test('0031 keeps every employee and their links, and the NIK stays unique (on SQLite by an index of its own that can be dropped)', async () => {
  const h = await createTestDb({ upTo: '0029_charge_summaries' });
  try {
    const db = h.db;
    const gov = (
      await db.insertInto('institutions').values({ kind: 'government', name: 'Pemkab Buton Utara', address: '' }).returning('id').executeTakeFirstOrThrow()
    ).id;
    const unit = (
      await db
        .insertInto('work_units')
        .values({ institution_id: gov, code: 'DINKES', name: 'Dinkes', parent_id: null })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const now = new Date().toISOString();
    const employee = (nik: string, name: string) =>
      ({
        institution_id: gov,
        nik,
        full_name: name,
        sex: 'P',
        birth_place: 'Buranga',
        birth_date: '1990-08-05',
        work_unit_id: unit,
        position: 'Bidan',
        employment_type: 'honorer',
        start_date: null,
        end_date: null,
        end_reason: null,
        phone: '0812',
        address: 'Buranga',
        nik_override_reason: null,
        created_at: now,
        updated_at: now,
      }) as never;
    const siti = (await db.insertInto('employees').values(employee('7409014508900001', 'Siti Aminah')).returning('id').executeTakeFirstOrThrow()).id;
    await db
      .insertInto('employee_history')
      .values({ employee_id: siti, effective_on: '2023-01-10', kind: 'created', actor_label: 'cli:root', before_json: null, after_json: '{}' } as never)
      .execute();

    await migrateToLatest(db);

    const rows = await db.selectFrom('employees').select(['id', 'nik', 'full_name', 'start_date', 'phone']).execute();
    assert.deepEqual(rows, [{ id: siti, nik: '7409014508900001', full_name: 'Siti Aminah', start_date: null, phone: '0812' }]);
    const history = await db.selectFrom('employee_history').select(['employee_id', 'kind']).execute();
    assert.deepEqual(history, [{ employee_id: siti, kind: 'created' }]);
    await assert.rejects(db.insertInto('employees').values(employee('7409014508900001', 'Orang Lain')).execute(), /unique|duplicate/i);
    await db.insertInto('employees').values(employee('7409014508900002', 'Wa Ode')).execute();

    if (h.dialect === 'sqlite') {
      const indexes = (
        await sql<{
          name: string;
          sql: string | null;
        }>`select name, sql from sqlite_master where type = 'index' and tbl_name = 'employees' order by name`.execute(db)
      ).rows;
      assert.deepEqual(
        indexes.map((i) => i.name),
        ['employees_institution_name_idx', 'employees_name_idx', 'employees_nik_key', 'employees_unit_idx'],
        'no index SQLite made itself (those cannot be dropped)',
      );
      assert.match(indexes.find((i) => i.name === 'employees_nik_key')!.sql!, /create unique index/i);
      assert.deepEqual((await sql`pragma foreign_key_check`.execute(db)).rows, []);
    }
  } finally {
    await h.close();
  }
});
