/** Browser test: issue a bill, record its payment, and see the employee protected. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertWebBuilt, startServer, type TestServer } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';
import { enrolledEmployee } from './support/fixtures.ts';
import { pickMonth } from './support/pickers.ts';

const NIK = '7409014508900001';

describe('contributions in the browser', () => {
  let browser: TestBrowser;
  let server: TestServer;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    server = await startServer({ today: '2022-05-20' });
    // Enrolled from May, nothing billed yet: the test bills and pays May through the UI.
    await enrolledEmployee(server.harness, {
      agreementId: server.agreementId,
      nik: NIK,
      fullName: 'Siti Aminah',
      sex: 'P',
      birthDate: '1990-08-05',
      unitCode: 'DINKES',
      unitName: 'Dinas Kesehatan',
      kpj: '26133068531',
      registeredOn: '2022-05-01',
    });
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  test('issue a bill, record its payment, see the employee protected', async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await signIn(page, 'admin');
      await page.getByRole('link', { name: 'Iuran' }).click();
      await page.waitForURL(/\/iuran/);
      await pickMonth(page, 'Bulan tagihan', '2022-05');
      assert.equal((await page.getByLabel('Bulan tagihan').innerText()).trim(), 'Mei 2022');
      await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
      // The confirmation names the month before anything is issued.
      const confirm = page.getByRole('dialog', { name: 'Terbitkan tagihan?' });
      assert.match(await confirm.innerText(), /Tagihan iuran Mei 2022 \(Bulanan\) akan diterbitkan/);
      await confirm.getByRole('button', { name: 'Terbitkan' }).click();
      await page.waitForURL(/\/iuran\/tagihan\/\d+/);
      await page.getByTestId('bill-status').waitFor();
      const summary = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      assert.match(summary, /Harus dibayar Rp 9\.531/);
      assert.match(summary, /sembilan ribu lima ratus tiga puluh satu rupiah/);
      assert.match((await page.getByTestId('bill-status').innerText()).toLowerCase(), /belum bayar/);

      await page.getByRole('button', { name: 'Catat pembayaran' }).click();
      await page.getByLabel('Tanggal bayar').fill('2022-05-20');
      await page.getByLabel('Nomor referensi bank / SP2D').fill('TRX-001');
      await page
        .getByRole('dialog')
        .locator('input[type=file]')
        .setInputFiles({ name: 'bukti.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 bukti transfer') });
      await page.getByRole('button', { name: 'Simpan' }).click();
      await page.getByTestId('bill-status').filter({ hasText: /lunas/i }).waitFor();
      await page.getByRole('cell', { name: 'TRX-001' }).waitFor();
      const payments = page.getByTestId('payments');
      await payments.getByText('bukti').waitFor();
      const receipt = await page.request.get((await payments.getByRole('link', { name: 'Tanda terima TT/2022/00001' }).getAttribute('href'))!);
      assert.equal(receipt.status(), 200);
      assert.equal(receipt.headers()['content-type'], 'application/pdf');
      await page.screenshot({ path: '/tmp/e2e/bill-paid.png', fullPage: true });

      await page.getByRole('link', { name: /Iuran JKK \+ JKM/ }).click();
      await page.getByRole('tab', { name: 'Cek perlindungan' }).click();
      await page.getByLabel('NIK').fill(NIK);
      await page.getByLabel('Tanggal').fill('2022-05-20');
      await page.getByRole('button', { name: 'Periksa' }).click();
      const result = page.getByTestId('protection-result');
      await result.waitFor();
      assert.match(await result.innerText(), /TERLINDUNGI/);
      assert.doesNotMatch(await result.innerText(), /TIDAK/);
      assert.equal(await result.getByTestId('protection-state').getAttribute('data-state'), 'protected_paid');
      assert.match(await result.innerText(), /Terlindungi, iuran lunas/);
    } finally {
      await context.close();
    }
  });
});
