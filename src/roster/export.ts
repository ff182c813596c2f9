/**
 * Roster export (XLSX and CSV) and the blank import template. XLSX is written with exceljs's
 * streaming writer so 100,000 rows never sit in memory; NIK cells are text ('@') so Excel keeps
 * all 16 digits; dates are real Excel dates shown as dd/mm/yyyy. The export imports back unchanged.
 */
import { csvField, guardCell, safeXlsxBuffer } from '../core/spreadsheet.ts';
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { ROSTER_COLUMNS, type RosterRecord } from './columns.ts';
import type { EmployeeOut } from './schemas.ts';
import { XLSX_DATE_FORMAT, xlsxDate } from '../core/xlsx-cells.ts';

/** Marks the template's example row; the import refuses a row that still carries it. */
export const TEMPLATE_EXAMPLE_MARK = '(contoh — hapus baris ini)';

export function toRecord(e: EmployeeOut): RosterRecord {
  return {
    nik: e.nik,
    fullName: e.fullName,
    sex: e.sex,
    birthPlace: e.birthPlace,
    birthDate: e.birthDate,
    unitCode: e.unitCode,
    unitName: e.unitName,
    position: e.position,
    employmentType: e.employmentType,
    startDate: e.startDate,
    endDate: e.endDate,
    endReason: e.endReason,
    phone: e.phone,
    address: e.address,
  };
}

function cellValue(kind: 'text' | 'date', value: string | null): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  return kind === 'date' ? xlsxDate(value) : guardCell(value);
}

function styleHeader(sheet: ExcelJS.Worksheet): void {
  sheet.columns = ROSTER_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: c.kind === 'date' ? { numFmt: XLSX_DATE_FORMAT } : { numFmt: '@' },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
}

/** Streams batches of records to an XLSX file; returns the number of rows written. */
export async function writeRosterXlsx(batches: AsyncIterable<RosterRecord[]>, output: Writable, onProgress?: (rows: number) => void): Promise<number> {
  const { default: ExcelJS } = await import('exceljs'); // loaded when used: the CLI and the server start without it
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Pegawai', { views: [{ state: 'frozen', ySplit: 1 }] });
  styleHeader(sheet);
  sheet.getRow(1).commit();
  let count = 0;
  for await (const batch of batches) {
    for (const record of batch) {
      sheet.addRow(ROSTER_COLUMNS.map((c) => cellValue(c.kind, record[c.key]))).commit();
      count++;
    }
    onProgress?.(count);
  }
  sheet.commit();
  await workbook.commit();
  return count;
}

/**
 * CSV as Excel on Indonesian Windows reads it: `;` separated, UTF-8 with BOM, dates dd-mm-yyyy.
 * Text that would start a formula gets a leading apostrophe (core/spreadsheet.ts); the NIK is plain
 * digits (never ="…", which Excel evaluates): open the file with the NIK column as Text, or use XLSX.
 */
export async function writeRosterCsv(batches: AsyncIterable<RosterRecord[]>, output: Writable, onProgress?: (rows: number) => void): Promise<number> {
  const write = (chunk: string) =>
    new Promise<void>((resolve, reject) => {
      if (output.write(chunk)) resolve();
      else output.once('drain', resolve).once('error', reject);
    });
  await write('\ufeff' + ROSTER_COLUMNS.map((c) => c.header).join(';') + '\r\n');
  let count = 0;
  for await (const batch of batches) {
    let chunk = '';
    for (const r of batch) {
      chunk +=
        ROSTER_COLUMNS.map((c) => {
          const v = r[c.key];
          if (c.kind === 'date' && v) return v.split('-').reverse().join('-');
          return csvField(v);
        }).join(';') + '\r\n';
      count++;
    }
    await write(chunk);
    onProgress?.(count);
  }
  await new Promise<void>((resolve) => output.end(resolve));
  return count;
}

/** The blank import template: the columns, a filled example row and a sheet of instructions. */
export async function rosterTemplateXlsx(): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs'); // loaded when used: the CLI and the server start without it
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lindung';
  const sheet = workbook.addWorksheet('Pegawai', { views: [{ state: 'frozen', ySplit: 1 }] });
  styleHeader(sheet);
  const example: RosterRecord = {
    nik: '7409014508900001',
    fullName: `Siti Aminah ${TEMPLATE_EXAMPLE_MARK}`,
    sex: 'P',
    birthPlace: 'Buranga',
    birthDate: '1990-08-05',
    unitCode: 'DINKES',
    unitName: 'Dinas Kesehatan',
    position: 'Tenaga Administrasi',
    employmentType: 'honorer',
    startDate: '2020-01-02',
    endDate: null,
    endReason: null,
    phone: '081234567890',
    address: 'Jl. Poros Ereke',
  };
  sheet.addRow(ROSTER_COLUMNS.map((c) => cellValue(c.kind, example[c.key])));
  const help = workbook.addWorksheet('Petunjuk');
  help.columns = [{ width: 24 }, { width: 90 }];
  const notes: [string, string][] = [
    ['NIK', '16 digit, kolom berformat Teks (jangan Number: Excel menghilangkan digit terakhir).'],
    ['Jenis Kelamin', 'L atau P (Laki-laki / Perempuan).'],
    ['Tanggal', 'Tanggal Excel, atau teks dd/mm/yyyy, dd-mm-yyyy, yyyy-mm-dd.'],
    ['Kode Unit', 'Kode unit kerja di Lindung (tidak perlu bila mengimpor untuk satu unit dengan --unit).'],
    ['Jenis Pegawai', 'honorer, kontrak, THL atau lainnya.'],
    ['Tanggal Berhenti', 'Kosongkan bila masih bekerja; isi bersama Alasan Berhenti bila sudah berhenti.'],
  ];
  help.addRow(['Kolom', 'Petunjuk']).font = { bold: true };
  for (const n of notes) help.addRow(n);
  return safeXlsxBuffer(workbook);
}
