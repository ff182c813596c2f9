/**
 * Real cells in every XLSX, read back with exceljs from the demo dataset: dates are date cells
 * shown dd/mm/yyyy (months with their Indonesian name), no ISO text dates, no codes; the roster
 * export imports back unchanged.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { demoAgreement } from '../testing/builders.ts';
import { loadDemo } from '../demo.ts';
import { XLSX_DATE_FORMAT, XLSX_MONTH_FORMAT } from '../core/xlsx-cells.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`).getTime();

/** Every cell of every sheet: none holds a day written as text or an arrears code. */
function assertNoTextDatesOrCodes(wb: ExcelJS.Workbook, where: string) {
  wb.eachSheet((ws) => {
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (typeof cell.value === 'string') {
          assert.doesNotMatch(cell.value, /\b\d{4}-\d{2}-\d{2}\b/, `${where} ${ws.name}!R${r}C${c}: ${cell.value}`);
          assert.doesNotMatch(
            cell.value,
            /^(not_due|0-30|31-60|61-90|90\+|submitted|verified|approved|paid|rejected)$/,
            `${where} ${ws.name}!R${r}C${c}: ${cell.value}`,
          );
        }
        if (cell.value instanceof Date)
          assert.ok([XLSX_DATE_FORMAT, XLSX_MONTH_FORMAT].includes(cell.numFmt), `${where} ${ws.name}!R${r}C${c} format ${cell.numFmt}`);
      }),
    );
  });
}

describe('spreadsheets with real date cells', () => {
  let h: Harness;
  let admin: Client;
  let agreementId: number;
  before(async () => {
    h = await createHarness({ today: '2026-12-01' });
    await loadDemo(h.services, { dataset: true });
    agreementId = await demoAgreement(h);
    admin = await h.login('admin');
  });
  after(() => h.close());

  async function workbook(url: string): Promise<ExcelJS.Workbook> {
    const res = await admin.request({ method: 'GET', url });
    assert.equal(res.statusCode, 200, res.body);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return wb;
  }

  test('bill: issue and due dates are date cells, the month column is a month', async () => {
    const first = Math.min(...(await h.services.contributions.listBills(h.admin, agreementId)).map((b) => b.id));
    const wb = await workbook(`/api/v1/bills/${first}/xlsx`);
    const summary = wb.getWorksheet('Ringkasan')!;
    const cellOf = (label: string) => {
      let cell: ExcelJS.Cell | undefined;
      summary.eachRow((row) => {
        if (row.getCell(1).value === label) cell = row.getCell(2);
      });
      return cell!;
    };
    assert.ok(cellOf('Terbit').value instanceof Date);
    assert.equal((cellOf('Terbit').value as Date).getTime(), day('2022-04-01'));
    assert.equal((cellOf('Jatuh tempo').value as Date).getTime(), day('2022-05-17')); // 15 May 2022 a Sunday, 16 May Waisak
    assert.equal(cellOf('Jatuh tempo').numFmt, 'dd/mm/yyyy');
    const detail = wb.getWorksheet('Rincian')!;
    assert.equal(detail.rowCount, 31, 'header + 30 participants');
    assert.equal((detail.getRow(2).getCell(1).value as Date).getTime(), day('2022-04-01'));
    assert.equal(detail.getRow(2).getCell(1).numFmt, '[$-421]mmmm yyyy');
    assertNoTextDatesOrCodes(wb, 'tagihan');
  });

  test('claims register: the incident date is a date cell; missed deadlines are written as Indonesian dates', async () => {
    const wb = await workbook(`/api/v1/claims/register.xlsx?agreementId=${agreementId}`);
    const ws = wb.getWorksheet('Register klaim')!;
    assert.equal(ws.rowCount, 11, 'header + 10 claims');
    const incidents = new Set<number>();
    ws.eachRow((row, r) => {
      if (r > 1) {
        assert.ok(row.getCell(8).value instanceof Date, `row ${r}`);
        incidents.add((row.getCell(8).value as Date).getTime());
      }
    });
    assert.ok(incidents.has(day('2022-07-14')));
    assert.ok(incidents.has(day('2023-03-02')));
    assertNoTextDatesOrCodes(wb, 'register');
  });

  test('M&E report: every sheet with dates has date cells; the arrears sheet shows labels', async () => {
    const wb = await workbook(`/api/v1/monitoring/report?agreementId=${agreementId}&period=2023&format=xlsx`);
    const summary = wb.getWorksheet('Ringkasan')!;
    let asOf: unknown;
    summary.eachRow((row) => {
      if (row.getCell(1).value === 'Keadaan per') asOf = row.getCell(2).value;
    });
    assert.ok(asOf instanceof Date);
    assert.equal(asOf.getTime(), day('2023-12-31'));
    const months = wb.getWorksheet('Iuran per bulan')!;
    assert.equal(months.rowCount, 13, 'header + 12 months of 2023');
    assert.deepEqual(
      [months.getRow(2).getCell(1).value, months.getRow(13).getCell(1).value].map((d) => (d as Date).getTime()),
      [day('2023-01-01'), day('2023-12-01')],
    );
    assert.equal(months.getRow(2).getCell(1).numFmt, XLSX_MONTH_FORMAT);
    const activities = wb.getWorksheet('Kegiatan')!;
    assert.equal((activities.getRow(2).getCell(2).value as Date).getTime(), day('2023-02-15'));
    const forum = wb.getWorksheet('Forum')!;
    assert.equal((forum.getRow(2).getCell(5).value as Date).getTime(), day('2024-01-31'));
    assert.equal(forum.getRow(2).getCell(6).value, null, 'the open follow-up has no completion date');
    const fm = wb.getWorksheet('Force majeure')!;
    assert.deepEqual(
      [fm.getRow(2).getCell(2).value, fm.getRow(2).getCell(3).value].map((d) => (d as Date).getTime()),
      [day('2023-01-09'), day('2023-01-16')],
    );
    assert.equal((wb.getWorksheet('Perselisihan')!.getRow(2).getCell(2).value as Date).getTime(), day('2023-07-10'));
    const arrears = wb.getWorksheet('Tunggakan')!;
    assert.deepEqual(
      [2, 3, 4, 5, 6].map((r) => arrears.getRow(r).getCell(1).value),
      ['Belum jatuh tempo', '0–30 hari', '31–60 hari', '61–90 hari', 'Lebih dari 90 hari'],
    );
    assertNoTextDatesOrCodes(wb, 'monev');
  });

  test('roster export: dates are date cells shown dd/mm/yyyy, and the file imports back unchanged', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/v1/employees/export?format=xlsx' });
    assert.equal(res.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const birth = header.indexOf('Tanggal Lahir') + 1;
    assert.ok(birth > 0, String(header));
    assert.ok(ws.getRow(2).getCell(birth).value instanceof Date);
    assert.equal(ws.getRow(2).getCell(birth).numFmt, 'dd/mm/yyyy');
    assertNoTextDatesOrCodes(wb, 'roster');
    const preview = await h.services.rosterFiles.preview(h.admin, { fileName: 'pegawai.xlsx', content: res.rawPayload, agreementId });
    assert.deepEqual(preview.counts, { total: 40, new: 0, changed: 0, unchanged: 40, errors: 0 });
  });
});
