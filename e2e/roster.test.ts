/**
 * Browser test of the roster import: upload a real XLSX with one bad row, see the row reported,
 * fix the file, import, and find the employee in the list.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertWebBuilt, startServer, type TestServer } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';
import { xlsxOf } from '../src/roster/testing.ts';

const HEADERS = ['NIK', 'Nama Lengkap', 'Jenis Kelamin', 'Tempat Lahir', 'Tanggal Lahir', 'Kode Unit', 'Jabatan', 'Jenis Pegawai', 'Tanggal Mulai'];
const SITI = ['7409014508900001', 'Siti Aminah', 'P', 'Buranga', '05/08/1990', 'DINKES', 'Tenaga Administrasi', 'honorer', '02/01/2020'];
const BUDI = ['7409010101850001', 'La Ode Budi', 'L', 'Ereke', '01/01/1985', 'DINKES', 'Pengemudi', 'kontrak', '04/01/2021'];

describe('roster import in the browser', () => {
  let browser: TestBrowser;
  let server: TestServer;
  const dir = mkdtempSync(join(tmpdir(), 'lindung-e2e-'));

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    server = await startServer({ today: '2023-01-10' });
    await server.harness.services.units.create(server.harness.admin, { agreementId: server.agreementId, code: 'DINKES', name: 'Dinas Kesehatan' });
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  test('a bad row is reported by row and column; the fixed file imports and the employee is listed', async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await signIn(page, 'admin');
      await page.getByRole('link', { name: 'Pegawai' }).click();
      await page.waitForURL(/\/pegawai/);
      await page.getByRole('link', { name: 'Impor dari Excel' }).click();
      await page.waitForURL(/\/pegawai\/impor/);

      const bad = join(dir, 'pegawai-salah.xlsx');
      writeFileSync(bad, await xlsxOf([SITI, [...BUDI.slice(0, 4), '02/01/1985', ...BUDI.slice(5)]], HEADERS));
      await page.locator('input[type="file"]').setInputFiles(bad);
      await page.getByRole('button', { name: 'Pratinjau' }).click();
      const errors = page.getByTestId('import-errors');
      await errors.waitFor();
      const errorText = (await errors.innerText()).replace(/\s+/g, ' ');
      assert.match(errorText, /3 NIK Tanggal lahir pada NIK \(01-01-1985\) tidak sama dengan tanggal lahir \(1985-01-02\)/);
      await page.screenshot({ path: '/tmp/e2e/roster-preview-bad.png', fullPage: true });

      const good = join(dir, 'pegawai-benar.xlsx');
      writeFileSync(good, await xlsxOf([SITI, BUDI], HEADERS));
      await page.locator('input[type="file"]').setInputFiles(good);
      await page.getByRole('button', { name: 'Pratinjau' }).click();
      await page.getByText('2 baru').waitFor();
      assert.equal(await page.getByTestId('import-errors').count(), 0);
      await page.getByRole('button', { name: 'Konfirmasi impor' }).click();
      await page.getByText('Impor selesai: 2 baru, 0 diperbarui').waitFor();

      await page.getByRole('link', { name: 'Ke daftar pegawai' }).click();
      await page.getByLabel('Cari nama atau NIK').fill('La Ode');
      const row = page.getByRole('row').filter({ hasText: 'La Ode Budi' });
      await row.waitFor();
      assert.match(
        (await row.innerText()).replace(/\s+/g, ' '),
        /7409010101850001 La Ode Budi L DINKES — Dinas Kesehatan Pengemudi kontrak 4 Januari 2021 Aktif/i,
      );
      await page.screenshot({ path: '/tmp/e2e/roster-list.png', fullPage: true });
      await row.click();
      await page.getByRole('heading', { name: 'La Ode Budi' }).waitFor();
      await page.getByText('Didaftarkan').first().waitFor();
    } finally {
      await context.close();
    }
  });
});
