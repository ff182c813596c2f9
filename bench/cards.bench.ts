/**
 * Cards for 1,000 employees as one PDF (8 per A4 sheet). Subject: build the CardData from plain
 * employee rows and render them with renderCardsPdf. Baseline: the minimal card drawn with pdfkit
 * alone — the same rectangles and text calls, the QR code as vector squares straight from the
 * QR matrix (qrcode's create().modules), the strings fixed in advance (no CardData, masking,
 * date formatting or text fitting). Goal: ratio ≤ 1.5. The PDF's size per page is printed.
 */
import { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Benchmark } from './harness.ts';
import { CARD_HEIGHT, CARD_WIDTH, renderCardsPdf, type CardData } from '../src/enrolment/card-pdf.ts';

const COUNT = 1000;
let written = 0;
const nullStream = () => {
  written = 0;
  return new Writable({
    write: (chunk: Buffer, _encoding, callback) => {
      written += chunk.length;
      callback();
    },
  });
};

interface Row {
  name: string;
  nik: string;
  kpj: string;
  unit: string;
  registeredOn: string;
  token: string;
}

const UNITS = ['Dinas Kesehatan', 'Dinas Pendidikan dan Kebudayaan', 'BKPSDM', 'Sekretariat Daerah', 'Dinas Pemberdayaan Masyarakat dan Desa'];
const rows: Row[] = Array.from({ length: COUNT }, (_, i) => ({
  name: `Pegawai Honorer Nomor ${i + 1}`,
  nik: `74090145089${String(i).padStart(5, '0')}`,
  kpj: String(26133000000 + i),
  unit: UNITS[i % UNITS.length]!,
  registeredOn: '2022-03-14',
  token: `tok${String(i).padStart(29, '0')}`,
}));
const BASE_URL = 'https://lindung.butonutarakab.go.id/verify/';

function cardsOf(list: Row[]): CardData[] {
  return list.map((r) => ({
    fullName: r.name,
    nik: r.nik,
    kpj: r.kpj,
    programs: 'JKK + JKM',
    unitName: r.unit,
    regency: 'Pemerintah Kabupaten Buton Utara',
    branch: 'BPJS Ketenagakerjaan Kantor Cabang Kendari',
    agreementNumbers: '119/323/SETDA/III/2022 — PER/17/03/2022',
    registeredOn: r.registeredOn,
    verifyUrl: BASE_URL + r.token,
  }));
}

/** The same pages as renderCardsPdf's sheet layout, drawn directly with fixed sizes. */
async function drawWithPdfkitAlone(list: Row[], output: Writable): Promise<void> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, info: { Title: 'Kartu Peserta JKK + JKM', Author: 'Lindung' } });
  const done = new Promise<void>((resolve) => output.on('finish', resolve));
  doc.pipe(output);
  const w = CARD_WIDTH;
  const h = CARD_HEIGHT;
  const mx = (595.28 - 2 * w - 14) / 2;
  const my = (841.89 - 4 * h - 3 * 14) / 2;
  const text = (s: string, x: number, y: number, width: number, size: number, bold = false, color = '#1a1a1a') =>
    doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(size)
      .fillColor(color)
      .text(s, x, y, { width, lineBreak: false });
  for (let i = 0; i < list.length; i++) {
    const r = list[i]!;
    const { size, data } = QRCode.create(BASE_URL + r.token, { errorCorrectionLevel: 'M' }).modules;
    if (i > 0 && i % 8 === 0) doc.addPage({ size: 'A4', margin: 0 });
    const x = mx + (i % 2) * (w + 14);
    const y = my + Math.floor((i % 8) / 2) * (h + 14);
    for (const [cx, cy] of [
      [x, y],
      [x + w, y],
      [x, y + h],
      [x + w, y + h],
    ] as const) {
      doc.save().lineWidth(0.3).strokeColor('#555555');
      doc
        .moveTo(cx - 6, cy)
        .lineTo(cx - 2, cy)
        .stroke()
        .moveTo(cx, cy - 6)
        .lineTo(cx, cy - 2)
        .stroke();
      doc.restore();
    }
    doc.save().roundedRect(x, y, w, h, 9).clip();
    doc
      .rect(x, y, w, 31)
      .fill('#0b6e4f')
      .rect(x, y + 31, w, 2)
      .fill('#3fae49');
    text('KARTU PESERTA', x + 10, y + 7, w - 20, 10, true, '#ffffff');
    text('BPJS Ketenagakerjaan — JKK + JKM', x + 10, y + 19.5, w - 20, 6.8, false, '#ffffff');
    const labels: [string, string, number, number][] = [
      ['Nama', r.name, 38, 8.5],
      ['NIK', `************${r.nik.slice(-4)}`, 56, 7],
      ['Unit kerja', r.unit, 74, 6.6],
      ['Instansi', 'Pemerintah Kabupaten Buton Utara', 92, 6.6],
    ];
    for (const [label, value, dy, size] of labels) {
      text(label, x + 10, y + dy, 150, 5.2, false, '#6b7a73');
      text(value, x + 10, y + dy + 6.4, 150, size, label === 'Nama');
    }
    text('No. Peserta (KPJ)', x + 88, y + 56, 72, 5.2, false, '#6b7a73');
    text(r.kpj, x + 88, y + 62.4, 72, 7.5, true);
    const m = 64 / (size + 2);
    const qx = x + w - 74 + m;
    const qy = y + 38 + m;
    doc
      .save()
      .rect(x + w - 74, y + 38, 64, 64)
      .fill('#ffffff');
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) {
        if (!data[row * size + col]) continue;
        const start = col;
        while (col + 1 < size && data[row * size + col + 1]) col++;
        doc.rect(qx + start * m, qy + row * m, (col - start + 1) * m, m);
      }
    }
    doc.fill('#000000').restore();
    text('Terlindungi per 10 Januari 2023', x + w - 80, y + 105, 76, 5.6, true, '#1b7a3d');
    doc.rect(x, y + h - 25, w, 25).fill('#eef5f1');
    text('PKS 119/323/SETDA/III/2022 — PER/17/03/2022', x + 10, y + h - 21, w - 20, 5.2, false, '#6b7a73');
    text('Terdaftar sejak 14 Maret 2022', x + 10, y + h - 14.5, w - 20, 5.2, false, '#6b7a73');
    text('BPJS Ketenagakerjaan Kantor Cabang Kendari', x + 10, y + h - 8, w - 20, 5.2, false, '#6b7a73');
    doc.restore();
    doc.roundedRect(x, y, w, h, 9).lineWidth(0.4).strokeColor('#b9c4bf').stroke();
  }
  doc.end();
  await done;
}

let pages = 0;
let subjectMs = 0;
let subjectBytes = 0;
let baselineBytes = 0;

export const cardBenchmarks: Benchmark[] = [
  {
    name: `Cards for ${COUNT.toLocaleString('en-US')} employees as one PDF (sheet layout)`,
    baselineName: 'the minimal card (same text, QR as vector squares) drawn with pdfkit alone',
    maxRatio: 1.5,
    iterations: 3,
    warmup: 1,
    async baseline() {
      await drawWithPdfkitAlone(rows, nullStream());
      baselineBytes = written;
    },
    async subject() {
      const start = performance.now();
      pages = (await renderCardsPdf(cardsOf(rows), nullStream(), { layout: 'sheet' })).pages;
      subjectMs = performance.now() - start;
      subjectBytes = written;
    },
    report: () => [
      `${pages} pages in ${subjectMs.toFixed(0)} ms: ${((pages * 1000) / subjectMs).toFixed(1)} pages/s (${((COUNT * 1000) / subjectMs).toFixed(0)} cards/s)`,
      `PDF ${(subjectBytes / 1024).toFixed(0)} kB, ${(subjectBytes / pages / 1024).toFixed(1)} kB per page (minimal card: ${(baselineBytes / pages / 1024).toFixed(1)} kB per page)`,
    ],
  },
];
