/**
 * The holiday calendar in the browser (issue #12): the system administrator adds a day and removes
 * it; a regency admin reads the same calendar and is offered no button to change it. Needs the
 * built UI (npm run build:web) and /usr/bin/chromium.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertWebBuilt, startServer, type TestServer } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';

describe('holiday calendar in the browser', () => {
  let browser: TestBrowser;
  let server: TestServer;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    server = await startServer({ today: '2024-06-01' });
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  test('the system administrator adds and removes a day; an admin only reads', async () => {
    const sys = await browser.newPage(server.url);
    await signIn(sys.page, 'sistem');
    await sys.page.getByRole('link', { name: 'Hari libur' }).click();
    await sys.page.waitForURL(/\/hari-libur$/);
    const idulAdha = sys.page.getByTestId('holiday-2024-06-17');
    await idulAdha.waitFor();
    assert.match(await idulAdha.innerText(), /17 Juni 2024\s+Hari Raya Iduladha 1445 H\s+Libur nasional/);

    await sys.page.getByRole('button', { name: 'Tambah hari libur' }).click();
    const dialog = sys.page.getByRole('dialog');
    await dialog.getByLabel('Tanggal').fill('2027-03-10');
    await dialog.getByLabel('Nama', { exact: true }).fill('Hari libur uji');
    await dialog.getByLabel('Dasar penetapan').fill('SKB 2027 (contoh uji)');
    await dialog.getByRole('button', { name: 'Tambah hari libur' }).click();
    const added = sys.page.getByTestId('holiday-2027-03-10');
    await added.waitFor();
    assert.match(await added.innerText(), /10 Maret 2027\s+Hari libur uji/);
    assert.equal((await server.harness.handle.db.selectFrom('holidays').select('name').where('date', '=', '2027-03-10').execute()).length, 1);

    await added.getByRole('button', { name: 'Hapus hari libur' }).click();
    await sys.page.getByRole('dialog').getByRole('button', { name: 'Hapus hari libur' }).click();
    await added.waitFor({ state: 'detached' });
    assert.equal((await server.harness.handle.db.selectFrom('holidays').select('name').where('date', '=', '2027-03-10').execute()).length, 0);

    const admin = await browser.newPage(server.url);
    await signIn(admin.page, 'admin');
    await admin.page.getByRole('link', { name: 'Hari libur' }).click();
    await admin.page.getByTestId('holiday-2024-06-17').waitFor();
    assert.equal(await admin.page.getByRole('button', { name: 'Tambah hari libur' }).count(), 0);
    assert.equal(await admin.page.getByRole('button', { name: 'Hapus hari libur' }).count(), 0);
  });
});
