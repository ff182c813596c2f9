/**
 * Browser test of "Perpanjang" (issue #12): 90 days before the demo PKS ends the agreement page asks
 * for its renewal; the admin renews it and lands on the successor, linked to its predecessor.
 * Needs the built UI (npm run build:web) and /usr/bin/chromium.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { assertWebBuilt, startServer, type TestServer } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';

const NUMBER_ONE = '119/323/SETDA/III/2022';

describe('renewing an agreement in the browser', () => {
  let browser: TestBrowser;
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    server = await startServer({ today: '2023-12-14' });
    ({ context, page } = await browser.newPage(server.url));
  });
  after(async () => {
    await context?.close();
    await server?.close();
    await browser?.close();
  });

  test('the renewal reminder, then Perpanjang creates the successor', async () => {
    await page.goto('/');
    await page.waitForURL(/\/masuk/);
    await page.getByLabel('Nama pengguna').fill('admin');
    await page.getByLabel('Kata sandi').fill('lindung-demo');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    // The first screen after login is the dashboard; the agreements are one click away.
    await page.waitForURL(/\/monitoring$/);
    await page.goto('/perjanjian');
    await page.getByRole('row').filter({ hasText: NUMBER_ONE }).click();
    await page.waitForURL(/\/perjanjian\/\d+$/);
    assert.equal((await page.getByTestId('renewal-due').innerText()).trim(), 'Perjanjian berakhir dalam 90 hari; siapkan perpanjangan');
    await page.getByRole('button', { name: 'Perpanjang' }).click();
    await page.getByLabel('Nomor PIHAK KESATU (baru)').fill('050/100/SETDA/III/2024');
    await page.getByLabel('Nomor PIHAK KEDUA (baru)').fill('PER/20/03/2024');
    await page.getByRole('button', { name: 'Buat perpanjangan' }).click();
    await page.waitForURL((url) => /\/perjanjian\/\d+$/.test(url.pathname) && !url.pathname.endsWith('/1'));
    await page.getByText('Perpanjangan dari').waitFor();
    await page.getByText('050/100/SETDA/III/2024').first().waitFor();
    // The predecessor is named by its number (not '#1'), and its link leads back to it.
    await page.getByRole('link', { name: NUMBER_ONE }).click();
    await page.waitForURL(/\/perjanjian\/1$/);
    assert.equal((await page.getByTestId('successor-link').innerText()).trim(), '050/100/SETDA/III/2024');
    const predecessor = await server.harness.services.agreements.get(server.harness.admin, 1);
    assert.ok(predecessor.successorId !== null && predecessor.successorId > 1);
    const successor = await server.harness.services.agreements.get(server.harness.admin, predecessor.successorId);
    assert.equal(successor.status, 'draft');
    assert.equal(successor.startsOn, '2024-03-14');
    assert.equal(successor.numberPartyTwo, 'PER/20/03/2024');
  });
});
