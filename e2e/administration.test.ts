/**
 * Administration in the browser, with two regencies in one installation: the demo regency's admin
 * creates a unit and invites an operator (the one-time password is shown once); the operator signs
 * in, must choose its own password, and sees only that unit; the second regency's admin sees
 * neither the unit nor the user. Also: closing a unit from a date, the invitation in the audit page, the
 * operator's own API token (shown once, used by a script, refused once revoked). Needs the built UI (npm run build:web) and /usr/bin/chromium.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { cliActor } from '../src/core/actor.ts';
import { assertWebBuilt, startServer, type TestServer } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { DEMO_PASSWORD } from './support/session.ts';

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/');
  await page.waitForURL(/\/masuk/);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

describe('administration in the browser', () => {
  let browser: TestBrowser;
  let server: TestServer;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    server = await startServer({ today: '2023-01-10' });
    const { services } = server.harness;
    const muna = await services.institutions.create(cliActor(), { kind: 'government', level: 'regency', name: 'Pemerintah Kabupaten Muna' });
    await services.auth.createUser(cliActor(), {
      username: 'admin-muna',
      fullName: 'Admin Muna',
      role: 'admin',
      institutionId: muna.id,
      password: 'kopi-pagi-di-raha',
    });
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  test('a regency admin creates a unit and an operator; the operator sees only that unit; another regency sees neither', async () => {
    // 1. The demo regency's admin adds a unit.
    const admin = await browser.newPage(server.url);
    await signIn(admin.page, 'admin', DEMO_PASSWORD);
    await admin.page.waitForURL(/\/monitoring$/);
    await admin.page.getByRole('link', { name: 'Unit kerja' }).click();
    await admin.page.waitForURL(/\/unit-kerja$/);
    await admin.page.getByTestId('unit-SETDA').waitFor();
    await admin.page.getByRole('button', { name: 'Tambah unit' }).click();
    const unitDialog = admin.page.getByRole('dialog');
    await unitDialog.getByLabel('Kode').fill('DINSOS');
    await unitDialog.getByLabel('Nama', { exact: true }).fill('Dinas Sosial');
    await unitDialog.getByRole('button', { name: 'Tambah unit' }).click();
    await admin.page.getByTestId('unit-DINSOS').waitFor();
    assert.match(await admin.page.getByTestId('unit-DINSOS').innerText(), /Dinas Sosial/);
    // … and closes another from a date: the tree says so in words.
    await admin.page.getByTestId('unit-SETDA.ORG').getByRole('button', { name: 'Tutup unit' }).click();
    const closeDialog = admin.page.getByRole('dialog');
    await closeDialog.getByLabel('Tutup mulai tanggal').fill('2023-02-01');
    await closeDialog.getByRole('heading').click();
    await closeDialog.getByRole('button', { name: 'Tutup unit' }).click();
    await closeDialog.waitFor({ state: 'detached' });
    await admin.page
      .getByTestId('unit-SETDA.ORG')
      .getByText(/ditutup 1 Februari 2023/i)
      .waitFor();

    // 2. … and invites an operator bound to it; the one-time password is shown once.
    await admin.page.getByRole('link', { name: 'Pengguna' }).click();
    await admin.page.waitForURL(/\/pengguna$/);
    await admin.page.getByRole('button', { name: 'Undang pengguna' }).click();
    const invite = admin.page.getByRole('dialog');
    await invite.getByLabel('Nama pengguna').fill('op-dinsos');
    await invite.getByLabel('Nama lengkap').fill('Operator Dinas Sosial');
    await invite.getByLabel('Unit kerja').click();
    await admin.page.getByRole('option', { name: 'DINSOS — Dinas Sosial' }).click();
    await invite.getByRole('button', { name: 'Undang', exact: true }).click();
    const secret = (await admin.page.getByTestId('secret').innerText()).trim();
    assert.match(secret, /^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    await admin.page.getByRole('button', { name: 'Tutup' }).click();
    const row = admin.page.getByTestId('user-op-dinsos');
    await row.waitFor();
    assert.match(await row.innerText(), /Operator OPD[\s\S]*Dinas Sosial[\s\S]*belum pernah/);

    // The audit page names the invitation in words and shows what was recorded, field by field.
    await admin.page.goto('/audit');
    const invited = admin.page.getByRole('row').filter({ hasText: 'Pengguna diundang' }).first();
    await invited.waitFor();
    await invited.click();
    const details = admin.page.getByRole('row').filter({ hasText: 'Nama lengkap' });
    await details.first().waitFor();
    assert.match(await details.first().innerText(), /Nama lengkap\s+—\s+Operator Dinas Sosial/);
    assert.match(await admin.page.getByRole('row').filter({ hasText: 'Peran' }).first().innerText(), /Peran\s+—\s+Operator OPD/);
    assert.equal(await admin.page.getByText('fullName', { exact: true }).count(), 0);
    await admin.context.close();

    // 3. The operator signs in with it, must choose its own password, then sees only its unit.
    const operator = await browser.newPage(server.url);
    await signIn(operator.page, 'op-dinsos', secret);
    await operator.page.waitForURL(/\/ganti-sandi$/);
    await operator.page.getByText('Anda masuk dengan kata sandi sekali pakai').waitFor();
    const form = operator.page.locator('form');
    await form.getByLabel('Kata sandi saat ini').fill(secret);
    await form.getByLabel('Kata sandi baru', { exact: true }).fill('op-dinsos-123');
    await form.getByLabel('Ulangi kata sandi baru').fill('op-dinsos-123');
    await form.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await form.getByText('Kata sandi tidak boleh memuat nama pengguna').waitFor();
    await form.getByLabel('Kata sandi baru', { exact: true }).fill('sagu-dan-ikan-bakar');
    await form.getByLabel('Ulangi kata sandi baru').fill('sagu-dan-ikan-bakar');
    await form.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await operator.page.waitForURL(/\/monitoring$/);
    await operator.page.getByRole('link', { name: 'Unit kerja' }).click();
    await operator.page.getByTestId('unit-DINSOS').waitFor();
    assert.equal(await operator.page.locator('[data-testid^="unit-"]').count(), 1);
    assert.equal(await operator.page.getByRole('link', { name: 'Pengguna' }).count(), 0);

    // Its own API token: shown once, works for a script, and refused once revoked.
    await operator.page.goto('/token-api');
    await operator.page.getByLabel('Nama token').fill('skrip-dinsos');
    await operator.page.getByRole('button', { name: 'Buat token' }).click();
    const token = (await operator.page.getByTestId('secret').innerText()).trim();
    assert.match(token, /^lin_/);
    await operator.page.getByRole('button', { name: 'Tutup' }).click();
    await operator.page.getByTestId('secret').waitFor({ state: 'detached' });
    const tokenRow = operator.page.getByRole('row').filter({ hasText: 'skrip-dinsos' });
    await tokenRow.getByText('aktif', { exact: true }).waitFor();
    const script = () => fetch(`${server.url}/api/v1/units`, { headers: { authorization: `Bearer ${token}` } });
    const units = await script();
    assert.equal(units.status, 200);
    assert.deepEqual(
      ((await units.json()) as { items: { code: string }[] }).items.map((u) => u.code),
      ['DINSOS'],
    );
    await tokenRow.getByRole('button', { name: 'Cabut' }).click();
    // Revoking asks first (issue #16): the dialog names the token.
    await operator.page.getByRole('dialog').getByRole('button', { name: 'Cabut' }).click();
    await tokenRow.getByText('Dicabut', { exact: true }).waitFor();
    const revoked = await script();
    assert.equal(revoked.status, 401);
    assert.equal(((await revoked.json()) as { error: { message: string } }).error.message, 'Token API tidak sah atau sudah dicabut');
    await operator.context.close();

    // 4. The other regency's admin sees neither the unit nor the user.
    const other = await browser.newPage(server.url);
    await signIn(other.page, 'admin-muna', 'kopi-pagi-di-raha');
    await other.page.waitForURL(/\/monitoring$/);
    await other.page.goto('/unit-kerja');
    await other.page.getByText('Belum ada unit kerja').waitFor();
    assert.equal(await other.page.getByText('Dinas Sosial').count(), 0);
    await other.page.goto('/pengguna');
    await other.page.getByTestId('user-admin-muna').waitFor();
    assert.equal(await other.page.getByTestId('user-op-dinsos').count(), 0);
    assert.equal(await other.page.getByText('Operator Dinas Sosial').count(), 0);
    await other.context.close();
  });
});
