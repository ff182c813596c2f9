/**
 * A work unit closed from a date takes no new employees and no moves into it from that date:
 * create, move and import each answer in Bahasa, naming the unit and its closing date, and store nothing.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { demoAgreement } from '../testing/builders.ts';
import { personRow, SITI, xlsxOf } from './testing.ts';

const CLOSED_LAMA = 'Unit kerja LAMA Kantor Lama ditutup sejak 5 Januari 2023; unit itu tidak menerima pegawai baru atau pindahan sejak tanggal itu';

describe('closed work units', () => {
  let h: Harness;
  let agreementId: number;
  let admin: Client;
  let dinkes: number;
  let lama: number;
  let baru: number;
  let kini: number;

  const count = async () =>
    Number(
      (
        await h.handle.db
          .selectFrom('employees')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const history = async () =>
    Number(
      (
        await h.handle.db
          .selectFrom('employee_history')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    h = await createHarness({ today: '2023-01-10' });
    admin = await h.login('admin');
    agreementId = await demoAgreement(h);
    dinkes = (await h.services.units.create(h.admin, { agreementId, code: 'DINKES', name: 'Dinas Kesehatan' })).id;
    lama = (await h.services.units.create(h.admin, { agreementId, code: 'LAMA', name: 'Kantor Lama' })).id;
    baru = (await h.services.units.create(h.admin, { agreementId, code: 'BARU', name: 'Kantor Baru' })).id;
    await h.services.units.close(h.admin, lama, { closedOn: '2023-01-05' });
    kini = (await h.services.units.create(h.admin, { agreementId, code: 'KINI', name: 'Kantor Kini' })).id;
    await h.services.units.close(h.admin, baru, { closedOn: '2023-02-01' });
    await h.services.units.close(h.admin, kini, { closedOn: '2023-01-10' });
  });
  after(() => h.close());

  test('no new employee in a unit from its closing date; before it, or gone before it, passes', async () => {
    const refused = await admin.request({ method: 'POST', url: '/api/v1/employees', payload: { ...SITI, workUnitId: lama } });
    assert.equal(refused.statusCode, 400, refused.body);
    assert.equal(refused.json().error.message, CLOSED_LAMA);
    // Closed from today: today counts; a start date long before does not put anyone into it now.
    const today = await admin.request({ method: 'POST', url: '/api/v1/employees', payload: { ...SITI, workUnitId: kini } });
    assert.equal(today.statusCode, 400);
    assert.equal(
      today.json().error.message,
      'Unit kerja KINI Kantor Kini ditutup sejak 10 Januari 2023; unit itu tidak menerima pegawai baru atau pindahan sejak tanggal itu',
    );
    assert.equal(await count(), 0, 'nothing stored');

    const beforeClosing = await admin.request({ method: 'POST', url: '/api/v1/employees', payload: { ...SITI, startDate: '2023-01-09', workUnitId: baru } });
    assert.equal(beforeClosing.statusCode, 201, beforeClosing.body);
    const leftBefore = await admin.request({
      method: 'POST',
      url: '/api/v1/employees',
      payload: { ...SITI, nik: '7409014508900002', fullName: 'Siti Dua', workUnitId: lama, endDate: '2022-12-31', endReason: 'Kontrak selesai' },
    });
    assert.equal(leftBefore.statusCode, 201, leftBefore.body);
    assert.equal(await count(), 2);
  });

  test('no move into a closed unit; the employee stays where it was and no history is written', async () => {
    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/employees',
      payload: { ...SITI, nik: '7409014508900003', fullName: 'Siti Tiga', workUnitId: dinkes },
    });
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id as number;
    const n = await history();
    const moved = await admin.request({ method: 'PATCH', url: `/api/v1/employees/${id}`, payload: { workUnitId: lama, effectiveOn: '2023-01-02' } });
    assert.equal(moved.statusCode, 400);
    assert.equal(moved.json().error.message, CLOSED_LAMA);
    const fromClosing = await admin.request({ method: 'PATCH', url: `/api/v1/employees/${id}`, payload: { workUnitId: baru, effectiveOn: '2023-02-01' } });
    assert.equal(fromClosing.statusCode, 400);
    assert.match(fromClosing.json().error.message, /^Unit kerja BARU Kantor Baru ditutup sejak 1 Februari 2023/);
    const got = await admin.request({ method: 'GET', url: `/api/v1/employees/${id}` });
    assert.equal(got.json().workUnitId, dinkes);
    assert.equal(await history(), n);
    const toOpen = await admin.request({ method: 'PATCH', url: `/api/v1/employees/${id}`, payload: { workUnitId: baru, effectiveOn: '2023-01-15' } });
    assert.equal(toOpen.statusCode, 200, toOpen.body);
    assert.equal(toOpen.json().workUnitId, baru);
  });

  test('an import takes neither new rows nor moves into a closed unit: each is a row error on the unit column', async () => {
    const existing = personRow(1, 'DINKES');
    await h.services.rosterFiles.commit(
      h.admin,
      (await h.services.rosterFiles.preview(h.admin, { fileName: 'a.xlsx', content: await xlsxOf([existing]), agreementId })).id,
    );
    const n = await count();
    const moving = [...existing];
    moving[5] = 'LAMA';
    const preview = await h.services.rosterFiles.preview(h.admin, {
      fileName: 'b.xlsx',
      content: await xlsxOf([personRow(2, 'LAMA'), moving, personRow(3, 'DINKES')]),
      agreementId,
    });
    assert.deepEqual(preview.counts, { total: 3, new: 1, changed: 0, unchanged: 0, errors: 2 });
    assert.deepEqual(
      preview.errors.map((e) => [e.row, e.column, e.message]),
      [
        [2, 'Kode Unit', CLOSED_LAMA],
        [3, 'Kode Unit', CLOSED_LAMA],
      ],
    );
    const done = await h.services.rosterFiles.commit(h.admin, preview.id);
    assert.deepEqual([done.created, done.updated], [1, 0]);
    assert.equal(await count(), n + 1);
    const stillThere = await h.handle.db.selectFrom('employees').select('work_unit_id').where('nik', '=', existing[0]!).executeTakeFirstOrThrow();
    assert.equal(stillThere.work_unit_id, dinkes);
    assert.equal(
      Number(
        (
          await h.handle.db
            .selectFrom('employees')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('work_unit_id', '=', lama)
            .executeTakeFirstOrThrow()
        ).n,
      ),
      1,
      'only the one who left before closing',
    );
  });
});
