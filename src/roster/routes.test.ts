import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { demoAgreement } from '../testing/builders.ts';
import { SITI as SITI_FORM } from './testing.ts';

const SITI = { ...SITI_FORM, phone: '0812 3456 7890', address: 'Jl. Poros Ereke' };

describe('roster API', () => {
  let h: Harness;
  let agreementId: number;
  let admin: Client;
  let unitA: number;
  let unitB: number;

  before(async () => {
    h = await createHarness({ today: '2023-01-10' });
    admin = await h.login('admin');
    agreementId = await demoAgreement(h);
    const a = await admin.request({ method: 'POST', url: '/api/v1/units', payload: { agreementId, code: 'DINKES', name: 'Dinas Kesehatan' } });
    assert.equal(a.statusCode, 201, a.body);
    unitA = a.json().id;
    const b = await admin.request({
      method: 'POST',
      url: '/api/v1/units',
      payload: { agreementId, code: 'BKPSDM', name: 'Badan Kepegawaian dan Pengembangan SDM' },
    });
    unitB = b.json().id;
  });
  after(() => h.close());

  test('adds an employee after checking the NIK against birth date and sex', async () => {
    const res = await admin.request({ method: 'POST', url: '/api/v1/employees', payload: { ...SITI, workUnitId: unitA } });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().status, 'active');
    assert.equal(res.json().unitCode, 'DINKES');
    const dup = await admin.request({ method: 'POST', url: '/api/v1/employees', payload: { ...SITI, workUnitId: unitB } });
    assert.equal(dup.statusCode, 409);
    assert.match(dup.json().error.message, /sudah terdaftar atas nama Siti Aminah di unit Dinas Kesehatan/);
  });

  test('a NIK that disagrees with the birth date is an error; only an admin may override, with a reason', async () => {
    const wrong = { ...SITI, nik: '7409014508900002', birthDate: '1990-08-06', fullName: 'Siti Dua', workUnitId: unitA };
    const res = await admin.request({ method: 'POST', url: '/api/v1/employees', payload: wrong });
    assert.equal(res.statusCode, 400);
    assert.match(res.json().error.message, /Tanggal lahir pada NIK \(05-08-1990\) tidak sama/);
    const operator = await h.login('opd_operator');
    const opUnit = (await operator.request({ method: 'GET', url: '/api/v1/units' })).json().items[0].id;
    const opTry = await operator.request({
      method: 'POST',
      url: '/api/v1/employees',
      payload: { ...wrong, workUnitId: opUnit, nikOverrideReason: 'KTP lama salah cetak' },
    });
    assert.equal(opTry.statusCode, 403);
    const ok = await admin.request({ method: 'POST', url: '/api/v1/employees', payload: { ...wrong, nikOverrideReason: 'KTP lama salah cetak' } });
    assert.equal(ok.statusCode, 201, ok.body);
    const audit = await admin.request({ method: 'GET', url: `/api/v1/audit?entityType=employee&entityId=${ok.json().id}` });
    assert.equal(audit.json().items[0].action, 'employee.create_nik_override');
  });

  test('bad input: invalid NIK, future dates, unknown unit', async () => {
    const cases: [Record<string, unknown>, number, RegExp][] = [
      [{ ...SITI, nik: '123', workUnitId: unitA }, 400, /16 digit/],
      [{ ...SITI, nik: '9909014508900003', workUnitId: unitA }, 400, /provinsi/i],
      [{ ...SITI, nik: '7409014508900004', startDate: '2030-01-01', workUnitId: unitA }, 400, /masa depan/],
      [{ ...SITI, nik: '7409014508900005', workUnitId: 999 }, 404, /Unit kerja tidak ditemukan/],
    ];
    for (const [body, status, message] of cases) {
      const res = await admin.request({ method: 'POST', url: '/api/v1/employees', payload: body });
      assert.equal(res.statusCode, status, res.body);
      assert.match(res.json().error.message, message);
    }
  });

  test('a move between units and a position change are kept as history; ending never deletes', async () => {
    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/employees',
      payload: { ...SITI, nik: '7409010101850001', sex: 'L', birthDate: '1985-01-01', fullName: 'La Ode Budi', workUnitId: unitA },
    });
    const id = created.json().id;
    const moved = await admin.request({ method: 'PATCH', url: `/api/v1/employees/${id}`, payload: { workUnitId: unitB, effectiveOn: '2022-07-01' } });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().unitCode, 'BKPSDM');
    await admin.request({ method: 'PATCH', url: `/api/v1/employees/${id}`, payload: { position: 'Pengadministrasi Umum' } });
    const ended = await admin.request({
      method: 'POST',
      url: `/api/v1/employees/${id}/end`,
      payload: { endDate: '2022-12-31', endReason: 'Kontrak berakhir' },
    });
    assert.equal(ended.json().status, 'ended');
    const detail = (await admin.request({ method: 'GET', url: `/api/v1/employees/${id}` })).json();
    assert.deepEqual(
      detail.history.map((x: { kind: string }) => x.kind),
      ['ended', 'position_changed', 'moved', 'created'],
    );
    assert.equal(detail.history[2].before.unit, 'DINKES Dinas Kesehatan');
    assert.equal(detail.history[2].after.unit, 'BKPSDM Badan Kepegawaian dan Pengembangan SDM');
    assert.equal(detail.history[2].effectiveOn, '2022-07-01');
    const active = (await admin.request({ method: 'GET', url: '/api/v1/employees?q=budi' })).json();
    assert.equal(active.total, 0);
    const all = (await admin.request({ method: 'GET', url: '/api/v1/employees?q=budi&status=all' })).json();
    assert.equal(all.total, 1);
    const back = await admin.request({ method: 'POST', url: `/api/v1/employees/${id}/reactivate` });
    assert.equal(back.json().status, 'active');
  });

  test('an OPD operator sees and changes only its own unit — enforced by the API', async () => {
    const operator = await h.login('opd_operator');
    const me = (await operator.request({ method: 'GET', url: '/api/v1/auth/me' })).json().user;
    const own = await operator.request({
      method: 'POST',
      url: '/api/v1/employees',
      payload: { ...SITI, nik: '7409010202880001', sex: 'L', birthDate: '1988-02-02', fullName: 'Andi', workUnitId: me.workUnitId },
    });
    assert.equal(own.statusCode, 201, own.body);
    const list = (await operator.request({ method: 'GET', url: '/api/v1/employees?status=all' })).json();
    assert.deepEqual(
      list.items.map((e: { fullName: string }) => e.fullName),
      ['Andi'],
    );
    const other = await operator.request({
      method: 'POST',
      url: '/api/v1/employees',
      payload: { ...SITI, nik: '7409010303880001', sex: 'L', birthDate: '1988-03-03', fullName: 'Bukan', workUnitId: unitA },
    });
    assert.equal(other.statusCode, 403);
    const sitiId = (await admin.request({ method: 'GET', url: '/api/v1/employees?q=siti%20aminah' })).json().items[0].id;
    const peek = await operator.request({ method: 'GET', url: `/api/v1/employees/${sitiId}` });
    // Another unit's employee answers exactly like a missing one (src/core/scope.ts).
    assert.equal(peek.statusCode, 404);
    assert.doesNotMatch(peek.body, /Siti/);
    const edit = await operator.request({ method: 'PATCH', url: `/api/v1/employees/${sitiId}`, payload: { position: 'x' } });
    assert.equal(edit.statusCode, 404);
    // A NIK already registered in another unit: the message names nobody and carries no id.
    const dup = await operator.request({ method: 'POST', url: '/api/v1/employees', payload: { ...SITI, workUnitId: me.workUnitId } });
    assert.equal(dup.statusCode, 409);
    assert.equal(
      dup.json().error.message,
      'NIK 7409014508900001 sudah terdaftar pada pegawai lain di luar cakupan Anda; hubungi administrator pemerintah daerah',
    );
    assert.equal(dup.json().error.details, null);
    const moveAway = await operator.request({ method: 'PATCH', url: `/api/v1/employees/${own.json().id}`, payload: { workUnitId: unitA } });
    assert.equal(moveAway.statusCode, 403);
    const viewer = await h.login('viewer');
    const viewerWrite = await viewer.request({ method: 'POST', url: '/api/v1/employees', payload: { ...SITI, workUnitId: unitA } });
    assert.equal(viewerWrite.statusCode, 403);
  });

  test('list is searchable by name and NIK prefix, sortable and paginated', async () => {
    const byNik = (await admin.request({ method: 'GET', url: '/api/v1/employees?q=74090145&status=all' })).json();
    assert.equal(byNik.total, 2);
    const page = (await admin.request({ method: 'GET', url: '/api/v1/employees?status=all&sort=name&order=desc&pageSize=2&page=1' })).json();
    assert.equal(page.items.length, 2);
    assert.equal(page.total, 4);
    assert.deepEqual(
      page.items.map((e: { fullName: string }) => e.fullName),
      ['Siti Dua', 'Siti Aminah'],
    );
  });
});
