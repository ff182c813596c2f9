/**
 * A large import into a small roster: on SQLite the employees' indexes (by name, and the NIK's unique
 * one) are dropped for the writes and made again at the end of the same transaction
 * (repo.withEmployeeIndexesDeferred); meanwhile the comparison finds the people already there by
 * the NIKs read before.
 * A confirmation that fails half-way leaves the indexes and the roster as they were; one that
 * succeeds writes every row and leaves the same indexes, which searches by name then use. On
 * PostgreSQL nothing is deferred and the same assertions hold.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createHarness, type Harness } from '../testing/harness.ts';
import { demoAgreement } from '../testing/builders.ts';
import { personRow, xlsxOf } from './testing.ts';
import * as repo from './repo.ts';

const ROWS = 10_000;

describe('a large roster import (indexes deferred on SQLite)', () => {
  let h: Harness;
  let agreementId: number;

  const count = async (table: 'employees' | 'employee_history') =>
    Number(
      (
        await h.handle.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  /** The employees table's indexes as the database describes them. */
  const indexes = async () =>
    h.handle.dialect === 'sqlite'
      ? (
          await sql<{
            name: string;
            sql: string | null;
          }>`select name, sql from sqlite_master where type = 'index' and tbl_name = 'employees' order by name`.execute(h.handle.db)
        ).rows
      : (
          await sql<{
            name: string;
            sql: string;
          }>`select indexname as name, indexdef as sql from pg_indexes where tablename = 'employees' and schemaname = current_schema() order by indexname`.execute(
            h.handle.db,
          )
        ).rows;

  before(async () => {
    h = await createHarness({ today: '2023-01-10' });
    agreementId = await demoAgreement(h);
    await h.services.units.create(h.admin, { agreementId, code: 'DINKES', name: 'Dinas Kesehatan' });
  });
  after(() => h.close());

  test('a failed confirmation changes nothing, a good one writes every row with the same indexes', async () => {
    const rows = Array.from({ length: ROWS }, (_, i) => personRow(i));
    const preview = await h.services.rosterFiles.preview(h.admin, { fileName: 'besar.xlsx', content: await xlsxOf(rows), agreementId });
    assert.deepEqual(preview.counts, { total: ROWS, new: ROWS, changed: 0, unchanged: 0, errors: 0 });
    const indexesBefore = await indexes();
    assert.ok(
      indexesBefore.some((i) => i.name === 'employees_name_idx'),
      JSON.stringify(indexesBefore),
    );

    await assert.rejects(
      h.services.rosterFiles.commit(h.admin, preview.id, (p) => {
        if (p.phase === 'write' && p.rows >= 5000) throw new Error('listrik padam');
      }),
      /listrik padam/,
    );
    assert.equal(await count('employees'), 0, 'nothing half-written');
    assert.equal(await count('employee_history'), 0);
    assert.deepEqual(await indexes(), indexesBefore, 'the dropped indexes come back with the rollback');

    const done = await h.services.rosterFiles.commit(h.admin, preview.id);
    assert.equal(done.created, ROWS);
    assert.equal(await count('employees'), ROWS);
    assert.equal(await count('employee_history'), ROWS);
    assert.deepEqual(await indexes(), indexesBefore, 'the same indexes after the import');

    const found = await h.services.roster.list(h.admin, { agreementId, q: 'Pegawai 9999', pageSize: 10 });
    assert.deepEqual(
      found.items.map((r) => r.fullName),
      ['Pegawai 9999'],
    );
  });

  test('with the NIK index away, the people already there are still found: unchanged, changed, and new ones beside them', async () => {
    // The first test left Pegawai 0 … 9,999. This file has them again (three renamed) and 10,000 more.
    const rows = Array.from({ length: 2 * ROWS }, (_, i) => personRow(i));
    for (const i of [0, 4321, 9999]) rows[i]![1] = `Pegawai ${i} Baru`;
    const preview = await h.services.rosterFiles.preview(h.admin, { fileName: 'lagi.xlsx', content: await xlsxOf(rows), agreementId });
    assert.deepEqual(preview.counts, { total: 2 * ROWS, new: ROWS, changed: 3, unchanged: ROWS - 3, errors: 0 });
    const indexesBefore = await indexes();

    const done = await h.services.rosterFiles.commit(h.admin, preview.id);
    assert.equal(done.created, ROWS);
    assert.equal(done.updated, 3);
    assert.deepEqual(done.counts, preview.counts);
    assert.equal(await count('employees'), 2 * ROWS, 'nobody written twice');
    assert.equal(await count('employee_history'), 2 * ROWS + 3);
    assert.deepEqual(await indexes(), indexesBefore, 'the same indexes after the import');
    const renamed = await h.handle.db.selectFrom('employees').select('full_name').where('full_name', 'like', '% Baru').orderBy('id').execute();
    assert.deepEqual(
      renamed.map((r) => r.full_name),
      ['Pegawai 0 Baru', 'Pegawai 4321 Baru', 'Pegawai 9999 Baru'],
    );
  });

  test('the NIK is still unique: a duplicate written while its index is away fails the rebuild, and the rollback brings the index back', async () => {
    const indexesBefore = await indexes();
    const [someone] = await h.handle.db.selectFrom('employees').selectAll().limit(1).execute();
    const { id: _id, ...copy } = someone!;
    await assert.rejects(
      h.handle.db.transaction().execute((trx) =>
        repo.withEmployeeIndexesDeferred(trx, 5 * ROWS, async () => {
          await trx.insertInto('employees').values(copy).execute();
        }),
      ),
      /unique|duplicate/i,
    );
    assert.equal(await count('employees'), 2 * ROWS);
    assert.deepEqual(await indexes(), indexesBefore);
  });
});
