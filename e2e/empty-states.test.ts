/**
 * Browser test of issue #16's empty states: on a fresh agreement (the demo agreement, nobody on it yet) each list
 * says what is empty and offers the next step, and the step goes somewhere: a link opens the page that does it,
 * a button opens or focuses the form on this page. In Bahasa, and once in English.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertWebBuilt, startServer, type TestServer } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';

async function emptyState(page: Page, title: string) {
  const box = page.getByTestId('empty-state').filter({ hasText: title });
  await box.waitFor();
  return box;
}

/** The id of the form that holds the focused element ('' when none). */
function focusedFormId(page: Page): Promise<string> {
  return page.evaluate<string>("document.activeElement?.closest('[id^=form-], #issue-bill, #new-token')?.id ?? ''");
}

describe('empty states with the next step (issue #16)', () => {
  let browser: TestBrowser;
  let server: TestServer;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    server = await startServer({ today: '2023-01-10' });
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  test('the admin on a fresh agreement: roster, enrolment, bills, claims, registers, field reports', async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await signIn(page, 'admin');

      // Roster: no employee yet → add one, or import.
      await page.goto('/pegawai');
      let box = await emptyState(page, 'Belum ada pegawai');
      assert.match(await box.innerText(), /impor daftarnya dari Excel/);
      assert.equal(await box.getByRole('link', { name: 'Impor daftar pegawai' }).getAttribute('href'), '/pegawai/impor');
      await box.getByRole('link', { name: 'Tambah pegawai pertama' }).click();
      await page.waitForURL(/\/pegawai\/baru$/);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // A search that finds nothing says so and clears itself.
      await page.goto('/pegawai?q=tidakada');
      box = await emptyState(page, 'Tidak ada pegawai yang cocok');
      await box.getByRole('button', { name: 'Hapus penyaring' }).click();
      await page.waitForURL(/\/pegawai$/);
      await emptyState(page, 'Belum ada pegawai');

      // Enrolment: no batch → "Buat pengajuan" opens the picker, which (nobody to enrol) points to adding an employee.
      await page.goto('/kepesertaan');
      box = await emptyState(page, 'Belum ada pengajuan kepesertaan');
      await box.getByRole('button', { name: 'Buat pengajuan' }).click();
      box = await emptyState(page, 'Tidak ada pegawai yang dapat didaftarkan');
      assert.equal(await box.getByRole('link', { name: 'Tambah pegawai lebih dulu' }).getAttribute('href'), '/pegawai/baru');
      await page.goto('/kepesertaan?tab=participants');
      box = await emptyState(page, 'Belum ada peserta');
      await box.getByRole('link', { name: 'Lihat pengajuan' }).click();
      await page.waitForURL(/tab=batches/);
      await emptyState(page, 'Belum ada pengajuan kepesertaan');

      // Bills: the step puts the cursor in the bill month of the form above.
      await page.goto('/iuran');
      box = await emptyState(page, 'Belum ada tagihan iuran');
      await box.getByRole('button', { name: 'Pilih bulan tagihan' }).click();
      assert.equal(await focusedFormId(page), 'issue-bill');

      // Claims: file one, or report an accident from the field.
      await page.goto('/klaim');
      box = await emptyState(page, 'Belum ada klaim');
      assert.equal(await box.getByRole('link', { name: 'Lapor kecelakaan' }).getAttribute('href'), '/lapor');
      await box.getByRole('link', { name: 'Ajukan klaim' }).click();
      await page.waitForURL(/\/klaim\/baru$/);

      // The monitoring registers: each tab's step focuses its own form.
      await page.goto('/kegiatan');
      const registers: [string, string, string, string][] = [
        ['Sosialisasi', 'Belum ada kegiatan sosialisasi', 'Catat kegiatan', 'form-outreach'],
        ['Forum koordinasi', 'Belum ada rapat forum koordinasi', 'Catat rapat', 'form-forum'],
        ['Force majeure', 'Belum ada force majeure tercatat', 'Catat force majeure', 'form-forceMajeure'],
        ['Perselisihan', 'Belum ada perselisihan', 'Catat perselisihan', 'form-disputes'],
      ];
      for (const [tab, title, step, form] of registers) {
        await page.getByRole('tab', { name: tab }).click();
        box = await emptyState(page, title);
        await box.getByRole('button', { name: step }).click();
        assert.equal(await focusedFormId(page), form, tab);
      }

      // Field reports: report an accident.
      await page.goto('/laporan-lapangan');
      box = await emptyState(page, 'Belum ada laporan lapangan');
      await box.getByRole('link', { name: 'Lapor kecelakaan' }).click();
      await page.waitForURL(/\/lapor$/);

      // The public check's log: open the public page.
      await page.goto('/audit/cek-perlindungan');
      box = await emptyState(page, 'Belum ada pengecekan');
      assert.equal(await box.getByRole('link', { name: 'Buka Cek perlindungan' }).getAttribute('href'), '/cek');
    } finally {
      await context.close();
    }
  });

  test('API tokens: a user without one names one in the form above (the demo admin has its example tokens)', async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await signIn(page, 'operator');
      await page.goto('/token-api');
      const box = await emptyState(page, 'Belum ada token API');
      await box.getByRole('button', { name: 'Isi nama token' }).click();
      assert.equal(await focusedFormId(page), 'new-token');
    } finally {
      await context.close();
    }
  });

  test('a viewer sees who takes the step, and no button it may not press', async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await signIn(page, 'pengawas');
      await page.goto('/pegawai');
      const box = await emptyState(page, 'Belum ada pegawai');
      assert.match(await box.innerText(), /ditambahkan oleh operator OPD atau admin/);
      assert.equal(await box.getByRole('link').count(), 0);
      await page.goto('/klaim');
      assert.equal(await (await emptyState(page, 'Belum ada klaim')).getByRole('link').count(), 0);
    } finally {
      await context.close();
    }
  });

  test('in English', async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await context.addInitScript({ content: "localStorage.setItem('lindung.language', 'en')" });
      await signIn(page, 'operator', undefined, 'en');
      await page.goto('/pegawai');
      const box = await emptyState(page, 'No employees yet');
      await box.getByRole('link', { name: 'Import the staff list' }).click();
      await page.waitForURL(/\/pegawai\/impor$/);
      await page.goto('/klaim');
      await (await emptyState(page, 'No claims yet')).getByRole('link', { name: 'File a claim' }).waitFor();
      await page.goto('/kepesertaan');
      await (await emptyState(page, 'No enrolment batches yet')).getByRole('button', { name: 'Make a batch' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
