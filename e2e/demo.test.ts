/** Browser test: a newcomer signs in to the demo (with its dataset) and the first screen is the living dashboard of the ended agreement. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertWebBuilt, startServer, type TestServer } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';

describe('the demo in the browser', () => {
  let browser: TestBrowser;
  let server: TestServer;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    server = await startServer({ today: '2026-12-01', dataset: true });
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  test("a newcomer's first screen: the dashboard on the agreement's last day, with figures; a date shows any day", async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await signIn(page, 'admin');
      assert.match(page.url(), /\/monitoring$/);
      await page.getByTestId('stat-roster').waitFor();
      assert.equal((await page.getByTestId('as-of').innerText()).trim(), 'Keadaan per 13 Maret 2024 — perjanjian telah berakhir');
      const stat = async (id: string) => (await page.getByTestId(id).innerText()).replace(/\s+/g, ' ');
      assert.match(await stat('stat-roster'), / 38$/);
      assert.match(await stat('stat-enrolled'), / 35$/);
      assert.match(await stat('stat-protected'), / 35$/);
      assert.match(await stat('stat-unprotected'), / 3$/);
      assert.match(await stat('stat-arrears'), /Rp 333\.585$/); // February 2024, not yet due on the last day
      await page.getByTestId('contributions-chart').locator('.recharts-bar-rectangle').first().waitFor();
      assert.equal(await page.getByTestId('contributions-chart').locator('.recharts-bar-rectangle').count(), 48, '24 months × (billed, paid)');
      const claims = (await page.getByTestId('claims-figures').innerText()).replace(/\s+/g, ' ');
      assert.match(claims, /JKM/);
      await page.screenshot({ path: '/tmp/e2e/demo-dashboard.png', fullPage: true });

      await page.getByTestId('as-of-date').fill('2023-08-15');
      await page.waitForURL(/tanggal=2023-08-15/);
      await page.getByTestId('as-of').filter({ hasText: 'Keadaan per 15 Agustus 2023' }).waitFor();
      // The alert and the figures come from the same answer: once it says August, the figures are August's.
      // August 2023 was settled (late) since: the day shows the participants of that day protected.
      assert.match(await stat('stat-protected'), / 35$/);
      assert.match(await stat('stat-roster'), / 38$/);
    } finally {
      await context.close();
    }
  });

  test("the arrears tab and an employee's timeline of the ended agreement open on its last day and say so; a date shows another day", async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await signIn(page, 'pengawas');
      await page.goto('/iuran?tab=arrears');
      const note = page.getByTestId('arrears-as-of');
      await note.filter({ hasText: 'Keadaan per 13 Maret 2024 — perjanjian telah berakhir' }).waitFor();
      const cell = async (bucket: number) => (await page.getByTestId('arrears').locator('tfoot td').nth(bucket).innerText()).trim();
      assert.equal(await cell(1), 'Rp 333.585', 'February 2024 not yet due on the last day');
      await page.getByTestId('arrears-date').fill('20/03/2024');
      await page.getByTestId('arrears-date').press('Enter');
      await note.filter({ hasText: /^Keadaan per 20 Maret 2024$/ }).waitFor();
      assert.equal(await cell(2), 'Rp 333.585', 'overdue 0–30 days on 20 March');

      const rizal = await server.harness.handle.db
        .selectFrom('employees')
        .select('id')
        .where('full_name', '=', 'Muhammad Rizal (contoh)')
        .executeTakeFirstOrThrow();
      await page.goto(`/pegawai/${rizal.id}`);
      const timeline = page.getByTestId('protection-timeline');
      await timeline.getByTestId('timeline-ended').waitFor();
      assert.equal(
        (await timeline.getByTestId('timeline-ended').innerText()).trim(),
        '24 bulan sampai 13 Maret 2024, hari terakhir perjanjian — perjanjian telah berakhir',
      );
      assert.equal(await timeline.locator('li').last().getAttribute('data-period'), '2024-03');
      assert.equal(await timeline.locator('li').last().getAttribute('data-state'), 'protected_paid');
    } finally {
      await context.close();
    }
  });

  test('the force-majeure register shows the notice state as a label, not its code', async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await signIn(page, 'pengawas');
      await page.goto('/kegiatan');
      await page.getByRole('tab', { name: 'Force majeure' }).click();
      const row = page.getByRole('row', { name: /Banjir di Kecamatan Kulisusu/ });
      await row.waitFor();
      assert.equal((await row.locator('.mantine-Badge-root').textContent())?.trim(), 'Tepat waktu');
      assert.doesNotMatch(await row.innerText(), /on_time/);
    } finally {
      await context.close();
    }
  });

  test('protection check by name: several matches make a pick list', async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await signIn(page, 'pengawas');
      await page.goto('/iuran');
      await page.getByRole('tab', { name: 'Cek perlindungan' }).click();
      await page.getByLabel('NIK, KPJ atau nama').fill('wa ode');
      await page.getByLabel('Tanggal').last().fill('2023-05-02');
      await page.getByRole('button', { name: 'Periksa' }).click();
      const choices = page.getByTestId('protection-choices');
      await choices.waitFor();
      assert.equal(await choices.getByRole('button').count(), 2);
      await choices.getByRole('button', { name: /Wa Ode Nurhayati/ }).click();
      const result = (await page.getByTestId('protection-result').innerText()).replace(/\s+/g, ' ');
      assert.match(result, /TERLINDUNGI/i);
      assert.doesNotMatch(result, /TIDAK/i);
      assert.match(result, /Wa Ode Nurhayati \(contoh\)/);
    } finally {
      await context.close();
    }
  });
});
