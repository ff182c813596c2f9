/**
 * Browser tests of the agreements UI against a real server with the demo PKS (today 2023-01-10):
 * sign in, read the agreement, record an addendum, and check a viewer cannot write.
 * Needs the built UI (npm run build:web) and /usr/bin/chromium.
 */
import { after, before, beforeEach, afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { assertWebBuilt, startServer, type TestServer } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';

const DEMO_PASSWORD = 'lindung-demo';
const NUMBER_ONE = '119/323/SETDA/III/2022';

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await page.waitForURL(/\/masuk/);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL(/\/monitoring$/);
  await page.goto('/perjanjian');
}

/** The row of one term (by its path) in a terms table. */
function termRow(scope: Locator, path: string): Locator {
  return scope.locator(`tr[data-path="${path}"]`);
}

async function openDemoAgreement(page: Page): Promise<void> {
  await page.getByRole('row').filter({ hasText: NUMBER_ONE }).click();
  await page.waitForURL(/\/perjanjian\/\d+$/);
  await page.getByRole('heading', { name: /Perjanjian Kerjasama/ }).waitFor();
}

describe('agreements in the browser', () => {
  let browser: TestBrowser;
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    server = await startServer({ today: '2023-01-10' });
    ({ context, page } = await browser.newPage(server.url));
  });
  afterEach(async () => {
    await context?.close();
    await server?.close();
  });

  test('admin signs in, opens the demo agreement and reads wage and validity', async () => {
    await signIn(page, 'admin');
    await page.getByRole('banner').getByText('Admin BKPSDM (demo)').waitFor();
    await page.getByText('14 Maret 2022 – 13 Maret 2024').waitFor();
    await openDemoAgreement(page);

    await page.getByText('PER/17/03/2022').first().waitFor();
    await termRow(page.getByTestId('current-terms'), 'contribution.reportedWage').getByText('Rp 1.765.000', { exact: true }).waitFor();
    await termRow(page.getByTestId('current-terms'), 'contribution.jkkRate').getByText('0,24%', { exact: true }).waitFor();
    const medical = termRow(page.getByTestId('current-terms'), 'benefits.medicalCareCap');
    await medical.getByText('tanpa batas', { exact: true }).waitFor();
    await medical.getByText('PKS Pasal 7 ayat (1) huruf a; PP 44/2015 jo. PP 82/2019', { exact: true }).waitFor();
    const validity = page.getByTestId('validity');
    await validity.getByText('14 Maret 2022', { exact: false }).waitFor();
    await validity.getByText('13 Maret 2024', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Ubah', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Catat adendum/amandemen' }).waitFor();
  });

  test('admin records an addendum and sees the new version and the terms on a later date', async () => {
    await signIn(page, 'admin');
    await openDemoAgreement(page);

    await page.getByRole('button', { name: 'Catat adendum/amandemen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nomor').fill('ADD/01/VI/2023');
    await dialog.getByLabel('Tanggal penandatanganan').fill('2023-06-20');
    await dialog.getByLabel('Tanggal berlaku').fill('2023-07-01');
    await dialog.getByLabel('Ringkasan').fill('Kenaikan upah pelaporan');
    const change = dialog.getByTestId('term-change');
    await change.getByLabel('Ketentuan').selectOption({ label: 'Upah pelaporan' });
    await change.getByLabel('Nilai baru').fill('2000000');
    await change.getByLabel('Dasar hukum').fill('Adendum I');
    await dialog.getByRole('button', { name: 'Simpan', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const history = page.getByTestId('terms-history');
    await history.getByText('Berlaku 1 Juli 2023 sampai sekarang').waitFor();
    await history.getByText('Rp 2.000.000', { exact: true }).waitFor();
    await history.getByText('Adendum I', { exact: true }).waitFor();
    await page.getByTestId('amendments').getByText('ADD/01/VI/2023').waitFor();

    const lookup = page.getByTestId('terms-lookup');
    await lookup.getByLabel('Tanggal').fill('2023-08-01');
    await lookup.getByRole('button', { name: 'Tampilkan' }).click();
    const result = page.getByTestId('terms-on-result');
    await result.getByText('1 Agustus 2023', { exact: true }).waitFor();
    await termRow(result, 'contribution.reportedWage').getByText('Rp 2.000.000', { exact: true }).waitFor();
    // Today (10 January 2023) the original wage still applies.
    await termRow(page.getByTestId('current-terms'), 'contribution.reportedWage').getByText('Rp 1.765.000', { exact: true }).waitFor();
  });

  test('admin caps medical care by an amendment; an empty value means no cap', async () => {
    await signIn(page, 'admin');
    await openDemoAgreement(page);

    await page.getByRole('button', { name: 'Catat adendum/amandemen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Jenis').selectOption({ label: 'Amandemen' });
    await dialog.getByLabel('Nomor').fill('AMD/01/IX/2023');
    await dialog.getByLabel('Tanggal penandatanganan').fill('2023-09-20');
    await dialog.getByLabel('Tanggal berlaku').fill('2023-10-01');
    await dialog.getByLabel('Ringkasan').fill('Batas biaya pengobatan');
    const change = dialog.getByTestId('term-change');
    await change.getByLabel('Ketentuan').selectOption({ label: 'Pelayanan kesehatan sesuai kebutuhan medis (maks.)' });
    const value = change.getByLabel('Nilai baru');
    assert.equal(await value.inputValue(), '', 'no cap in force: the editor starts empty');
    await change.getByText('Kosongkan untuk tanpa batas').waitFor();
    await value.fill('50000000');
    await change.getByLabel('Dasar hukum').fill('Amandemen I Pasal 3');
    await dialog.getByRole('button', { name: 'Simpan', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const history = page.getByTestId('terms-history');
    await history.getByText('Berlaku 1 Oktober 2023 sampai sekarang').waitFor();
    await history.getByText('Rp 50.000.000', { exact: true }).waitFor();
    await history.getByText('Amandemen I Pasal 3', { exact: true }).waitFor();

    const lookup = page.getByTestId('terms-lookup');
    await lookup.getByLabel('Tanggal').fill('2023-10-01');
    await lookup.getByRole('button', { name: 'Tampilkan' }).click();
    await termRow(page.getByTestId('terms-on-result'), 'benefits.medicalCareCap').getByText('Rp 50.000.000', { exact: true }).waitFor();
    await termRow(page.getByTestId('current-terms'), 'benefits.medicalCareCap').getByText('tanpa batas', { exact: true }).waitFor();
  });

  test('a viewer reads the agreement but sees no create, edit or addendum buttons', async () => {
    await signIn(page, 'pengawas');
    await page.getByRole('banner').getByText('Pengawas (baca saja)').waitFor();
    await page.getByRole('row').filter({ hasText: NUMBER_ONE }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Perjanjian baru' }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Jejak audit' }).count(), 0);

    await openDemoAgreement(page);
    await termRow(page.getByTestId('current-terms'), 'contribution.reportedWage').getByText('Rp 1.765.000', { exact: true }).waitFor();
    for (const name of ['Ubah', 'Catat adendum/amandemen', 'Akhiri lebih awal']) {
      assert.equal(await page.getByRole('button', { name, exact: true }).count(), 0, `"${name}" must be hidden`);
      assert.equal(await page.getByRole('link', { name, exact: true }).count(), 0, `"${name}" must be hidden`);
    }
  });
});
