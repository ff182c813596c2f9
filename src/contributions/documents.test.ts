import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { createHarness, demoAgreementData, type Client, type Harness } from '../testing/harness.ts';
import { seedParticipants } from '../testing/seed.ts';
import { pdfToText } from '../testing/pdftotext.ts';

describe('bill documents', () => {
  let h: Harness;
  let admin: Client;
  let billId: number;
  before(async () => {
    h = await createHarness({ today: '2022-06-15' });
    admin = await h.login('admin');
    await h.services.agreements.importFile(h.admin, demoAgreementData());
    await seedParticipants(h.handle.db, { agreementId: 1, count: 1000, registeredOn: '2022-04-01', unitCodes: ['DINKES', 'BKPSDM'] });
    billId = (await h.services.contributions.createBill(h.admin, { agreementId: 1, period: '2022-05', issueDate: '2022-06-01' })).id;
    await h.services.contributions.recordPayment(h.admin, { billId, amount: 9_531_000, paidOn: '2022-06-10', bankReference: 'SP2D-77', method: 'sp2d', budgetLine: '5.1.02.01.01' });
  });
  after(() => h.close());

  test('the bill PDF has both parties, the agreement numbers, totals by unit and the amount in words', async () => {
    const res = await admin.request({ method: 'GET', url: `/api/v1/bills/${billId}/pdf` });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    const text = (await pdfToText(res.rawPayload)).replace(/\s+/g, ' ');
    assert.match(text, /PEMERINTAH KABUPATEN BUTON UTARA/);
    assert.match(text, /BPJS Ketenagakerjaan Kantor Cabang Kendari/);
    assert.match(text, /119\/323\/SETDA\/III\/2022 — PER\/17\/03\/2022/);
    assert.match(text, /TAGIHAN IURAN JKK DAN JKM/);
    assert.match(text, /BKPSDM Unit BKPSDM 500 Rp 2\.118\.000 Rp 2\.647\.500 Rp 4\.765\.500/);
    assert.match(text, /JUMLAH 1000 Rp 4\.236\.000 Rp 5\.295\.000 Rp 9\.531\.000/);
    assert.match(text, /sembilan juta lima ratus tiga puluh satu ribu rupiah/);
    assert.match(text, /Jatuh tempo : 15 Juni 2022/);
  });

  test('the detail XLSX has a line per employee', async () => {
    const res = await admin.request({ method: 'GET', url: `/api/v1/bills/${billId}/xlsx` });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const detail = wb.getWorksheet('Rincian')!;
    assert.equal(detail.rowCount, 1001);
    assert.equal(detail.getRow(2).getCell(10).value, 9531);
    assert.equal(wb.getWorksheet('Ringkasan')!.getRow(10).getCell(2).value, 9_531_000);
  });

  test('a receipt for the payment', async () => {
    const paymentId = (await h.services.contributions.getBill(h.admin, billId)).payments[0]!.id;
    const res = await admin.request({ method: 'GET', url: `/api/v1/bills/${billId}/payments/${paymentId}/receipt.pdf` });
    const text = (await pdfToText(res.rawPayload)).replace(/\s+/g, ' ');
    assert.match(text, /TANDA TERIMA PEMBAYARAN IURAN/);
    assert.match(text, /Jumlah : Rp 9\.531\.000/);
    assert.match(text, /SP2D — SP2D-77/);
    assert.match(text, /Bulan lunas : Mei 2022/);
  });
});
