/**
 * The column layout of the batch export for the BPJS branch's bulk registration — the one
 * place to change it. Close to the layout branches take (NIK, name, birth place/date, sex, start
 * date, wage, programs).
 */
import type { ParticipantRecord } from './repo.ts';
import { XLSX_DATE_FORMAT, xlsxDate } from '../core/xlsx-cells.ts';
import { safeXlsxBuffer } from '../core/spreadsheet.ts';

export interface BranchColumn {
  header: string;
  width: number;
  numFmt?: string;
  value: (ctx: { index: number; participant: ParticipantRecord; wage: number }) => string | number | Date | null;
}

const asDate = xlsxDate;

export const BRANCH_EXPORT_COLUMNS: readonly BranchColumn[] = [
  { header: 'No', width: 6, value: ({ index }) => index },
  { header: 'NIK', width: 20, numFmt: '@', value: ({ participant }) => participant.nik },
  { header: 'Nama Lengkap', width: 30, value: ({ participant }) => participant.full_name },
  { header: 'Tempat Lahir', width: 16, value: ({ participant }) => participant.birth_place },
  { header: 'Tanggal Lahir', width: 14, numFmt: XLSX_DATE_FORMAT, value: ({ participant }) => asDate(participant.birth_date) },
  { header: 'Jenis Kelamin', width: 8, value: ({ participant }) => participant.sex },
  { header: 'Tanggal Mulai Kerja', width: 14, numFmt: XLSX_DATE_FORMAT, value: ({ participant }) => asDate(participant.start_date) },
  { header: 'Upah', width: 14, numFmt: '#,##0', value: ({ wage }) => wage },
  { header: 'Program', width: 12, value: () => 'JKK+JKM' },
  { header: 'Unit Kerja', width: 30, value: ({ participant }) => participant.unit_name },
];

/** The batch's participants in that layout, one sheet "Pendaftaran", with the reported wage on every row. */
export async function branchExportXlsx(participants: readonly ParticipantRecord[], wage: number): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs'); // loaded when used: the CLI and the server start without it
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lindung';
  const sheet = workbook.addWorksheet('Pendaftaran');
  sheet.columns = BRANCH_EXPORT_COLUMNS.map((c) => ({ header: c.header, key: c.header, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const [i, p] of participants.entries()) sheet.addRow(BRANCH_EXPORT_COLUMNS.map((c) => c.value({ index: i + 1, participant: p, wage })));
  return safeXlsxBuffer(workbook);
}
