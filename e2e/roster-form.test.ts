/**
 * Browser test of the employee form and page (today 2023-01-10): an admin adds an employee whose
 * NIK disagrees with the birth date (refused in Bahasa, then kept with a reason), moves them to
 * another unit from a date, ends and reactivates their employment; an OPD operator sees only the
 * employees of their own unit.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { assertWebBuilt, startServer, type TestServer } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';
import { employee, workUnit } from './support/fixtures.ts';

const OPERATOR = 'operator-dinkes';
const OPERATOR_PASSWORD = 'operator-uji-123';
/** Female, born 5 August 1990 (day 45 = 5 + 40), Buton Utara (7409). */
const NIK = '7409014508900001';

const text = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

/** Waits until an input shows `expected` (a Select fills in once its options have loaded). */
async function assertValue(input: Locator, expected: string): Promise<void> {
  const until = Date.now() + 10_000;
  let value = await input.inputValue();
  while (value !== expected && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    value = await input.inputValue();
  }
  assert.equal(value, expected);
}

async function pickOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('employee form and page in the browser', () => {
  let browser: TestBrowser;
  let server: TestServer;
  let dinkesId = 0;
  let otherUnitEmployeeId = 0;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    server = await startServer({ today: '2023-01-10' });
    const { services, admin } = server.harness;
    const dinkes = { agreementId: server.agreementId, unitCode: 'DINKES', unitName: 'Dinas Kesehatan' };
    const bkpsdm = { agreementId: server.agreementId, unitCode: 'BKPSDM', unitName: 'Badan Kepegawaian dan Pengembangan SDM' };
    dinkesId = await workUnit(server.harness, dinkes);
    await workUnit(server.harness, bkpsdm);
    await employee(server.harness, { ...dinkes, nik: '7409010101850001', fullName: 'La Ode Budi', sex: 'L', birthDate: '1985-01-01', startDate: '2021-04-01' });
    otherUnitEmployeeId = (
      await employee(server.harness, {
        ...bkpsdm,
        nik: '7409015203920002',
        fullName: 'Wa Ode Sitti',
        sex: 'P',
        birthDate: '1992-03-12',
        startDate: '2021-04-01',
      })
    ).employeeId;
    // No operator among the demo users: one bound to DINKES, created as the CLI would.
    await services.auth.createUser(admin, {
      username: OPERATOR,
      fullName: 'Operator Dinas Kesehatan',
      password: OPERATOR_PASSWORD,
      role: 'opd_operator',
      workUnitId: dinkesId,
    });
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  test('admin adds (NIK override with a reason), moves, ends and reactivates an employee', async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await signIn(page, 'admin');
      await page.getByRole('link', { name: 'Pegawai' }).click();
      await page.waitForURL(/\/pegawai$/);
      await page.getByRole('link', { name: 'Tambah pegawai' }).click();
      await page.waitForURL(/\/pegawai\/baru$/);
      await page.getByRole('heading', { name: 'Tambah pegawai' }).waitFor();

      await page.getByRole('textbox', { name: /^NIK/ }).fill(NIK);
      await page.getByLabel('Nama lengkap').fill('Siti Aminah');
      await page.getByText('Perempuan', { exact: true }).click();
      await page.getByLabel('Tempat lahir').fill('Buranga');
      await page.getByLabel('Tanggal lahir').fill('1990-08-06');
      await pickOption(page, 'Unit kerja', 'DINKES — Dinas Kesehatan');
      await page.getByLabel('Jabatan').fill('Tenaga Administrasi');
      await page.getByLabel('Mulai kerja').fill('2020-01-02');
      assert.equal(await page.getByLabel('Alasan pengecualian NIK').count(), 0, 'no override field before a mismatch');

      // The NIK says 5 August 1990: refused in Bahasa, and the admin is offered the override.
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      const nikError = page.getByText('Tanggal lahir pada NIK (05-08-1990) tidak sama dengan tanggal lahir (1990-08-06)');
      await nikError.waitFor();
      await page.getByTestId('form-problems').filter({ hasText: 'Periksa kembali isian yang ditandai' }).waitFor();
      const reason = page.getByLabel('Alasan pengecualian NIK');
      await reason.waitFor();
      assert.match(await text(page.getByText(/^Khusus admin: NIK tetap disimpan/)), /Alasan dicatat di jejak audit/);
      assert.equal(page.url().endsWith('/pegawai/baru'), true, 'nothing saved yet');

      await page.screenshot({ path: '/tmp/e2e/roster-form-mismatch.png', fullPage: true });
      await reason.fill('Tanggal lahir di KTP salah cetak; sesuai akta kelahiran');
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      await page.waitForURL(/\/pegawai\/\d+$/);
      await page.getByRole('heading', { name: 'Siti Aminah' }).waitFor();
      const identity = page.getByTestId('employee-identity');
      assert.match(await text(identity), /7409014508900001/);
      assert.match(await text(identity), /Perempuan \(P\)/);
      assert.match(await text(identity), /Buranga, 6 Agustus 1990/);
      assert.match(await text(identity), /Pengecualian NIK Tanggal lahir di KTP salah cetak; sesuai akta kelahiran/i);
      const history = page.getByTestId('employee-history');
      await history.getByText(/^Didaftarkan sebagai Tenaga Administrasi \(Honorer\), mulai kerja 2 Januari 2020/).waitFor();

      // Move to BKPSDM from 2 January 2023.
      await page.getByRole('link', { name: 'Ubah', exact: true }).click();
      await page.waitForURL(/\/pegawai\/\d+\/ubah$/);
      await page.getByRole('heading', { name: 'Ubah data pegawai: Siti Aminah' }).waitFor();
      assert.equal(await page.getByRole('textbox', { name: /^NIK/ }).isDisabled(), true, 'the NIK cannot be changed');
      assert.equal(await page.getByLabel('Berlaku sejak').count(), 0, 'no effective date until the unit or position changes');
      await pickOption(page, 'Unit kerja', 'BKPSDM — Badan Kepegawaian dan Pengembangan SDM');
      await page.getByLabel('Berlaku sejak').fill('2023-01-02');
      // The typed date stands; the calendar it opened would lie over "Simpan", as it would for a person.
      await page.keyboard.press('Escape');
      await page.screenshot({ path: '/tmp/e2e/roster-form-move.png', fullPage: true });
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      await page.waitForURL(/\/pegawai\/\d+$/);
      const employment = page.getByTestId('employee-employment');
      await employment.getByText('BKPSDM', { exact: true }).waitFor();
      const moved = history.getByText(/^Pindah unit: /);
      await moved.waitFor();
      assert.equal(
        await text(moved),
        'Pindah unit: DINKES Dinas Kesehatan → BKPSDM Badan Kepegawaian dan Pengembangan SDM, berlaku 2 Januari 2023, oleh Admin BKPSDM (demo)',
      );

      // End employment on 9 January 2023.
      await page.getByRole('button', { name: 'Akhiri', exact: true }).click();
      const endDialog = page.getByRole('dialog', { name: 'Akhiri kepegawaian: Siti Aminah' });
      await endDialog.getByLabel('Tanggal berhenti').fill('2023-01-09');
      await endDialog.getByLabel('Alasan berhenti').fill('Mengundurkan diri');
      await endDialog.getByRole('button', { name: 'Akhiri', exact: true }).click();
      await endDialog.waitFor({ state: 'detached' });
      await page.getByRole('heading', { name: 'Siti Aminah' }).locator('..').getByText('Berhenti', { exact: true }).waitFor();
      await employment.getByText('9 Januari 2023', { exact: true }).waitFor();
      await employment.getByText('Mengundurkan diri', { exact: true }).waitFor();
      await history.getByText(/^Berhenti per 9 Januari 2023: Mengundurkan diri/).waitFor();

      // Reactivate.
      await page.getByRole('button', { name: 'Aktifkan kembali', exact: true }).click();
      const reDialog = page.getByRole('dialog', { name: 'Aktifkan kembali' });
      await reDialog.getByText('Aktifkan kembali Siti Aminah?').waitFor();
      await reDialog.getByRole('button', { name: 'Aktifkan kembali', exact: true }).click();
      await reDialog.waitFor({ state: 'detached' });
      await page.getByRole('heading', { name: 'Siti Aminah' }).locator('..').getByText('Aktif', { exact: true }).waitFor();
      await history.getByText(/^Diaktifkan kembali: sebelumnya berhenti per 9 Januari 2023, berlaku 10 Januari 2023/).waitFor();
      assert.equal(await employment.getByText('Mengundurkan diri').count(), 0, 'the end date and reason are cleared');
      await page.getByRole('button', { name: 'Akhiri', exact: true }).waitFor();
      await page.screenshot({ path: '/tmp/e2e/roster-form-employee.png', fullPage: true });

      // The list shows them active in their new unit.
      await page.getByRole('link', { name: 'Ke daftar pegawai' }).click();
      await page.getByLabel('Cari nama atau NIK').fill('Siti Aminah');
      const row = page.getByRole('row').filter({ hasText: 'Siti Aminah' });
      await row.waitFor();
      assert.match(
        await text(row),
        /7409014508900001 Siti Aminah P BKPSDM — Badan Kepegawaian dan Pengembangan SDM Tenaga Administrasi honorer 2 Januari 2020 Aktif/i,
      );
      await page.screenshot({ path: '/tmp/e2e/roster-form-list.png', fullPage: true });
    } finally {
      await context.close();
    }
  });

  test('a reason typed for a NIK mismatch that is then corrected is not saved as a NIK exception', async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await signIn(page, 'admin');
      await page.goto('/pegawai/baru');
      await page.getByRole('textbox', { name: /^NIK/ }).fill('7409010202880003');
      await page.getByLabel('Nama lengkap').fill('La Ode Harun');
      await page.getByLabel('Tanggal lahir').fill('1988-02-03');
      await pickOption(page, 'Unit kerja', 'BKPSDM — Badan Kepegawaian dan Pengembangan SDM');
      await page.getByLabel('Mulai kerja').fill('2019-07-01');
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      await page.getByText('Tanggal lahir pada NIK (02-02-1988) tidak sama dengan tanggal lahir (1988-02-03)').waitFor();
      await page.getByLabel('Alasan pengecualian NIK').fill('Salah ketik?');
      // The admin notices the typo instead: the data agree, and no exception is recorded.
      await page.getByLabel('Tanggal lahir').fill('1988-02-02');
      await page.getByRole('button', { name: 'Simpan', exact: true }).click();
      await page.waitForURL(/\/pegawai\/\d+$/);
      await page.getByRole('heading', { name: 'La Ode Harun' }).waitFor();
      assert.doesNotMatch(await text(page.getByTestId('employee-identity')), /Pengecualian NIK/i);
      const saved = (await server.harness.services.roster.list(server.harness.admin, { q: 'La Ode Harun' })).items[0];
      assert.equal(saved?.nikOverrideReason, null);
    } finally {
      await context.close();
    }
  });

  test('an OPD operator sees only the employees of their own unit', async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await signIn(page, OPERATOR, OPERATOR_PASSWORD);
      await page.getByRole('link', { name: 'Pegawai' }).click();
      await page.waitForURL(/\/pegawai$/);
      const ownUnit = page.getByRole('combobox', { name: 'Unit kerja Anda' });
      await assertValue(ownUnit, 'DINKES — Dinas Kesehatan');
      assert.equal(await ownUnit.isDisabled(), true, 'the unit filter is locked to their own unit');

      // Exactly the active employees of DINKES (Siti Aminah too, unless the admin test moved her away).
      const { services, admin } = server.harness;
      const own = (await services.roster.list(admin, { unitId: dinkesId })).items.map((e) => e.fullName).sort();
      assert.ok(own.includes('La Ode Budi'));
      const table = page.getByRole('table');
      await table.getByRole('row').filter({ hasText: 'La Ode Budi' }).waitFor();
      await page
        .getByTestId('employees-total')
        .filter({ hasText: `${own.length} pegawai` })
        .waitFor();
      const rows = (await table.locator('tbody tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' '));
      assert.equal(rows.length, own.length, rows.join(' | '));
      for (const row of rows) assert.match(row, /DINKES — Dinas Kesehatan/);
      assert.equal(await page.getByText('Wa Ode Sitti').count(), 0, 'a BKPSDM employee is not listed');
      await page.getByLabel('Cari nama atau NIK').fill('Wa Ode');
      await page.getByText('Tidak ada pegawai yang cocok').waitFor();

      // Another unit's employee cannot be opened by address either.
      await page.goto(`/pegawai/${otherUnitEmployeeId}`);
      // Out of scope answers exactly like a missing employee (src/core/scope.ts).
      await page.getByText('Pegawai tidak ditemukan').waitFor();
      assert.equal(await page.getByRole('heading', { name: 'Wa Ode Sitti' }).count(), 0);

      await page.goto('/pegawai');
      // A new employee's unit is their own, and cannot be changed.
      await page.getByRole('link', { name: 'Tambah pegawai' }).click();
      await page.waitForURL(/\/pegawai\/baru$/);
      const unit = page.getByRole('combobox', { name: 'Unit kerja' });
      await assertValue(unit, 'DINKES — Dinas Kesehatan');
      assert.equal(await unit.isDisabled(), true);
    } finally {
      await context.close();
    }
  });
});
