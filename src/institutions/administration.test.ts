/**
 * Administration over HTTP with two regencies: the system administrator creates institutions and
 * their first admins; a regency's admin invites users and manages units of its own regency only;
 * everything of the other regency answers 404 like a missing row; the audit page is scoped.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { demoAgreement } from '../testing/builders.ts';
import { multipart } from '../testing/multipart.ts';
import { unitSheet } from '../testing/unit-sheet.ts';

/** Signs in with a one-time password and replaces it; returns the client. */
async function firstLogin(h: Harness, username: string, oneTime: string, newPassword: string): Promise<Client> {
  const res = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: oneTime } });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.json().user.mustChangePassword, true);
  const cookie = String(res.headers['set-cookie']).split(';')[0]!;
  const csrfToken = res.json().csrfToken as string;
  const client: Client = { cookie, csrfToken, request: (o) => h.app.inject({ ...o, headers: { cookie, 'x-csrf-token': csrfToken, ...(o.headers ?? {}) } }) };
  const blocked = await client.request({ method: 'GET', url: '/api/v1/units' });
  assert.equal(blocked.statusCode, 403);
  assert.equal(blocked.json().error.message, 'Ganti kata sandi sekali pakai Anda terlebih dahulu');
  const changed = await client.request({ method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: oneTime, newPassword } });
  assert.equal(changed.statusCode, 200, changed.body);
  assert.equal(changed.json().user.mustChangePassword, false);
  return client;
}

const ids = (res: LightMyRequestResponse, key = 'id') => (res.json().items as Record<string, unknown>[]).map((i) => i[key]);

describe('administration: institutions, users, units and audit, scoped by institution', () => {
  let h: Harness;
  let agreementId: number;
  let sistem: Client;
  let butur: Client; // admin of Kabupaten Buton Utara (the demo agreement's regency)
  let muna: Client; // admin of Kabupaten Muna, created through the API
  let buturId: number;
  let branchId: number;
  let munaId: number;
  let operatorId: number;
  let unitId: number;

  before(async () => {
    h = await createHarness({ today: '2023-01-10' });
    agreementId = await demoAgreement(h);
    sistem = await h.login('system_admin');
    butur = await h.login('admin', 'admin-butur');
    const me = (await butur.request({ method: 'GET', url: '/api/v1/auth/me' })).json().user;
    buturId = me.institutionId;
    const institutions = (await sistem.request({ method: 'GET', url: '/api/v1/institutions' })).json().items;
    branchId = institutions.find((i: { kind: string }) => i.kind === 'bpjs_branch').id;
  });
  after(() => h.close());

  test('the system administrator creates an institution and its first admin; nobody else may', async () => {
    const noLevel = await sistem.request({ method: 'POST', url: '/api/v1/institutions', payload: { kind: 'government', name: 'Pemerintah Kabupaten Muna' } });
    assert.equal(noLevel.statusCode, 400);
    assert.equal(noLevel.json().error.message, 'Tingkat pemerintah wajib: kabupaten, kota atau provinsi');
    const created = await sistem.request({
      method: 'POST',
      url: '/api/v1/institutions',
      payload: { kind: 'government', level: 'regency', name: 'Pemerintah Kabupaten Muna', address: 'Raha' },
    });
    assert.equal(created.statusCode, 201, created.body);
    munaId = created.json().id;
    assert.deepEqual(
      { ...(created.json() as object), id: 0 },
      { id: 0, kind: 'government', level: 'regency', name: 'Pemerintah Kabupaten Muna', address: 'Raha', phone: '', users: 0, units: 0 },
    );
    const dup = await sistem.request({
      method: 'POST',
      url: '/api/v1/institutions',
      payload: { kind: 'government', level: 'regency', name: 'Pemerintah Kabupaten Muna' },
    });
    assert.equal(dup.statusCode, 409);
    const edited = await sistem.request({ method: 'PATCH', url: `/api/v1/institutions/${munaId}`, payload: { address: 'Jl. Sutan Hasanuddin, Raha' } });
    assert.equal(edited.json().address, 'Jl. Sutan Hasanuddin, Raha');
    const refused = await butur.request({ method: 'POST', url: '/api/v1/institutions', payload: { kind: 'government', level: 'city', name: 'Kota Baubau' } });
    assert.equal(refused.statusCode, 403);
    // An admin sees its own institution only; another one is 404.
    assert.deepEqual(ids(await butur.request({ method: 'GET', url: '/api/v1/institutions' })), [buturId]);
    assert.equal((await butur.request({ method: 'GET', url: `/api/v1/institutions/${munaId}` })).statusCode, 404);

    const unbound = await sistem.request({ method: 'POST', url: '/api/v1/users', payload: { username: 'admin-muna', fullName: 'Admin Muna', role: 'admin' } });
    assert.equal(unbound.statusCode, 400);
    assert.equal(unbound.json().error.message, 'Pengguna harus terikat pada satu instansi (pemerintah daerah atau kantor cabang BPJS)');
    const wrongKind = await sistem.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'admin-muna', fullName: 'Admin Muna', role: 'bpjs_officer', institutionId: munaId },
    });
    assert.equal(wrongKind.statusCode, 400);
    assert.equal(wrongKind.json().error.message, 'Petugas BPJS terikat pada kantor cabang BPJS');
    const invited = await sistem.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'admin-muna', fullName: 'Admin Muna', role: 'admin', institutionId: munaId },
    });
    assert.equal(invited.statusCode, 201, invited.body);
    assert.equal(invited.json().mustChangePassword, true);
    muna = await firstLogin(h, 'admin-muna', invited.json().oneTimePassword, 'kopi-pagi-di-raha');
    const officer = await sistem.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'petugas-kendari', fullName: 'Petugas Kendari', role: 'bpjs_officer', institutionId: branchId },
    });
    assert.equal(officer.statusCode, 201, officer.body);
  });

  test('a regency admin manages units of its own regency: create, rename, close from a date; the other regency sees none of it', async () => {
    const created = await butur.request({ method: 'POST', url: '/api/v1/units', payload: { code: 'DINSOS', name: 'Dinas Sosial' } });
    assert.equal(created.statusCode, 201, created.body);
    unitId = created.json().id;
    assert.equal(created.json().institutionId, buturId);
    const child = await butur.request({ method: 'POST', url: '/api/v1/units', payload: { code: 'DINSOS.PFM', name: 'Bidang Fakir Miskin', parentId: unitId } });
    assert.equal(child.statusCode, 201);
    const loop = await butur.request({ method: 'PATCH', url: `/api/v1/units/${unitId}`, payload: { parentId: child.json().id } });
    assert.equal(loop.statusCode, 400);
    assert.equal(loop.json().error.message, 'Unit induk tidak boleh unit itu sendiri atau salah satu bawahannya');
    const renamed = await butur.request({ method: 'PATCH', url: `/api/v1/units/${unitId}`, payload: { name: 'Dinas Sosial dan PMD' } });
    assert.equal(renamed.json().name, 'Dinas Sosial dan PMD');

    // Muna: the unit does not exist for it.
    assert.deepEqual(ids(await muna.request({ method: 'GET', url: '/api/v1/units' })), []);
    for (const req of [
      { method: 'GET' as const, url: `/api/v1/units/${unitId}` },
      { method: 'PATCH' as const, url: `/api/v1/units/${unitId}`, payload: { name: 'Diambil alih' } },
      { method: 'POST' as const, url: `/api/v1/units/${unitId}/close`, payload: { closedOn: '2023-02-01' } },
      { method: 'POST' as const, url: '/api/v1/units', payload: { agreementId, code: 'X', name: 'Unit X' } },
    ]) {
      const res = await muna.request(req);
      assert.equal(res.statusCode, 404, `${req.method} ${req.url}`);
      assert.doesNotMatch(res.body, /Dinas Sosial/);
    }
    const own = await muna.request({ method: 'POST', url: '/api/v1/units', payload: { code: 'DINSOS', name: 'Dinas Sosial Muna' } });
    assert.equal(own.statusCode, 201, 'the same code in another regency');
    assert.deepEqual(ids(await butur.request({ method: 'GET', url: '/api/v1/units' })).includes(own.json().id), false);

    const closing = await butur.request({ method: 'POST', url: `/api/v1/units/${child.json().id}/close`, payload: { closedOn: '2023-01-01' } });
    assert.equal(closing.json().closedOn, '2023-01-01');
    const twice = await butur.request({ method: 'POST', url: `/api/v1/units/${child.json().id}/close`, payload: { closedOn: '2023-01-05' } });
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json().error.message, 'Unit kerja "Bidang Fakir Miskin" sudah ditutup sejak 1 Januari 2023');
    const twiceEn = await butur.request({
      method: 'POST',
      url: `/api/v1/units/${child.json().id}/close`,
      payload: { closedOn: '2023-01-05' },
      headers: { 'accept-language': 'en' },
    });
    assert.equal(twiceEn.json().error.message, 'Work unit "Bidang Fakir Miskin" has been closed since 1 January 2023');
    assert.equal(await h.services.units.isClosedOn(child.json().id, '2023-01-01'), true);
    assert.equal(await h.services.units.isClosedOn(child.json().id, '2022-12-31'), false);
    const intoClosed = await butur.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'op-pfm', fullName: 'Operator PFM', role: 'opd_operator', workUnitId: child.json().id },
    });
    assert.equal(intoClosed.statusCode, 400);
    assert.equal(
      intoClosed.json().error.message,
      'Unit kerja DINSOS.PFM Bidang Fakir Miskin ditutup sejak 1 Januari 2023; unit itu tidak menerima operator atau pemantau baru',
    );
  });

  test('units import from XLSX: all or nothing, every bad row by row and column', async () => {
    const before = (await butur.request({ method: 'GET', url: '/api/v1/units' })).json().items.length;
    const bad = await butur.request({
      method: 'POST',
      url: '/api/v1/units/import',
      ...multipart(
        {},
        {
          name: 'unit.xlsx',
          content: await unitSheet([
            ['DPMPTSP', 'Dinas Penanaman Modal', null],
            ['', 'Tanpa kode', null],
            ['DPMPTSP', 'Ganda', null],
            ['BAPP', '', 'TIDAKADA'],
            ['A B', 'Spasi', null],
          ]),
        },
      ),
    });
    assert.equal(bad.statusCode, 422, bad.body);
    assert.deepEqual(bad.json(), {
      created: 0,
      updated: 0,
      errors: [
        { row: 3, column: 'Kode Unit', message: 'Kode unit wajib diisi' },
        { row: 4, column: 'Kode Unit', message: 'Kode "DPMPTSP" sudah ada di baris 2' },
        { row: 5, column: 'Nama Unit', message: 'Nama unit wajib diisi' },
        { row: 6, column: 'Kode Unit', message: 'Kode unit 1–30 karakter: huruf, angka, titik, garis bawah atau tanda hubung' },
      ],
    });
    assert.equal((await butur.request({ method: 'GET', url: '/api/v1/units' })).json().items.length, before, 'nothing stored');
    const good = await butur.request({
      method: 'POST',
      url: '/api/v1/units/import',
      ...multipart(
        {},
        {
          name: 'unit.xlsx',
          content: await unitSheet([
            ['BAPPEDA.LIT', 'Bidang Penelitian', 'BAPPEDA'],
            ['BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', null],
            ['DINSOS', 'Dinas Sosial, PMD', null],
          ]),
        },
      ),
    });
    assert.equal(good.statusCode, 200, good.body);
    assert.deepEqual(good.json(), { created: 2, updated: 1, errors: [] });
    const units = (await butur.request({ method: 'GET', url: '/api/v1/units' })).json().items as {
      id: number;
      code: string;
      name: string;
      parentId: number | null;
    }[];
    const byCode = new Map(units.map((u) => [u.code, u]));
    assert.equal(byCode.get('BAPPEDA.LIT')!.parentId, byCode.get('BAPPEDA')!.id);
    assert.equal(byCode.get('DINSOS')!.name, 'Dinas Sosial, PMD');
    // Muna cannot import into Buton Utara's agreement.
    const foreign = await muna.request({
      method: 'POST',
      url: '/api/v1/units/import',
      ...multipart({ agreementId: String(agreementId) }, { name: 'unit.xlsx', content: await unitSheet([['Z', 'Unit Z', null]]) }),
    });
    assert.equal(foreign.statusCode, 404);
  });

  test('a regency admin invites an operator (one-time password), who must set its own password and then sees only its unit', async () => {
    const count = async () =>
      (
        await h.handle.db
          .selectFrom('users')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const n0 = Number(await count());
    const noUnit = await butur.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'op-dinsos', fullName: 'Operator Dinsos', role: 'opd_operator' },
    });
    assert.equal(noUnit.statusCode, 400);
    assert.equal(noUnit.json().error.message, 'Operator OPD harus terikat pada satu unit kerja (workUnitId)');
    const munaUnit = (await muna.request({ method: 'GET', url: '/api/v1/units' })).json().items[0].id;
    const foreignUnit = await butur.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'op-dinsos', fullName: 'Operator Dinsos', role: 'opd_operator', workUnitId: munaUnit },
    });
    assert.equal(foreignUnit.statusCode, 404);
    assert.equal(foreignUnit.json().error.message, 'Unit kerja tidak ditemukan');
    const asOfficer = await butur.request({ method: 'POST', url: '/api/v1/users', payload: { username: 'op-dinsos', fullName: 'X', role: 'bpjs_officer' } });
    assert.equal(asOfficer.statusCode, 403);
    const foreignInstitution = await butur.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'op-dinsos', fullName: 'X', role: 'viewer', institutionId: munaId },
    });
    assert.equal(foreignInstitution.statusCode, 404);
    const weak = await butur.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'op-dinsos', fullName: 'X', role: 'viewer', password: 'op-dinsos-1234' },
    });
    assert.equal(weak.statusCode, 400);
    assert.equal(weak.json().error.message, 'Kata sandi tidak boleh memuat nama pengguna');
    assert.equal(Number(await count()), n0, 'nothing stored');

    const invited = await butur.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'op-dinsos', fullName: 'Operator Dinsos', role: 'opd_operator', workUnitId: unitId },
    });
    assert.equal(invited.statusCode, 201, invited.body);
    operatorId = invited.json().id;
    assert.equal(invited.json().institutionId, buturId);
    const dup = await butur.request({ method: 'POST', url: '/api/v1/users', payload: { username: 'op-dinsos', fullName: 'Lagi', role: 'viewer' } });
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().error.message, 'Nama pengguna "op-dinsos" sudah dipakai');

    const oneTime = invited.json().oneTimePassword as string;
    const weakChange = await (async () => {
      const res = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'op-dinsos', password: oneTime } });
      const cookie = String(res.headers['set-cookie']).split(';')[0]!;
      return h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: { cookie, 'x-csrf-token': res.json().csrfToken },
        payload: { currentPassword: oneTime, newPassword: 'Password123!' },
      });
    })();
    assert.equal(weakChange.statusCode, 400);
    assert.equal(weakChange.json().error.message, 'Kata sandi terlalu umum dan mudah ditebak; pilih yang lain');
    const operator = await firstLogin(h, 'op-dinsos', oneTime, 'sagu-dan-ikan-bakar');
    assert.deepEqual(ids(await operator.request({ method: 'GET', url: '/api/v1/units' }), 'name'), ['Dinas Sosial, PMD']);

    // The users page: its institution's users with unit, institution and last login; Muna's admin sees none of them.
    const list = (await butur.request({ method: 'GET', url: '/api/v1/users' })).json().items as {
      id: number;
      username: string;
      workUnit: string | null;
      institution: string;
      lastLoginAt: string | null;
      institutionId: number;
    }[];
    const op = list.find((u) => u.username === 'op-dinsos')!;
    assert.equal(op.workUnit, 'Dinas Sosial, PMD');
    assert.equal(op.institution, 'Pemerintah Kabupaten Buton Utara');
    assert.ok(op.lastLoginAt);
    assert.ok(list.every((u) => u.institutionId === buturId));
    assert.deepEqual(ids(await muna.request({ method: 'GET', url: '/api/v1/users' }), 'username'), ['admin-muna']);
    for (const req of [
      { method: 'GET' as const, url: `/api/v1/users/${operatorId}` },
      { method: 'PATCH' as const, url: `/api/v1/users/${operatorId}`, payload: { status: 'disabled' } },
      { method: 'POST' as const, url: `/api/v1/users/${operatorId}/reset-password` },
    ]) {
      const res = await muna.request(req);
      assert.equal(res.statusCode, 404, `${req.method} ${req.url}`);
      assert.doesNotMatch(res.body, /op-dinsos|Operator Dinsos/);
    }

    // Deactivate ends its sessions; reactivate; reset gives a new one-time password.
    const off = await butur.request({ method: 'PATCH', url: `/api/v1/users/${operatorId}`, payload: { status: 'disabled' } });
    assert.equal(off.json().status, 'disabled');
    assert.equal((await operator.request({ method: 'GET', url: '/api/v1/auth/me' })).statusCode, 401);
    const refusedLogin = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'op-dinsos', password: 'sagu-dan-ikan-bakar' } });
    assert.equal(refusedLogin.statusCode, 401);
    assert.equal((await butur.request({ method: 'PATCH', url: `/api/v1/users/${operatorId}`, payload: { status: 'active' } })).json().status, 'active');
    const reset = await butur.request({ method: 'POST', url: `/api/v1/users/${operatorId}/reset-password` });
    assert.equal(reset.statusCode, 200);
    await firstLogin(h, 'op-dinsos', reset.json().oneTimePassword, 'sagu-dan-ikan-bakar-2');
    const toViewer = await butur.request({ method: 'PATCH', url: `/api/v1/users/${operatorId}`, payload: { role: 'viewer', workUnitId: null } });
    assert.deepEqual([toViewer.json().role, toViewer.json().workUnitId], ['viewer', null]);
    const self = await butur.request({
      method: 'PATCH',
      url: '/api/v1/users/' + list.find((u) => u.username === 'admin-butur')!.id,
      payload: { status: 'disabled' },
    });
    assert.equal(self.statusCode, 400);
  });

  test('the audit page: labels, changed fields, filters, XLSX export; each admin sees its own institution only', async () => {
    const res = await butur.request({ method: 'GET', url: '/api/v1/audit?action=user.create' });
    assert.equal(res.statusCode, 200);
    const items = res.json().items as { actionLabel: { id: string; en: string }; changes: { field: string; after: string }[]; after: { username: string } }[];
    // Newest first: the operator it invited, and its own account (created at the CLI for its institution); not Muna's admin.
    assert.deepEqual(
      items.map((i) => i.after.username),
      ['op-dinsos', 'admin-butur'],
    );
    assert.deepEqual(items[0]!.actionLabel, { id: 'Pengguna diundang', en: 'User invited' });
    assert.ok(items[0]!.changes.some((c) => c.field === 'role' && c.after === 'opd_operator'));
    const closes = (await butur.request({ method: 'GET', url: '/api/v1/audit?entityType=work_unit&action=work_unit.close' })).json().items;
    assert.deepEqual(closes[0].changes, [{ field: 'closedOn', label: { id: 'Ditutup sejak', en: 'Closed from' }, before: '—', after: '2023-01-01' }]);
    // Muna's admin sees its own entries and none of Buton Utara's.
    const munaItems = (await muna.request({ method: 'GET', url: '/api/v1/audit?limit=500' })).json().items as {
      action: string;
      entityId: string;
      actor: string;
    }[];
    assert.ok(munaItems.length > 0);
    assert.ok(
      munaItems.every((i) => !i.actor.includes('admin-butur') && i.entityId !== String(operatorId)),
      JSON.stringify(munaItems),
    );
    assert.ok(munaItems.some((i) => i.action === 'user.change_password'));
    // Date range in the office's zone: everything happened "today" in real time.
    const future = await butur.request({ method: 'GET', url: '/api/v1/audit?from=2099-01-01' });
    assert.equal(future.json().total, 0);
    const backwards = await butur.request({ method: 'GET', url: '/api/v1/audit?from=2023-02-01&to=2023-01-01' });
    assert.equal(backwards.statusCode, 400);
    const viewer = await h.login('viewer');
    assert.equal((await viewer.request({ method: 'GET', url: '/api/v1/audit' })).statusCode, 403);

    const xlsx = await butur.request({ method: 'GET', url: '/api/v1/audit/export.xlsx?entityType=user' });
    assert.equal(xlsx.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const total = (await butur.request({ method: 'GET', url: '/api/v1/audit?entityType=user' })).json().total as number;
    assert.equal(ws.rowCount, total + 1);
    assert.equal(ws.getRow(1).getCell(4).value, 'Tindakan');
    // The time is a date-time cell in the office's zone (WITA), not ISO text.
    assert.equal(ws.getRow(1).getCell(2).value, 'Waktu (WITA)');
    const first = (await butur.request({ method: 'GET', url: '/api/v1/audit?entityType=user&limit=1' })).json().items[0] as { at: string };
    const cell = ws.getRow(2).getCell(2);
    assert.ok(cell.value instanceof Date, `a date cell: ${String(cell.value)}`);
    assert.equal(cell.numFmt, 'dd/mm/yyyy hh:mm:ss');
    assert.equal(Math.round((cell.value as Date).getTime() / 1000), Math.floor(new Date(first.at).getTime() / 1000) + 8 * 3600, 'WITA is UTC+8, to the second');
    const actions = new Set(Array.from({ length: total }, (_, i) => String(ws.getRow(i + 2).getCell(4).value)));
    assert.ok(actions.has('Pengguna diundang') && actions.has('Pengguna dinonaktifkan'), [...actions].join(', '));
    // The changes in words: field names from the catalogue, not their codes.
    const changes = Array.from({ length: total }, (_, i) => String(ws.getRow(i + 2).getCell(7).value ?? '')).join('\n');
    assert.match(changes, /^Nama pengguna: — → op-dinsos$/m);
    assert.match(changes, /^Nama lengkap: — → Operator Dinsos$/m);
    assert.doesNotMatch(changes, /fullName|workUnitId|username/);
  });

  test("a viewer bound to one unit lists only that unit's employees; the users page shows its unit", async () => {
    const other = await butur.request({ method: 'POST', url: '/api/v1/units', payload: { code: 'DISDIK', name: 'Dinas Pendidikan' } });
    assert.equal(other.statusCode, 201, other.body);
    const person = { sex: 'P', birthPlace: 'Buranga', birthDate: '1990-08-05', position: 'Staf', employmentType: 'honorer', startDate: '2020-01-02' };
    const inUnit = await butur.request({
      method: 'POST',
      url: '/api/v1/employees',
      payload: { ...person, nik: '7409014508900001', fullName: 'Siti Dinsos', workUnitId: unitId },
    });
    assert.equal(inUnit.statusCode, 201, inUnit.body);
    const elsewhere = await butur.request({
      method: 'POST',
      url: '/api/v1/employees',
      payload: { ...person, nik: '7409014508900002', fullName: 'Siti Disdik', workUnitId: other.json().id },
    });
    assert.equal(elsewhere.statusCode, 201, elsewhere.body);

    const invited = await butur.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'pantau-dinsos', fullName: 'Pemantau Dinsos', role: 'viewer', workUnitId: unitId },
    });
    assert.equal(invited.statusCode, 201, invited.body);
    assert.deepEqual([invited.json().role, invited.json().workUnitId, invited.json().institutionId], ['viewer', unitId, buturId]);
    const listed = ((await butur.request({ method: 'GET', url: '/api/v1/users' })).json().items as { username: string; workUnit: string | null }[]).find(
      (u) => u.username === 'pantau-dinsos',
    )!;
    const unitName = (await butur.request({ method: 'GET', url: `/api/v1/units/${unitId}` })).json().name as string;
    assert.equal(listed.workUnit, unitName);

    const viewer = await firstLogin(h, 'pantau-dinsos', invited.json().oneTimePassword, 'teh-hangat-di-buranga');
    const list = await viewer.request({ method: 'GET', url: '/api/v1/employees' });
    assert.equal(list.statusCode, 200, list.body);
    assert.deepEqual([list.json().total, ids(list, 'fullName')], [1, ['Siti Dinsos']]);
    assert.equal((await viewer.request({ method: 'GET', url: `/api/v1/employees/${elsewhere.json().id}` })).statusCode, 404);
    assert.equal((await viewer.request({ method: 'GET', url: `/api/v1/employees/${inUnit.json().id}` })).statusCode, 200);
    // The whole regency still sees both.
    assert.equal((await butur.request({ method: 'GET', url: '/api/v1/employees' })).json().total, 2);
  });

  test('an API token used after its revocation is refused in Bahasa and changes nothing', async () => {
    const created = await butur.request({ method: 'POST', url: '/api/v1/auth/tokens', payload: { name: 'skrip-butur' } });
    assert.equal(created.statusCode, 201, created.body);
    const { token, id } = created.json() as { token: string; id: number };
    const bearer = { authorization: `Bearer ${token}` };
    const units = async () =>
      Number(
        (
          await h.handle.db
            .selectFrom('work_units')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const made = await h.app.inject({ method: 'POST', url: '/api/v1/units', headers: bearer, payload: { code: 'DISHUB', name: 'Dinas Perhubungan' } });
    assert.equal(made.statusCode, 201, made.body);
    assert.equal((await butur.request({ method: 'DELETE', url: `/api/v1/auth/tokens/${id}` })).statusCode, 200);
    const n = await units();
    const refused = await h.app.inject({ method: 'POST', url: '/api/v1/units', headers: bearer, payload: { code: 'DISPAR', name: 'Dinas Pariwisata' } });
    assert.equal(refused.statusCode, 401);
    assert.equal(refused.json().error.message, 'Token API tidak sah atau sudah dicabut');
    assert.equal(await units(), n, 'nothing stored');
    const read = await h.app.inject({ method: 'GET', url: '/api/v1/units', headers: bearer });
    assert.equal(read.statusCode, 401);
  });
});
