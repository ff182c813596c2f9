/**
 * The audit log through the API (issue #17): an entry is written in the same transaction as the change
 * it records (a refused or failed change leaves neither), its fields in words, the filters, the XLSX
 * export, and which roles read it. Whose entries a regency's admin reads across two regencies is
 * src/audit/scope.test.ts.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { demoAgreement } from '../testing/builders.ts';
import type { AuditItem as Item } from './service.ts';

describe('audit log', () => {
  let h: Harness;
  let agreementId: number;
  let admin: Client;
  let adminUserId: number;
  let unitId: number;

  before(async () => {
    h = await createHarness({ today: '2023-01-10' });
    agreementId = await demoAgreement(h);
    admin = await h.login('admin', 'admin-audit');
    adminUserId = (await admin.request({ method: 'GET', url: '/api/v1/auth/me' })).json().user.id;
  });
  after(() => h.close());

  const list = async (query = '') => {
    const res = await admin.request({ method: 'GET', url: `/api/v1/audit?limit=500${query}` });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { items: Item[]; total: number };
  };
  const count = async () =>
    Number(
      (
        await h.handle.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  test('a change and its entry are one transaction: a refused change leaves no entry, a failed audit write leaves no change', async () => {
    const before = await count();
    const created = await admin.request({ method: 'POST', url: '/api/v1/units', payload: { agreementId, code: 'DINKES', name: 'Dinas Kesehatan' } });
    assert.equal(created.statusCode, 201, created.body);
    unitId = created.json().id;
    assert.equal(await count(), before + 1, 'one entry for one change');
    const [entry] = (await list(`&entityType=work_unit&entityId=${unitId}`)).items;
    assert.deepEqual(
      { action: entry!.action, actor: entry!.actor, actorName: entry!.actorName, actorUserId: entry!.actorUserId, after: entry!.after },
      {
        action: 'work_unit.create',
        actor: 'user:admin-audit',
        actorName: 'Pengguna admin-audit',
        actorUserId: adminUserId,
        after: { agreementId, code: 'DINKES', name: 'Dinas Kesehatan', parentId: null, institutionId: created.json().institutionId },
      },
    );

    const twice = await admin.request({ method: 'POST', url: '/api/v1/units', payload: { agreementId, code: 'DINKES', name: 'Lagi' } });
    assert.equal(twice.statusCode, 409);
    assert.equal(await count(), before + 1, 'a refused change writes no entry');

    // The audit table cannot be written: the change rolls back with it.
    await sql`alter table audit_log rename to audit_log_off`.execute(h.handle.db);
    try {
      const failed = await admin.request({ method: 'POST', url: '/api/v1/units', payload: { agreementId, code: 'BKPSDM', name: 'BKPSDM' } });
      assert.equal(failed.statusCode, 500);
    } finally {
      await sql`alter table audit_log_off rename to audit_log`.execute(h.handle.db);
    }
    assert.deepEqual(
      (await h.services.units.list(h.admin, { agreementId })).map((u) => u.code),
      ['DINKES'],
      'the unit was not stored without its entry',
    );
    assert.equal(await count(), before + 1);
  });

  test('the entry reads in words: action, entity and each changed field with its label, days as days', async () => {
    const renamed = await admin.request({ method: 'PATCH', url: `/api/v1/units/${unitId}`, payload: { name: 'Dinas Kesehatan Daerah' } });
    assert.equal(renamed.statusCode, 200, renamed.body);
    const closed = await admin.request({ method: 'POST', url: `/api/v1/units/${unitId}/close`, payload: { closedOn: '2023-01-10' } });
    assert.equal(closed.statusCode, 200, closed.body);
    const [close, update] = (await list(`&entityType=work_unit&entityId=${unitId}`)).items;
    assert.deepEqual(
      [update!.action, update!.actionLabel, update!.entityLabel, update!.entityId],
      ['work_unit.update', { id: 'Unit kerja diubah', en: 'Work unit edited' }, { id: 'Unit kerja', en: 'Work unit' }, String(unitId)],
    );
    assert.deepEqual(
      update!.changes,
      [{ field: 'name', label: { id: 'Nama', en: 'Name' }, before: 'Dinas Kesehatan', after: 'Dinas Kesehatan Daerah' }],
      'only the renamed field; phone, address and parent left alone are not shown as removed',
    );
    assert.deepEqual(close!.changes, [{ field: 'closedOn', label: { id: 'Ditutup sejak', en: 'Closed from' }, before: '—', after: '2023-01-10' }]);
    assert.deepEqual(close!.actionLabel, { id: 'Unit kerja ditutup', en: 'Work unit closed' });
  });

  test('filters: action, entity, actor and office days; a reversed range is 400', async () => {
    const all = await list();
    assert.ok(all.total >= 4 && all.total === all.items.length, `total ${all.total}`);
    assert.deepEqual([...new Set(all.items.map((i) => i.action))].sort(), [
      'agreement.create',
      'user.create',
      'work_unit.close',
      'work_unit.create',
      'work_unit.update',
    ]);

    const closes = await list('&action=work_unit.close');
    assert.deepEqual([closes.total, closes.items.map((i) => i.entityId)], [1, [String(unitId)]]);
    const units = await list('&entityType=work_unit');
    assert.deepEqual(
      units.items.map((i) => i.action),
      ['work_unit.close', 'work_unit.update', 'work_unit.create'],
      'newest first',
    );
    const mine = await list(`&actorUserId=${adminUserId}`);
    assert.deepEqual(
      mine.items.map((i) => i.action),
      ['work_unit.close', 'work_unit.update', 'work_unit.create'],
    );
    assert.equal((await list('&actorUserId=999999')).total, 0);

    // The entries were written now (the real clock); "today" in the office zone holds them, yesterday does not.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(new Date());
    assert.equal((await list(`&from=${today}&to=${today}&entityType=work_unit`)).total, 3);
    assert.equal((await list('&from=2020-01-01&to=2020-12-31')).total, 0);

    const reversed = await admin.request({ method: 'GET', url: '/api/v1/audit?from=2023-02-01&to=2023-01-01' });
    assert.equal(reversed.statusCode, 400);
    assert.equal(reversed.json().error.message, '"Sampai tanggal" tidak boleh sebelum "Dari tanggal"');
    const twice = await admin.request({ method: 'GET', url: '/api/v1/audit?limit=1&limit=2' });
    assert.equal(twice.statusCode, 400);
    assert.equal(twice.json().error.message, 'Parameter tidak sah — limit: harus berupa angka; nilai yang dikirim bukan angka (diberikan dua kali, atau teks)');
    const twiceEn = await admin.request({ method: 'GET', url: '/api/v1/audit?limit=1&limit=2', headers: { 'accept-language': 'en' } });
    assert.equal(twiceEn.json().error.message, 'Parameters invalid — limit: must be a number; the value sent is not one (given twice, or text)');
    const paged = (await admin.request({ method: 'GET', url: '/api/v1/audit?entityType=work_unit&limit=1&offset=1' })).json();
    assert.deepEqual([paged.total, paged.items.map((i: Item) => i.action)], [3, ['work_unit.update']]);
  });

  test('the XLSX export holds the filtered entries with their words in Bahasa', async () => {
    const res = await admin.request({ method: 'GET', url: `/api/v1/audit/export.xlsx?entityType=work_unit&entityId=${unitId}` });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(res.headers['content-disposition'], 'attachment; filename="jejak-audit.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Jejak audit')!;
    const rows = ws
      .getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1));
    assert.deepEqual(rows[0], ['No', 'Waktu (WITA)', 'Oleh', 'Tindakan', 'Entitas', 'ID entitas', 'Perubahan']);
    const entries = (await list(`&entityType=work_unit&entityId=${unitId}`)).items;
    assert.equal(rows.length - 1, entries.length);
    assert.deepEqual(
      rows.slice(1).map((r) => [r[0], r[2], r[3], r[4], r[5]]),
      entries.map((e) => [e.id, 'Pengguna admin-audit (user:admin-audit)', e.actionLabel.id, 'Unit kerja', String(unitId)]),
    );
    assert.equal(rows[1]![6], 'Ditutup sejak: — → 10 Januari 2023');
    assert.ok(rows[1]![1] instanceof Date, 'the time is a date cell');
  });

  test('who reads: the admin and the system administrator; an operator, an officer and a viewer are refused (403)', async () => {
    for (const role of ['opd_operator', 'bpjs_officer', 'viewer'] as const) {
      const client = await h.login(role);
      for (const url of ['/api/v1/audit', '/api/v1/audit/export.xlsx']) {
        const res = await client.request({ method: 'GET', url });
        assert.equal(res.statusCode, 403, `${role} ${url}`);
        assert.match(res.json().error.message, /tidak berwenang membaca jejak audit$/);
      }
    }
    const sistem = await h.login('system_admin', 'sistem', { institutionId: null });
    const seen = (await sistem.request({ method: 'GET', url: '/api/v1/audit?limit=500' })).json().items as Item[];
    assert.ok(
      seen.some((i) => i.action === 'work_unit.close' && i.entityId === String(unitId)),
      'units are the installation’s records',
    );
    assert.deepEqual(
      seen.filter((i) => !['institution', 'user', 'api_token', 'work_unit', 'agreement', 'holiday'].includes(i.entityType)),
      [],
    );
    const anonymous = await h.app.inject({ method: 'GET', url: '/api/v1/audit' });
    assert.equal(anonymous.statusCode, 401);
  });
});
