/**
 * The accident report forms over HTTP, read back from the PDF (pdfjs-dist, testing/pdftotext.ts):
 * pre-filled values, blanks where the claim is silent, scope (404 outside it), JKM refused, and a
 * chronology too long for one page flowing on without losing a word or drawing past the margin.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { pdfPageCount, pdfToText } from '../testing/pdftotext.ts';
import { jkkClaim, sitiAndBudi } from '../testing/builders.ts';

const TODAY = '2022-06-20';

/** The line of the layout text that contains `marker`, spaces collapsed. */
function lineWith(text: string, marker: string | RegExp): string {
  const line = text.split('\n').find((l) => (typeof marker === 'string' ? l.includes(marker) : marker.test(l)));
  assert.ok(line, `no line with "${marker}" in:\n${text}`);
  return line.replace(/\s+/g, ' ');
}

/** A dotted blank to fill by hand after the label. */
const BLANK = /: \.{20,}/;

/** Every text item's baseline on every page, with the page height. */
async function baselines(pdf: Buffer): Promise<{ page: number; y: number; height: number; str: string }[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const out: { page: number; y: number; height: number; str: string }[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const height = page.getViewport({ scale: 1 }).height;
      for (const it of (await page.getTextContent()).items)
        if ('str' in it && it.str.trim()) out.push({ page: n, y: (it.transform as number[])[5]!, height, str: it.str });
    }
  } finally {
    await doc.destroy();
  }
  return out;
}

describe('accident report forms', () => {
  let h: Harness;
  let admin: Client;
  let employeeId: number;
  let unitId: number;
  let claimId: number;
  let claimNumber: string;

  before(async () => {
    h = await createHarness({ today: TODAY });
    admin = await h.login('admin');
    ({ employeeId, unitId } = await sitiAndBudi(h));
    await h.services.roster.update(h.admin, employeeId, { birthPlace: 'Ereke', position: 'Perawat Pelaksana', address: 'Desa Lemo, Kec. Kulisusu' });
    const filed = await admin.request({ method: 'POST', url: '/api/v1/claims', payload: jkkClaim(employeeId, { reporter: 'Wa Ode Hasnia' }) });
    assert.equal(filed.statusCode, 201, filed.body);
    claimId = filed.json().id;
    claimNumber = filed.json().number;
  });
  after(() => h.close());

  test('stage I (3 KK 1): employer, worker with KPJ, wage, the accident in Indonesian, reporter and signature; NPP and witnesses blank', async () => {
    const res = await admin.request({ method: 'GET', url: `/api/v1/claims/${claimId}/forms/kk1.pdf` });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.headers['content-disposition'], `inline; filename="laporan-tahap-1-${claimNumber.replace(/\//g, '-')}.pdf"`);
    if (process.env.FORMS_OUT) writeFileSync(`${process.env.FORMS_OUT}-kk1.pdf`, res.rawPayload);
    const text = await pdfToText(res.rawPayload);
    assert.equal(await pdfPageCount(res.rawPayload), 1);
    assert.match(text, /Formulir 3 KK 1/);
    assert.match(text, /LAPORAN KASUS KECELAKAAN KERJA TAHAP I\n/);
    assert.match(lineWith(text, 'Nomor klaim'), new RegExp(`Nomor klaim: ${claimNumber}`));
    assert.match(lineWith(text, 'Nama pemberi kerja'), /: Pemerintah Kabupaten Buton Utara$/);
    assert.match(lineWith(text, 'Unit kerja (OPD)'), /: Dinas Kesehatan$/);
    assert.match(lineWith(text, 'NPP'), BLANK);
    assert.match(lineWith(text, /^Nama\s+:/), /Nama : Siti Aminah$/);
    assert.match(lineWith(text, 'NIK'), /: 7409014508900001$/);
    assert.match(lineWith(text, 'Nomor peserta (KPJ)'), /: 26133068531$/);
    assert.match(lineWith(text, 'Jenis kelamin'), /: \[ \] Laki-laki \[X\] Perempuan/);
    assert.match(lineWith(text, 'Tempat, tanggal lahir'), /: Ereke, 5 Agustus 1990$/);
    assert.match(lineWith(text, 'Jenis pekerjaan/jabatan'), /: Perawat Pelaksana$/);
    assert.match(lineWith(text, 'Upah yang dilaporkan'), /: Rp 1\.765\.000 per bulan$/);
    assert.match(lineWith(text, 'Terbilang'), /: satu juta tujuh ratus enam puluh lima ribu rupiah$/);
    assert.match(lineWith(text, 'Tanggal kecelakaan'), /: 2 Mei 2022$/);
    assert.match(lineWith(text, 'Jam kejadian'), /: 09:30$/);
    assert.match(lineWith(text, 'Tempat kejadian'), /: Kantor Dinas Kesehatan$/);
    assert.match(lineWith(text, 'Bagaimana terjadinya'), /: Terjatuh dari tangga saat membawa arsip$/);
    assert.match(lineWith(text, 'Saksi yang melihat'), BLANK);
    assert.match(lineWith(text, 'Bagian tubuh yang cedera'), BLANK);
    assert.match(lineWith(text, 'Dilaporkan pada'), /: 3 Mei 2022$/);
    assert.match(lineWith(text, 'Dilaporkan oleh'), /: Wa Ode Hasnia$/);
    assert.match(lineWith(text, 'Buton Utara, 3 Mei 2022'), /Buton Utara, 3 Mei 2022/);
    assert.match(lineWith(text, 'Pelapor '), /Pelapor Pemberi kerja \(kepala unit kerja\)/);
    assert.doesNotMatch(text, /undefined|null/);
  });

  test('stage II (3 KK 2): outcome ticked, doctor statement date, 39 days STMB, costs and their sum, reported on 11 Juni 2022', async () => {
    const res = await admin.request({ method: 'GET', url: `/api/v1/claims/${claimId}/forms/kk2.pdf` });
    assert.equal(res.statusCode, 200, res.body);
    if (process.env.FORMS_OUT) writeFileSync(`${process.env.FORMS_OUT}-kk2.pdf`, res.rawPayload);
    const text = await pdfToText(res.rawPayload);
    assert.equal(await pdfPageCount(res.rawPayload), 1);
    assert.match(text, /Formulir 3 KK 2/);
    assert.match(text, /LAPORAN KASUS KECELAKAAN KERJA TAHAP II/);
    assert.match(lineWith(text, /^Nama\s+:/), /Nama : Siti Aminah$/);
    assert.match(lineWith(text, 'Nomor peserta (KPJ)'), /: 26133068531$/);
    assert.match(lineWith(text, 'Keadaan menurut dokter'), /: \[X\] Sembuh \[ \] Cacat sebagian anatomis/);
    assert.match(lineWith(text, 'Surat keterangan dokter tanggal'), /: 10 Juni 2022$/);
    assert.match(lineWith(text, 'Nomor surat keterangan dokter'), BLANK);
    assert.match(lineWith(text, 'Sementara tidak mampu bekerja (STMB)'), /: 39 hari$/);
    assert.match(lineWith(text, 'Pengobatan dan perawatan'), /: Rp 3\.500\.000$/);
    assert.match(lineWith(text, 'Pengangkutan'), /: Rp 7\.000\.000$/);
    assert.match(lineWith(text, 'Jumlah'), /: Rp 10\.500\.000$/);
    assert.match(lineWith(text, 'Laporan tahap I pada'), /: 3 Mei 2022$/);
    assert.match(lineWith(text, 'Buton Utara, 11 Juni 2022'), /Buton Utara, 11 Juni 2022/);
    assert.doesNotMatch(text, /undefined|null/);
  });

  test("doctor's statement (3b KK 3): the patient and the accident pre-filled, the doctor's part blank", async () => {
    const res = await admin.request({ method: 'GET', url: `/api/v1/claims/${claimId}/forms/kk3.pdf` });
    assert.equal(res.statusCode, 200, res.body);
    if (process.env.FORMS_OUT) writeFileSync(`${process.env.FORMS_OUT}-kk3.pdf`, res.rawPayload);
    const text = await pdfToText(res.rawPayload);
    assert.equal(await pdfPageCount(res.rawPayload), 1);
    assert.match(text, /SURAT KETERANGAN DOKTER/);
    assert.match(lineWith(text, /^Nama\s+:/), /Nama : Siti Aminah$/);
    assert.match(lineWith(text, 'Pemberi kerja '), /: Dinas Kesehatan, Pemerintah Kabupaten Buton Utara$/);
    assert.match(lineWith(text, 'Tanggal kecelakaan'), /: 2 Mei 2022$/);
    for (const label of ['Fasilitas kesehatan', 'Mulai diperiksa/dirawat', 'Diagnosis', 'Tindakan/pengobatan', 'Keterangan lain'])
      assert.match(lineWith(text, label), BLANK, label);
    assert.match(lineWith(text, 'Keadaan akhir'), /: \[ \] Sembuh \[ \] Cacat sebagian anatomis/);
    assert.doesNotMatch(text, /\[X\] (Sembuh|Cacat|Meninggal|Rawat)/);
    assert.match(text, /Dokter pemeriksa/);
  });

  test('a claim without time, report dates or costs: those fields print as lines to fill, never "undefined"/"null"', async () => {
    const filed = await admin.request({
      method: 'POST',
      url: '/api/v1/claims',
      payload: jkkClaim(employeeId, {
        incidentDate: '2022-05-20',
        incidentTime: '',
        stage1ReportedOn: null,
        doctorStatementOn: null,
        stage2ReportedOn: null,
        benefit: {},
      }),
    });
    assert.equal(filed.statusCode, 201, filed.body);
    const id = filed.json().id as number;
    const kk1 = await pdfToText((await admin.request({ method: 'GET', url: `/api/v1/claims/${id}/forms/kk1.pdf` })).rawPayload);
    assert.match(lineWith(kk1, 'Tanggal kecelakaan'), /: 20 Mei 2022$/);
    assert.match(lineWith(kk1, 'Jam kejadian'), BLANK);
    assert.match(lineWith(kk1, 'Dilaporkan pada'), BLANK);
    assert.match(lineWith(kk1, 'Buton Utara, .'), /Buton Utara, \.{10,}/);
    const kk2 = await pdfToText((await admin.request({ method: 'GET', url: `/api/v1/claims/${id}/forms/kk2.pdf` })).rawPayload);
    for (const label of [
      'Surat keterangan dokter tanggal',
      'Sementara tidak mampu bekerja (STMB)',
      'Pengobatan dan perawatan',
      'Pengangkutan',
      'Jumlah',
      'Laporan tahap I pada',
      'Dilaporkan pada',
    ])
      assert.match(lineWith(kk2, label), BLANK, label);
    for (const text of [kk1, kk2]) assert.doesNotMatch(text, /undefined|null|NaN/);
  });

  test("scope: the unit's operator and the branch officer get the forms; another unit's operator gets 404 like a missing claim", async () => {
    const own = await h.login('opd_operator', undefined, { workUnitId: unitId });
    assert.equal((await own.request({ method: 'GET', url: `/api/v1/claims/${claimId}/forms/kk1.pdf` })).statusCode, 200);
    const officer = await h.login('bpjs_officer');
    assert.equal((await officer.request({ method: 'GET', url: `/api/v1/claims/${claimId}/forms/kk3.pdf` })).statusCode, 200);
    const foreign = await h.login('opd_operator');
    const outside = await foreign.request({ method: 'GET', url: `/api/v1/claims/${claimId}/forms/kk2.pdf` });
    const missing = await foreign.request({ method: 'GET', url: '/api/v1/claims/99999/forms/kk2.pdf' });
    assert.equal(outside.statusCode, 404);
    assert.equal(outside.json().error.code, missing.json().error.code);
    assert.equal(outside.json().error.message.replace(String(claimId), 'N'), missing.json().error.message.replace('99999', 'N'));
    assert.equal((await h.app.inject({ method: 'GET', url: `/api/v1/claims/${claimId}/forms/kk1.pdf` })).statusCode, 401);
  });

  test('a JKM claim has no accident forms: 409 with the reason in Bahasa', async () => {
    const jkm = await h.services.claims.file(
      h.admin,
      jkkClaim(employeeId, {
        program: 'JKM',
        outcome: 'death',
        incidentDate: '2022-06-01',
        stage1ReportedOn: null,
        doctorStatementOn: null,
        stage2ReportedOn: null,
        benefit: {},
      }),
    );
    const res = await admin.request({ method: 'GET', url: `/api/v1/claims/${jkm.id}/forms/kk1.pdf` });
    assert.equal(res.statusCode, 409);
    assert.match(res.json().error.message, /hanya untuk klaim JKK; klaim ini klaim JKM/);
  });

  test('a chronology longer than a page flows on to the next page: every sentence read back in order, nothing drawn past the margins, signature after it', async () => {
    const sentences = Array.from({ length: 75 }, (_, i) => `Kalimat ke-${i + 1} menguraikan kejadian dengan rinci sampai selesai.`);
    const chronology = sentences.join(' ');
    assert.ok(chronology.length <= 5000 && chronology.length > 4000, String(chronology.length));
    const filed = await h.services.claims.file(
      h.admin,
      jkkClaim(employeeId, { incidentDate: '2022-05-25', stage1ReportedOn: '2022-05-26', doctorStatementOn: null, stage2ReportedOn: null, chronology }),
    );
    const { renderStageOneReport } = h.services.claimForms; // a plain function (notifications, #18, pass it around)
    const pdf = await renderStageOneReport(h.admin, filed.id);
    if (process.env.FORMS_OUT) writeFileSync(`${process.env.FORMS_OUT}-long.pdf`, pdf);
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const pages = await pdfPageCount(pdf);
    assert.equal(pages, 2);
    const flat = (await pdfToText(pdf)).replace(/\s+/g, ' ');
    let from = 0;
    for (let i = 1; i <= 75; i++) {
      const at = flat.indexOf(`Kalimat ke-${i} menguraikan`, from);
      assert.ok(at >= from, `sentence ${i} missing or out of order`);
      from = at;
    }
    assert.ok(flat.lastIndexOf('Pemberi kerja (kepala unit kerja)') > from, 'the signature block comes after the chronology');
    for (const item of await baselines(pdf)) {
      assert.ok(item.y >= 42 && item.y <= item.height - 42, `"${item.str}" on page ${item.page} at y=${item.y.toFixed(1)} is outside the margins`);
    }
  });
});
