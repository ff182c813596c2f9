/**
 * Participant cards (kartu peserta, PKS Pasal 3 ayat 1 huruf a) as PDF: one credit-card-sized
 * card (CR80, 85.6 × 54 mm) per page, or 8 per A4 sheet with cut marks for printing and
 * cutting. Each card carries a QR code of its public verification link, and no printed status:
 * a status printed on paper goes stale, the QR answers it on the day it is scanned. Pages are streamed to
 * the output one by one, waiting when the output asks to (backpressure).
 */
import type QRCode from 'qrcode';
import { AppError } from '../core/errors.ts';
import { formatDateId } from '../core/dates.ts';
import { FONT, newDocument, type Doc } from '../core/pdf.ts';

export const CARD_WIDTH = 242.65;
export const CARD_HEIGHT = 153.07;
const A4 = { width: 595.28, height: 841.89 };
const GAP = 14; // between cards on a sheet, room for the cut marks
const PER_SHEET = 8; // 2 columns × 4 rows

export interface CardData {
  fullName: string;
  /** 16 digits; printed masked except the last 4. */
  nik: string;
  /** Participant number (KPJ, 11 digits), printed in full. */
  kpj: string;
  programs: string;
  unitName: string;
  regency: string;
  branch: string;
  agreementNumbers: string;
  /** 'YYYY-MM-DD' */
  registeredOn: string;
  /** Encoded in the QR code. */
  verifyUrl: string;
}

export interface CardPdfOptions {
  layout?: 'sheet' | 'single';
  /** Fixed creation date for byte-stable output. */
  creationDate?: Date;
  title?: string;
}

/** Only the last 4 digits of the NIK are printed: '************0001'. */
export function maskNik(nik: string): string {
  return `${'*'.repeat(Math.max(0, nik.length - 4))}${nik.slice(-4)}`;
}

/** A dark run of QR modules on one row: column, row and length, in modules (quiet zone excluded). */
export interface QrRun {
  col: number;
  row: number;
  length: number;
}

/** The QR code of a link (error correction M) as its module count and the dark runs of each row. */
export function qrRuns(QR: typeof QRCode, url: string): { size: number; runs: QrRun[] } {
  const { size, data } = QR.create(url, { errorCorrectionLevel: 'M' }).modules;
  const runs: QrRun[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!data[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && data[row * size + col]) col++;
      runs.push({ col: start, row, length: col - start });
    }
  }
  return { size, runs };
}

/**
 * Draws the QR code as vector squares (one rectangle per dark run, a single fill) inside a white
 * square of `box` points with a one-module quiet zone: sharp at any print size, and no image
 * to encode or embed (cards render several times faster and the PDF is smaller than with PNGs).
 */
function drawQr(doc: Doc, qr: { size: number; runs: QrRun[] }, x: number, y: number, box: number): void {
  const m = box / (qr.size + 2);
  doc.save().rect(x, y, box, box).fill('#ffffff');
  for (const r of qr.runs) doc.rect(x + (r.col + 1) * m, y + (r.row + 1) * m, r.length * m, m);
  doc.fill('#000000').restore();
}

const COLOR = { band: '#0b6e4f', accent: '#3fae49', label: '#6b7a73', text: '#1a1a1a', footer: '#eef5f1', line: '#b9c4bf' };

interface TextStyle {
  bold?: boolean;
  size: number;
  /** Shrink down to this size before wrapping to a second line. */
  minSize?: number;
  lines?: 1 | 2;
  color?: string;
  align?: 'left' | 'center' | 'right';
}

/** Writes text into a box of `width`, shrinking it to fit; returns the height used. */
function put(doc: Doc, text: string, x: number, y: number, width: number, style: TextStyle): number {
  doc
    .font(style.bold ? FONT.bold : FONT.regular)
    .fontSize(style.size)
    .fillColor(style.color ?? COLOR.text);
  const full = doc.widthOfString(text);
  const size = full <= width ? style.size : Math.max(style.minSize ?? style.size, Math.floor((style.size * width * 10) / full) / 10);
  doc.fontSize(size);
  const align = style.align ?? 'left';
  if (doc.widthOfString(text) <= width) {
    doc.text(text, x, y, { width, align, lineBreak: false });
    return size * 1.15;
  }
  const lines = style.lines ?? 1;
  const height = size * 1.2 * lines; // DejaVu Sans's line height is 1.164 × size
  doc.text(text, x, y, { width, height, align, ellipsis: true, lineBreak: lines > 1, lineGap: 0 });
  return height;
}

/** A small grey label above its value. Returns the total height. */
function field(doc: Doc, label: string, value: string, x: number, y: number, width: number, style: TextStyle): number {
  put(doc, label, x, y, width, { size: 5.2, color: COLOR.label });
  return 6.4 + put(doc, value, x, y + 6.4, width, style) + 3.5;
}

function drawCard(doc: Doc, card: CardData, qr: { size: number; runs: QrRun[] }, x: number, y: number, outlined: boolean): void {
  const w = CARD_WIDTH;
  const h = CARD_HEIGHT;
  const pad = 10;
  doc.save();
  doc.roundedRect(x, y, w, h, outlined ? 9 : 0).clip();

  // Header band.
  doc.rect(x, y, w, 31).fill(COLOR.band);
  doc.rect(x, y + 31, w, 2).fill(COLOR.accent);
  put(doc, 'KARTU PESERTA', x + pad, y + 7, w - 2 * pad, { bold: true, size: 10, color: '#ffffff' });
  put(doc, `BPJS Ketenagakerjaan — ${card.programs}`, x + pad, y + 19.5, w - 2 * pad, { size: 6.8, minSize: 5, color: '#ffffff' });

  // Left column: who.
  const qrSize = 64;
  const left = x + pad;
  const textWidth = w - 2 * pad - qrSize - 8;
  let ty = y + 38;
  ty += field(doc, 'Nama', card.fullName, left, ty, textWidth, { bold: true, size: 8.5, minSize: 6.5, lines: 2 });
  const half = (textWidth - 6) / 2;
  field(doc, 'NIK', maskNik(card.nik), left, ty, half, { size: 7, minSize: 5.5 });
  ty += field(doc, 'No. Peserta (KPJ)', card.kpj, left + half + 6, ty, half, { bold: true, size: 7.5, minSize: 6 });
  ty += field(doc, 'Unit kerja', card.unitName, left, ty, textWidth, { size: 6.6, minSize: 5.4, lines: 2 });
  field(doc, 'Instansi', card.regency, left, ty, textWidth, { size: 6.6, minSize: 5.4 });

  // Right column: the QR code, which answers "protected today?" when scanned.
  const qx = x + w - pad - qrSize;
  drawQr(doc, qr, qx, y + 38, qrSize);
  put(doc, 'Pindai untuk cek status perlindungan', qx - 6, y + 38 + qrSize + 3, qrSize + 12, {
    size: 5.2,
    minSize: 4.4,
    lines: 2,
    align: 'center',
    color: COLOR.label,
  });

  // Footer: the agreement, the registration date and the branch.
  const fy = y + h - 25;
  doc.rect(x, fy, w, 25).fill(COLOR.footer);
  const small = { size: 5.2, minSize: 4.2, color: COLOR.label };
  put(doc, `PKS ${card.agreementNumbers}`, left, fy + 4, w - 2 * pad, small);
  put(doc, `Terdaftar sejak ${formatDateId(card.registeredOn)}`, left, fy + 10.5, w - 2 * pad, small);
  put(doc, card.branch, left, fy + 17, w - 2 * pad, small);
  doc.restore();

  if (outlined) doc.roundedRect(x, y, w, h, 9).lineWidth(0.4).strokeColor(COLOR.line).stroke();
}

/** Short crop marks just outside the card's corners, to guide the cutter. */
function cutMarks(doc: Doc, x: number, y: number): void {
  const off = 2;
  const len = 4.5;
  doc.save().lineWidth(0.3).strokeColor('#555555');
  for (const cx of [x, x + CARD_WIDTH]) {
    for (const cy of [y, y + CARD_HEIGHT]) {
      const dx = cx === x ? -1 : 1;
      const dy = cy === y ? -1 : 1;
      doc
        .moveTo(cx + dx * off, cy)
        .lineTo(cx + dx * (off + len), cy)
        .stroke();
      doc
        .moveTo(cx, cy + dy * off)
        .lineTo(cx, cy + dy * (off + len))
        .stroke();
    }
  }
  doc.restore();
}

/** Where card `slot` (0–7) of a sheet goes: 2 columns × 4 rows, centred on A4. */
function sheetPosition(slot: number): { x: number; y: number } {
  const marginX = (A4.width - 2 * CARD_WIDTH - GAP) / 2;
  const marginY = (A4.height - 4 * CARD_HEIGHT - 3 * GAP) / 2;
  return { x: marginX + (slot % 2) * (CARD_WIDTH + GAP), y: marginY + Math.floor(slot / 2) * (CARD_HEIGHT + GAP) };
}

/** Resolves when the output can take more, rejects if it fails or closes first. */
function drained(output: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    if ((output as { destroyed?: boolean }).destroyed) return reject(new Error('Keluaran PDF ditutup sebelum selesai'));
    const cleanup = () => {
      output.off('drain', onDrain);
      output.off('error', onError);
      output.off('close', onClose);
    };
    const onDrain = () => {
      cleanup();
      resolve();
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onClose = () => {
      cleanup();
      reject(new Error('Keluaran PDF ditutup sebelum selesai'));
    };
    output.on('drain', onDrain).on('error', onError).on('close', onClose);
  });
}

/** Streams the cards: `single` one card per CR80 page, `sheet` (default) 8 per A4 page. */
export async function renderCardsPdf(cards: readonly CardData[], output: NodeJS.WritableStream, options: CardPdfOptions = {}): Promise<{ pages: number }> {
  if (!cards.length) throw new AppError('validation_failed', 'Tidak ada kartu untuk dicetak');
  const single = options.layout === 'single';
  const pageSize: [number, number] = single ? [CARD_WIDTH, CARD_HEIGHT] : [A4.width, A4.height];
  // Listening before the first await: an output closed while the libraries load still ends the render.
  let finished = false;
  const done = new Promise<void>((resolve, reject) => {
    output.once('finish', () => {
      finished = true;
      resolve();
    });
    output.once('error', reject);
    output.once('close', () => (finished ? resolve() : reject(new Error('Keluaran PDF ditutup sebelum selesai'))));
  });
  done.catch(() => undefined); // observed below; avoids an unhandled rejection while drawing
  const { default: QR } = await import('qrcode'); // loaded when cards are drawn, not at start
  const doc = await newDocument({
    title: options.title ?? 'Kartu Peserta JKK + JKM',
    size: pageSize,
    margin: 0,
    ...(options.creationDate ? { creationDate: options.creationDate } : {}),
  });
  doc.pipe(output);

  let pages = 1;
  for (let i = 0; i < cards.length; i++) {
    const card = cards[i]!;
    const qr = qrRuns(QR, card.verifyUrl);
    const slot = single ? 0 : i % PER_SHEET;
    if (i > 0 && slot === 0) {
      doc.addPage({ size: pageSize, margin: 0 }); // the finished page is written out now
      pages++;
      if ((output as { writableNeedDrain?: boolean }).writableNeedDrain) await drained(output);
    }
    if (single) drawCard(doc, card, qr, 0, 0, false);
    else {
      const { x, y } = sheetPosition(slot);
      cutMarks(doc, x, y);
      drawCard(doc, card, qr, x, y, true);
    }
  }
  doc.end();
  await done;
  return { pages };
}
