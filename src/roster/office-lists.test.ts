/**
 * Rosters as offices keep them: title rows above the header, no start-date column, a JUMLAH
 * line under the list. The people import (start date stored as not known, a warning each), the
 * total line is passed over with a note.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { createHarness, type Harness } from '../testing/harness.ts';
import { demoAgreement, workUnit } from '../testing/builders.ts';
import { summaryRowLabel } from './import-analysis.ts';

async function officeList(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Honorer 2023');
  ws.addRow(['DAFTAR PEGAWAI NON ASN']);
  ws.addRow(['DINAS KESEHATAN KABUPATEN BUTON UTARA']);
  ws.addRow([]);
  ws.addRow(['No', 'NIK', 'Nama', 'L/P', 'Tempat Lahir', 'Tanggal Lahir', 'Jabatan', 'Gaji']);
  ws.addRow([1, '7409014508900001', 'Siti Aminah', 'P', 'Buranga', '05/08/1990', 'Perawat', 1_500_000]);
  ws.addRow([2, '7409010101850001', 'La Ode Budi', 'L', 'Ereke', '01/01/1985', 'Pengemudi', 1_200_000]);
  ws.addRow([3, '7409016203920002', 'Wa Ode Rina', 'P', 'Kulisusu', '22/03/1992', 'Staf', 1_200_000]);
  ws.addRow(['', '', 'JUMLAH', '', '', '', '', 3_900_000]);
  ws.getColumn(2).numFmt = '@';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('office rosters', () => {
  let h: Harness;
  let agreementId: number;
  before(async () => {
    h = await createHarness({ today: '2023-01-10' });
    agreementId = await demoAgreement(h);
    await h.services.units.create(h.admin, { agreementId, code: 'DINKES', name: 'Dinas Kesehatan' });
  });
  after(() => h.close());

  test('summary lines: no NIK and JUMLAH/TOTAL or a number; a person without NIK is not one', () => {
    assert.equal(summaryRowLabel({ values: { nik: null, fullName: 'JUMLAH' }, cells: [null, null, 'JUMLAH', 3_900_000] }), 'JUMLAH');
    assert.equal(summaryRowLabel({ values: { nik: null }, cells: [null, 'Total pegawai'] }), 'Total pegawai');
    assert.equal(summaryRowLabel({ values: { nik: null }, cells: [null, null, null, '3.900.000'] }), '3.900.000');
    assert.equal(summaryRowLabel({ values: { nik: null, fullName: 'Siti Aminah' }, cells: [null, null, 'Siti Aminah', 'P'] }), null);
    assert.equal(summaryRowLabel({ values: { nik: '7409014508900001', fullName: 'Siti' }, cells: [1, '7409014508900001', 'Siti', 1_500_000] }), null);
  });

  test('title rows, no start-date column and a total row: 3 people imported, the total skipped with a note', async () => {
    const admin = await h.login('admin');
    const preview = await h.services.rosterFiles.preview(h.admin, {
      fileName: 'honorer-dinkes.xlsx',
      content: await officeList(),
      unitId: await workUnit(h, { agreementId, unitCode: 'DINKES' }),
    });
    assert.deepEqual(preview.errors, []);
    assert.deepEqual(preview.counts, { total: 3, new: 3, changed: 0, unchanged: 0, errors: 0 });
    assert.deepEqual(
      preview.notes.map((n) => [n.row, n.message]),
      [
        [5, 'Tanggal mulai kerja tidak diisi; disimpan sebagai tidak diketahui'],
        [6, 'Tanggal mulai kerja tidak diisi; disimpan sebagai tidak diketahui'],
        [7, 'Tanggal mulai kerja tidak diisi; disimpan sebagai tidak diketahui'],
        [8, 'Baris ringkasan ("JUMLAH") tanpa NIK dilewati'],
      ],
    );
    const done = await h.services.rosterFiles.commit(h.admin, preview.id);
    assert.equal(done.created, 3);
    const list = (await admin.request({ method: 'GET', url: '/api/v1/employees?status=all' })).json();
    assert.equal(list.total, 3);
    const siti = list.items.find((e: { nik: string }) => e.nik === '7409014508900001');
    assert.deepEqual([siti.fullName, siti.birthDate, siti.startDate, siti.status], ['Siti Aminah', '1990-08-05', null, 'active']);
    // Someone with no start date counts on the dashboard from the first day.
    const d = (await admin.request({ method: 'GET', url: `/api/v1/monitoring/dashboard?agreementId=${agreementId}&date=2022-04-01` })).json();
    assert.equal(d.coverage.roster, 3);
  });
});
