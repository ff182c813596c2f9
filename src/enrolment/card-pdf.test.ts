import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Writable } from 'node:stream';
import QRCode from 'qrcode';
import { renderCardsPdf, maskNik, qrRuns, type CardData, type CardPdfOptions } from './card-pdf.ts';
import { pdfPages, pdfToText, textBeyondMargins } from '../testing/pdftotext.ts';

const siti: CardData = {
  fullName: 'Siti Aminah',
  nik: '7409014508900001',
  kpj: '26133068531',
  programs: 'JKK + JKM',
  unitName: 'Dinas Kesehatan',
  regency: 'Pemerintah Kabupaten Buton Utara',
  branch: 'BPJS Ketenagakerjaan Kantor Cabang Kendari',
  agreementNumbers: '119/323/SETDA/III/2022 — PER/17/03/2022',
  registeredOn: '2022-03-14',
  verifyUrl: 'https://lindung.example.go.id/verify/AbCdEfGhIjKlMnOpQrStUvWx',
};
const creationDate = new Date('2023-01-10T08:00:00Z');

async function render(cards: CardData[], options: CardPdfOptions = {}): Promise<{ pages: number; pdf: Buffer }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const { pages } = await renderCardsPdf(cards, out, { creationDate, ...options });
  return { pages, pdf: Buffer.concat(chunks) };
}

const flat = (text: string) => text.replace(/\s+/g, ' ');
const pageObjects = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
/** A document info entry as written (pdfkit writes each one as its own object). */
function infoValue(pdf: Buffer, key: string): string | undefined {
  const raw = pdf.toString('latin1');
  const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(raw)?.[1];
  return ref ? new RegExp(`\\n${ref} 0 obj\\n(.*)\\nendobj`).exec(raw)?.[1] : undefined;
}
const many = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ ...siti, fullName: `Pegawai Nomor ${i + 1}`, kpj: String(26133068531 + i), verifyUrl: `${siti.verifyUrl}${i}` }));

describe('participant card PDF', () => {
  test('maskNik keeps only the last 4 digits', () => {
    assert.equal(maskNik('7409014508900001'), '************0001');
  });

  test('one card, single layout: one CR80 page with every field and the NIK masked', async () => {
    const { pages, pdf } = await render([siti], { layout: 'single' });
    assert.equal(pages, 1);
    assert.equal(pageObjects(pdf), 1);
    assert.match(pdf.toString('latin1'), /\/MediaBox \[0 0 242\.65 153\.07\]/);
    const text = flat(await pdfToText(pdf));
    for (const expected of [
      'KARTU PESERTA',
      'BPJS Ketenagakerjaan — JKK + JKM',
      'Siti Aminah',
      '************0001',
      'No. Peserta (KPJ)',
      '26133068531',
      'Dinas Kesehatan',
      'Pemerintah Kabupaten Buton Utara',
      '119/323/SETDA/III/2022 — PER/17/03/2022',
      'Terdaftar sejak 14 Maret 2022',
      'Pindai untuk cek status perlindungan',
      'BPJS Ketenagakerjaan Kantor Cabang Kendari',
    ]) {
      assert.ok(text.includes(expected), `missing "${expected}" in: ${text}`);
    }
    assert.ok(!text.includes('7409014508900001'), 'the full NIK is never printed');
    assert.ok(!pdf.toString('latin1').includes('7409014508900001'));
    assert.doesNotMatch(text, /terlindungi per/i, 'no dated status: the QR answers it');
    assert.deepEqual(textBeyondMargins(await pdfPages(pdf), 0), []);
  });

  test('a name outside Windows-1252 prints (embedded Unicode font); the document declares PDF/A-1b', async () => {
    const fullName = 'Łucja Öztürk-Ğüneş Szőke (contoh)';
    const { pdf } = await render([{ ...siti, fullName }], { layout: 'single' });
    const text = flat(await pdfToText(pdf));
    assert.ok(text.includes(fullName), text);
    const raw = pdf.toString('latin1');
    assert.match(raw, /\/FontFile2/, 'the font program is embedded');
    assert.doesNotMatch(raw, /\/BaseFont \/Helvetica/, 'no standard (unembedded) font');
    assert.match(raw, /^%PDF-1\.4/);
    assert.match(raw, /<pdfaid:part>1<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/);
    assert.match(raw, /\/OutputIntents/);
  });

  test('the QR code is drawn as vector squares from the QR matrix, no image', async () => {
    const { pdf } = await render(many(3), { layout: 'sheet' });
    assert.equal(pdf.toString('latin1').match(/\/Subtype \/Image/g), null);
    // The runs drawn cover exactly the dark modules of the link's QR code (error correction M).
    const url = siti.verifyUrl;
    const { size, runs } = qrRuns(QRCode, url);
    const expected = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;
    assert.equal(size, expected.size);
    assert.equal(size, 33); // version 4 for this 61-character link
    const drawn = new Uint8Array(size * size);
    for (const r of runs) for (let c = r.col; c < r.col + r.length; c++) drawn[r.row * size + c] = 1;
    assert.deepEqual(
      [...drawn],
      [...expected.data].map((v) => (v ? 1 : 0)),
    );
    // Finder patterns: the top row starts and ends with 7 dark modules.
    assert.deepEqual(
      runs
        .filter((r) => r.row === 0)
        .map((r) => [r.col, r.length])
        .at(0),
      [0, 7],
    );
    assert.deepEqual(
      runs
        .filter((r) => r.row === 0)
        .map((r) => [r.col, r.length])
        .at(-1),
      [size - 7, 7],
    );
  });

  test('17 cards, sheet layout: 3 A4 pages of up to 8 cards', async () => {
    const { pages, pdf } = await render(many(17));
    assert.equal(pages, 3);
    assert.equal(pageObjects(pdf), 3);
    const text = flat(await pdfToText(pdf));
    assert.equal(text.match(/KARTU PESERTA/g)?.length, 17);
    for (let i = 1; i <= 17; i++) assert.ok(text.includes(`Pegawai Nomor ${i} `), `card ${i}`);
  });

  test('a long name and unit are printed in full, over two lines', async () => {
    const fullName = 'La Ode Muhammad Budi Santoso Wijayakusuma Hadiningrat';
    const unitName = 'Dinas Pemberdayaan Masyarakat dan Desa, Pengendalian Penduduk dan Keluarga Berencana';
    const text = flat(await pdfToText((await render([{ ...siti, fullName, unitName }], { layout: 'single' })).pdf));
    assert.ok(text.includes(fullName), text);
    assert.ok(text.includes(unitName), text);
  });

  test('the same cards and creation date give the same bytes; the document info is set', async () => {
    const a = await render(many(2), { title: 'Kartu Peserta — Dinas Kesehatan' });
    const b = await render(many(2), { title: 'Kartu Peserta — Dinas Kesehatan' });
    assert.ok(a.pdf.equals(b.pdf));
    assert.equal(infoValue(a.pdf, 'Author'), '(Lindung)');
    assert.equal(infoValue(a.pdf, 'CreationDate'), '(D:20230110080000Z)');
  });

  test('a slow output is waited for (backpressure) and still gets the whole PDF', async () => {
    const chunks: Buffer[] = [];
    const slow = new Writable({
      highWaterMark: 1024,
      write: (c: Buffer, _e, cb) => {
        chunks.push(c);
        setImmediate(cb);
      },
    });
    const { pages } = await renderCardsPdf(many(20), slow, { creationDate });
    assert.equal(pages, 3);
    const text = await pdfToText(Buffer.concat(chunks));
    assert.equal(text.match(/KARTU PESERTA/g)?.length, 20);
  });

  test('an output closed early fails the render instead of hanging; no cards is an error', async () => {
    const out = new PassThrough({ highWaterMark: 512 });
    const rendering = renderCardsPdf(many(40), out, { creationDate });
    setImmediate(() => out.destroy());
    await assert.rejects(rendering, /ditutup sebelum selesai/);
    await assert.rejects(renderCardsPdf([], new PassThrough()), /Tidak ada kartu/);
  });
});
