/** Browser test: the BPJS officer reviews claims — downloads a document, verifies, approves with an adjustment, pays in two installments; rejects another. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertWebBuilt, startServer, type TestServer } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';
import { doc, JKK_REQUIRED, jkkClaim, sitiAndBudi } from '../src/claims/testing.ts';

const MEDICAL = 'Pelayanan kesehatan sesuai kebutuhan medis';

describe('claim review in the browser', () => {
  let browser: TestBrowser;
  let server: TestServer;
  let approvedId: number;
  let rejectedId: number;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    server = await startServer({ today: '2022-06-20' });
    const { services, admin } = server.harness;
    const { employeeId } = await sitiAndBudi(server.harness);
    // medical 3.500.000 + land transport capped at 5.000.000 + STMB 30 days × 100% × 1.765.000 = 10.265.000
    const benefit = { medicalCost: 3_500_000, transport: [{ mode: 'land', cost: 7_000_000 }], incapacityDays: 30 };
    const first = await services.claims.file(admin, jkkClaim(employeeId, { benefit }));
    for (const code of JKK_REQUIRED) await services.claims.addDocument(admin, first.id, doc(code));
    await services.claims.addDocument(admin, first.id, doc('kuitansi_angkut', 'Kuitansi angkut — Juni.pdf'));
    const second = await services.claims.file(admin, jkkClaim(employeeId, { incidentDate: '2022-05-09', stage1ReportedOn: '2022-05-10', benefit }));
    approvedId = first.id;
    rejectedId = second.id;
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  test('download a document, verify, approve with one adjusted item, pay in two installments; reject another claim', async () => {
    const { page, context } = await browser.newPage(server.url);
    const status = page.getByTestId('claim-status');
    try {
      await signIn(page, 'bpjs');
      await page.goto(`/klaim/${approvedId}`);
      await status.filter({ hasText: /diajukan/i }).waitFor();

      // The uploaded files, each with a download link that answers with the file under its own name.
      const link = page.getByRole('link', { name: 'Unduh Kuitansi angkut — Juni.pdf' });
      const download = await context.request.get(String(await link.getAttribute('href')));
      assert.equal(download.status(), 200);
      assert.equal(await download.text(), '%PDF kuitansi_angkut');
      assert.match(download.headers()['content-disposition'] ?? '', /filename\*=UTF-8''Kuitansi%20angkut%20%E2%80%94%20Juni\.pdf/);
      assert.equal((await context.request.get(String(await page.getByRole('link', { name: 'Unduh ktp.pdf' }).getAttribute('href')))).status(), 200);

      // Each step names what will happen and acts only when confirmed.
      await page.getByRole('button', { name: 'Verifikasi' }).click();
      const verifying = page.getByRole('dialog', { name: /^Verifikasi klaim KLM\/2022\/\d{5}\?$/ });
      assert.match(await verifying.innerText(), /Dokumen klaim Siti Aminah dinyatakan lengkap dan benar/);
      await verifying.getByRole('button', { name: 'Batal' }).click();
      await verifying.waitFor({ state: 'detached' });
      assert.match(await status.innerText(), /diajukan/i, 'cancelled: nothing happened');
      await page.getByRole('button', { name: 'Verifikasi' }).click();
      await verifying.getByRole('button', { name: 'Verifikasi' }).click();
      await status.filter({ hasText: /diverifikasi/i }).waitFor();

      // Approve with the medical cost lowered by Rp 500.000, with its reason; the total follows as it is typed.
      await page.getByRole('switch', { name: `Sesuaikan ${MEDICAL}` }).check();
      await page.getByLabel(`Jumlah disetujui untuk ${MEDICAL}`).fill('3000000');
      await page.getByRole('button', { name: 'Setujui', exact: true }).click();
      await page.getByText('Alasan penyesuaian wajib diisi').waitFor();
      await page.getByLabel(`Alasan penyesuaian ${MEDICAL}`).fill('Kuitansi Rp 500.000 tidak sah');
      assert.equal(await page.getByTestId('approve-total').innerText(), 'Jumlah disetujui: Rp 9.765.000');
      await page.getByTestId('approve-card').screenshot({ path: '/tmp/e2e/claim-approve.png' });
      await page.getByRole('button', { name: 'Setujui', exact: true }).click();
      const approving = page.getByRole('dialog', { name: /^Setujui klaim KLM\/2022\/\d{5}\?$/ });
      assert.match(await approving.innerText(), /Manfaat Rp 9\.765\.000 untuk Siti Aminah disetujui dan siap dibayarkan/);
      await approving.getByRole('button', { name: 'Setujui' }).click();
      await status.filter({ hasText: /disetujui/i }).waitFor();
      assert.equal(await page.getByTestId('claim-total').innerText(), 'Rp 9.765.000');
      const items = (await page.getByTestId('claim-items').innerText()).replace(/\s+/g, ' ');
      assert.match(items, /Disesuaikan dari Rp 3\.500\.000: Kuitansi Rp 500\.000 tidak sah/);

      // First installment, then the rest (the amount starts at what is outstanding).
      await page.getByLabel('Jumlah').fill('1000000');
      await page.getByLabel('Tanggal bayar').fill('2022-06-20');
      await page.getByLabel('Nomor referensi').fill('STMB-1');
      await page.getByRole('button', { name: 'Catat pembayaran' }).click();
      const paying = page.getByRole('dialog', { name: 'Catat pembayaran Rp 1.000.000?' });
      assert.match(
        await paying.innerText(),
        /Pembayaran Rp 1\.000\.000 pada 20 Juni 2022 \(referensi STMB-1\) dicatat untuk klaim KLM\/2022\/\d{5}; sisa yang belum dibayar menjadi Rp 8\.765\.000/,
      );
      await paying.getByRole('button', { name: 'Catat pembayaran' }).click();
      await page.getByTestId('claim-paid').filter({ hasText: 'Rp 1.000.000' }).waitFor();
      assert.equal(await page.getByTestId('claim-outstanding').innerText(), 'Rp 8.765.000');
      assert.equal(await page.getByLabel('Jumlah').inputValue(), '8.765.000');
      await page.getByLabel('Tanggal bayar').fill('2022-06-20');
      await page.getByLabel('Nomor referensi').fill('STMB-2');
      await page.getByRole('button', { name: 'Catat pembayaran' }).click();
      const rest = page.getByRole('dialog', { name: 'Catat pembayaran Rp 8.765.000?' });
      await rest.getByRole('button', { name: 'Catat pembayaran' }).click();
      await status.filter({ hasText: 'Dibayar' }).waitFor();
      await rest.waitFor({ state: 'detached' }); // its own "Catat pembayaran" button closes with it
      assert.equal(await page.getByTestId('claim-paid').innerText(), 'Rp 9.765.000');
      assert.equal(await page.getByTestId('claim-outstanding').innerText(), 'Rp 0');
      const payments = (await page.getByTestId('claim-payments').innerText()).replace(/\s+/g, ' ');
      assert.match(payments, /20 Juni 2022 Rp 1\.000\.000 STMB-1/);
      assert.match(payments, /20 Juni 2022 Rp 8\.765\.000 STMB-2/);
      assert.equal(await page.getByRole('button', { name: 'Catat pembayaran' }).count(), 0, 'no form once paid');
      await page.screenshot({ path: '/tmp/e2e/claim-review.png', fullPage: true });

      // A second claim: rejected with a written reason.
      await page.goto(`/klaim/${rejectedId}`);
      await status.filter({ hasText: /diajukan/i }).waitFor();
      await page.getByRole('button', { name: 'Tolak', exact: true }).click();
      assert.match(await page.getByRole('dialog').innerText(), /Klaim Siti Aminah akan ditolak dan tidak dapat diproses lagi/);
      await page.getByRole('button', { name: 'Tolak klaim' }).click();
      await page.getByText('Alasan penolakan wajib diisi').waitFor();
      await page.getByLabel('Alasan penolakan').fill('Kejadian di luar jam dan tempat kerja');
      await page.getByRole('button', { name: 'Tolak klaim' }).click();
      await status.filter({ hasText: /ditolak/i }).waitFor();
      assert.match(await page.getByRole('alert', { name: 'Klaim ditolak' }).innerText(), /Kejadian di luar jam dan tempat kerja/);
      assert.equal(await page.getByRole('button', { name: 'Setujui' }).count(), 0);
    } finally {
      await context.close();
    }
  });
});
