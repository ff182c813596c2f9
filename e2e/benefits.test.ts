/** Browser test: the benefit calculator and the disability table, at the PKS wage Rp 1.765.000. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertWebBuilt, startServer, type TestServer } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';

describe('benefit calculator in the browser', () => {
  let browser: TestBrowser;
  let server: TestServer;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    server = await startServer({ today: '2023-06-01' });
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  test('work-accident death, an eye lost, a JKM death without 36 months; the table shows unconfirmed rows', async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await signIn(page, 'pengawas');
      await page.getByRole('link', { name: 'Kalkulator manfaat' }).click();
      await page.getByLabel('Tanggal kejadian').fill('2023-05-02');
      // Without an agreement the wage left empty is the default terms' (shown, not hard-coded in the page).
      await page.locator('input[placeholder="Dari ketentuan yang berlaku: Rp 1.765.000"]').waitFor();

      // JKK death: 60% × 80 × 1.765.000 = 84.720.000 + funeral 10.000.000 + periodic 12.000.000
      await page.getByRole('combobox', { name: 'Akibat' }).click();
      await page.getByRole('option', { name: 'Meninggal dunia' }).click();
      await page.getByRole('button', { name: 'Hitung manfaat' }).click();
      await page.getByTestId('quote-total').filter({ hasText: 'Rp 106.720.000' }).waitFor();
      const items = (await page.getByTestId('quote-items').innerText()).replace(/\s+/g, ' ');
      assert.match(items, /60% × 80 × Rp 1\.765\.000 = Rp 84\.720\.000/);
      assert.match(items, /Biaya pemakaman .* Rp 10\.000\.000/);
      assert.match(items, /Santunan berkala 24 bulan dibayar sekaligus .* Rp 12\.000\.000/);
      assert.match(await page.getByTestId('quote-result').innerText(), /seratus enam juta tujuh ratus dua puluh ribu rupiah/i);

      // Partial anatomical: one eye, 35% × 80 × 1.765.000 = 49.420.000, plus sea transport 3.000.000 capped at 2.000.000
      await page.getByRole('combobox', { name: 'Akibat' }).click();
      await page.getByRole('option', { name: 'Cacat sebagian anatomis' }).click();
      await page.getByRole('button', { name: 'Tambah bagian tubuh' }).click();
      await page.getByRole('combobox', { name: 'Bagian tubuh 1' }).fill('Sebelah mata');
      await page.getByRole('option', { name: /^Sebelah mata/ }).click();
      await page.getByRole('button', { name: 'Tambah biaya angkut' }).click();
      await page.getByRole('combobox', { name: 'Moda 1' }).click();
      await page.getByRole('option', { name: 'Laut' }).click();
      await page.getByRole('textbox', { name: 'Biaya angkut 1' }).fill('3000000');
      await page.getByRole('button', { name: 'Hitung manfaat' }).click();
      await page.getByTestId('disability-parts').waitFor();
      const parts = (await page.getByTestId('disability-parts').innerText()).replace(/\s+/g, ' ');
      assert.match(parts, /mata-sebelah/);
      assert.match(parts, /Rp 49\.420\.000/);
      const capped = (await page.locator('[data-testid="quote-items"] tr[data-code="transport_sea"]').innerText()).replace(/\s+/g, ' ');
      assert.match(capped, /dibatasi Rp 2\.000\.000/i);
      assert.equal(await page.getByTestId('quote-total').innerText(), 'Rp 51.420.000');

      // JKM death with 12 months of contributions: lump sum, funeral, periodic = 42.000.000, no scholarship
      await page.getByRole('combobox', { name: 'Program' }).click();
      await page.getByRole('option', { name: /^JKM/ }).click();
      await page.getByLabel('Masa iur (bulan)').fill('12');
      await page.getByRole('button', { name: 'Tambah anak' }).click();
      await page.getByLabel('Tanggal lahir anak 1').fill('2012-01-01');
      await page.getByRole('combobox', { name: 'Jenjang anak 1' }).click();
      await page.getByRole('option', { name: 'SD' }).click();
      await page.getByRole('button', { name: 'Hitung manfaat' }).click();
      await page.getByTestId('quote-total').filter({ hasText: 'Rp 42.000.000' }).waitFor();
      assert.match(await page.getByTestId('quote-result').innerText(), /Beasiswa JKM memerlukan masa iur paling sedikit 36 bulan; masa iur 12 bulan/);

      // With 36 months the scholarship appears, year by year
      await page.getByLabel('Masa iur (bulan)').fill('36');
      await page.getByRole('button', { name: 'Hitung manfaat' }).click();
      await page.getByTestId('scholarship-schedule').waitFor();
      const schedule = (await page.getByTestId('scholarship-schedule').innerText()).replace(/\s+/g, ' ');
      assert.match(schedule, /Anak 1 \(lahir 1 Januari 2012\)/);
      assert.match(schedule, /SD tahun ke-1/);
      await page.screenshot({ path: '/tmp/e2e/calculator.png', fullPage: true });

      // The disability table, with unconfirmed rows marked
      await page.getByRole('link', { name: 'Tabel persentase cacat' }).click();
      await page.getByTestId('disability-table').waitFor();
      const eye = await page.locator('[data-testid="disability-table"] tr[data-code="mata-sebelah"]').innerText();
      assert.match(eye, /35%/);
      assert.match(eye, /terkonfirmasi/i);
      await page.getByText('Belum dikonfirmasi', { exact: false }).first().waitFor();
      await page.locator('label', { hasText: /^belum dikonfirmasi$/ }).click();
      await page.locator('[data-testid="disability-table"] tr[data-code="mata-sebelah"]').waitFor({ state: 'detached' });
      const rows = await page.locator('[data-testid="disability-table"] tbody tr').count();
      const table = await server.harness.services.benefits.table();
      assert.equal(rows, table.filter((r) => !r.confirmed).length);
      assert.ok(rows > 0);
    } finally {
      await context.close();
    }
  });
});
