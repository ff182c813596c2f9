/**
 * Browser test at 390 px (issue #18): the OPD operator opens "Lapor kecelakaan" once with a signal,
 * loses it (Chromium's offline emulation), opens the page again from the service worker's cache,
 * files a report with a photo, sees it waiting on the phone, gets the signal back and the report
 * arrives exactly once; the regency's admin and the branch's officer see it with its stage-I clock.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { assertWebBuilt, startServer, type TestServer } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';
import { protectedEmployee } from './support/fixtures.ts';

const PHONE = { width: 390, height: 844 };

async function phone(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: 'id-ID', timezoneId: 'Asia/Makassar', viewport: PHONE, isMobile: true, hasTouch: true });
  context.setDefaultTimeout(30_000);
  return { context, page: await context.newPage() };
}

describe('field report from a phone without a signal', () => {
  let browser: TestBrowser;
  let server: TestServer;
  let employeeId: number;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    server = await startServer({ today: '2022-05-11' });
    ({ employeeId } = await protectedEmployee(server.harness, {
      agreementId: server.agreementId,
      nik: '7409014508900001',
      fullName: 'Siti Aminah',
      sex: 'P',
      birthDate: '1990-08-05',
      unitCode: 'DISDIKBUD',
      unitName: 'Dinas Pendidikan dan Kebudayaan',
      kpj: '26133068531',
      registeredOn: '2022-04-01',
      period: '2022-05',
    }));
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  const claimsOf = () =>
    server.harness.handle.db.selectFrom('claims').select(['id', 'incident_date', 'incident_time', 'status']).where('employee_id', '=', employeeId).execute();

  test('filed offline, sent once when the signal returns; admin and branch officer see it and its clock', async () => {
    const { context, page } = await phone(browser.browser, server.url);
    try {
      await signIn(page, 'operator');
      const roster = page.waitForResponse((r) => r.url().includes('/api/v1/employees') && r.url().includes('pageSize=500'));
      await page.goto('/lapor');
      await page.getByRole('heading', { name: 'Lapor kecelakaan' }).waitFor();
      await roster;
      // Strings, evaluated in the page (the test files are compiled without the DOM library).
      await page.waitForFunction('navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller !== null)');

      await context.setOffline(true);
      await page.reload();
      await page.getByRole('heading', { name: 'Lapor kecelakaan' }).waitFor();
      assert.equal(await page.evaluate('navigator.onLine'), false);

      await page.getByRole('combobox', { name: 'Pegawai' }).fill('Siti');
      await page.getByRole('option', { name: /Siti Aminah — 7409014508900001/ }).click();
      await page.getByLabel('Tanggal kejadian').fill('2022-05-10');
      await page.getByLabel('Jam kejadian').fill('14:00');
      await page.getByLabel('Tempat kejadian').fill('Jalan poros Ereke km 4');
      await page.getByLabel('Apa yang terjadi').fill('Terjatuh dari sepeda motor dinas saat mengantar rapor');
      await page.getByLabel('Saksi').fill('Wa Ode Sari');
      await page.getByLabel('Korban dibawa ke').fill('Puskesmas Ereke');
      await page
        .getByTestId('field-photo-input')
        .setInputFiles({ name: 'IMG_0001.png', mimeType: 'image/png', buffer: readFileSync('web/public/icons/icon-512.png') });
      await page.getByText('Foto (1 dari 10)').waitFor();
      await page.getByRole('button', { name: 'Simpan dan kirim' }).click();
      await page.getByText('Menunggu sinyal — laporan tersimpan di ponsel').waitFor();
      assert.equal((await claimsOf()).length, 0, 'nothing reached the server without a signal');

      await context.setOffline(false);
      await page.getByText(/Siti Aminah: klaim KLM\/2022\/\d+; batas laporan tahap I 12 Mei 2022 14\.00/).waitFor();
      assert.equal(await page.getByText('Menunggu sinyal — laporan tersimpan di ponsel').count(), 0);
      // Opened again with the signal: the outbox is empty and nothing is sent twice.
      await page.reload();
      await page.getByText(/Siti Aminah: klaim KLM\/2022\/\d+/).waitFor();
      const claims = await claimsOf();
      assert.deepEqual(
        claims.map((c) => [c.incident_date, c.incident_time, c.status]),
        [['2022-05-10', '14:00', 'submitted']],
      );
      const photos = await server.harness.handle.db
        .selectFrom('claim_documents as d')
        .innerJoin('files as f', 'f.id', 'd.file_id')
        .select(['d.code', 'f.name', 'f.mime'])
        .where('d.claim_id', '=', claims[0]!.id)
        .execute();
      assert.deepEqual(photos, [{ code: 'foto_kejadian', name: 'IMG_0001.jpg', mime: 'image/jpeg' }]);
    } finally {
      await context.close();
    }

    for (const who of ['admin', 'bpjs']) {
      const { context: c, page: p } = await phone(browser.browser, server.url);
      try {
        await signIn(p, who);
        await p.goto('/laporan-lapangan');
        const notice = p.getByTestId('field-notice').filter({ hasText: 'Siti Aminah' });
        await notice.getByText('Batas laporan tahap I: 12 Mei 2022 pukul 14:00').waitFor();
        await notice.getByText('tepat waktu').waitFor();
        await notice.getByRole('link', { name: /Laporan kecelakaan Siti Aminah/ }).click();
        await p.waitForURL(/\/klaim\/\d+$/);
        await p.getByText('Jalan poros Ereke km 4').first().waitFor();
      } finally {
        await c.close();
      }
    }
  });
});
