import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { demoAgreement } from '../testing/builders.ts';
import { HEADERS, personRow, xlsxOf } from './testing.ts';
import { multipart } from '../testing/multipart.ts';
import { collect } from '../testing/collect.ts';

describe('roster import and export', () => {
  let h: Harness;
  let agreementId: number;
  let admin: Client;
  let dinkes: number;
  let bkpsdm: number;

  const upload = (client: Client, fields: Record<string, string>, name: string, content: Buffer) =>
    client.request({ method: 'POST', url: '/api/v1/roster/imports', ...multipart(fields, { name, content }) });

  const count = async () =>
    Number(
      (
        await h.handle.db
          .selectFrom('employees')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    h = await createHarness({ today: '2023-01-10' });
    admin = await h.login('admin');
    agreementId = await demoAgreement(h);
    dinkes = (await h.services.units.create(h.admin, { agreementId, code: 'DINKES', name: 'Dinas Kesehatan' })).id;
    bkpsdm = (await h.services.units.create(h.admin, { agreementId, code: 'BKPSDM', name: 'BKPSDM' })).id;
  });
  after(() => h.close());

  test('preview reports new rows and every bad row by row, column and reason; confirm writes the good ones', async () => {
    const rows = [personRow(1), personRow(2), personRow(3), personRow(4)];
    rows[1]![1] = ''; // row 3: missing name
    rows[2]![4] = '1971-01-01'; // row 4: birth date disagrees with its NIK
    rows[3]![5] = 'ENTAH'; // row 5: unknown unit
    const preview = await upload(admin, { agreementId: String(agreementId) }, 'pegawai.xlsx', await xlsxOf(rows));
    assert.equal(preview.statusCode, 201, preview.body);
    const p = preview.json();
    assert.deepEqual(p.counts, { total: 4, new: 1, changed: 0, unchanged: 0, errors: 3 });
    assert.deepEqual(
      p.errors.map((e: { row: number; column: string }) => [e.row, e.column]),
      [
        [3, 'Nama Lengkap'],
        [4, 'NIK'],
        [5, 'Kode Unit'],
      ],
    );
    assert.match(p.errors[2].message, /Kode unit "ENTAH" tidak dikenal/);
    assert.equal(await count(), 0, 'preview writes no employee');
    const report = await admin.request({ method: 'GET', url: `/api/v1/roster/imports/${p.id}/errors.xlsx` });
    assert.equal(report.statusCode, 200);
    assert.equal(report.rawPayload.subarray(0, 2).toString(), 'PK');
    const done = await admin.request({ method: 'POST', url: `/api/v1/roster/imports/${p.id}/commit` });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json().created, 1);
    assert.equal(await count(), 1);
    const again = await admin.request({ method: 'POST', url: `/api/v1/roster/imports/${p.id}/commit` });
    assert.equal(again.statusCode, 409);
    const audit = await admin.request({ method: 'GET', url: '/api/v1/audit?entityType=roster_import' });
    assert.equal(audit.json().items[0].after.created, 1);
  });

  test('new, changed and unchanged; re-importing the same file changes nothing', async () => {
    const firstRows = [personRow(10), personRow(11), personRow(12)];
    firstRows[2]![8] = null; // row 4: no start date
    const file = await xlsxOf(firstRows);
    const first = await h.services.rosterFiles.preview(h.admin, { fileName: 'a.xlsx', content: file, agreementId });
    await h.services.rosterFiles.commit(h.admin, first.id);
    // Each new employee's history says it came from this import, which row, and from when.
    const created = await h.handle.db
      .selectFrom('employee_history as x')
      .innerJoin('employees as e', 'e.id', 'x.employee_id')
      .select(['e.full_name', 'x.kind', 'x.effective_on', 'x.actor_label', 'x.before_json', 'x.after_json'])
      .where('e.full_name', 'in', ['Pegawai 10', 'Pegawai 11', 'Pegawai 12'])
      .orderBy('x.id')
      .execute();
    assert.deepEqual(created, [
      {
        full_name: 'Pegawai 10',
        kind: 'created',
        effective_on: '2021-01-04',
        actor_label: h.admin.label,
        before_json: null,
        after_json: '{"import":true,"row":2}',
      },
      {
        full_name: 'Pegawai 11',
        kind: 'created',
        effective_on: '2021-01-04',
        actor_label: h.admin.label,
        before_json: null,
        after_json: '{"import":true,"row":3}',
      },
      {
        full_name: 'Pegawai 12',
        kind: 'created',
        effective_on: '2023-01-10',
        actor_label: h.admin.label,
        before_json: null,
        after_json: '{"import":true,"row":4}',
      },
    ]);
    // The row without a start date is imported, so the second file's copy of it (with one) is a change.
    firstRows[2]![8] = '2021-01-04';
    const fill = await h.services.rosterFiles.preview(h.admin, { fileName: 'a2.xlsx', content: await xlsxOf(firstRows), agreementId });
    await h.services.rosterFiles.commit(h.admin, fill.id);
    const changedRows = [personRow(10), personRow(11), personRow(12), personRow(13)];
    changedRows[0]![6] = 'Kepala Seksi';
    changedRows[1]![5] = 'BKPSDM';
    const second = await h.services.rosterFiles.preview(h.admin, { fileName: 'b.xlsx', content: await xlsxOf(changedRows), agreementId });
    assert.deepEqual(second.counts, { total: 4, new: 1, changed: 2, unchanged: 1, errors: 0 });
    assert.deepEqual(second.rows[0]!.changes, [{ field: 'position', label: 'Jabatan', before: 'Staf', after: 'Kepala Seksi' }]);
    assert.deepEqual(second.rows[1]!.changes, [{ field: 'unitCode', label: 'Kode Unit', before: 'DINKES', after: 'BKPSDM' }]);
    await h.services.rosterFiles.commit(h.admin, second.id);
    const moved = (await h.services.roster.list(h.admin, { q: 'Pegawai 11' })).items[0]!;
    assert.equal(moved.workUnitId, bkpsdm);
    const history = (await h.services.roster.get(h.admin, moved.id)).history;
    assert.deepEqual(
      history.map((x) => x.kind),
      ['moved', 'created'],
    );
    const third = await h.services.rosterFiles.preview(h.admin, { fileName: 'b.xlsx', content: await xlsxOf(changedRows), agreementId });
    assert.deepEqual(third.counts, { total: 4, new: 0, changed: 0, unchanged: 4, errors: 0 });
    const before = await count();
    await h.services.rosterFiles.commit(h.admin, third.id);
    assert.equal(await count(), before);
  });

  test('the confirmed import is all or nothing', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => personRow(2000 + i));
    const preview = await h.services.rosterFiles.preview(h.admin, { fileName: 'besar.xlsx', content: await xlsxOf(rows), agreementId });
    assert.equal(preview.counts.new, 1200);
    const before = await count();
    await assert.rejects(
      h.services.rosterFiles.commit(h.admin, preview.id, (p) => {
        if (p.phase === 'write' && p.rows >= 500) throw new Error('listrik padam');
      }),
      /listrik padam/,
    );
    assert.equal(await count(), before, 'nothing half-written');
    const status = await h.handle.db.selectFrom('roster_imports').select('status').where('id', '=', preview.id).executeTakeFirstOrThrow();
    assert.equal(status.status, 'previewed');
  });

  test('duplicate NIKs in a file, a NIK on another unit, and future dates are reported', async () => {
    const rows = [personRow(50, ''), personRow(50, ''), personRow(10, ''), personRow(51, '')];
    rows[3]![8] = '2031-01-01';
    const res = await upload(admin, { unitId: String(bkpsdm) }, 'unit.xlsx', await xlsxOf(rows));
    const p = res.json();
    assert.equal(p.counts.new, 1);
    const messages = p.errors.map((e: { row: number; message: string }) => `${e.row}: ${e.message}`);
    assert.ok(
      messages.some((m: string) => /^3: NIK \d+ sama dengan baris 2/.test(m)),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((m: string) => /^4: NIK \d+ sudah terdaftar atas nama Pegawai 10 di unit DINKES/.test(m)),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((m: string) => /^5: .*masa depan/.test(m)),
      messages.join('\n'),
    );
  });

  test('bad files get a clear message and the server stays up', async () => {
    const cases: [string, Buffer, RegExp][] = [
      ['kosong.xlsx', Buffer.alloc(0), /kosong/i],
      ['rusak.xlsx', Buffer.from('ini bukan spreadsheet sama sekali'), /./],
      ['gambar.csv', Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 9, 8]), /./],
      ['tanpa-nik.xlsx', await xlsxOf([['Siti', 'P']], ['Nama', 'Jenis Kelamin']), /Kolom NIK tidak ditemukan/],
    ];
    for (const [name, content, message] of cases) {
      const res = await upload(admin, { agreementId: String(agreementId) }, name, content);
      assert.equal(res.statusCode, 400, `${name}: ${res.body}`);
      assert.match(res.json().error.message, message);
    }
    const huge = await upload(admin, { agreementId: String(agreementId) }, 'besar.csv', Buffer.alloc(60 * 1024 * 1024, 0x41));
    assert.ok([400, 413].includes(huge.statusCode), huge.body);
    assert.match(huge.json().error.message, /50 MB/);
    const health = await h.app.inject({ method: 'GET', url: '/api/v1/health' });
    assert.equal(health.statusCode, 200);
  });

  test('an OPD operator imports only into its own unit', async () => {
    const operator = await h.login('opd_operator');
    const me = (await operator.request({ method: 'GET', url: '/api/v1/auth/me' })).json().user;
    const toOther = await upload(operator, { unitId: String(dinkes) }, 'x.xlsx', await xlsxOf([personRow(70, '')]));
    assert.equal(toOther.statusCode, 403);
    const toAgreement = await upload(operator, { agreementId: String(agreementId) }, 'x.xlsx', await xlsxOf([personRow(70, '')]));
    assert.equal(toAgreement.statusCode, 403);
    const own = await upload(operator, { unitId: String(me.workUnitId) }, 'x.xlsx', await xlsxOf([personRow(70, '')]));
    assert.equal(own.statusCode, 201, own.body);
  });

  test('export to XLSX and CSV imports back unchanged', async () => {
    const total = (await h.services.roster.list(h.admin, { agreementId, status: 'all' })).total;
    const xlsx = await collect((out) => h.services.rosterFiles.export(h.admin, { agreementId, status: 'all' }, 'xlsx', out));
    const fromXlsx = await h.services.rosterFiles.preview(h.admin, { fileName: 'ekspor.xlsx', content: xlsx, agreementId });
    assert.deepEqual(fromXlsx.counts, { total, new: 0, changed: 0, unchanged: total, errors: 0 });
    const csv = await collect((out) => h.services.rosterFiles.export(h.admin, { agreementId, status: 'all' }, 'csv', out));
    assert.match(csv.toString('utf8'), /^\ufeffNIK;Nama Lengkap;/);
    const fromCsv = await h.services.rosterFiles.preview(h.admin, { fileName: 'ekspor.csv', content: csv, agreementId });
    assert.deepEqual(fromCsv.counts, { total, new: 0, changed: 0, unchanged: total, errors: 0 });
    const http = await admin.request({ method: 'GET', url: `/api/v1/employees/export?format=csv&agreementId=${agreementId}` });
    assert.equal(http.statusCode, 200);
    assert.equal(http.body.trim().split('\r\n').length, total + 1);
    const template = await admin.request({ method: 'GET', url: '/api/v1/roster/template.xlsx' });
    const fromTemplate = await h.services.rosterFiles.preview(h.admin, { fileName: 't.xlsx', content: template.rawPayload, agreementId });
    assert.match(fromTemplate.errors[0]!.message, /baris contoh dari templat/);
    assert.deepEqual(HEADERS.slice(0, 2), ['NIK', 'Nama Lengkap']);
  });
});
