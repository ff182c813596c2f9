/**
 * Browser test of "Cek perlindungan saya" (issue #18) on a phone (390 px): from the card's QR page
 * to /cek, an employee sees their protection today and their claim with its next step; a wrong
 * birth date shows one message and nothing of the person.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertWebBuilt, startServer, type TestServer } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { protectedEmployee } from './support/fixtures.ts';
import { signIn } from './support/session.ts';
import { jkkClaim } from '../src/claims/testing.ts';

const NIK = '7409014508900001';

describe('Cek perlindungan saya in the browser', () => {
  let browser: TestBrowser;
  let server: TestServer;
  let verifyUrl: string;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    server = await startServer({ today: '2022-06-20' });
    const h = server.harness;
    const siti = await protectedEmployee(h, {
      agreementId: server.agreementId,
      nik: NIK,
      fullName: 'Siti Aminah',
      sex: 'P',
      birthDate: '1990-08-05',
      unitCode: 'DINKES',
      unitName: 'Dinas Kesehatan',
      kpj: '26133068531',
      registeredOn: '2022-05-01',
      period: '2022-05',
    });
    await h.services.units.update(h.admin, siti.unitId, { phone: '0401-123456', address: 'Jl. Poros Ereke No. 5' });
    await h.services.claims.file(h.admin, jkkClaim(siti.employeeId));
    verifyUrl = (await h.services.cards.cardData(h.admin, { participantIds: [siti.participantId] }, server.url))[0]!.verifyUrl;
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  const fill = async (page: Awaited<ReturnType<TestBrowser['newPage']>>['page'], birthDate: string) => {
    await page.getByLabel('NIK').fill(NIK);
    await page.getByLabel('Tanggal lahir').fill(birthDate);
    await page.getByLabel('4 angka terakhir nomor peserta (KPJ)').fill('8531');
    await page.getByRole('button', { name: 'Cek', exact: true }).click();
  };

  test('at 390 px: from the QR page to /cek, the employee sees protection and claim status; a wrong birth date reveals nothing', async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(verifyUrl);
      await page.getByRole('link', { name: /Cek perlindungan, klaim, dan kontak Anda/ }).click();
      await page.waitForURL(/\/cek$/);
      await page.getByRole('heading', { name: 'Cek perlindungan saya' }).waitFor();

      // A wrong birth date: one message, nothing of the person.
      await fill(page, '1990-08-06');
      const alert = page.getByRole('alert');
      await alert.filter({ hasText: 'Data tidak ditemukan. Periksa kembali NIK, tanggal lahir, dan 4 angka terakhir nomor peserta (KPJ)' }).waitFor();
      const body = await page.locator('body').innerText();
      assert.doesNotMatch(body, /Siti|Aminah|Dinas Kesehatan|TERLINDUNGI|JKK/);

      // The right birth date: protection today and why, the claim and its next step, the contact of the unit.
      await page.getByLabel('Tanggal lahir').fill('');
      await fill(page, '1990-08-05');
      await page.getByRole('heading', { name: 'Siti Aminah' }).waitFor();
      const status = page.getByRole('status');
      await status.waitFor();
      const statusText = await status.innerText();
      assert.match(statusText, /hari ini/);
      assert.match(statusText, /per 20 Juni 2022/);
      await page.getByText('diajukan', { exact: true }).waitFor();
      await page.getByText(/^Serahkan dokumen berikut kepada operator OPD Anda: /).waitFor();
      await page.getByText('0401-123456').waitFor();
      await page.getByRole('link', { name: 'Unduh kartu peserta (PDF)' }).waitFor();
      assert.ok(!(await page.locator('body').innerText()).includes(NIK), 'the NIK is not echoed');
      // A string, evaluated in the page (the test files are compiled without the DOM library).
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
      await page.screenshot({ path: '/tmp/e2e/self-check.png', fullPage: true });

      // The regency admin reads both lookups in the log, with the NIK masked.
      await signIn(page, 'admin');
      await page.goto('/audit');
      await page.getByRole('link', { name: 'Log Cek perlindungan' }).click();
      await page.waitForURL(/\/audit\/cek-perlindungan$/);
      const rows = page.getByRole('row').filter({ hasText: '7409••••••••0001' });
      await rows.filter({ hasText: 'ditemukan' }).waitFor();
      await rows.filter({ hasText: 'tidak cocok' }).waitFor();
      assert.ok(!(await page.locator('body').innerText()).includes(NIK));
    } finally {
      await context.close();
    }
  });
});
