/**
 * The column layout of the batch export for the BPJS branch's bulk registration — the one
 * place to change it. Close to the layout branches take (NIK, name, birth place/date, sex, start
 * date, wage, programs).
 */
import type { ParticipantRecord } from './repo.ts';
import { XLSX_DATE_FORMAT, xlsxDate } from '../core/xlsx-cells.ts';

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
