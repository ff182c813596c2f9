/**
 * Browser test, keyboard only (WCAG 2.1.1): sign in, open an employee from the roster list and file a claim
 * for them with Tab / Shift+Tab / Enter / Space / the arrow keys and typing — the mouse is never used.
 * Locators only look (is this the focused element? what does the page say?); every action is a key.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { assertWebBuilt, startServer, type TestServer } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { DEMO_PASSWORD } from './support/session.ts';
import { protectedEmployee } from './support/fixtures.ts';

/** How many Tab presses a target may be away before the page is called unreachable by keyboard. */
const MAX_TABS = 60;

const isFocused = (target: Locator): Promise<boolean> =>
  target.evaluate((el: { matches(selector: string): boolean }) => el.matches(':focus-within')).catch(() => false);

/** Tab (or Shift+Tab) until the target has the focus; fails naming the target when it never gets it. */
async function tabTo(page: Page, target: Locator, what: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  await target.first().waitFor();
  for (let i = 0; i < MAX_TABS; i++) {
    if (await isFocused(target.first())) return;
    await page.keyboard.press(key);
  }
  const focused = await page.evaluate<string>("document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing'");
  assert.fail(`${what} was not reached with ${MAX_TABS} × ${key}; the focus is on ${focused}`);
}

/** Tab to a text field and type into it (after selecting what is there). */
async function typeInto(page: Page, target: Locator, text: string, what: string): Promise<void> {
  await tabTo(page, target, what);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

describe('keyboard only', () => {
  let browser: TestBrowser;
  let server: TestServer;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    server = await startServer({ today: '2022-06-20' });
    await protectedEmployee(server.harness, {
      agreementId: server.agreementId,
      nik: '7409014508900001',
      fullName: 'Siti Aminah',
      sex: 'P',
      birthDate: '1990-08-05',
      unitCode: 'DINKES',
      unitName: 'Dinas Kesehatan',
      kpj: '26133068531',
      registeredOn: '2022-05-01',
      period: '2022-05',
    });
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  test('sign in, open an employee from the roster list and file a claim without the mouse', async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await page.goto('/');
      await page.waitForURL(/\/masuk/);
      await typeInto(page, page.getByLabel('Nama pengguna'), 'admin', 'the username');
      await typeInto(page, page.getByLabel('Kata sandi', { exact: true }), DEMO_PASSWORD, 'the password');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/monitoring$/);

      // The skip link is the first stop; the navigation follows it.
      await page.keyboard.press('Tab');
      assert.equal(await isFocused(page.getByRole('link', { name: 'Langsung ke isi' })), true, 'the first Tab reaches the skip link');
      await tabTo(page, page.getByRole('navigation').getByRole('link', { name: 'Pegawai', exact: true }), 'the Pegawai menu item');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/pegawai$/);

      // The row's link in the list opens the employee.
      await tabTo(page, page.getByRole('link', { name: 'Siti Aminah' }), 'the employee row');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/pegawai\/\d+$/);
      await page.getByRole('heading', { name: 'Siti Aminah', level: 1 }).waitFor();

      await tabTo(page, page.getByRole('link', { name: 'Klaim baru' }), 'Klaim baru on the employee page');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/klaim\/baru\?pegawai=\d+$/);
      const employee = page.getByRole('combobox', { name: 'Pegawai' });
      await employee.and(page.locator('[value^="Siti Aminah"]')).waitFor();

      await typeInto(page, page.getByLabel('Tanggal kejadian'), '02/05/2022', 'the incident date');
      await page.getByTestId('protection-notice').filter({ hasText: 'Terlindungi pada 2 Mei 2022' }).waitFor();
      // Shift+Tab goes back to the field before: the date still reads as typed.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      assert.equal(await page.getByLabel('Tanggal kejadian').inputValue(), '02/05/2022');
      await typeInto(page, page.getByLabel('Tempat kejadian'), 'Kantor Dinas Kesehatan', 'the place');
      await typeInto(page, page.getByLabel('Kronologi'), 'Terjatuh dari tangga saat membawa arsip', 'the chronology');
      await typeInto(page, page.getByLabel('Pelapor'), 'Kepala Tata Usaha', 'the reporter');
      await typeInto(page, page.getByLabel('Laporan tahap I', { exact: true }), '03/05/2022', 'the stage I report date');
      await typeInto(page, page.getByLabel('Biaya pengobatan'), '3500000', 'the medical cost');
      await typeInto(page, page.getByLabel('Hari tidak mampu bekerja (STMB)'), '30', 'the incapacity days');
      // medical 3.500.000 + STMB 30 days × 100% × 1.765.000
      await page.getByTestId('claim-estimate').getByTestId('quote-total').filter({ hasText: 'Rp 5.265.000' }).waitFor();

      await tabTo(page, page.getByRole('button', { name: 'Ajukan klaim' }), 'the Ajukan klaim button');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/klaim\/\d+$/);
      await page.getByRole('heading', { name: 'Klaim JKK KLM/2022/00001', exact: true }).waitFor();
      assert.match(await page.getByTestId('claim-status').innerText(), /diajukan|draf|baru/i);
    } finally {
      await context.close();
    }
  });

  test('the audit log opens an entry with Enter (its time is a button, expanded said to screen readers)', async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await page.goto('/');
      await page.waitForURL(/\/masuk/);
      await typeInto(page, page.getByLabel('Nama pengguna'), 'admin', 'the username');
      await typeInto(page, page.getByLabel('Kata sandi', { exact: true }), DEMO_PASSWORD, 'the password');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/monitoring$/);
      await page.goto('/audit');
      const entry = page.locator('tbody button[aria-expanded]').first();
      await tabTo(page, entry, 'the first audit entry');
      assert.equal(await entry.getAttribute('aria-expanded'), 'false');
      await page.keyboard.press('Enter');
      await page.locator('tbody button[aria-expanded="true"]').first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('tbody button[aria-expanded="true"]').waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
  });
});
