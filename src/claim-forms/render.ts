/**
 * Draws a form's content (rules.ts) as an A4 PDF through the shared pdf module: the form's code
 * in a box, the title, then numbered sections of "label : value" rows where a missing value is a
 * dotted line to fill by hand, and the signature block. Short rows never split across pages; a long
 * value (a chronology) starts where it is and flows on to the next page.
 */
import { FONT, newDocument, toBuffer, type Doc } from '../core/pdf.ts';
import type { FormContent, FormRow, Signer } from './rules.ts';

const LABEL_WIDTH = 175;
/** Rows up to this height (points) never split across pages. */
const KEEP_TOGETHER = 120;
const SIZE = 9;
const GREEN = '#0b4f3c';
const HOW_TO_FILL = 'Diisi awal oleh Lindung dari data klaim. Isian bertitik diisi dengan tangan; [X] menandai pilihan.';

/** Text as drawn: the embedded Unicode font prints any name; only line ends and tabs are evened out. */
export function drawable(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
}

const contentWidth = (d: Doc) => d.page.width - d.page.margins.left - d.page.margins.right;
const bottom = (d: Doc) => d.page.height - d.page.margins.bottom;

/** A dotted line as wide as `width` (pdfkit draws it as text, so it reads back as a blank to fill). */
function dots(d: Doc, width: number): string {
  d.font(FONT.regular).fontSize(SIZE);
  return '.'.repeat(Math.max(3, Math.floor(width / d.widthOfString('.')) - 1));
}

function header(d: Doc, form: FormContent): void {
  const left = d.page.margins.left;
  const width = contentWidth(d);
  const top = d.page.margins.top;
  d.font(FONT.bold)
    .fontSize(10)
    .fillColor(GREEN)
    .text('BPJS Ketenagakerjaan', left, top, { width: width - 130 });
  d.font(FONT.regular)
    .fontSize(8)
    .fillColor('#333')
    .text('Jaminan Kecelakaan Kerja (JKK)', left, d.y, { width: width - 130 });
  d.rect(left + width - 120, top - 4, 120, 24)
    .lineWidth(0.8)
    .strokeColor(GREEN)
    .stroke();
  d.font(FONT.bold)
    .fontSize(9.5)
    .fillColor('#000')
    .text(form.code, left + width - 120, top + 3, { width: 120, align: 'center' });
  d.y = top + 30;
  d.font(FONT.bold).fontSize(13).fillColor('#000').text(form.title, left, d.y, { width, align: 'center' });
  d.moveDown(0.2);
  d.font(FONT.regular).fontSize(8.5).fillColor('#333');
  for (const line of form.subtitle) d.text(drawable(line), left, d.y, { width, align: 'center' });
  d.fontSize(7.5)
    .fillColor('#555')
    .text(HOW_TO_FILL, left, d.y + 1, { width, align: 'center' });
  const y = d.y + 5;
  d.moveTo(left, y)
    .lineTo(left + width, y)
    .lineWidth(1)
    .strokeColor(GREEN)
    .stroke();
  d.y = y + 8;
  d.fillColor('#000');
}

function sectionTitle(d: Doc, title: string): void {
  const left = d.page.margins.left;
  if (d.y + 40 > bottom(d)) d.addPage();
  const y = d.y;
  d.rect(left, y, contentWidth(d), 13).fill('#e3f1ec');
  d.font(FONT.bold)
    .fontSize(9)
    .fillColor(GREEN)
    .text(title, left + 4, y + 2.5, { width: contentWidth(d) - 8 });
  d.fillColor('#000');
  d.y = y + 16;
}

/** The value's text: the value itself, or dotted lines to fill by hand. */
function valueText(d: Doc, row: FormRow, width: number): string {
  if (row.value !== null) return drawable(row.value);
  return Array.from({ length: row.lines ?? 1 }, () => dots(d, width)).join('\n');
}

function drawRow(d: Doc, row: FormRow): void {
  const left = d.page.margins.left;
  const valueX = left + LABEL_WIDTH + 8;
  const valueWidth = contentWidth(d) - LABEL_WIDTH - 8;
  const value = valueText(d, row, valueWidth);
  d.font(FONT.regular).fontSize(SIZE);
  const height = Math.max(d.heightOfString(row.label, { width: LABEL_WIDTH }), d.heightOfString(value, { width: valueWidth }));
  // A short row moves whole to the next page; a long one (a chronology) starts here and flows on.
  const lineHeight = d.currentLineHeight(true);
  if (d.y + Math.min(height, 3 * lineHeight) > bottom(d) || (d.y + height > bottom(d) && height <= KEEP_TOGETHER)) d.addPage();
  const y = d.y;
  const page = d.page;
  d.fillColor('#333').text(drawable(row.label), left, y, { width: LABEL_WIDTH });
  d.text(':', left + LABEL_WIDTH, y, { width: 8 });
  // A value taller than the rest of the page flows on to the next pages (pdfkit's line wrapper).
  d.fillColor('#000').text(value, valueX, y, { width: valueWidth });
  const end = d.page !== page ? d.y : Math.max(d.y, y + height);
  d.x = left;
  d.y = end + 1.5;
}

function signer(d: Doc, s: Signer, x: number, y: number, width: number): void {
  d.font(FONT.regular).fontSize(SIZE).fillColor('#000').text(drawable(s.role), x, y, { width, align: 'center' });
  const nameY = y + 52;
  if (s.name) d.font(FONT.bold).text(drawable(s.name), x, nameY, { width, align: 'center', underline: true });
  else d.font(FONT.regular).text(`(${dots(d, width - 60)})`, x, nameY, { width, align: 'center' });
  if (s.caption) d.font(FONT.regular).fontSize(7.5).fillColor('#555').text(drawable(s.caption), x, d.y, { width, align: 'center' });
  d.fillColor('#000');
}

function signatureBlock(d: Doc, form: FormContent): void {
  const left = d.page.margins.left;
  const half = contentWidth(d) / 2;
  if (d.y + 100 > bottom(d)) d.addPage();
  const y = d.y + 6;
  const { place, date, left: l, right: r } = form.signature;
  d.font(FONT.regular).fontSize(SIZE);
  const blank = dots(d, 110);
  d.text(drawable(`${place ?? blank}, ${date ?? blank}`), left + half, y, { width: half, align: 'center' });
  const rolesY = d.y + 4;
  signer(d, l, left, rolesY, half);
  const afterLeft = d.y;
  signer(d, r, left + half, rolesY, half);
  d.x = left;
  d.y = Math.max(afterLeft, d.y) + 12;
}

export async function renderForm(form: FormContent, options: { creationDate?: Date } = {}): Promise<Buffer> {
  const doc = await newDocument({ title: `${form.code} — ${form.title}`, margin: 42, ...(options.creationDate ? { creationDate: options.creationDate } : {}) });
  return toBuffer(doc, (d) => {
    header(d, form);
    for (const section of form.sections) {
      sectionTitle(d, section.title);
      for (const row of section.rows) drawRow(d, row);
      d.y += 3;
    }
    signatureBlock(d, form);
  });
}
