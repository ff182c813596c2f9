/**
 * Participant cards (kartu peserta, PKS Pasal 3 ayat 1 huruf a) as PDF: one credit-card-sized
 * card (CR80, 85.6 × 54 mm) per page, or 8 per A4 sheet for printing and cutting. Each card
 * carries a QR code of its public verification link.
 */
import QRCode from 'qrcode';
import { formatDateId } from '../core/dates.ts';
import { newDocument, type Doc } from '../core/pdf.ts';

export const CARD_WIDTH = 242.65;
export const CARD_HEIGHT = 153.07;

export interface CardData {
  fullName: string;
  nik: string;
  kpj: string;
  programs: string;
  unitName: string;
  regency: string;
  branch: string;
  agreementNumbers: string;
  registeredOn: string;
  protection: { protected: boolean; label: string };
  verifyUrl: string;
}

/** Only the last 4 digits of the NIK are printed. */
export function maskNik(nik: string): string {
  return `${'*'.repeat(Math.max(0, nik.length - 4))}${nik.slice(-4)}`;
}

/** The QR code as vector squares (runs of dark modules per row): sharp in print and fast. */
function drawQr(doc: Doc, url: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 1;
  const cell = size / (n + 2 * quiet);
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!qr.modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && qr.modules.get(row, col)) col++;
      doc.rect(x + (quiet + start) * cell, y + (quiet + row) * cell, (col - start) * cell, cell);
    }
  }
  doc.fill('#000000');
}

function drawCard(doc: Doc, card: CardData, x: number, y: number): void {
  const w = CARD_WIDTH;
  const h = CARD_HEIGHT;
  doc.save();
  doc.roundedRect(x, y, w, h, 8).lineWidth(0.6).strokeColor('#9aa5a0').stroke();
  doc.roundedRect(x, y, w, 30, 8).fill('#0b6e4f');
  doc.rect(x, y + 20, w, 10).fill('#0b6e4f');
  doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(9).text('KARTU PESERTA', x + 10, y + 6, { width: w - 20, lineBreak: false });
  doc.font('Helvetica').fontSize(6.5).text(`BPJS Ketenagakerjaan — ${card.programs}`, x + 10, y + 18, { width: w - 20, lineBreak: false });
  const left = x + 10;
  const textWidth = w - 86;
  let ty = y + 36;
  const line = (label: string, value: string, bold = false) => {
    doc.fillColor('#6b7a73').font('Helvetica').fontSize(5.5).text(label, left, ty, { width: textWidth, lineBreak: false });
    doc.fillColor('#111').font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(bold ? 8 : 6.8).text(value, left, ty + 6, { width: textWidth, height: 10, ellipsis: true, lineBreak: false });
    ty += bold ? 17 : 15;
  };
  line('Nama', card.fullName, true);
  line('NIK', maskNik(card.nik));
  line('No. Peserta (KPJ)', card.kpj, true);
  line('Unit kerja', card.unitName);
  line('Instansi', card.regency);
  doc.fillColor('#6b7a73').font('Helvetica').fontSize(5).text(`PKS ${card.agreementNumbers} · Terdaftar sejak ${formatDateId(card.registeredOn)}`, left, y + h - 16, { width: w - 20, lineBreak: false, ellipsis: true });
  drawQr(doc, card.verifyUrl, x + w - 72, y + 38, 62);
  doc.fillColor(card.protection.protected ? '#0b6e4f' : '#c92a2a').font('Helvetica-Bold').fontSize(5.5).text(card.protection.label, x + w - 76, y + 102, { width: 70, align: 'center' });
  doc.restore();
}

/** Streams the cards: `single` one card per CR80 page, `sheet` 8 per A4 page (2 × 4). */
export async function renderCardsPdf(cards: readonly CardData[], output: NodeJS.WritableStream, options: { layout?: 'single' | 'sheet'; creationDate?: Date } = {}): Promise<{ pages: number }> {
  const layout = options.layout ?? 'sheet';
  const doc = newDocument({ title: 'Kartu peserta JKK + JKM', size: layout === 'single' ? [CARD_WIDTH, CARD_HEIGHT] : 'A4', margin: 0, ...(options.creationDate ? { creationDate: options.creationDate } : {}) });
  const done = new Promise<void>((resolve, reject) => {
    output.on('finish', resolve);
    output.on('error', reject);
  });
  doc.pipe(output);
  let pages = 1;
  const gap = 12;
  const marginX = (595.28 - 2 * CARD_WIDTH - gap) / 2;
  const marginY = (841.89 - 4 * CARD_HEIGHT - 3 * gap) / 2;
  for (let i = 0; i < cards.length; i++) {
    const card = cards[i]!;
    if (layout === 'single') {
      if (i > 0) {
        doc.addPage({ size: [CARD_WIDTH, CARD_HEIGHT], margin: 0 });
        pages++;
      }
      drawCard(doc, card, 0, 0);
    } else {
      const slot = i % 8;
      if (i > 0 && slot === 0) {
        doc.addPage({ size: 'A4', margin: 0 });
        pages++;
      }
      drawCard(doc, card, marginX + (slot % 2) * (CARD_WIDTH + gap), marginY + Math.floor(slot / 2) * (CARD_HEIGHT + gap));
    }
  }
  doc.end();
  await done;
  return { pages };
}
