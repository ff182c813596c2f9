/** Browser test: the claim page of a JKK claim offers the three accident forms; each opens a PDF pre-filled from the claim. A JKM claim offers none. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertWebBuilt, startServer, type TestServer } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';
import { protectedEmployee } from './support/fixtures.ts';
import { pdfToText } from '../src/testing/pdftotext.ts';
import { jkkClaim } from '../src/claims/testing.ts';

describe('accident report forms in the browser', () => {
  let browser: TestBrowser;
  let server: TestServer;
  let jkkId: number;
  let jkmId: number;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    server = await startServer({ today: '2022-06-20' });
    const { employeeId } = await protectedEmployee(server.harness, {
      agreementId: server.agreementId,
      nik: '7409014508900001',
      fullName: 'Siti Aminah',
      sex: 'P',
      birthDate: '1990-08-05',
      unitCode: 'DINKES',
      unitName: 'Dinas Kesehatan',
      kpj: '26133068531',
      registeredOn: '2022-05-01',
      period: '2022-05',
    });
    const { services, admin } = server.harness;
    jkkId = (await services.claims.file(admin, jkkClaim(employeeId))).id;
    jkmId = (
      await services.claims.file(
        admin,
        jkkClaim(employeeId, {
          program: 'JKM',
          outcome: 'death',
          incidentDate: '2022-05-20',
          stage1ReportedOn: null,
          doctorStatementOn: null,
          stage2ReportedOn: null,
          benefit: {},
        }),
      )
    ).id;
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  test('three buttons on a JKK claim, each a PDF with the participant, KPJ and incident date; none on a JKM claim', async () => {
    const { page, context } = await browser.newPage(server.url);
    try {
      await signIn(page, 'admin');
      await page.goto(`/klaim/${jkkId}`);
      await page.getByTestId('claim-status').waitFor();
      const expected: [string, RegExp][] = [
        ['Formulir Tahap I', /LAPORAN KASUS KECELAKAAN KERJA TAHAP I\n/],
        ['Formulir Tahap II', /LAPORAN KASUS KECELAKAAN KERJA TAHAP II/],
        ['Surat Keterangan Dokter', /SURAT KETERANGAN DOKTER/],
      ];
      for (const [name, title] of expected) {
        const link = page.getByRole('link', { name, exact: true });
        assert.equal(await link.getAttribute('target'), '_blank');
        const res = await page.request.get((await link.getAttribute('href'))!);
        assert.equal(res.status(), 200, name);
        assert.equal(res.headers()['content-type'], 'application/pdf');
        const text = await pdfToText(await res.body());
        assert.match(text, title, name);
        assert.match(text, /Siti Aminah/);
        assert.match(text, /26133068531/);
        assert.match(text, /2 Mei 2022/);
      }
      await page.screenshot({ path: '/tmp/e2e/claim-forms.png', fullPage: true });
      await page.goto(`/klaim/${jkmId}`);
      await page.getByTestId('claim-status').waitFor();
      await page.getByRole('link', { name: 'Surat klaim (PDF)' }).waitFor();
      assert.equal(await page.getByRole('link', { name: 'Formulir Tahap I', exact: true }).count(), 0);
      assert.equal(await page.getByRole('link', { name: 'Surat Keterangan Dokter' }).count(), 0);
    } finally {
      await context.close();
    }
  });
});
