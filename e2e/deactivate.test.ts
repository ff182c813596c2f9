/**
 * Browser test (issue #16): ending a participation goes through a dialog that names what will happen; cancelling
 * changes nothing, confirming with a date and a reason deactivates the participant from that date.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertWebBuilt, startServer, type TestServer } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';
import { enrolledEmployee } from './support/fixtures.ts';

describe('deactivating a participant in the browser', () => {
  let browser: TestBrowser;
  let server: TestServer;
  let participantId: number;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    server = await startServer({ today: '2022-07-20' });
    ({ participantId } = await enrolledEmployee(server.harness, {
      agreementId: server.agreementId,
      unitCode: 'DINKES',
      nik: '7409014508900001',
      fullName: 'Siti Aminah',
      sex: 'P',
      birthDate: '1990-08-05',
      kpj: '22012345678',
      registeredOn: '2022-04-01',
    }));
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  const stored = () =>
    server.harness.handle.db
      .selectFrom('participants')
      .select(['deactivated_on', 'deactivation_reason'])
      .where('id', '=', participantId)
      .executeTakeFirstOrThrow();

  test('Nonaktifkan: the dialog names the person and the consequence; Batal changes nothing; confirming ends the participation from the date', async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await signIn(page, 'admin');
      await page.goto('/kepesertaan?tab=participants');
      const row = page.locator('tr', { hasText: 'Siti Aminah' });
      await row.getByRole('button', { name: 'Nonaktifkan' }).click();
      let dialog = page.getByRole('dialog', { name: 'Nonaktifkan kepesertaan Siti Aminah?' });
      await dialog.waitFor();
      assert.match(await dialog.innerText(), /Sejak tanggal ini peserta tidak ditagih iurannya dan tidak terlindungi\./);
      assert.match(await dialog.innerText(), /22012345678/);
      // Nothing happens without a date and a reason, nor on Batal.
      assert.equal(await dialog.getByRole('button', { name: 'Nonaktifkan' }).isDisabled(), true);
      await dialog.getByRole('button', { name: 'Batal' }).click();
      await dialog.waitFor({ state: 'hidden' });
      assert.deepEqual(await stored(), { deactivated_on: null, deactivation_reason: null });

      await row.getByRole('button', { name: 'Nonaktifkan' }).click();
      dialog = page.getByRole('dialog', { name: 'Nonaktifkan kepesertaan Siti Aminah?' });
      // The calendar opens on the office's month (July 2022 here), not the browser's.
      await dialog.getByLabel('Mulai tanggal').click();
      await page.getByText('Juli 2022', { exact: true }).waitFor();
      await dialog.getByLabel('Mulai tanggal').fill('31/07/2022');
      await dialog.getByLabel('Alasan').fill('Kontrak berakhir');
      await dialog.getByRole('button', { name: 'Nonaktifkan' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('Siti Aminah dinonaktifkan').waitFor();
      // The row says since when, and offers to reactivate instead.
      await row.getByText('31 Juli 2022').waitFor();
      await row.getByRole('button', { name: 'Aktifkan kembali' }).waitFor();
      assert.deepEqual(await stored(), { deactivated_on: '2022-07-31', deactivation_reason: 'Kontrak berakhir' });
    } finally {
      await context.close();
    }
  });

  test('deactivating a user account asks first, naming the person and what follows', async () => {
    const { page, context } = await browser.newPage(server.url);
    const status = async () =>
      (await server.harness.handle.db.selectFrom('users').select('status').where('username', '=', 'operator-setda').executeTakeFirstOrThrow()).status;
    try {
      await signIn(page, 'admin');
      await page.goto('/pengguna');
      const row = page.getByTestId('user-operator-setda');
      const open = async () => {
        await row.getByRole('button', { name: 'Ubah operator-setda' }).click();
        await page.getByRole('menuitem', { name: 'Nonaktifkan' }).click();
        const dialog = page.getByRole('dialog', { name: 'Nonaktifkan akun Operator Setda (demo)?' });
        await dialog.waitFor();
        return dialog;
      };
      let dialog = await open();
      assert.match(await dialog.innerText(), /tidak dapat masuk lagi dan sesinya berakhir/);
      await dialog.getByRole('button', { name: 'Batal' }).click();
      await dialog.waitFor({ state: 'hidden' });
      assert.equal(await status(), 'active');
      dialog = await open();
      await dialog.getByRole('button', { name: 'Nonaktifkan' }).click();
      await row.getByText(/^nonaktif$/i).waitFor();
      assert.equal(await status(), 'disabled');
    } finally {
      await context.close();
    }
  });
});
