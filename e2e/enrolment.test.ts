/**
 * Browser test of enrolment: the regency submits a batch, the BPJS officer accepts it with a
 * participant number, prints the card, and its verification link shows the minimal data.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertWebBuilt, startServer, type TestServer } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';
import { pdfToText } from '../src/testing/pdftotext.ts';
import { employee } from './support/fixtures.ts';

describe('enrolment in the browser', () => {
  let browser: TestBrowser;
  let server: TestServer;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    server = await startServer({ today: '2022-05-20' });
    // Two employees, not enrolled: the test submits and accepts them through the UI.
    const dinkes = { agreementId: server.agreementId, unitCode: 'DINKES', unitName: 'Dinas Kesehatan' };
    await employee(server.harness, { ...dinkes, nik: '7409014508900001', fullName: 'Siti Aminah', sex: 'P', birthDate: '1990-08-05' });
    await employee(server.harness, {
      ...dinkes,
      nik: '7409010101850001',
      fullName: 'La Ode Budi',
      sex: 'L',
      birthDate: '1985-01-01',
      employmentType: 'kontrak',
      startDate: '2021-01-04',
    });
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  test('submit as the regency, accept as the BPJS officer, print the card, open its verification link', async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await signIn(page, 'admin');
      await page.getByRole('link', { name: 'Kepesertaan' }).click();
      await page.getByRole('button', { name: 'Pengajuan baru' }).click();
      await page.getByRole('checkbox', { name: 'Pilih semua' }).check();
      assert.equal(await page.getByRole('checkbox', { name: 'La Ode Budi' }).isChecked(), true);
      await page.getByRole('button', { name: /Buat pengajuan \(2 pegawai\)/ }).click();
      await page.waitForURL(/\/kepesertaan\/pengajuan\/\d+/);
      await page.getByTestId('batch-status').filter({ hasText: /draf/i }).waitFor();
      // Take La Ode Budi out of the draft again: one employee is submitted.
      await page.getByTestId('participant-7409010101850001').getByRole('button', { name: 'Keluarkan dari pengajuan' }).click();
      await page.getByTestId('participant-7409010101850001').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Ajukan ke BPJS' }).click();
      const confirm = page.getByRole('dialog', { name: /^Ajukan .+ ke BPJS\?$/ });
      assert.match(await confirm.innerText(), /1 pegawai dalam pengajuan ini akan dikirim/);
      await confirm.getByRole('button', { name: 'Ajukan ke BPJS' }).click();
      await page
        .getByTestId('batch-status')
        .filter({ hasText: /diajukan/i })
        .waitFor();
      const batchUrl = page.url();
      await page.getByRole('button', { name: 'Keluar' }).click();
      await page.waitForURL(/\/masuk/);

      await signIn(page, 'bpjs');
      await page.goto(batchUrl);
      const row = page.getByTestId('participant-7409014508900001');
      await row.getByRole('button', { name: 'Terima' }).click();
      await page.getByLabel('Nomor peserta (KPJ, 11 digit)').fill('2613306853');
      await page.getByRole('button', { name: 'Simpan' }).click();
      await page.getByText('Nomor peserta (KPJ) harus 11 digit angka').waitFor();
      await page.getByLabel('Nomor peserta (KPJ, 11 digit)').fill('26133068531');
      await page.getByLabel('Tanggal kepesertaan').fill('2022-04-01');
      await page.getByRole('button', { name: 'Simpan' }).click();
      await row.getByText('Terdaftar').waitFor();
      assert.match((await row.innerText()).replace(/\s+/g, ' '), /26133068531 1 April 2022/);
      await page
        .getByTestId('batch-status')
        .filter({ hasText: /selesai/i })
        .waitFor();
      await page.screenshot({ path: '/tmp/e2e/batch-accepted.png', fullPage: true });

      // The participant's drawer: its status history.
      await row.getByRole('button', { name: 'Siti Aminah' }).click();
      const drawer = page.getByTestId('participant-drawer');
      await drawer.getByText('Diajukan → Terdaftar').waitFor();
      assert.match(await drawer.innerText(), /KPJ 26133068531/);
      await page.keyboard.press('Escape');

      const cardHref = await row.getByRole('link', { name: 'Kartu' }).getAttribute('href');
      const card = await page.request.get(cardHref!);
      assert.equal(card.status(), 200);
      const text = (await pdfToText(Buffer.from(await card.body()))).replace(/\s+/g, ' ');
      assert.match(text, /KARTU PESERTA/);
      assert.match(text, /Siti Aminah/);
      assert.match(text, /\*{12}0001/);
      assert.match(text, /26133068531/);

      const token = (await server.harness.handle.db.selectFrom('participants').select('card_token').where('kpj', '=', '26133068531').executeTakeFirstOrThrow())
        .card_token!;
      await page.goto(`/verify/${token}`);
      const body = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
      assert.match(body, /S\. A\./);
      assert.match(body, /•••••••8531/);
      // Registered from 1 April and April never billed: past its due date (15 May) on 20 May, so in arrears.
      assert.match(body, /IURAN MENUNGGAK/);
      assert.match(body, /Iuran lewat jatuh tempo; manfaat tetap menjadi hak peserta/);
      assert.doesNotMatch(body, /Siti|Aminah|7409014508900001/);

      // A viewer (pengawas) cannot print cards: no card buttons on the batch (they opened a raw 403 before).
      await page.goto(batchUrl);
      await page.getByRole('button', { name: 'Keluar' }).click();
      await page.waitForURL(/\/masuk/);
      await signIn(page, 'pengawas');
      await page.goto(batchUrl);
      await page.getByTestId('participant-7409014508900001').getByText('Terdaftar').waitFor();
      assert.equal(await page.getByRole('link', { name: 'Kartu' }).count(), 0);
      assert.equal(await page.getByRole('link', { name: 'Cetak kartu' }).count(), 0);
    } finally {
      await context.close();
    }
  });
});
