/**
 * Work units through the API (issue #17): create, rename, move under a parent, close from a date (a
 * closed unit takes no new employee), import a unit list from XLSX, and the scope — another regency's
 * admin gets 404 as for a missing unit, an OPD operator and a viewer read but may not change units (403).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { demoAgreement, workUnit } from '../testing/builders.ts';
import { munaAgreementData } from '../testing/two-regencies.ts';
import { multipart } from '../testing/multipart.ts';
import { unitSheet } from '../testing/unit-sheet.ts';

interface Unit {
  id: number;
  institutionId: number;
  institution: string;
  code: string;
  name: string;
  parentId: number | null;
  closedOn: string | null;
  phone: string;
  address: string;
  activeEmployees: number;
}

const SITI = { nik: '7409014508900001', fullName: 'Siti Aminah', sex: 'P', birthDate: '1990-08-05', employmentType: 'honorer', startDate: '2020-01-02' };

describe('work units', () => {
  let h: Harness;
  let agreementId: number;
  let munaAgreementId: number;
  let buturGov: number;
  let munaGov: number;
  let admin: Client;
  let adminMuna: Client;
  let viewer: Client;

  before(async () => {
    h = await createHarness({ today: '2023-01-10' });
    agreementId = await demoAgreement(h);
    munaAgreementId = await demoAgreement(h, munaAgreementData());
    buturGov = (await h.services.agreements.get(h.admin, agreementId)).parties.one.institutionId;
    munaGov = (await h.services.agreements.get(h.admin, munaAgreementId)).parties.one.institutionId;
    admin = await h.login('admin', 'admin-butur');
    adminMuna = await h.login('admin', 'admin-muna', { institutionId: munaGov });
    viewer = await h.login('viewer', 'pemantau-butur');
  });
  after(() => h.close());

  const units = async (client: Client, query = '') => (await client.request({ method: 'GET', url: `/api/v1/units${query}` })).json().items as Unit[];

  test('create: 201 with the unit under the agreement’s government; a used code is 409, a bad code 400, a viewer 403', async () => {
    const created = await admin.request({ method: 'POST', url: '/api/v1/units', payload: { agreementId, code: 'DINKES', name: 'Dinas Kesehatan' } });
    assert.equal(created.statusCode, 201, created.body);
    const unit = created.json() as Unit;
    assert.deepEqual(
      { ...unit, id: 0 },
      {
        id: 0,
        institutionId: buturGov,
        institution: 'Pemerintah Kabupaten Buton Utara',
        code: 'DINKES',
        name: 'Dinas Kesehatan',
        parentId: null,
        closedOn: null,
        phone: '',
        address: '',
        activeEmployees: 0,
      },
    );
    assert.deepEqual((await admin.request({ method: 'GET', url: `/api/v1/units/${unit.id}` })).json(), unit);

    const twice = await admin.request({ method: 'POST', url: '/api/v1/units', payload: { agreementId, code: 'DINKES', name: 'Dinas Kesehatan Lagi' } });
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json().error.message, 'Kode unit "DINKES" sudah ada');
    // The same code in another regency is another unit.
    const inMuna = await adminMuna.request({ method: 'POST', url: '/api/v1/units', payload: { code: 'DINKES', name: 'Dinas Kesehatan Muna' } });
    assert.equal(inMuna.statusCode, 201, inMuna.body);
    assert.equal(inMuna.json().institutionId, munaGov);

    const bad = await admin.request({ method: 'POST', url: '/api/v1/units', payload: { agreementId, code: 'A B', name: 'Spasi' } });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().error.message, /Kode unit 1–30 karakter: huruf, angka, titik, garis bawah atau tanda hubung/);
    const refused = await viewer.request({ method: 'POST', url: '/api/v1/units', payload: { agreementId, code: 'BKPSDM', name: 'BKPSDM' } });
    assert.equal(refused.statusCode, 403);
    assert.deepEqual(
      (await units(admin)).map((u) => u.code),
      ['DINKES'],
      'nothing else stored in Buton Utara',
    );
  });

  test('rename and move under a parent; a unit never under itself or its own descendant', async () => {
    const dinkes = await workUnit(h, { agreementId, unitCode: 'DINKES' });
    const yankes = (
      await admin.request({ method: 'POST', url: '/api/v1/units', payload: { agreementId, code: 'DINKES.YANKES', name: 'Bidang Yankes' } })
    ).json() as Unit;
    assert.equal(yankes.parentId, null);

    const renamed = await admin.request({
      method: 'PATCH',
      url: `/api/v1/units/${yankes.id}`,
      payload: { name: 'Bidang Pelayanan Kesehatan', parentId: dinkes, phone: '0401-123', address: 'Jalan Poros Buranga' },
    });
    assert.equal(renamed.statusCode, 200, renamed.body);
    assert.deepEqual((({ code, name, parentId, phone, address }: Unit) => ({ code, name, parentId, phone, address }))(renamed.json()), {
      code: 'DINKES.YANKES',
      name: 'Bidang Pelayanan Kesehatan',
      parentId: dinkes,
      phone: '0401-123',
      address: 'Jalan Poros Buranga',
    });

    const underChild = await admin.request({ method: 'PATCH', url: `/api/v1/units/${dinkes}`, payload: { parentId: yankes.id } });
    assert.equal(underChild.statusCode, 400);
    assert.equal(underChild.json().error.message, 'Unit induk tidak boleh unit itu sendiri atau salah satu bawahannya');
    const underItself = await admin.request({ method: 'PATCH', url: `/api/v1/units/${dinkes}`, payload: { parentId: dinkes } });
    assert.equal(underItself.statusCode, 400);
    const missingParent = await admin.request({ method: 'PATCH', url: `/api/v1/units/${yankes.id}`, payload: { parentId: 999_999 } });
    assert.equal(missingParent.statusCode, 404);
    assert.equal(missingParent.json().error.message, 'Unit induk tidak ditemukan');
    const munaUnit = (await units(adminMuna)).find((u) => u.code === 'DINKES')!;
    const foreignParent = await admin.request({ method: 'PATCH', url: `/api/v1/units/${yankes.id}`, payload: { parentId: munaUnit.id } });
    assert.equal(foreignParent.statusCode, 404, 'a unit of another regency is no parent');

    const top = await admin.request({ method: 'PATCH', url: `/api/v1/units/${yankes.id}`, payload: { parentId: null } });
    assert.equal(top.statusCode, 200);
    assert.equal(top.json().parentId, null);
    assert.equal(top.json().name, 'Bidang Pelayanan Kesehatan', 'the name stays when only the parent changes');
  });

  test('close from a date: no new employee from that day; closing twice is 409', async () => {
    const lama = (await admin.request({ method: 'POST', url: '/api/v1/units', payload: { agreementId, code: 'LAMA', name: 'Kantor Lama' } })).json() as Unit;
    const hired = await admin.request({ method: 'POST', url: '/api/v1/employees', payload: { ...SITI, workUnitId: lama.id } });
    assert.equal(hired.statusCode, 201, hired.body);

    const closed = await admin.request({ method: 'POST', url: `/api/v1/units/${lama.id}/close`, payload: { closedOn: '2023-01-10' } });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.deepEqual([closed.json().closedOn, closed.json().activeEmployees], ['2023-01-10', 1]);
    assert.equal(await h.services.units.isClosedOn(lama.id, '2023-01-09'), false);
    assert.equal(await h.services.units.isClosedOn(lama.id, '2023-01-10'), true);

    const refused = await admin.request({
      method: 'POST',
      url: '/api/v1/employees',
      payload: { ...SITI, nik: '7409010101850001', fullName: 'La Ode Budi', sex: 'L', birthDate: '1985-01-01', workUnitId: lama.id },
    });
    assert.equal(refused.statusCode, 400);
    assert.equal(
      refused.json().error.message,
      'Unit kerja LAMA Kantor Lama ditutup sejak 10 Januari 2023; unit itu tidak menerima pegawai baru atau pindahan sejak tanggal itu',
    );

    const again = await admin.request({ method: 'POST', url: `/api/v1/units/${lama.id}/close`, payload: { closedOn: '2023-02-01' } });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.message, 'Unit kerja "Kantor Lama" sudah ditutup sejak 10 Januari 2023');
    const noDate = await admin.request({ method: 'POST', url: `/api/v1/units/${lama.id}/close`, payload: {} });
    assert.equal(noDate.statusCode, 400);
  });

  test('import a unit list: a known code renamed and moved, a new one created; a cycle or a missing parent stores nothing (422)', async () => {
    const before = await units(admin);
    const bad = await admin.request({
      method: 'POST',
      url: '/api/v1/units/import',
      ...multipart(
        {},
        {
          name: 'unit.xlsx',
          content: await unitSheet([
            ['X1', 'Satu', 'X2'],
            ['X2', 'Dua', 'X1'],
            ['X3', 'Tiga', 'X3'],
            ['X4', 'Empat', 'TIDAKADA'],
          ]),
        },
      ),
    });
    assert.equal(bad.statusCode, 422, bad.body);
    assert.deepEqual(bad.json(), {
      created: 0,
      updated: 0,
      errors: [
        { row: 2, column: 'Kode Induk', message: 'Hubungan induk membentuk lingkaran' },
        { row: 3, column: 'Kode Induk', message: 'Hubungan induk membentuk lingkaran' },
        { row: 4, column: 'Kode Induk', message: 'Unit tidak dapat menjadi induk dirinya sendiri' },
        { row: 4, column: 'Kode Induk', message: 'Hubungan induk membentuk lingkaran' },
        { row: 5, column: 'Kode Induk', message: 'Unit induk "TIDAKADA" tidak ada di berkas maupun di daftar unit' },
      ],
    });
    assert.deepEqual(await units(admin), before, 'nothing stored');

    const good = await admin.request({
      method: 'POST',
      url: '/api/v1/units/import',
      ...multipart(
        { agreementId: String(agreementId) },
        {
          name: 'unit.xlsx',
          content: await unitSheet([
            ['DINKES', 'Dinas Kesehatan Daerah', null],
            ['DINKES.P2P', 'Bidang Pencegahan Penyakit', 'DINKES'],
          ]),
        },
      ),
    });
    assert.equal(good.statusCode, 200, good.body);
    assert.deepEqual(good.json(), { created: 1, updated: 1, errors: [] });
    const after = await units(admin, `?agreementId=${agreementId}`);
    const dinkes = after.find((u) => u.code === 'DINKES')!;
    assert.equal(dinkes.name, 'Dinas Kesehatan Daerah');
    assert.deepEqual(
      after.filter((u) => u.code === 'DINKES.P2P').map((u) => [u.name, u.parentId, u.institutionId]),
      [['Bidang Pencegahan Penyakit', dinkes.id, buturGov]],
    );
    assert.equal(after.length, before.length + 1);
    assert.equal((await units(adminMuna)).find((u) => u.code === 'DINKES')!.name, 'Dinas Kesehatan Muna', 'the other regency’s DINKES is untouched');
  });

  test('scope: another regency’s admin gets 404 as for a missing unit; an OPD operator reads its own unit only and may change none (403)', async () => {
    const dinkes = await workUnit(h, { agreementId, unitCode: 'DINKES' });
    const missing = await adminMuna.request({ method: 'GET', url: '/api/v1/units/999999' });
    assert.equal(missing.statusCode, 404);
    for (const req of [
      { method: 'GET' as const, url: `/api/v1/units/${dinkes}` },
      { method: 'PATCH' as const, url: `/api/v1/units/${dinkes}`, payload: { name: 'Diambil alih' } },
      { method: 'POST' as const, url: `/api/v1/units/${dinkes}/close`, payload: { closedOn: '2023-01-10' } },
    ]) {
      const res = await adminMuna.request(req);
      assert.equal(res.statusCode, 404, `${req.method} ${req.url}: ${res.body}`);
      assert.equal(res.json().error.message, missing.json().error.message, 'the same answer as a missing unit');
    }
    const intoButur = await adminMuna.request({ method: 'POST', url: '/api/v1/units', payload: { agreementId, code: 'SUSUP', name: 'Unit Susupan' } });
    assert.equal(intoButur.statusCode, 404);
    assert.equal(intoButur.json().error.message, 'Perjanjian tidak ditemukan');
    const importInto = await adminMuna.request({
      method: 'POST',
      url: '/api/v1/units/import',
      ...multipart({ agreementId: String(agreementId) }, { name: 'unit.xlsx', content: await unitSheet([['SUSUP', 'Unit Susupan', null]]) }),
    });
    assert.equal(importInto.statusCode, 404);
    assert.deepEqual(
      (await units(adminMuna)).map((u) => u.institutionId),
      [munaGov],
      'Muna’s admin lists Muna’s units only',
    );

    const operator = await h.login('opd_operator', 'operator-dinkes', { workUnitId: dinkes });
    assert.deepEqual(
      (await units(operator)).map((u) => u.id),
      [dinkes],
      'an operator lists its own unit',
    );
    const other = (await units(admin)).find((u) => u.code === 'LAMA')!;
    assert.equal((await operator.request({ method: 'GET', url: `/api/v1/units/${other.id}` })).statusCode, 404);
    for (const req of [
      { method: 'POST' as const, url: '/api/v1/units', payload: { agreementId, code: 'OPD', name: 'Unit Operator' } },
      { method: 'PATCH' as const, url: `/api/v1/units/${dinkes}`, payload: { name: 'Nama Baru' } },
      { method: 'POST' as const, url: `/api/v1/units/${dinkes}/close`, payload: { closedOn: '2023-01-10' } },
      {
        method: 'POST' as const,
        url: '/api/v1/units/import',
        ...multipart({}, { name: 'unit.xlsx', content: await unitSheet([['OPD', 'Unit Operator', null]]) }),
      },
    ]) {
      const res = await operator.request(req);
      assert.equal(res.statusCode, 403, `${req.method} ${req.url}: ${res.body}`);
      assert.equal(res.json().error.message, 'Operator OPD tidak berwenang mengubah unit kerja');
    }
    const unchanged = (await admin.request({ method: 'GET', url: `/api/v1/units/${dinkes}` })).json() as Unit;
    assert.deepEqual([unchanged.name, unchanged.closedOn], ['Dinas Kesehatan Daerah', null]);
  });
});
