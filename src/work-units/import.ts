/**
 * Reading a work-unit sheet (XLSX): a header row with "Kode Unit", "Nama Unit", "Kode Induk"
 * (the parent's code, blank for a top unit), then one unit per row. Read by src/sheets/.
 */
import { AppError } from '../core/errors.ts';
import { workbookWithSheet } from '../core/spreadsheet.ts';
import { cellToString } from '../sheets/cells.ts';
import { corruptXlsx, isOldExcel, isZip, openXlsxSheets } from '../sheets/read-xlsx.ts';
import { eachRow } from '../sheets/batches.ts';
import { unitCodeSchema } from './schemas.ts';

export interface UnitSheetRow {
  row: number;
  code: string;
  name: string;
  parentCode: string | null;
}

export interface UnitSheetError {
  row: number;
  column: string;
  message: string;
}

export const UNIT_COLUMNS = ['Kode Unit', 'Nama Unit', 'Kode Induk'] as const;

const normal = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const HEADER_NAMES: Record<string, (typeof UNIT_COLUMNS)[number]> = {
  kodeunit: 'Kode Unit',
  kode: 'Kode Unit',
  code: 'Kode Unit',
  namaunit: 'Nama Unit',
  nama: 'Nama Unit',
  name: 'Nama Unit',
  kodeinduk: 'Kode Induk',
  induk: 'Kode Induk',
  parentcode: 'Kode Induk',
  parent: 'Kode Induk',
};

export async function readUnitSheet(buffer: Uint8Array): Promise<{ rows: UnitSheetRow[]; errors: UnitSheetError[] }> {
  if (isOldExcel(buffer)) throw new AppError('bad_file', 'Format .xls (Excel 97–2003) tidak didukung. Simpan ulang sebagai "Excel Workbook (.xlsx)"');
  if (!isZip(buffer)) throw corruptXlsx();
  const rows: UnitSheetRow[] = [];
  const errors: UnitSheetError[] = [];
  let columns: Map<(typeof UNIT_COLUMNS)[number], number> | null = null;
  for await (const sheet of openXlsxSheets(buffer)) {
    for await (const raw of eachRow(sheet.batches)) {
      const texts = raw.cells.map((c) => cellToString(c));
      if (texts.every((t) => t === '')) continue;
      if (!columns) {
        columns = new Map();
        texts.forEach((t, i) => {
          const name = HEADER_NAMES[normal(t)];
          if (name && !columns!.has(name)) columns!.set(name, i);
        });
        const missing = UNIT_COLUMNS.slice(0, 2).filter((c) => !columns!.has(c));
        if (missing.length) {
          throw new AppError(
            'bad_file',
            `Baris ${raw.number}: kolom ${missing.map((m) => `"${m}"`).join(' dan ')} tidak ditemukan. Kolom yang diharapkan: ${UNIT_COLUMNS.join(', ')}`,
          );
        }
        continue;
      }
      const at = (c: (typeof UNIT_COLUMNS)[number]) => (columns!.has(c) ? (texts[columns!.get(c)!] ?? '') : '');
      const code = at('Kode Unit');
      const name = at('Nama Unit');
      const parent = at('Kode Induk');
      let ok = true;
      const parsed = unitCodeSchema.safeParse(code);
      if (!code) {
        errors.push({ row: raw.number, column: 'Kode Unit', message: 'Kode unit wajib diisi' });
        ok = false;
      } else if (!parsed.success) {
        errors.push({ row: raw.number, column: 'Kode Unit', message: parsed.error.issues[0]!.message });
        ok = false;
      }
      if (!name) {
        errors.push({ row: raw.number, column: 'Nama Unit', message: 'Nama unit wajib diisi' });
        ok = false;
      } else if (name.length > 200) {
        errors.push({ row: raw.number, column: 'Nama Unit', message: 'Nama unit terlalu panjang (maks. 200 karakter)' });
        ok = false;
      }
      if (parent && !unitCodeSchema.safeParse(parent).success) {
        errors.push({ row: raw.number, column: 'Kode Induk', message: 'Kode induk 1–30 karakter: huruf, angka, titik, garis bawah atau tanda hubung' });
        ok = false;
      }
      if (ok) rows.push({ row: raw.number, code, name, parentCode: parent || null });
    }
    break; // the first sheet only
  }
  if (!columns) throw new AppError('bad_file', `Berkas kosong. Kolom yang diharapkan: ${UNIT_COLUMNS.join(', ')}`);
  return { rows, errors };
}

/** A blank sheet with the expected columns (and the export of existing units when given). */
export async function unitSheetXlsx(units: { code: string; name: string; parentCode: string | null }[] = []): Promise<Buffer> {
  const { workbook: wb, sheet: ws } = await workbookWithSheet('Unit kerja', [
    { header: 'Kode Unit', key: 'code', width: 14, style: { numFmt: '@' } },
    { header: 'Nama Unit', key: 'name', width: 40 },
    { header: 'Kode Induk', key: 'parentCode', width: 14, style: { numFmt: '@' } },
  ]);
  for (const u of units) ws.addRow(u);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
