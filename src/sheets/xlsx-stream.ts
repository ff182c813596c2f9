/**
 * Reads the worksheets of an .xlsx file held in memory, row by row, with a SAX parser over each
 * part as it is inflated: the workbook, its relationships, the styles (to know which numbers are
 * dates) and the shared strings first, then every worksheet streamed in the order of the tabs.
 * Memory holds the file, the shared strings and a few rows — never the unzipped sheet. A sheet's
 * rows come a batch at a time: the rows finished by each inflated piece of the part (about 64 kB of
 * XML, some hundreds of rows), so that the layers above handle them in plain loops instead of
 * paying an asynchronous hand-over for every row (`eachRow` in ./batches.ts gives them one by one).
 *
 * Cell values: text (shared, inline or a formula's text result), numbers, Date for numbers in a
 * date format (as exceljs reads them: the serial day as UTC midnight), booleans, `{ error }` for
 * error cells, null for empty ones. Formulas give their cached result.
 */
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { entryChunks, entryText, InflateBudget, ZipError, zipEntries, type ZipEntry } from './zip.ts';

/** One spreadsheet row: its number as people see it and its cells from column A (index 0). */
export interface RawRow {
  number: number;
  cells: unknown[];
}

export interface XlsxSheet {
  name: string;
  /** The sheet's rows, in order, a batch at a time (never an empty batch). */
  batches: AsyncGenerator<RawRow[]>;
}

export { ZipError as XlsxError };

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

interface XmlHandlers {
  open?: (name: string, attributes: Record<string, string>) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
}

function xmlParser(handlers: XmlHandlers): SaxesParser {
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw new ZipError('broken', `XML: ${error.message}`);
  });
  if (handlers.open) parser.on('opentag', (tag: SaxesTagPlain) => handlers.open!(localName(tag.name), tag.attributes as Record<string, string>));
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  if (handlers.close) parser.on('closetag', (tag) => handlers.close!(localName(tag.name)));
  return parser;
}

function parseXmlText(text: string, handlers: XmlHandlers): void {
  xmlParser(handlers).write(text).close();
}

/** Parses a part as it is inflated; `drain` is called after every chunk and what it gives (the finished rows) is handed out as one batch. */
async function* parseXmlStream<T>(chunks: AsyncGenerator<Buffer>, handlers: XmlHandlers, drain: () => T[]): AsyncGenerator<T[]> {
  const parser = xmlParser(handlers);
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    parser.write(decoder.write(chunk));
    const batch = drain();
    if (batch.length > 0) yield batch;
  }
  parser.write(decoder.end());
  parser.close();
  const last = drain();
  if (last.length > 0) yield last;
}

const attribute = (attributes: Record<string, string>, name: string): string | undefined =>
  attributes[name] ?? Object.entries(attributes).find(([key]) => localName(key) === name)?.[1];

/** Relationship id → part path, resolved against the folder of the part that owns them. */
function relationships(xml: string, baseDir: string): Map<string, { target: string; type: string }> {
  const map = new Map<string, { target: string; type: string }>();
  parseXmlText(xml, {
    open(name, a) {
      if (name !== 'Relationship' || !a.Id || !a.Target || a.TargetMode === 'External') return;
      map.set(a.Id, { target: resolvePath(baseDir, a.Target), type: a.Type ?? '' });
    },
  });
  return map;
}

function resolvePath(baseDir: string, target: string): string {
  const parts = target.startsWith('/') ? [] : baseDir.split('/').filter(Boolean);
  for (const piece of target.split('/')) {
    if (piece === '' || piece === '.') continue;
    if (piece === '..') parts.pop();
    else parts.push(piece);
  }
  return parts.join('/');
}

const dirOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
const relsOf = (path: string) => `${dirOf(path)}_rels/${path.slice(path.lastIndexOf('/') + 1)}.rels`;

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30 and the East Asian ids). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** Same test as exceljs's isDateFmt: date/time letters outside quotes and brackets. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

/** Per cell style index (`s`): whether the style's number format is a date. */
function dateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const customFormats = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  const xfFormats: number[] = [];
  parseXmlText(xml, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId) customFormats.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfFormats.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  for (const id of xfFormats) {
    const custom = customFormats.get(id);
    styles.push(custom !== undefined ? isDateFormat(custom) : BUILT_IN_DATE_FORMATS.has(id));
  }
  return styles;
}

/** The shared strings table (rich text joined, phonetic runs left out). */
async function sharedStrings(chunks: AsyncGenerator<Buffer> | null): Promise<string[]> {
  const table: string[] = [];
  if (!chunks) return table;
  let current: string | null = null;
  let inPhonetic = false;
  let inText = false;
  const parsing = parseXmlStream(
    chunks,
    {
      open(name) {
        if (name === 'si') current = '';
        else if (name === 'rPh') inPhonetic = true;
        else if (name === 't' && !inPhonetic) inText = true;
      },
      text(text) {
        if (inText && current !== null) current += text;
      },
      close(name) {
        if (name === 'si') {
          table.push(current ?? '');
          current = null;
        } else if (name === 'rPh') inPhonetic = false;
        else if (name === 't') inText = false;
      },
    },
    () => [],
  );
  for await (const _ of parsing) void _;
  return table;
}

/** Column index (A = 0) of a cell reference such as "AB12". */
function columnOf(ref: string): number {
  let col = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code >= 65 && code <= 90) col = col * 26 + (code - 64);
    else if (code >= 97 && code <= 122) col = col * 26 + (code - 96);
    else break;
  }
  return col - 1;
}

/** Same as exceljs's excelToDate: the serial day (1900 or 1904 system) as a UTC instant. */
export function excelSerialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

interface Context {
  shared: string[];
  dateStyle: boolean[];
  date1904: boolean;
}

function sheetRows(chunks: AsyncGenerator<Buffer>, context: Context): AsyncGenerator<RawRow[]> {
  let finished: RawRow[] = [];
  let inSheetData = false;
  let row: RawRow | null = null;
  let lastRow = 0;
  let nextColumn = 0;
  let cell: { column: number; type: string; style: number; value: string | null; inline: string | null } | null = null;
  let capture: 'v' | 't' | null = null;
  let inPhonetic = false;

  const cellValue = (c: NonNullable<typeof cell>): unknown => {
    if (c.type === 'inlineStr') return c.inline ?? c.value;
    const v = c.value;
    if (v === null) return null;
    switch (c.type) {
      case 's':
        return context.shared[Number.parseInt(v, 10)] ?? null;
      case 'str':
        return v;
      case 'e':
        return { error: v };
      case 'b':
        return Number.parseInt(v, 10) !== 0;
      case 'd': {
        const date = new Date(v);
        return Number.isNaN(date.getTime()) ? v : date;
      }
      default: {
        const n = Number.parseFloat(v);
        if (Number.isNaN(n)) return v;
        return context.dateStyle[c.style] ? excelSerialToDate(n, context.date1904) : n;
      }
    }
  };

  return parseXmlStream(
    chunks,
    {
      open(name, a) {
        if (name === 'sheetData') inSheetData = true;
        if (!inSheetData) return;
        if (name === 'row') {
          const r = a.r ? Number.parseInt(a.r, 10) : Number.NaN;
          lastRow = Number.isNaN(r) ? lastRow + 1 : r;
          row = { number: lastRow, cells: [] };
          nextColumn = 0;
        } else if (name === 'c' && row) {
          const column = a.r ? columnOf(a.r) : nextColumn;
          cell = { column: column < 0 ? nextColumn : column, type: a.t ?? 'n', style: a.s ? Number.parseInt(a.s, 10) : 0, value: null, inline: null };
        } else if (cell && name === 'v') {
          capture = 'v';
          cell.value = '';
        } else if (cell && name === 'rPh') inPhonetic = true;
        else if (cell && name === 't' && !inPhonetic) {
          capture = 't';
          cell.inline ??= '';
        }
      },
      text(text) {
        if (!cell || capture === null) return;
        if (capture === 'v') cell.value += text;
        else cell.inline += text;
      },
      close(name) {
        if (name === 'sheetData') inSheetData = false;
        else if (name === 'v' || name === 't') capture = null;
        else if (name === 'rPh') inPhonetic = false;
        else if (name === 'c' && cell && row) {
          while (row.cells.length < cell.column) row.cells.push(null);
          row.cells[cell.column] = cellValue(cell);
          nextColumn = cell.column + 1;
          cell = null;
        } else if (name === 'row' && row) {
          finished.push(row);
          row = null;
        }
      },
    },
    () => {
      const batch = finished;
      finished = [];
      return batch;
    },
  );
}

/** The worksheets in tab order, each with its rows. Throws ZipError (kind 'broken' or 'too_large'). */
export async function* readXlsxSheets(buffer: Uint8Array, maxInflatedBytes: number): AsyncGenerator<XlsxSheet> {
  const entries = new Map<string, ZipEntry>();
  for (const entry of zipEntries(buffer)) entries.set(entry.name.toLowerCase(), entry);
  const budget = new InflateBudget(maxInflatedBytes);
  const find = (path: string) => entries.get(path.toLowerCase()) ?? null;
  const text = async (path: string) => {
    const entry = find(path);
    return entry ? entryText(buffer, entry, budget) : null;
  };

  const rootRels = await text('_rels/.rels');
  const officeDocument = rootRels ? [...relationships(rootRels, '').values()].find((r) => r.type.endsWith('/officeDocument'))?.target : undefined;
  const workbookPath = officeDocument ?? 'xl/workbook.xml';
  const workbookXml = await text(workbookPath);
  const workbookRelsXml = await text(relsOf(workbookPath));
  if (!workbookXml || !workbookRelsXml) throw new ZipError('broken', 'no workbook');
  const rels = relationships(workbookRelsXml, dirOf(workbookPath));

  let date1904 = false;
  const tabs: { name: string; path: string }[] = [];
  parseXmlText(workbookXml, {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name !== 'sheet') return;
      const rel = rels.get(attribute(a, 'id') ?? '');
      if (rel?.type.endsWith('/worksheet')) tabs.push({ name: a.name ?? '', path: rel.target });
    },
  });

  const partOf = (type: string) => [...rels.values()].find((r) => r.type.endsWith(type))?.target;
  const stylesPath = partOf('/styles');
  const sharedPath = partOf('/sharedStrings');
  const sharedEntry = sharedPath ? find(sharedPath) : null;
  const context: Context = {
    dateStyle: dateStyles(stylesPath ? await text(stylesPath) : null),
    shared: await sharedStrings(sharedEntry ? entryChunks(buffer, sharedEntry, budget) : null),
    date1904,
  };

  for (const tab of tabs) {
    const entry = find(tab.path);
    if (!entry) throw new ZipError('broken', `missing ${tab.path}`);
    yield { name: tab.name, batches: sheetRows(entryChunks(buffer, entry, budget), context) };
  }
}
