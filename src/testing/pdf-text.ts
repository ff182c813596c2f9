/**
 * Reads back the text of a PDF written by pdfkit with its standard fonts, in pure Node (no
 * poppler): every content stream is inflated (FlateDecode) and its text operators decoded.
 * Each text object (BT … ET, one line in pdfkit) becomes one line; pages are separated by a
 * blank line. Strings are WinAnsi (standard 14 fonts); embedded fonts are not supported.
 */
import { inflateSync } from 'node:zlib';

/** Bytes 0x80–0x9F of WinAnsiEncoding; the rest is Latin-1. */
const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š',
  0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—',
  0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

function winAnsi(bytes: number[]): string {
  return bytes.map((b) => WIN_ANSI_HIGH[b] ?? String.fromCharCode(b)).join('');
}

function hexBytes(hex: string): number[] {
  const digits = hex.replace(/\s+/g, '');
  const padded = digits.length % 2 ? `${digits}0` : digits;
  const out: number[] = [];
  for (let i = 0; i < padded.length; i += 2) out.push(parseInt(padded.slice(i, i + 2), 16));
  return out;
}

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };

/** A literal string `(…)` without its parentheses, escapes resolved. */
function literalBytes(body: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out.push(c.charCodeAt(0));
      continue;
    }
    const next = body[++i] ?? '';
    const octal = /^[0-7]{1,3}/.exec(body.slice(i))?.[0];
    if (octal) {
      out.push(parseInt(octal, 8) & 0xff);
      i += octal.length - 1;
    } else if (next in ESCAPES) out.push(ESCAPES[next]!);
    else if (next !== '\n' && next !== '\r') out.push(next.charCodeAt(0));
  }
  return out;
}

const TOKEN = /<([0-9A-Fa-f\s]*)>|\(((?:\\[\s\S]|[^\\()])*)\)|(-?\d*\.?\d+)|([A-Za-z'"*]+)|\[|\]/g;

/** The lines of text of one content stream. */
function textOfContent(content: string): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  let pending: string[] = []; // strings (and gaps) since the last operator
  for (const m of content.matchAll(TOKEN)) {
    const [, hex, literal, number, op] = m;
    if (hex !== undefined) pending.push(winAnsi(hexBytes(hex)));
    else if (literal !== undefined) pending.push(winAnsi(literalBytes(literal)));
    else if (number !== undefined) {
      if (Number(number) < -250) pending.push(' '); // a wide gap inside a TJ array reads as a space
    } else if (op !== undefined) {
      if (op === 'Tj' || op === 'TJ' || op === "'" || op === '"') {
        if (op !== 'Tj' && op !== 'TJ') flush();
        line += pending.join('');
      } else if (op === 'ET' || op === 'Td' || op === 'TD' || op === 'Tm' || op === 'T*') flush();
      pending = [];
    }
  }
  flush();
  return lines;
}

interface RawStream {
  dict: string;
  data: Buffer;
}

/** Every stream object of the file, in file order. */
function streamsOf(pdf: Buffer): RawStream[] {
  const text = pdf.toString('latin1');
  const out: RawStream[] = [];
  const start = /\d+\s+\d+\s+obj\s*<<((?:(?!endobj)[\s\S])*?)>>\s*stream\r?\n/g;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const dataStart = m.index + m[0].length;
    const length = /\/Length\s+(\d+)(?![\d\s]*R)/.exec(m[1]!); // a direct length, not a reference
    const dataEnd = length ? dataStart + Number(length[1]) : text.indexOf('endstream', dataStart);
    out.push({ dict: m[1]!, data: pdf.subarray(dataStart, dataEnd) });
    start.lastIndex = dataEnd;
  }
  return out;
}

/** The text of a pdfkit PDF: one line per text object, a blank line between pages. */
export async function extractPdfText(pdf: Buffer): Promise<string> {
  const pages: string[] = [];
  for (const s of streamsOf(pdf)) {
    if (/\/Subtype\s*\/Image|\/Type\s*\/(XObject|XRef|ObjStm|Metadata)/.test(s.dict)) continue;
    if (/\/Filter\s*\[?\s*\/(?!FlateDecode)/.test(s.dict)) continue;
    const raw = /\/FlateDecode/.test(s.dict) ? inflateSync(s.data) : s.data;
    const lines = textOfContent(raw.toString('latin1'));
    if (lines.length) pages.push(lines.join('\n'));
  }
  return pages.join('\n\n');
}
