/**
 * Shared PDF plumbing (pdfkit): an A4 document with one embedded Unicode font (DejaVu Sans Condensed, close to Helvetica's width;
 * shipped by the npm package `dejavu-fonts-ttf`, so any name prints: "ő", "ğ", "Ł"…), declared
 * PDF/A-1b; the letterhead of an agreement's two parties, "label : value" blocks and tables that
 * never leave a label or a header alone at the foot of a page, and a signature block with the
 * place, date, positions and names of both signatories. Documents are streamed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type Doc = PDFKit.PDFDocument;

/** The font names every document registers (regular and bold DejaVu Sans Condensed). */
export const FONT = { regular: 'Lindung-Sans', bold: 'Lindung-Sans-Bold' } as const;

/** The PDF/A part and conformance every document declares (see README, "PDF/A"). */
export const PDF_A = 'PDF/A-1b';

let fontFiles: { regular: Buffer; bold: Buffer } | undefined;

/**
 * The TTF files of the font, read once from the npm package. Each document parses its own copy:
 * a parsed font shared between documents gave wrong text after a name with "Ö" or "ş" (fontkit
 * caches glyphs with the characters they were first laid out for).
 */
function fonts(): { regular: Buffer; bold: Buffer } {
  if (!fontFiles) {
    const dir = createRequire(import.meta.url)
      .resolve('dejavu-fonts-ttf/package.json')
      .replace(/package\.json$/, 'ttf/');
    fontFiles = { regular: readFileSync(`${dir}DejaVuSansCondensed.ttf`), bold: readFileSync(`${dir}DejaVuSansCondensed-Bold.ttf`) };
  }
  return fontFiles;
}

export interface DocOptions {
  title: string;
  /** Fixed creation date for byte-stable output (tests). */
  creationDate?: Date;
  size?: [number, number] | 'A4';
  margin?: number;
}

/** A new document; pdfkit is loaded on first use, so the CLI and the server start without it. */
export async function newDocument(o: DocOptions): Promise<Doc> {
  const { default: PDFDocument } = await import('pdfkit');
  const files = fonts();
  const doc = new PDFDocument({
    size: o.size ?? 'A4',
    margin: o.margin ?? 50,
    bufferPages: false,
    pdfVersion: '1.4',
    subset: PDF_A,
    lang: 'id-ID',
    info: { Title: o.title, Author: 'Lindung', Creator: 'Lindung', ...(o.creationDate ? { CreationDate: o.creationDate } : {}) },
  });
  doc.registerFont(FONT.regular, files.regular);
  doc.registerFont(FONT.bold, files.bold);
  return doc.font(FONT.regular);
}

/** The lowest y where text may end on the current page. */
export function bottomOf(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` more points fit above the bottom margin. */
export function keepTogether(doc: Doc, height: number): void {
  if (doc.y + height > bottomOf(doc)) doc.addPage();
}

/** Writes the document to a Buffer. */
export function toBuffer(doc: Doc, draw: (doc: Doc) => void | Promise<void>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    Promise.resolve(draw(doc)).then(() => doc.end(), reject);
  });
}

export interface Letterhead {
  partyOne: string;
  partyTwo: string;
  numbers: string;
  title: string;
  /** The document's number, e.g. "Nomor: KLM/2026/00001", under the title. */
  number?: string;
}

/** The heading of a joint document: both parties, the agreement's numbers, the title. */
export function letterhead(doc: Doc, h: Letterhead): void {
  heading(
    doc,
    { text: h.partyOne, size: 11 },
    [
      { text: `bersama ${h.partyTwo}`, size: 10, color: '#333' },
      { text: `Perjanjian Kerjasama No. ${h.numbers}`, size: 8.5, color: '#555' },
    ],
    h,
  );
}

export interface Issuer {
  name: string;
  address: string;
  title: string;
  /** e.g. "Nomor: KLM/2026/00001", under the title. */
  number?: string;
}

/** The heading of a document one institution issues (a bill or receipt of the BPJS branch): its name and address. */
export function issuerHead(doc: Doc, h: Issuer): void {
  heading(doc, { text: h.name, size: 12 }, h.address ? [{ text: h.address, size: 9, color: '#333' }] : [], h);
}

/** The left edge and the width between the page's side margins. */
function textBox(doc: Doc): { left: number; width: number } {
  const left = doc.page.margins.left;
  return { left, width: doc.page.width - left - doc.page.margins.right };
}

/** Both headings: a name in capitals at the top, centred lines under it, a double rule, then the title. */
function heading(
  doc: Doc,
  name: { text: string; size: number },
  lines: { text: string; size: number; color: string }[],
  t: { title: string; number?: string | undefined },
): void {
  const { left, width } = textBox(doc);
  doc.font(FONT.bold).fontSize(name.size).fillColor('#0b4f3c').text(name.text.toUpperCase(), left, doc.page.margins.top, { width, align: 'center' });
  if (lines.length) doc.font(FONT.regular);
  for (const line of lines) doc.fontSize(line.size).fillColor(line.color).text(line.text, { width, align: 'center' });
  rule(doc);
  title(doc, t.title, t.number);
}

function rule(doc: Doc): void {
  const { left, width } = textBox(doc);
  const y = doc.y + 6;
  doc
    .moveTo(left, y)
    .lineTo(left + width, y)
    .lineWidth(1.2)
    .strokeColor('#0b4f3c')
    .stroke();
  doc
    .moveTo(left, y + 2.5)
    .lineTo(left + width, y + 2.5)
    .lineWidth(0.4)
    .stroke();
  doc.y = y + 14;
}

/** The document's title, centred, with its number below when it has one. */
export function title(doc: Doc, text: string, number?: string): void {
  const { left, width } = textBox(doc);
  doc.font(FONT.bold).fontSize(13).fillColor('#000').text(text, left, doc.y, { width, align: 'center' });
  if (number)
    doc
      .font(FONT.regular)
      .fontSize(10)
      .text(number, left, doc.y + 2, { width, align: 'center' });
  doc.moveDown(0.8);
}

/**
 * "Label : value" lines. Each label stays on one page with its value; a block of a few lines is
 * kept whole (moved to the next page when it does not fit at the foot of this one).
 */
export function fields(doc: Doc, rows: [string, string][], labelWidth = 150): void {
  const left = doc.page.margins.left;
  const valueWidth = doc.page.width - left - labelWidth - doc.page.margins.right;
  doc.font(FONT.regular).fontSize(10).fillColor('#000');
  const gap = doc.currentLineHeight(true) * 0.15;
  const heights = rows.map(
    ([label, value]) => Math.max(doc.heightOfString(label, { width: labelWidth }), doc.heightOfString(`: ${value}`, { width: valueWidth })) + gap,
  );
  const total = heights.reduce((s, h) => s + h, 0);
  if (total <= (bottomOf(doc) - doc.page.margins.top) / 3) keepTogether(doc, total);
  rows.forEach(([label, value], i) => {
    keepTogether(doc, heights[i]!);
    const y = doc.y;
    doc.text(label, left, y, { width: labelWidth });
    doc.text(`: ${value}`, left + labelWidth, y, { width: valueWidth });
    doc.x = left;
    doc.y = y + heights[i]!;
  });
  doc.moveDown(0.5);
}

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

/** Rows a table's header is kept with: it never stands alone at the foot of a page. */
export const HEADER_KEEPS_ROWS = 2;

/**
 * A table that repeats its header on each new page; the last row may be bold (totals). The
 * header starts on a new page unless it fits with its first rows (HEADER_KEEPS_ROWS).
 */
export function table(doc: Doc, columns: Column[], rows: string[][], options: { boldLast?: boolean; fontSize?: number } = {}): void {
  const left = doc.page.margins.left;
  const size = options.fontSize ?? 9;
  const pad = 3;
  const heightOf = (cells: string[], bold: boolean) => {
    doc.font(bold ? FONT.bold : FONT.regular).fontSize(size);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: columns[i]!.width - 2 * pad }))) + 2 * pad;
  };
  const headers = columns.map((c) => c.header);
  const drawRow = (cells: string[], bold: boolean, header: boolean) => {
    const height = heightOf(cells, bold || header);
    if (doc.y + height > bottomOf(doc)) {
      doc.addPage();
      if (!header) drawRow(headers, false, true);
    }
    doc.font(bold || header ? FONT.bold : FONT.regular).fontSize(size);
    const y = doc.y;
    let x = left;
    if (header)
      doc
        .rect(
          left,
          y,
          columns.reduce((s, c) => s + c.width, 0),
          height,
        )
        .fill('#e3f1ec');
    doc.fillColor('#000');
    cells.forEach((c, i) => {
      const col = columns[i]!;
      doc.text(c, x + pad, y + pad, { width: col.width - 2 * pad, align: col.align ?? 'left' });
      x += col.width;
    });
    doc
      .moveTo(left, y + height)
      .lineTo(x, y + height)
      .lineWidth(0.3)
      .strokeColor('#999')
      .stroke();
    doc.x = left;
    doc.y = y + height;
  };
  const firstRows = rows.slice(0, HEADER_KEEPS_ROWS).reduce((s, r, i) => s + heightOf(r, !!options.boldLast && i === rows.length - 1), 0);
  keepTogether(doc, heightOf(headers, true) + firstRows);
  drawRow(headers, false, true);
  for (const [i, r] of rows.entries()) drawRow(r, !!options.boldLast && i === rows.length - 1, false);
  doc.moveDown(0.8);
}

export interface Signatory {
  /** "PIHAK KESATU", "Yang menerima"… */
  role: string;
  /** The official's position, e.g. "Sekretaris Daerah". */
  position?: string;
  name: string;
}

/** Two signature columns: place and date above the right one; each with role, position and name, kept on one page. */
export function signatures(doc: Doc, place: string, date: string, left: Signatory, right: Signatory): void {
  const x0 = doc.page.margins.left;
  const width = (doc.page.width - x0 - doc.page.margins.right) / 2;
  const inner = width - 16;
  doc.font(FONT.regular).fontSize(10);
  const positions = Math.max(...[left, right].map((s) => (s.position ? doc.heightOfString(s.position, { width: inner }) : 0)));
  keepTogether(doc, 10 + 16 + 14 + positions + 70 + 30);
  const y = doc.y + 10;
  doc.text(place ? `${place}, ${date}` : date, x0 + width, y, { width, align: 'center' });
  const y2 = doc.y + 4;
  let bottom = y2;
  for (const [s, x] of [
    [left, x0],
    [right, x0 + width],
  ] as const) {
    doc.font(FONT.bold).text(s.role, x + 8, y2, { width: inner, align: 'center' });
    if (s.position) doc.font(FONT.regular).text(s.position, x + 8, doc.y, { width: inner, align: 'center' });
    bottom = Math.max(bottom, doc.y);
  }
  const y3 = bottom + 60;
  doc.font(FONT.bold).text(left.name, x0 + 8, y3, { width: inner, align: 'center', underline: true });
  doc.text(right.name, x0 + width + 8, y3, { width: inner, align: 'center', underline: true });
  doc.font(FONT.regular);
  doc.x = x0;
}

/** One signature on the right (a document one institution issues): place and date, role, position, name. */
export function signature(doc: Doc, place: string, date: string, s: Signatory): void {
  const x0 = doc.page.margins.left;
  const width = (doc.page.width - x0 - doc.page.margins.right) / 2;
  const x = x0 + width + 8;
  const inner = width - 16;
  doc.font(FONT.regular).fontSize(10);
  keepTogether(doc, 10 + 16 + 14 + (s.position ? doc.heightOfString(s.position, { width: inner }) : 0) + 70 + 30);
  doc.text(place ? `${place}, ${date}` : date, x, doc.y + 10, { width: inner, align: 'center' });
  doc.font(FONT.bold).text(s.role, x, doc.y + 4, { width: inner, align: 'center' });
  if (s.position) doc.font(FONT.regular).text(s.position, x, doc.y, { width: inner, align: 'center' });
  doc.font(FONT.bold).text(s.name, x, doc.y + 60, { width: inner, align: 'center', underline: true });
  doc.font(FONT.regular);
  doc.x = x0;
}
