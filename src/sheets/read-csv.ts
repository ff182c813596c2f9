/**
 * CSV rows for the roster import. Excel on Indonesian Windows saves `;`-separated files in
 * Windows-1252 ("ANSI"); other tools write `,` and UTF-8, sometimes with a BOM. The delimiter is
 * taken from the header line (not "either", which would split addresses like "Jl. A, Kel. B").
 */
import { MAX_IMPORT_ROWS, tooManyRows } from './file-bounds.ts';
import { unguardCell } from '../core/spreadsheet.ts';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { AppError } from '../core/errors.ts';
import type { RawRow } from './read-xlsx.ts';

export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/**
 * Windows-1252 characters for bytes 0x80–0x9F ('€', '’', '“', '—'…). Node 20.18.3+ decodes
 * 'windows-1252' as Latin-1 and leaves these as control characters (nodejs/node#56542,
 * #60888), so they are mapped here; undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80] ?? ch);
}

/** Decodes by BOM, else UTF-8 when the bytes are valid UTF-8, else Windows-1252. BOM removed. */
export function decodeText(buffer: Uint8Array): { text: string; encoding: TextEncoding } {
  const [a, b, c] = buffer;
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(buffer), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(buffer), encoding: 'utf-16be' };
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: new TextDecoder('utf-8').decode(buffer), encoding: 'utf-8' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(buffer), encoding: 'windows-1252' };
  }
}

/** Text with NUL bytes or many control characters is not a CSV file but binary data. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 64 * 1024);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is the point (a binary file read as text)
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  return controls > sample.length / 100;
}

/** The most frequent of `;`, `,` and tab in the line, counting only outside quotes. */
export function detectDelimiter(line: string): string {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch] = (counts[ch] ?? 0) + 1;
  }
  const best = Object.entries(counts).sort((x, y) => y[1] - x[1])[0];
  return best && best[1] > 0 ? best[0] : ',';
}

/** ="0812…" is how a CSV asks Excel to keep digits as text; the value is what is inside. A leading ' our exports added before =, +, -, @ is dropped. */
const unwrapExcelText = (value: string): string => /^="(.*)"$/s.exec(value)?.[1] ?? unguardCell(value);

export interface CsvSource {
  encoding: TextEncoding;
  delimiter: string;
  /** The rows, a batch of up to CSV_BATCH at a time (see ./batches.ts). */
  batches: AsyncGenerator<RawRow[]>;
}

/** Rows handed on together (src/sheets/batches.ts). */
const CSV_BATCH = 500;

/**
 * Opens CSV bytes as rows numbered like the spreadsheet rows Excel would show (a record spanning
 * lines in quotes is one row). An Excel "sep=;" first line sets the delimiter and is not a row.
 */
export function openCsv(buffer: Uint8Array): CsvSource {
  const { text: decoded, encoding } = decodeText(buffer);
  if (looksBinary(decoded)) {
    throw new AppError('bad_file', 'File ini bukan CSV atau Excel yang dapat dibaca (berisi data biner). Unggah file .xlsx atau .csv');
  }
  let text = decoded;
  let delimiter: string;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    delimiter = sep[1] ?? ',';
    text = text.slice(sep[0].length);
  } else {
    delimiter = detectDelimiter(text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '');
  }
  return { encoding, delimiter, batches: csvBatches(text, delimiter) };
}

async function* csvBatches(text: string, delimiter: string): AsyncGenerator<RawRow[]> {
  const parser = parse({ delimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: false });
  Readable.from([text]).pipe(parser);
  let number = 0;
  let batch: RawRow[] = [];
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      number++;
      if (number > MAX_IMPORT_ROWS + 1) throw tooManyRows(); // + the header row
      batch.push({ number, cells: record.map(unwrapExcelText) });
      if (batch.length >= CSV_BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('bad_file', `File CSV tidak dapat dibaca di sekitar baris ${number + 1}: ${(error as Error).message}`);
  } finally {
    parser.destroy();
  }
}
