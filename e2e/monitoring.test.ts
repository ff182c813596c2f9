/** Browser test: the dashboard shows its charts and the expected totals, and the report downloads. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertWebBuilt, startServer, type TestServer } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';
import { pdfToText } from '../src/testing/pdftotext.ts';
import { billMonth, deactivate, participants } from './support/fixtures.ts';

describe('monitoring dashboard in the browser', () => {
  let browser: TestBrowser;
  let server: TestServer;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    server = await startServer({ today: '2022-06-20' });
    // 12 registered from May in two units; May billed and unpaid (due 15 June), June billed and paid; 3 deactivated
    // → on 20 June the 9 others are in arrears for May: 0 protected, 12 unprotected.
    const { participantIds } = await participants(server.harness, {
      agreementId: server.agreementId,
      count: 12,
      registeredOn: '2022-05-01',
      unitCodes: ['BKPSDM', 'DINKES'],
    });
    await billMonth(server.harness, { agreementId: server.agreementId, period: '2022-05' });
    await billMonth(server.harness, { agreementId: server.agreementId, period: '2022-06', paidOn: '2022-06-10', bankReference: 'JUNI' });
    for (const id of participantIds.slice(0, 3)) await deactivate(server.harness, id, '2022-06-15');
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  test('figures, charts and the report', async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await signIn(page, 'pengawas');
      await page.getByRole('link', { name: 'Monitoring' }).click();
      await page.getByTestId('stat-roster').waitFor();
      const stat = async (id: string) => (await page.getByTestId(id).innerText()).replace(/\s+/g, ' ');
      assert.match(await stat('stat-roster'), / 12$/);
      assert.match(await stat('stat-enrolled'), / 9$/);
      assert.match(await stat('stat-protected'), / 0$/);
      assert.match(await stat('stat-unprotected'), / 12$/);
      assert.match(await stat('stat-arrears'), /Rp 114\.372$/);
      assert.match(await stat('stat-days'), / 632$/);
      // The charts render real bars (recharts draws an SVG path per bar).
      await page.getByTestId('coverage-chart').locator('.recharts-bar-rectangle').first().waitFor();
      assert.equal(await page.getByTestId('coverage-chart').locator('.recharts-bar-rectangle').count(), 6);
      assert.equal(await page.getByTestId('contributions-chart').locator('.recharts-bar-rectangle').count(), 4, 'two months × (billed, paid)');
      const table = (await page.getByTestId('unprotected-table').innerText()).replace(/\s+/g, ' ');
      assert.equal((table.match(/Kepesertaan nonaktif sejak 15 Juni 2022/g) ?? []).length, 3);
      assert.equal(
        (table.match(/Menunggak: iuran Mei 2022 lewat jatuh tempo 15 Juni 2022 \(5 hari; tagihan IURAN\/1\/202205\/\d+, kurang Rp 114\.372\)/g) ?? []).length,
        9,
      );
      // The server pages the list: all 12 on the first page of 50; at 10 per page, page 2 holds the last 2.
      assert.match(table, /1–12 dari 12/);
      await page.goto(`${server.url}/monitoring?baris=10`);
      await page.getByTestId('unprotected-table').getByText('1–10 dari 12').waitFor();
      assert.equal(await page.getByTestId('person-state').count(), 10);
      await page.getByTestId('unprotected-table').getByRole('button', { name: '2', exact: true }).click();
      await page.getByTestId('unprotected-table').getByText('11–12 dari 12').waitFor();
      await page.waitForURL(/halaman=2/);
      assert.equal(await page.getByTestId('person-state').count(), 2);
      await page.screenshot({ path: '/tmp/e2e/dashboard.png', fullPage: true });
      await page.goto(`${server.url}/monitoring`);
      await page.getByTestId('stat-roster').waitFor();

      // The period is picked, not typed: a whole year first, then the year's second quarter.
      await page.getByText('Tahun', { exact: true }).click();
      assert.equal(await page.locator('input[aria-label="Tahun laporan"]').inputValue(), '2022');
      await page.getByText('Triwulan', { exact: true }).click();
      await page.locator('input[aria-label="Triwulan laporan"]').click();
      await page.getByRole('option', { name: 'Triwulan II', exact: true }).click();
      assert.match((await page.getByRole('link', { name: 'Unduh PDF' }).getAttribute('href'))!, /period=2022-Q2/);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh PDF' }).click()]);
      const path = await download.path();
      const { readFileSync } = await import('node:fs');
      const text = (await pdfToText(readFileSync(path!))).replace(/\s+/g, ' ');
      assert.match(text, /LAPORAN MONITORING DAN EVALUASI/);
      assert.match(text, /Triwulan II 2022/);
    } finally {
      await context.close();
    }
  });
});
