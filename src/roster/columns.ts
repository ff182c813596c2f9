/**
 * The roster's spreadsheet columns, in order: the header people see in exports and in the
 * template, which the import reads back (its header matching accepts these and the variants).
 */
export interface RosterColumn {
  key:
    | 'nik'
    | 'fullName'
    | 'sex'
    | 'birthPlace'
    | 'birthDate'
    | 'unitCode'
    | 'unitName'
    | 'position'
    | 'employmentType'
    | 'startDate'
    | 'endDate'
    | 'endReason'
    | 'phone'
    | 'address';
  header: string;
  width: number;
  kind: 'text' | 'date';
}

export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  { key: 'nik', header: 'NIK', width: 20, kind: 'text' },
  { key: 'fullName', header: 'Nama Lengkap', width: 30, kind: 'text' },
  { key: 'sex', header: 'Jenis Kelamin', width: 8, kind: 'text' },
  { key: 'birthPlace', header: 'Tempat Lahir', width: 16, kind: 'text' },
  { key: 'birthDate', header: 'Tanggal Lahir', width: 14, kind: 'date' },
  { key: 'unitCode', header: 'Kode Unit', width: 12, kind: 'text' },
  { key: 'unitName', header: 'Unit Kerja', width: 30, kind: 'text' },
  { key: 'position', header: 'Jabatan', width: 24, kind: 'text' },
  { key: 'employmentType', header: 'Jenis Pegawai', width: 14, kind: 'text' },
  { key: 'startDate', header: 'Tanggal Mulai', width: 14, kind: 'date' },
  { key: 'endDate', header: 'Tanggal Berhenti', width: 14, kind: 'date' },
  { key: 'endReason', header: 'Alasan Berhenti', width: 20, kind: 'text' },
  { key: 'phone', header: 'No HP', width: 16, kind: 'text' },
  { key: 'address', header: 'Alamat', width: 30, kind: 'text' },
];

export type RosterRecord = Record<RosterColumn['key'], string | null>;
