import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { bulkParticipants, demoAgreement } from '../testing/builders.ts';
import { labelsWithoutValue, pdfPages, pdfToText, textBeyondMargins } from '../testing/pdftotext.ts';

describe('bill documents', () => {
  let h: Harness;
  let agreementId: number;
  let admin: Client;
  let billId: number;
  before(async () => {
    h = await createHarness({ today: '2022-06-15' });
    admin = await h.login('admin');
    agreementId = await demoAgreement(h);
    await bulkParticipants(h.handle.db, { agreementId, count: 1000, registeredOn: '2022-04-01', unitCodes: ['DINKES', 'BKPSDM'] });
    billId = (await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-05', issueDate: '2022-06-01' })).id;
    await h.services.contributions.recordPayment(h.admin, {
      billId,
      amount: 9_531_000,
      paidOn: '2022-06-10',
      bankReference: 'SP2D-77',
      method: 'sp2d',
      budgetLine: '5.1.02.01.01',
    });
  });
  after(() => h.close());

  test('the bill PDF: issued by the branch to the regency, the agreement numbers, totals by unit, the amount in words, the payment destination not yet set', async () => {
    const res = await admin.request({ method: 'GET', url: `/api/v1/bills/${billId}/pdf` });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    const pages = await pdfPages(res.rawPayload);
    assert.deepEqual(textBeyondMargins(pages, 50), []);
    assert.deepEqual(labelsWithoutValue(pages, ['Kepada', 'Masa iuran', 'Jatuh tempo', 'Harus dibayar', 'Terbilang', 'Dibayar ke']), []);
    assert.match(pages[0]!.text.split('\n')[0]!, /^\s*BPJS KETENAGAKERJAAN KANTOR CABANG KENDARI$/, 'the branch issues the bill');
    assert.match(pages[0]!.text, /Nomor: \S+/);
    const text = (await pdfToText(res.rawPayload)).replace(/\s+/g, ' ');
    assert.match(text, /Kepada : Pemerintah Kabupaten Buton Utara/);
    assert.match(text, /Dibayar ke : belum ditetapkan dalam perjanjian \(PKS Pasal 4 ayat \(3\)\)/);
    assert.match(text, /PIHAK KEDUA Kepala BPJS Ketenagakerjaan Kantor Cabang Kendari .*MINARNI LUKMAN/);

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

  test('an addendum sets the payment destination (a cited term): the next bill prints it with its Pasal', async () => {
    const change = {
      path: 'contribution.paymentDestination',
      value: { bank: 'Bank Contoh Sultra', accountNumber: '001-234-5678', accountName: 'BPJS Ketenagakerjaan KC Kendari (contoh)', virtualAccount: null },
      basis: 'Adendum I Pasal 2 (contoh)',
    };
    const bad = await admin.request({
      method: 'POST',
      url: `/api/v1/agreements/${agreementId}/amendments`,
      payload: {
        kind: 'adendum',
        number: 'ADD-X',
        signedOn: '2022-06-20',
        effectiveFrom: '2022-07-01',
        summary: 'Rekening',
        termsChanges: [{ ...change, value: { bank: 'Bank Contoh Sultra', accountNumber: null, accountName: null, virtualAccount: null } }],
      },
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().error.message, /nomor dan nama pemilik rekening, atau nomor virtual account/);
    const amended = await admin.request({
      method: 'POST',
      url: `/api/v1/agreements/${agreementId}/amendments`,
      payload: {
        kind: 'adendum',
        number: 'ADD-1 (contoh)',
        signedOn: '2022-06-20',
        effectiveFrom: '2022-07-01',
        summary: 'Rekening tujuan pembayaran iuran',
        termsChanges: [change],
      },
    });
    assert.equal(amended.statusCode, 201, amended.body);
    const june = await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-06', issueDate: '2022-07-01' });
    const text = (await pdfToText((await admin.request({ method: 'GET', url: `/api/v1/bills/${june.id}/pdf` })).rawPayload)).replace(/\s+/g, ' ');
    assert.match(
      text,
      /Dibayar ke : Bank Contoh Sultra, rekening 001-234-5678 a\.n\. BPJS Ketenagakerjaan KC Kendari \(contoh\) \(Adendum I Pasal 2 \(contoh\)\)/,
    );
    // The May bill, issued before the addendum took effect, still says it was not set.
    const may = (await pdfToText((await admin.request({ method: 'GET', url: `/api/v1/bills/${billId}/pdf` })).rawPayload)).replace(/\s+/g, ' ');
    assert.match(may, /Dibayar ke : belum ditetapkan/);
  });

  test('a receipt for the payment: the branch identity, not the regency letterhead; the payment method as a label', async () => {
    const paymentId = (await h.services.contributions.getBill(h.admin, billId)).payments[0]!.id;
    const res = await admin.request({ method: 'GET', url: `/api/v1/bills/${billId}/payments/${paymentId}/receipt.pdf` });
    const pages = await pdfPages(res.rawPayload);
    assert.deepEqual(textBeyondMargins(pages, 50), []);
    assert.match(pages[0]!.text.split('\n')[0]!, /^\s*BPJS KETENAGAKERJAAN KANTOR CABANG KENDARI$/);
    assert.match(pages[0]!.text.split('\n')[1]!, /Jalan By pass Jl Edi Sabara Kota Kendari/);
    const text = (await pdfToText(res.rawPayload)).replace(/\s+/g, ' ');
    assert.doesNotMatch(text, /PEMERINTAH KABUPATEN BUTON UTARA/, 'no regency letterhead');
    assert.match(text, /Telah diterima dari : Pemerintah Kabupaten Buton Utara/);
    assert.match(text, /TANDA TERIMA PEMBAYARAN IURAN Nomor : TT\/2022\/00001 Telah diterima dari/);
    assert.match(text, /Jumlah : Rp 9\.531\.000/);
    assert.match(text, /Cara bayar \/ referensi : SP2D — SP2D-77/);
    assert.doesNotMatch(text, /TRANSFER|sp2d —/);
    assert.match(text, /Bulan lunas : Mei 2022/);
  });
});
