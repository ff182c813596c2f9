/** The claim letter: a JKK claim walked to paid in two installments, and a rejected JKM claim, read back with pdfjs-dist (testing/pdftotext.ts). */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { labelsWithoutValue, pdfPageCount, pdfPages, pdfToText, textBeyondMargins } from '../testing/pdftotext.ts';
import { formatDateId } from '../core/dates.ts';
import { formatRupiah } from '../core/money.ts';
import { officerActor } from './cli.ts';
import { doc, JKK_REQUIRED, jkkClaim, sitiAndBudi } from './testing.ts';

const TODAY = '2022-06-20';
const rupiah = (n: number) => formatRupiah(n).replace(/\./g, '\\.');

/** The line of the layout text that contains `marker` (table rows start on one line). */
function lineWith(text: string, marker: string): string {
  const line = text.split('\n').find((l) => l.includes(marker));
  assert.ok(line, `no line with "${marker}" in:\n${text}`);
  return line.replace(/\s+/g, ' ');
}

describe('claim letter', () => {
  let h: Harness;
  let admin: Client;
  let officer: Client;
  let employeeId: number;

  before(async () => {
    h = await createHarness({ today: TODAY });
    admin = await h.login('admin');
    officer = await h.login('bpjs_officer', 'petugas-andi');
    ({ employeeId } = await sitiAndBudi(h));
  });
  after(() => h.close());

  test('a paid JKK claim: KPJ, reporter, reporting clock, documents, both payments, verifier and approver, signed today, at most two pages', async () => {
    const filed = await admin.request({
      method: 'POST',
      url: '/api/v1/claims',
      payload: jkkClaim(employeeId, { reporter: 'Wa Ode Hasnia (Kepala Tata Usaha)' }),
    });
    assert.equal(filed.statusCode, 201, filed.body);
    const id = filed.json().id as number;
    for (const code of JKK_REQUIRED) {
      const name = code === 'surat_dokter' ? 'Surat dokter — RSUD Buton Utara.pdf' : `${code}.pdf`;
      assert.equal((await admin.request({ method: 'POST', url: `/api/v1/claims/${id}/documents`, payload: doc(code, name) })).statusCode, 200);
    }
    assert.equal((await officer.request({ method: 'POST', url: `/api/v1/claims/${id}/verify` })).statusCode, 200);
    const medical = (filed.json().items as { code: string; amount: number }[]).find((i) => i.amount === 3_500_000)!;
    const approved = await officer.request({
      method: 'POST',
      url: `/api/v1/claims/${id}/approve`,
      payload: { adjustments: [{ code: medical.code, amount: 3_000_000, reason: 'Kuitansi Rp 500.000 tidak sah' }] },
    });
    assert.equal(approved.statusCode, 200, approved.body);
    const total = approved.json().approvedTotal as number;
    assert.equal(
      (
        await officer.request({
          method: 'POST',
          url: `/api/v1/claims/${id}/payments`,
          payload: { amount: 1_000_000, paidOn: '2022-06-20', reference: 'STMB-1' },
        })
      ).statusCode,
      200,
    );
    const paid = await officer.request({
      method: 'POST',
      url: `/api/v1/claims/${id}/payments`,
      payload: { amount: total - 1_000_000, paidOn: '2022-06-20', reference: 'STMB-2' },
    });
    assert.equal(paid.json().status, 'paid');

    const res = await admin.request({ method: 'GET', url: `/api/v1/claims/${id}/letter.pdf` });
    assert.equal(res.statusCode, 200);
    const pdf = res.rawPayload;
    if (process.env.LETTER_OUT) writeFileSync(process.env.LETTER_OUT, pdf);
    const text = await pdfToText(pdf);
    const flat = text.replace(/\s+/g, ' ');

    assert.ok((await pdfPageCount(pdf)) <= 2, `${await pdfPageCount(pdf)} pages`);
    assert.match(flat, /SURAT KLAIM JAMINAN KECELAKAAN KERJA/);
    assert.match(filed.json().number, /^KLM\/2022\/\d{5}$/);
    assert.match(lineWith(text, 'Nomor: KLM/'), new RegExp(`^\\s*Nomor: ${filed.json().number}$`), 'the claim number (migration 0018) is the document number');
    assert.doesNotMatch(flat, /: 1 /);
    assert.match(lineWith(text, 'Nomor peserta (KPJ)'), /: 26133068531/);
    assert.match(lineWith(text, 'Pelapor'), /: Wa Ode Hasnia \(Kepala Tata Usaha\)/);
    // the reporting clock: label, due date, done on, status in Bahasa
    // The accident at 09:30: the 2 × 24-hour limit is 4 Mei 2022 pukul 09:30 (the time wraps to the next line of the cell).
    assert.match(lineWith(text, 'Laporan tahap I '), /Laporan tahap I \(2 × 24 jam .* 4 Mei 2022 pukul 3 Mei 2022 tepat waktu/);
    assert.equal((text.match(/09:30/g) ?? []).length, 2, 'the incident and the stage-I limit carry 09:30');
    // BPJS verified on 20 Juni 2022: the decision is closed that day, 18 days after its 30-day limit (issue #12).
    assert.match(lineWith(text, 'Penetapan kecelakaan kerja'), /2 Juni 2022 20 Juni 2022 terlambat/);
    assert.match(lineWith(text, 'Laporan tahap II'), /12 Juni 2022 11 Juni 2022 tepat waktu/);
    // the adjusted item: approved amount, computed amount, reason
    assert.match(flat, /disesuaikan: Kuitansi Rp 500\.000/);
    assert.match(flat, /\(terhitung Rp 3\.500\.000\)/);
    assert.match(flat, /Rp 3\.000\.000/);
    // documents received: label and file name ("—" is WinAnsi and survives)
    assert.match(lineWith(text, 'Surat keterangan dokter'), /Surat dokter — RSUD Buton Utara\.pdf/);
    assert.match(lineWith(text, 'KTP peserta'), /ktp\.pdf/);
    // both payments, what is paid and outstanding
    assert.match(lineWith(text, 'STMB-1'), /20 Juni 2022 STMB-1 Rp 1\.000\.000/);
    assert.match(lineWith(text, 'STMB-2'), new RegExp(`20 Juni 2022 STMB-2 ${rupiah(total - 1_000_000)}`));
    assert.match(lineWith(text, 'Sisa belum dibayar'), /: Rp 0/);
    assert.match(lineWith(text, 'Jumlah disetujui'), new RegExp(`: ${rupiah(total)}`));
    assert.match(lineWith(text, 'Telah dibayar'), new RegExp(`: ${rupiah(total)}`));
    // who verified and who approved, with dates (never after the letter's date)
    assert.match(lineWith(text, 'Diverifikasi BPJS'), /: Pengguna petugas-andi, 20 Juni 2022/);
    assert.match(lineWith(text, 'Disetujui'), new RegExp(`: Pengguna petugas-andi, 20 Juni 2022 \\(${rupiah(total)}\\)`));
    // signed on the services' today (the office's day), not the server's UTC date
    assert.match(flat, new RegExp(`Buton Utara, ${formatDateId(TODAY)}`));
    assert.match(flat, /Buton Utara, 20 Juni 2022 PIHAK KESATU PIHAK KEDUA/);
    // "×" and "—" drawn as themselves (the document name above); formulas carry no arrow
    assert.match(flat, /2 × 24 jam/);
    assert.match(flat, /dibatasi maks\. Rp .*5\.000\.000, dibayar Rp 5\.000\.000/);
    assert.doesNotMatch(flat, /→/);
  });

  test('a rejected JKM claim: the reason, who rejected, no payment section', async () => {
    const filed = await h.services.claims.file(
      h.admin,
      jkkClaim(employeeId, { program: 'JKM', outcome: 'death', stage1ReportedOn: null, doctorStatementOn: null, stage2ReportedOn: null, benefit: {} }),
    );
    await h.services.claims.reject(officerActor('Andi Wijaya'), filed.id, { reason: 'Ahli waris belum ditetapkan → lengkapi penetapan' });
    const pdf = await h.services.claimLetter(h.admin, filed.id);
    const text = await pdfToText(pdf);
    const flat = text.replace(/\s+/g, ' ');
    assert.equal(await pdfPageCount(pdf), 1);
    assert.match(flat, /SURAT KLAIM JAMINAN KEMATIAN/);
    assert.match(lineWith(text, 'Alasan penolakan'), /: Ahli waris belum ditetapkan → lengkapi penetapan/);
    assert.match(lineWith(text, 'Ditolak'), /: Andi Wijaya \(petugas BPJS\), 20 Juni 2022 — Ahli waris belum ditetapkan/);
    assert.match(lineWith(text, 'Diverifikasi BPJS'), /: belum/);
    assert.match(flat, /Belum ada dokumen yang diterima/);
    assert.doesNotMatch(flat, /Pembayaran|Sisa belum dibayar/);
  });

  test('every label sits with its value on one page and no text runs past the bottom margin, however long the chronology', async () => {
    const filed = await h.services.claims.file(h.admin, jkkClaim(employeeId, { reporter: 'Łukasz Öztürk-Ğüneş (contoh)' }));
    for (const code of JKK_REQUIRED) await admin.request({ method: 'POST', url: `/api/v1/claims/${filed.id}/documents`, payload: doc(code, `${code}.pdf`) });
    await h.services.claims.verify(officerActor('Andi Wijaya'), filed.id);
    await h.services.claims.approve(officerActor('Andi Wijaya'), filed.id, {});
    await officer.request({
      method: 'POST',
      url: `/api/v1/claims/${filed.id}/payments`,
      payload: { amount: 1_000_000, paidOn: '2022-06-20', reference: 'ANGSURAN-1' },
    });
    const labels = [
      'Peserta',
      'Nomor peserta (KPJ)',
      'Kejadian',
      'Akibat',
      'Pelapor',
      'Status',
      'Terbilang',
      'Jumlah disetujui',
      'Telah dibayar',
      'Sisa belum dibayar',
      'Diajukan',
      'Diverifikasi BPJS',
      'Disetujui',
    ];
    const sentence = 'Pegawai terpeleset di tangga kantor saat membawa berkas dan dibawa ke puskesmas terdekat. ';
    const pagesSeen = new Set<number>();
    // The chronology grows line by line, so every block of the letter passes the foot of a page in some version.
    for (let n = 1; n <= 41; n += 4) {
      await h.handle.db
        .updateTable('claims')
        .set({ chronology: sentence.repeat(n).trim() })
        .where('id', '=', filed.id)
        .execute();
      const pages = await pdfPages(await h.services.claimLetter(h.admin, filed.id));
      pagesSeen.add(pages.length);
      assert.deepEqual(labelsWithoutValue(pages, labels), [], `chronology of ${n} sentences`);
      assert.deepEqual(textBeyondMargins(pages, 50), [], `chronology of ${n} sentences`);
      assert.match(pages.map((p) => p.text).join('\n'), /Łukasz Öztürk-Ğüneş \(contoh\)/, 'the name prints with ő, ğ, Ł (embedded Unicode font)');
    }
    assert.ok(pagesSeen.size >= 2, `the letter ran over ${[...pagesSeen].join(', ')} pages`);
  });
});
