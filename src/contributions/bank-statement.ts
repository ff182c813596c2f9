/**
 * A bank statement (CSV or XLSX) read into payments: each credit row names the bill number in
 * its description (or a "No Tagihan" column). Rows are checked first; any bad row and nothing
 * is recorded.
 */
import { MONEY_MAX } from '../core/validation.ts';
import { AppError } from '../core/errors.ts';
import { cellToString } from '../sheets/cells.ts';
import { readFlexibleDate } from '../sheets/dates.ts';
import { fieldsByHeaderKey, headerKey } from '../sheets/headers.ts';
import { firstSheetRows } from '../sheets/read-file.ts';

type Field = 'date' | 'description' | 'amount' | 'reference' | 'bill';
const ALIASES: Record<Field, string[]> = {
  date: ['Tanggal', 'Tgl', 'Tanggal Transaksi', 'Date'],
  description: ['Keterangan', 'Uraian', 'Deskripsi', 'Description', 'Berita'],
  amount: ['Jumlah', 'Kredit', 'Nominal', 'Credit', 'Amount', 'Mutasi Kredit'],
  reference: ['Referensi', 'No Ref', 'No. Referensi', 'Nomor Referensi', 'No Transaksi', 'Reference'],
  bill: ['No Tagihan', 'Nomor Tagihan', 'Tagihan'],
};
const FIELD_BY_KEY = fieldsByHeaderKey(ALIASES);

export interface StatementRow {
  row: number;
  paidOn: string;
  amount: number;
  reference: string;
  billNumber: string;
}

/** "9.531.000", "9531000", "9.531.000,00", 9531000 → 9531000; cents other than ,00 are refused. */
export function parseStatementAmount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 && value <= MONEY_MAX ? value : null;
  const text = cellToString(value)
    .replace(/^rp\.?\s*/i, '')
    .replace(/\s/g, '');
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{2}))?$/.exec(text);
  if (!m || (m[2] && m[2] !== '00')) return null;
  const n = Number(m[1]!.replace(/\./g, ''));
  return Number.isSafeInteger(n) && n > 0 && n <= MONEY_MAX ? n : null;
}

export async function readBankStatement(
  buffer: Uint8Array,
  billNumbers: readonly string[],
): Promise<{ rows: StatementRow[]; errors: { row: number; column: string; message: string }[] }> {
  let columns: Map<Field, { index: number; header: string }> | null = null;
  const rows: StatementRow[] = [];
  const errors: { row: number; column: string; message: string }[] = [];
  const seen = new Map<string, number>();
  for await (const raw of firstSheetRows(buffer)) {
    const texts = raw.cells.map((c) => cellToString(c));
    if (!columns) {
      const found = new Map<Field, { index: number; header: string }>();
      texts.forEach((t, index) => {
        const f = FIELD_BY_KEY.get(headerKey(t));
        if (f && !found.has(f)) found.set(f, { index, header: t });
      });
      if (found.has('amount') && found.has('reference')) columns = found;
      else if (raw.number >= 20) break;
      continue;
    }
    if (texts.every((t) => t === '')) continue;
    const cols = columns;
    const cell = (f: Field) => (cols.has(f) ? raw.cells[cols.get(f)!.index] : undefined);
    const fail = (f: Field, message: string) => errors.push({ row: raw.number, column: cols.get(f)?.header ?? ALIASES[f][0]!, message });
    const amount = parseStatementAmount(cell('amount'));
    if (amount === null) fail('amount', `Jumlah "${cellToString(cell('amount'))}" bukan rupiah bulat yang lebih dari 0`);
    const date = readFlexibleDate(cell('date'), 'Tanggal');
    if (!date.ok) fail('date', date.message);
    const reference = cellToString(cell('reference'));
    if (!reference) fail('reference', 'Nomor referensi wajib diisi');
    else if (seen.has(reference)) fail('reference', `Referensi ${reference} sama dengan baris ${seen.get(reference)}`);
    else seen.set(reference, raw.number);
    const explicit = cellToString(cell('bill'));
    const text = `${explicit} ${cellToString(cell('description'))}`;
    const billNumber = explicit && billNumbers.includes(explicit) ? explicit : billNumbers.find((n) => text.includes(n));
    if (!billNumber) fail(cols.has('bill') ? 'bill' : 'description', 'Nomor tagihan tidak ditemukan di baris ini');
    if (amount !== null && date.ok && reference && billNumber) rows.push({ row: raw.number, paidOn: date.date, amount, reference, billNumber });
  }
  if (!columns) throw new AppError('bad_file', 'Kolom Jumlah dan Referensi tidak ditemukan di rekening koran');
  return { rows, errors };
}
