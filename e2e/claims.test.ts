/** Browser test: file a JKK claim, approve it as the BPJS officer, read the itemised total. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertWebBuilt, startServer, type TestServer } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';
import { employee, protectedEmployee } from './support/fixtures.ts';

const NIK = '7409014508900001';

describe('claims in the browser', () => {
  let browser: TestBrowser;
  let server: TestServer;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    server = await startServer({ today: '2022-06-20' });
    await protectedEmployee(server.harness, {
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
    await employee(server.harness, {
      agreementId: server.agreementId,
      nik: '7409011203850002',
      fullName: 'Budi Santoso',
      sex: 'L',
      birthDate: '1985-03-12',
      unitCode: 'DINKES',
    });
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  test('file a JKK claim, approve it as the BPJS officer, read the itemised total', async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await signIn(page, 'admin');
      await page.getByRole('link', { name: 'Klaim', exact: true }).click();
      await page.getByRole('link', { name: 'Klaim baru' }).click();
      await page.getByLabel('Tanggal kejadian').fill('2022-05-02');
      // An employee who was never enrolled: the eligibility check says so before filing
      await page.getByRole('combobox', { name: 'Pegawai' }).fill('Budi');
      await page.getByRole('option', { name: /Budi Santoso/ }).click();
      await page.getByTestId('protection-notice').filter({ hasText: 'Tidak terlindungi pada 2 Mei 2022' }).waitFor();
      await page.getByRole('combobox', { name: 'Pegawai' }).fill('Siti');
      await page.getByRole('option', { name: /Siti Aminah/ }).click();
      await page.getByTestId('protection-notice').filter({ hasText: 'Terlindungi pada 2 Mei 2022' }).waitFor();
      await page.getByLabel('Tempat kejadian').fill('Kantor Dinas Kesehatan');
      await page.getByLabel('Kronologi').fill('Terjatuh dari tangga saat membawa arsip');
      await page.getByLabel('Pelapor').fill('Kepala Tata Usaha');
      await page.getByLabel('Laporan tahap I', { exact: true }).fill('2022-05-03');
      await page.getByLabel('Biaya pengobatan').fill('3500000');
      await page.getByRole('button', { name: 'Tambah biaya angkut' }).click();
      await page.getByRole('textbox', { name: 'Biaya angkut 1' }).fill('7000000');
      await page.getByLabel('Hari tidak mampu bekerja (STMB)').fill('30');
      // The estimate: medical 3.500.000 + land transport capped at 5.000.000 + STMB 30 days × 100% × 1.765.000
      await page.getByTestId('claim-estimate').getByTestId('quote-total').filter({ hasText: 'Rp 10.265.000' }).waitFor();
      await page.screenshot({ path: '/tmp/e2e/claim-new.png', fullPage: true });
      await page.getByRole('button', { name: 'Ajukan klaim' }).click();
      await page.waitForURL(/\/klaim\/\d+$/);
      await page.getByTestId('claim-status').waitFor();
      // The claim is known by its document number: the first claim filed in 2022 (the server's day).
      await page.getByRole('heading', { name: 'Klaim JKK KLM/2022/00001', exact: true }).waitFor();
      for (const code of ['kartu_peserta', 'ktp', 'laporan_tahap_1', 'surat_dokter']) {
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByLabel(`Unggah ${code}`).click()]);
        await chooser.setFiles({ name: `${code}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF ${code}`) });
        await page.getByLabel(`Unggah ${code}`).waitFor({ state: 'detached' });
      }
      // Two transport receipts: the second is added to the same checklist item
      for (const [label, name] of [
        ['Unggah kuitansi_angkut', 'kuitansi-angkut-1.pdf'],
        ['Tambah berkas kuitansi_angkut', 'kuitansi-angkut-2.pdf'],
      ] as const) {
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByLabel(label, { exact: true }).click()]);
        await chooser.setFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF ${name}`) });
        await page.getByTestId('claim-documents').getByText(name).waitFor();
      }
      assert.equal(await page.getByTestId('claim-documents').locator('tbody tr').count(), 6);
      const claimUrl = page.url();
      await page.getByRole('button', { name: 'Keluar' }).click();
      await page.waitForURL(/\/masuk/);

      await signIn(page, 'bpjs');
      await page.goto(claimUrl);
      await page.getByRole('button', { name: 'Verifikasi' }).click();
      await page.getByRole('dialog', { name: 'Verifikasi klaim KLM/2022/00001?' }).getByRole('button', { name: 'Verifikasi' }).click();
      await page
        .getByTestId('claim-status')
        .filter({ hasText: /diverifikasi/i })
        .waitFor();
      await page.getByRole('button', { name: 'Setujui' }).click();
      await page.getByRole('dialog', { name: 'Setujui klaim KLM/2022/00001?' }).getByRole('button', { name: 'Setujui' }).click();
      await page
        .getByTestId('claim-status')
        .filter({ hasText: /disetujui/i })
        .waitFor();
      // medical 3.500.000 + land transport capped at 5.000.000 + STMB 30 days × 100% × 1.765.000
      assert.equal(await page.getByTestId('claim-total').innerText(), 'Rp 10.265.000');
      const items = (await page.getByTestId('claim-items').innerText()).replace(/\s+/g, ' ');
      assert.match(items, /PKS Pasal 7 ayat \(1\) huruf b angka 1/);
      await page.screenshot({ path: '/tmp/e2e/claim.png', fullPage: true });
    } finally {
      await context.close();
    }
  });

  test('a JKM death claim shows the scholarship schedule year by year to the supervisor', async () => {
    const { services, admin } = server.harness;
    const siti = (await services.roster.list(admin, { q: NIK, status: 'all' })).items[0]!;
    const claim = await services.claims.file(admin, {
      employeeId: siti.id,
      program: 'JKM',
      outcome: 'death',
      incidentDate: '2022-05-20',
      place: 'Rumah',
      chronology: 'Meninggal karena sakit',
      reporter: 'Suami',
      benefit: {
        contributionMonths: 36,
        children: [
          { birthDate: '2012-01-01', level: 'SD', yearOfLevel: 5 },
          { birthDate: '2016-03-01', level: 'TK' },
        ],
      },
    });
    const { page, context } = await browser.newPage(server.url);
    try {
      await signIn(page, 'pengawas');
      await page.goto(`/klaim/${claim.id}`);
      await page.getByTestId('claim-quote-details').waitFor();
      const schedule = (await page.getByTestId('scholarship-schedule').innerText()).replace(/\s+/g, ' ');
      assert.match(schedule, /Anak 1 \(lahir 1 Januari 2012\)/);
      assert.match(schedule, /Anak 2 \(lahir 1 Maret 2016\)/);
      assert.match(schedule, /SD tahun ke-5/);
      assert.equal(await page.getByRole('button', { name: 'Verifikasi' }).count(), 0, 'a supervisor only reads');
      assert.equal(await page.getByTestId('claim-total').innerText(), `Rp ${(claim.total).toLocaleString('de-DE')}`);
      await page.goto('/klaim');
      await page.getByTestId('claims-table').waitFor();
      assert.equal(await page.locator('[data-testid="claims-table"] tbody tr').count(), 2);
      const href = await page.getByRole('link', { name: 'Register klaim (XLSX)' }).getAttribute('href');
      const register = await page.request.get(href!);
      assert.equal(register.status(), 200);
      assert.equal(register.headers()['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    } finally {
      await context.close();
    }
  });

  test("the employee's page lists their claims and starts a new one for them", async () => {
    const { services, admin } = server.harness;
    const siti = (await services.roster.list(admin, { q: NIK, status: 'all' })).items[0]!;
    const { page, context } = await browser.newPage(server.url);
    try {
      await signIn(page, 'admin');
      await page.goto(`/pegawai/${siti.id}`);
      const card = page.getByTestId('employee-claims');
      await card.locator('tbody tr').nth(1).waitFor();
      assert.equal(await card.locator('tbody tr').count(), 2);
      assert.match(await card.innerText(), /Meninggal dunia/);
      await card.getByRole('link', { name: 'Klaim baru' }).click();
      await page.waitForURL(new RegExp(`/klaim/baru\\?pegawai=${siti.id}$`));
      assert.equal(await page.getByRole('combobox', { name: 'Pegawai' }).inputValue(), `Siti Aminah — ${NIK} (Dinas Kesehatan)`);
      await page.getByLabel('Tanggal kejadian').fill('2022-05-25');
      await page.getByTestId('protection-notice').filter({ hasText: 'Terlindungi pada 25 Mei 2022' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
