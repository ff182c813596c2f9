/**
 * An import reads its file once (issue #14): the preview keeps the validated rows and confirming
 * writes from them, comparing again with the database of that moment.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Harness } from '../testing/harness.ts';
import { demoAgreement } from '../testing/builders.ts';
import { personRow, xlsxOf } from './testing.ts';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { stagedFrames, stagingWriter, type StagedRow } from './import-staging.ts';
import { ROSTER_FIELDS } from './headers.ts';

describe('a confirmed import writes from the preview, not from the file', () => {
  let h: Harness;
  let agreementId: number;
  let dinkes: number;
  const count = async () =>
    Number(
      (
        await h.handle.db
          .selectFrom('employees')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const stored = (id: number) => h.handle.db.selectFrom('roster_imports').select(['staged_rows', 'file_id']).where('id', '=', id).executeTakeFirstOrThrow();

  before(async () => {
    h = await createHarness({ today: '2023-01-10' });
    agreementId = await demoAgreement(h);
    dinkes = (await h.services.units.create(h.admin, { agreementId, code: 'DINKES', name: 'Dinas Kesehatan' })).id;
    await h.services.units.create(h.admin, { agreementId, code: 'DPUPR', name: 'Dinas PUPR' });
  });
  after(() => h.close());

  // A row with an employee whose every field holds its own name (a field put in another's place shows), and a bad row.
  const employee = Object.fromEntries(ROSTER_FIELDS.map((f) => [f, f])) as unknown as StagedRow['employee'];
  const full: StagedRow = {
    row: 7,
    nik: 'nik',
    fullName: 'fullName',
    unitCode: 'DINKES',
    unitId: 3,
    employee,
    errors: [],
    notes: [['Tgl Mulai', 'tidak diisi']],
  };
  const badRow: StagedRow = { row: 8, nik: '123', fullName: '', unitCode: 'X', unitId: null, employee: null, errors: [['NIK', 'salah']], notes: [] };

  test('frames round-trip in order, a chunk at a time', () => {
    const writer = stagingWriter(2);
    const items = [{ headers: { nik: 'No. NIK' } }, ...[1, 2, 3, 4, 5].map((i) => ({ row: i, note: ['A', `catatan ${i}`] as [string, string] }))];
    for (const item of items) writer.add(item);
    const frames = [...stagedFrames(writer.finish())];
    assert.deepEqual(
      frames.map((f) => f.length),
      [2, 2, 2],
    );
    assert.deepEqual(frames.flat(), items);
    assert.throws(() => [...stagedFrames(writer.finish().subarray(0, 7))], /truncated/);
  });

  test('rows round-trip with and without an employee, with notes and headers between them, in file order', () => {
    const bad: StagedRow = {
      ...badRow,
      errors: [
        ['NIK', 'salah'],
        ['Nama', 'kosong'],
      ],
    };
    const same = (row: number): StagedRow => ({ ...full, row, employee: { ...employee!, nik: `nik${row}`, startDate: null }, nik: `nik${row}`, notes: [] });
    const items = [
      { headers: { nik: 'No. NIK' } },
      full,
      bad,
      { row: 9, note: ['', 'Baris ringkasan'] as [string, string] },
      ...[10, 11, 12, 13, 14, 15].map(same),
      { ...bad, row: 17, errors: [['NIK', 'salah']] as [string, string][], notes: [['Tgl Mulai', 'tidak diisi']] as [string, string][] },
      { row: 18, note: ['', 'Baris ringkasan'] as [string, string] },
    ];
    for (const chunk of [3, 4, 100]) {
      const writer = stagingWriter(chunk);
      for (const item of items) writer.add(item);
      assert.deepEqual([...stagedFrames(writer.finish())].flat(), items, `frames of ${chunk}`);
    }
    // A frame is columns under the fields' names; the rows 10–15 share their unit, so it is written once with its count.
    const writer = stagingWriter(100);
    for (const item of items) writer.add(item);
    const written = JSON.parse(inflateRawSync(writer.finish().subarray(4)).toString('utf8')) as Record<string, unknown>;
    assert.deepEqual(written.rows, [7, 2, 10, 6, 17, 1]);
    assert.deepEqual(written.nik, ['nik', '123', 'nik10', 'nik11', 'nik12', 'nik13', 'nik14', 'nik15', '123']);
    assert.deepEqual(written.startDate, { r: ['startDate', 1, null, 8] });
    assert.deepEqual(written.sex, { r: ['sex', 1, null, 1, 'sex', 6, null, 1] });
    assert.deepEqual(written.unit, { r: ['DINKES', 1, 'X', 1, 'DINKES', 6, 'X', 1] });
    assert.deepEqual(written.bad, [1, 8]);
    assert.deepEqual(written.pairs, [
      ['Tgl Mulai', 'tidak diisi'],
      ['NIK', 'salah'],
      ['Nama', 'kosong'],
    ]);
    assert.deepEqual(written.errors, [1, 1, 1, 2, 8, 1]);
    assert.deepEqual(written.notes, [0, 0, 8, 0]);
  });

  test('frames written by earlier versions read the same: rows as objects, as eight-item arrays and as flat arrays', () => {
    const bad = badRow;
    const headers = { headers: { nik: 'No. NIK' } };
    const note = { row: 9, note: ['', 'Baris ringkasan'] as [string, string] };
    const frameOf = (items: unknown[]) => {
      const body = deflateRawSync(JSON.stringify(items));
      const head = Buffer.alloc(4);
      head.writeUInt32BE(body.length);
      return Buffer.concat([head, body]);
    };
    const expected = [headers, full, bad, note];
    // Rows as objects (the first version).
    assert.deepEqual([...stagedFrames(frameOf(expected))].flat(), expected);
    // Eight items: [row, nik, fullName, unitCode, unitId, fields | null, errors, notes].
    const eight = [
      [7, 'nik', 'fullName', 'DINKES', 3, [...ROSTER_FIELDS], [], [['Tgl Mulai', 'tidak diisi']]],
      [8, '123', '', 'X', null, null, [['NIK', 'salah']], []],
    ];
    assert.deepEqual([...stagedFrames(frameOf([headers, ...eight, note]))].flat(), expected);
    // Flat: [row, unitCode, unitId, errors, notes, …the employee's fields] or […, nik, fullName].
    const flat = [
      [7, 'DINKES', 3, [], [['Tgl Mulai', 'tidak diisi']], ...ROSTER_FIELDS],
      [8, 'X', null, [['NIK', 'salah']], [], '123', ''],
    ];
    assert.deepEqual([...stagedFrames(frameOf([headers, ...flat, note]))].flat(), expected);
    // A blob of an old frame then a new one (never written so, but each frame says its own format).
    const writer = stagingWriter(10);
    writer.add(full);
    assert.deepEqual([...stagedFrames(Buffer.concat([frameOf(flat), writer.finish()]))].flat(), [full, bad, full]);
  });

  test('the file is not read again: confirming works though the stored file was damaged, and the staged rows are let go', async () => {
    const rows = [personRow(1), personRow(2), personRow(3)];
    rows[1]![1] = ''; // row 3: no name
    const preview = await h.services.rosterFiles.preview(h.admin, { fileName: 'pegawai.xlsx', content: await xlsxOf(rows), agreementId });
    assert.deepEqual(preview.counts, { total: 3, new: 2, changed: 0, unchanged: 0, errors: 1 });
    const { staged_rows, file_id } = await stored(preview.id);
    assert.ok(staged_rows && staged_rows.length > 0);
    await h.handle.db
      .updateTable('files')
      .set({ content: Buffer.from('bukan xlsx') })
      .where('id', '=', file_id)
      .execute();
    const done = await h.services.rosterFiles.commit(h.admin, preview.id);
    assert.equal(done.created, 2);
    assert.deepEqual(done.counts, preview.counts);
    assert.deepEqual(done.errors, preview.errors);
    assert.equal(await count(), 2);
    assert.equal((await stored(preview.id)).staged_rows, null);
  });

  test('the comparison is redone at confirmation: a row added meanwhile is unchanged, a unit closed meanwhile refuses its new rows', async () => {
    const before = await count();
    const preview = await h.services.rosterFiles.preview(h.admin, {
      fileName: 'b.xlsx',
      content: await xlsxOf([personRow(10), personRow(11), personRow(12, 'DPUPR')]),
      agreementId,
    });
    assert.deepEqual(preview.counts, { total: 3, new: 3, changed: 0, unchanged: 0, errors: 0 });
    // Meanwhile: person 10 entered by hand, the DPUPR unit closed.
    const p10 = personRow(10);
    await h.services.roster.create(h.admin, {
      nik: p10[0],
      fullName: p10[1],
      sex: p10[2],
      birthPlace: p10[3],
      birthDate: p10[4],
      workUnitId: dinkes,
      position: p10[6],
      employmentType: p10[7],
      startDate: p10[8],
    });
    const dpupr = (await h.handle.db.selectFrom('work_units').select('id').where('code', '=', 'DPUPR').executeTakeFirstOrThrow()).id;
    await h.services.units.close(h.admin, dpupr, { closedOn: '2023-01-10' });
    const done = await h.services.rosterFiles.commit(h.admin, preview.id);
    assert.deepEqual(done.counts, { total: 3, new: 1, changed: 0, unchanged: 1, errors: 1 });
    assert.equal(done.created, 1);
    assert.deepEqual(
      done.errors.map((e) => [e.row, e.column]),
      [[4, 'Kode Unit']],
    );
    assert.equal(await count(), before + 2);
  });

  test('a preview made before the rows were kept is confirmed by reading its file again', async () => {
    const preview = await h.services.rosterFiles.preview(h.admin, { fileName: 'c.xlsx', content: await xlsxOf([personRow(20), personRow(21)]), agreementId });
    await h.handle.db.updateTable('roster_imports').set({ staged_rows: null }).where('id', '=', preview.id).execute();
    const done = await h.services.rosterFiles.commit(h.admin, preview.id);
    assert.equal(done.created, 2);
  });
});
