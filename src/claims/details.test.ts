/** The claim shows what stands behind its items: wage, disability parts, scholarship schedule, notes — before and after approval. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { doc, jkkClaim, sitiAndBudi } from './testing.ts';

describe('claim quote details', () => {
  let h: Harness;
  let admin: Client;
  let officer: Client;
  let employeeId: number;
  let agreementId: number;

  before(async () => {
    h = await createHarness({ today: '2022-06-20' });
    admin = await h.login('admin');
    officer = await h.login('bpjs_officer');
    ({ employeeId, agreementId } = await sitiAndBudi(h));
  });
  after(() => h.close());

  test('a partial anatomical disability lists its body part, before and after approval', async () => {
    const filed = await admin.request({
      method: 'POST',
      url: '/api/v1/claims',
      payload: jkkClaim(employeeId, { outcome: 'partial_anatomical', benefit: { medicalCost: 1_000_000, disabilities: [{ code: 'mata-sebelah' }] } }),
    });
    assert.equal(filed.statusCode, 201, filed.body);
    const c = filed.json();
    assert.equal(c.wage, 1_765_000);
    assert.deepEqual(
      c.disabilityParts.map((p: { code: string; amount: number }) => [p.code, p.amount]),
      [['mata-sebelah', 49_420_000]],
    );
    assert.deepEqual(c.scholarshipSchedule, []);
    for (const item of c.checklist.filter((i: { required: boolean }) => i.required)) {
      assert.equal((await admin.request({ method: 'POST', url: `/api/v1/claims/${c.id}/documents`, payload: doc(item.code) })).statusCode, 200);
    }
    assert.equal((await officer.request({ method: 'POST', url: `/api/v1/claims/${c.id}/verify` })).statusCode, 200);
    const approved = (await officer.request({ method: 'POST', url: `/api/v1/claims/${c.id}/approve`, payload: { adjustments: [] } })).json();
    assert.equal(approved.computedFinal, true);
    assert.equal(approved.approvedTotal, 50_420_000);
    assert.equal(approved.disabilityParts[0].code, 'mata-sebelah');
  });

  test('a JKM death with 36 months of contributions carries the yearly scholarship schedule; without them, a note', async () => {
    const body = (months: number) => ({
      ...jkkClaim(employeeId),
      program: 'JKM',
      outcome: 'death',
      doctorStatementOn: null,
      stage2ReportedOn: null,
      benefit: { contributionMonths: months, children: [{ birthDate: '2012-01-01', level: 'SD', yearOfLevel: 5 }] },
    });
    const c = (await admin.request({ method: 'POST', url: '/api/v1/claims', payload: body(36) })).json();
    assert.equal(c.scholarshipSchedule.length, 1);
    assert.equal(c.scholarshipSchedule[0].years[0].level, 'SD');
    assert.equal(c.scholarshipSchedule[0].years[0].yearOfLevel, 5);
    assert.equal(c.total, 42_000_000 + c.scholarshipSchedule[0].total);
    const rejected = await officer.request({
      method: 'POST',
      url: `/api/v1/claims/${c.id}/reject`,
      payload: { reason: 'Diajukan ulang dengan masa iur dari kartu' },
    });
    assert.equal(rejected.statusCode, 200);
    const short = await admin.request({ method: 'POST', url: '/api/v1/claims', payload: body(12) });
    assert.equal(short.statusCode, 201, short.body);
    assert.deepEqual(short.json().scholarshipSchedule, []);
    assert.match(short.json().notes.join(' '), /paling sedikit 36 bulan; masa iur 12 bulan/);
    assert.equal(short.json().total, 42_000_000);
  });

  test('the claims register (XLSX) has one row per claim with unit, status and amounts', async () => {
    const res = await admin.request({ method: 'GET', url: `/api/v1/claims/register.xlsx?agreementId=${agreementId}` });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-disposition']), /register-klaim\.xlsx/);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Register klaim')!;
    const claims = (await admin.request({ method: 'GET', url: `/api/v1/claims?agreementId=${agreementId}` })).json().items;
    assert.equal(ws.rowCount, claims.length + 1);
    const rows = Array.from({ length: claims.length }, (_, i) => ws.getRow(i + 2));
    const approved = rows.find((r) => r.getCell(10).value === 'disetujui')!;
    assert.deepEqual(
      [approved.getCell(2).value, approved.getCell(4).value, approved.getCell(7).value, approved.getCell(12).value, approved.getCell(14).value],
      ['7409014508900001', 'DINKES', 'Cacat sebagian anatomis', 50_420_000, 50_420_000],
    );
    assert.equal(ws.getRow(1).getCell(1).value, 'Nomor klaim');
    assert.deepEqual(rows.map((r) => r.getCell(1).value).sort(), claims.map((c: { number: string }) => c.number).sort(), 'the claim numbers of the list');
    for (const r of rows) assert.match(String(r.getCell(1).value), /^KLM\/2022\/\d{5}$/);
    const rejected = rows.find((r) => r.getCell(10).value === 'ditolak')!;
    assert.equal(rejected.getCell(16).value, 'Diajukan ulang dengan masa iur dari kartu');
    assert.equal(rejected.getCell(14).value, 0);
  });
});
