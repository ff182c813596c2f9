/**
 * Shared PDF plumbing (pdfkit, standard Helvetica fonts — WinAnsi covers Indonesian text): an A4
 * document, the letterhead of an agreement's two parties, simple tables that flow over pages,
 * and a signature block. Documents are streamed.
 */

export type Doc = PDFKit.PDFDocument;

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
  return new PDFDocument({
    size: o.size ?? 'A4',
    margin: o.margin ?? 50,
    bufferPages: false,
    info: { Title: o.title, Author: 'Lindung', Creator: 'Lindung', ...(o.creationDate ? { CreationDate: o.creationDate } : {}) },
  });
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
}

export function letterhead(doc: Doc, h: Letterhead): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.font('Helvetica-Bold').fontSize(11).fillColor('#0b4f3c').text(h.partyOne.toUpperCase(), left, doc.page.margins.top, { width, align: 'center' });
  doc.font('Helvetica').fontSize(10).fillColor('#333').text(`bersama ${h.partyTwo}`, { width, align: 'center' });
  doc.fontSize(8.5).fillColor('#555').text(`Perjanjian Kerjasama No. ${h.numbers}`, { width, align: 'center' });
  const y = doc.y + 6;
  doc.moveTo(left, y).lineTo(left + width, y).lineWidth(1.2).strokeColor('#0b4f3c').stroke();
  doc.moveTo(left, y + 2.5).lineTo(left + width, y + 2.5).lineWidth(0.4).stroke();
  doc.y = y + 14;
  doc.font('Helvetica-Bold').fontSize(13).fillColor('#000').text(h.title, left, doc.y, { width, align: 'center' });
  doc.moveDown(0.8);
}

/** "Label : value" lines. */
export function fields(doc: Doc, rows: [string, string][], labelWidth = 150): void {
  const left = doc.page.margins.left;
  doc.font('Helvetica').fontSize(10).fillColor('#000');
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.text(label, left, y, { width: labelWidth });
    doc.text(`: ${value}`, left + labelWidth, y, { width: doc.page.width - left - labelWidth - doc.page.margins.right });
    doc.moveDown(0.15);
  }
  doc.moveDown(0.5);
}

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

/** A table that repeats its header on each new page; the last row may be bold (totals). */
export function table(doc: Doc, columns: Column[], rows: string[][], options: { boldLast?: boolean; fontSize?: number } = {}): void {
  const left = doc.page.margins.left;
  const size = options.fontSize ?? 9;
  const pad = 3;
  const drawRow = (cells: string[], bold: boolean, header: boolean) => {
    doc.font(bold || header ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: columns[i]!.width - 2 * pad }))) + 2 * pad;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (!header) drawRow(columns.map((c) => c.header), false, true);
    }
    const y = doc.y;
    let x = left;
    if (header) doc.rect(left, y, columns.reduce((s, c) => s + c.width, 0), height).fill('#e3f1ec');
    doc.fillColor('#000');
    cells.forEach((c, i) => {
      const col = columns[i]!;
      doc.text(c, x + pad, y + pad, { width: col.width - 2 * pad, align: col.align ?? 'left' });
      x += col.width;
    });
    doc.moveTo(left, y + height).lineTo(x, y + height).lineWidth(0.3).strokeColor('#999').stroke();
    doc.x = left;
    doc.y = y + height;
  };
  drawRow(columns.map((c) => c.header), false, true);
  rows.forEach((r, i) => drawRow(r, !!options.boldLast && i === rows.length - 1, false));
  doc.moveDown(0.8);
}

/** Two signature columns (place and date above the left one). */
export function signatures(doc: Doc, place: string, date: string, left: { role: string; name: string }, right: { role: string; name: string }): void {
  const x0 = doc.page.margins.left;
  const width = (doc.page.width - x0 - doc.page.margins.right) / 2;
  if (doc.y + 120 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.font('Helvetica').fontSize(10);
  const y = doc.y + 10;
  doc.text(`${place}, ${date}`, x0 + width, y, { width, align: 'center' });
  const y2 = doc.y + 4;
  doc.text(left.role, x0, y2, { width, align: 'center' });
  doc.text(right.role, x0 + width, y2, { width, align: 'center' });
  const y3 = y2 + 70;
  doc.font('Helvetica-Bold').text(left.name, x0, y3, { width, align: 'center', underline: true });
  doc.text(right.name, x0 + width, y3, { width, align: 'center', underline: true });
  doc.x = x0;
}
