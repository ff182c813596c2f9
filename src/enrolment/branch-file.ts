/**
 * Reads a file from the BPJS branch: its registration result (NIK → participant number) or its
 * participant list for reconciliation. XLSX or CSV; headers matched loosely (NIK / No KTP,
 * KPJ / No Peserta, Nama, Tgl Lahir, Tanggal Kepesertaan).
 */
import { AppError } from '../core/errors.ts';
import { cellToString, nikFromCell } from '../sheets/cells.ts';
import { readFlexibleDate } from '../sheets/dates.ts';
import { fieldsByHeaderKey, headerKey } from '../sheets/headers.ts';
import { firstSheetRows } from '../sheets/read-file.ts';

type BranchField = 'nik' | 'kpj' | 'fullName' | 'birthDate' | 'registeredOn';

const ALIASES: Record<BranchField, string[]> = {
  nik: ['NIK', 'No KTP', 'No. KTP', 'Nomor Induk Kependudukan'],
  kpj: ['KPJ', 'No KPJ', 'Nomor KPJ', 'No Peserta', 'No. Peserta', 'Nomor Peserta', 'Nomor Kartu Peserta'],
  fullName: ['Nama', 'Nama Lengkap', 'Nama Peserta', 'Nama Tenaga Kerja'],
  birthDate: ['Tgl Lahir', 'Tanggal Lahir', 'Tgl. Lahir'],
  registeredOn: ['Tanggal Kepesertaan', 'Tgl Kepesertaan', 'TMT Kepesertaan', 'Tanggal Terdaftar', 'Tgl Daftar'],
};
const FIELD_BY_KEY = fieldsByHeaderKey(ALIASES);

export interface BranchRow {
  row: number;
  nik: string | null;
  kpj: string | null;
  fullName: string;
  birthDate: string | null;
  registeredOn: string | null;
}

export interface BranchFileError {
  row: number;
  column: string;
  message: string;
}

/** Reads every row; `errors` lists unreadable cells by row and column (the caller decides what is fatal). */
export async function readBranchFile(buffer: Uint8Array, required: BranchField[]): Promise<{ rows: BranchRow[]; errors: BranchFileError[] }> {
  let columns: { index: number; field: BranchField; header: string }[] | null = null;
  const rows: BranchRow[] = [];
  const errors: BranchFileError[] = [];
  for await (const raw of firstSheetRows(buffer)) {
    const texts = raw.cells.map((c) => cellToString(c));
    if (!columns) {
      const found = texts
        .map((t, index) => ({ index, field: FIELD_BY_KEY.get(headerKey(t)), header: t }))
        .filter((c): c is { index: number; field: BranchField; header: string } => !!c.field);
      if (found.some((c) => c.field === 'nik' || c.field === 'kpj')) columns = found;
      else if (raw.number >= 20) break;
      continue;
    }
    if (texts.every((t) => t === '')) continue;
    const cell = (field: BranchField) => columns!.find((c) => c.field === field);
    const value = (field: BranchField) => {
      const c = cell(field);
      return c ? raw.cells[c.index] : undefined;
    };
    const fail = (field: BranchField, message: string) => errors.push({ row: raw.number, column: cell(field)?.header ?? field, message });
    let nik: string | null = null;
    if (cell('nik') && cellToString(value('nik')) !== '') {
      const n = nikFromCell(value('nik'));
      if (n.ok) nik = n.nik;
      else fail('nik', n.message);
    }
    const kpjText = cellToString(value('kpj')).replace(/\s/g, '');
    const date = (field: BranchField) => {
      if (!cell(field) || cellToString(value(field)) === '') return null;
      const d = readFlexibleDate(value(field));
      if (d.ok) return d.date;
      fail(field, d.message);
      return null;
    };
    rows.push({
      row: raw.number,
      nik,
      kpj: kpjText || null,
      fullName: cellToString(value('fullName')),
      birthDate: date('birthDate'),
      registeredOn: date('registeredOn'),
    });
  }
  if (!columns) throw new AppError('bad_file', 'Kolom NIK atau Nomor Peserta (KPJ) tidak ditemukan di berkas');
  for (const field of required) {
    if (!columns.some((c) => c.field === field)) {
      throw new AppError('bad_file', `Kolom ${ALIASES[field][0]} tidak ditemukan di berkas (nama kolom yang dikenali: ${ALIASES[field].join(', ')})`);
    }
  }
  return { rows, errors };
}
