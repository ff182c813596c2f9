/**
 * Pure rules of claims (PKS Pasal 5; Permenaker 5/2021 as amended by Permenaker 1/2025;
 * PP 49/2023): the reporting clock, the document checklist per claim type, the claim expiry and
 * the workflow's allowed steps.
 */
import { addDays, formatDateId } from '../core/dates.ts';

export type ClaimProgram = 'JKK' | 'JKM';
export type ClaimStatus = 'submitted' | 'verified' | 'approved' | 'paid' | 'rejected';

export const CLAIM_STATUS_LABEL: Record<ClaimStatus, string> = {
  submitted: 'diajukan',
  verified: 'diverifikasi BPJS',
  approved: 'disetujui',
  paid: 'dibayar',
  rejected: 'ditolak',
};

/** What happened to the participant, as letters and registers write it. */
export const CLAIM_OUTCOME_LABEL: Record<string, string> = {
  recovered: 'sembuh',
  partial_anatomical: 'cacat sebagian anatomis',
  partial_functional: 'cacat sebagian fungsi',
  total_permanent: 'cacat total tetap',
  death: 'meninggal dunia',
};

export const CLAIM_TRANSITIONS: Record<ClaimStatus, readonly ClaimStatus[]> = {
  submitted: ['verified', 'rejected'],
  verified: ['approved', 'rejected'],
  approved: ['paid'],
  paid: [],
  rejected: [],
};

export const canMoveClaim = (from: ClaimStatus, to: ClaimStatus): boolean => CLAIM_TRANSITIONS[from].includes(to);

/** 2 × 24 hours, counted in calendar days from the day of the event. */
export const REPORT_DAYS = 2;
/** BPJS decides whether it is a work accident within 30 days of the stage-I report (PP 49/2023 Pasal 25B). */
export const DECISION_DAYS = 30;

export interface ClockInput {
  program: ClaimProgram;
  incidentDate: string;
  stage1ReportedOn: string | null;
  doctorStatementOn: string | null;
  stage2ReportedOn: string | null;
  claimExpiryYears: number;
  today: string;
}

export interface Deadline {
  code: 'stage1' | 'decision' | 'stage2' | 'expiry';
  label: string;
  due: string;
  doneOn: string | null;
  status: 'open' | 'on_time' | 'late' | 'missed';
  consequence: string | null;
  basis: string;
}

function judge(due: string, doneOn: string | null, today: string): Deadline['status'] {
  if (doneOn) return doneOn <= due ? 'on_time' : 'late';
  return today > due ? 'missed' : 'open';
}

/** The deadlines of a claim, computed from its dates; missed or late ones carry their consequence. */
export function claimDeadlines(c: ClockInput): Deadline[] {
  const out: Deadline[] = [];
  if (c.program === 'JKK') {
    const stage1Due = addDays(c.incidentDate, REPORT_DAYS);
    const s1 = judge(stage1Due, c.stage1ReportedOn, c.today);
    out.push({
      code: 'stage1',
      label: 'Laporan tahap I (2 × 24 jam sejak kecelakaan atau diagnosis)',
      due: stage1Due,
      doneOn: c.stage1ReportedOn,
      status: s1,
      consequence: s1 === 'late' || s1 === 'missed' ? 'Manfaat menjadi tanggungan pemberi kerja lebih dahulu, lalu dimintakan penggantian ke BPJS setelah melapor (Permenaker 1/2025 Pasal 8 ayat 2a–2c)' : null,
      basis: 'Permenaker 5/2021 Pasal 8 ayat (2) jo. Permenaker 1/2025',
    });
    if (c.stage1ReportedOn) {
      out.push({ code: 'decision', label: 'Penetapan kecelakaan kerja oleh BPJS (30 hari sejak laporan tahap I)', due: addDays(c.stage1ReportedOn, DECISION_DAYS), doneOn: null, status: c.today > addDays(c.stage1ReportedOn, DECISION_DAYS) ? 'missed' : 'open', consequence: null, basis: 'PP 49/2023 Pasal 25B' });
    }
    if (c.doctorStatementOn) {
      const stage2Due = addDays(c.doctorStatementOn, REPORT_DAYS);
      const s2 = judge(stage2Due, c.stage2ReportedOn, c.today);
      out.push({ code: 'stage2', label: 'Laporan tahap II = klaim (2 × 24 jam sejak surat keterangan dokter)', due: stage2Due, doneOn: c.stage2ReportedOn, status: s2, consequence: s2 === 'late' || s2 === 'missed' ? 'Laporan tahap II terlambat; segera lengkapi klaim' : null, basis: 'Permenaker 5/2021 Pasal 19 ayat (1)–(3) jo. Permenaker 1/2025' });
    }
  }
  const expiry = addDays(`${Number(c.incidentDate.slice(0, 4)) + c.claimExpiryYears}${c.incidentDate.slice(4)}`, 0);
  out.push({ code: 'expiry', label: `Batas hak mengajukan klaim (${c.claimExpiryYears} tahun)`, due: expiry, doneOn: c.stage2ReportedOn, status: judge(expiry, c.stage2ReportedOn, c.today), consequence: c.today > expiry && !c.stage2ReportedOn ? `Hak klaim hapus sejak ${formatDateId(expiry)}` : null, basis: 'PP 82/2019 Pasal 26' });
  return out;
}

export interface ChecklistItem {
  code: string;
  label: string;
  required: boolean;
}

/** Documents per claim type (reference §4.2–4.3). */
export function documentChecklist(program: ClaimProgram, outcome: string, hasChildren: boolean): ChecklistItem[] {
  const common: ChecklistItem[] = [
    { code: 'kartu_peserta', label: 'Kartu peserta BPJS Ketenagakerjaan', required: true },
    { code: 'ktp', label: 'KTP peserta', required: true },
  ];
  if (program === 'JKK') {
    const list: ChecklistItem[] = [
      ...common,
      { code: 'laporan_tahap_1', label: 'Formulir laporan kecelakaan kerja tahap I', required: true },
      { code: 'surat_dokter', label: 'Surat keterangan dokter pemeriksa dan/atau dokter penasihat', required: true },
      { code: 'kuitansi_angkut', label: 'Kuitansi biaya pengangkutan', required: false },
      { code: 'kuitansi_pengobatan', label: 'Kuitansi biaya pengobatan/perawatan (bila faskes bukan mitra BPJS)', required: false },
    ];
    if (outcome === 'death') list.push({ code: 'akta_kematian', label: 'Akta atau surat keterangan kematian', required: true }, { code: 'kartu_keluarga', label: 'Kartu Keluarga', required: true }, { code: 'surat_ahli_waris', label: 'Surat keterangan ahli waris', required: true });
    if (hasChildren) list.push({ code: 'beasiswa', label: 'Formulir beasiswa, surat keterangan sekolah, akta kelahiran anak', required: true });
    return list;
  }
  const list: ChecklistItem[] = [
    ...common,
    { code: 'akta_kematian', label: 'Akta atau surat keterangan kematian', required: true },
    { code: 'kartu_keluarga', label: 'Kartu Keluarga', required: true },
    { code: 'ktp_ahli_waris', label: 'KTP ahli waris', required: true },
    { code: 'surat_ahli_waris', label: 'Surat keterangan ahli waris dari pejabat berwenang', required: true },
    { code: 'buku_nikah', label: 'Buku nikah (bila ahli waris suami/istri)', required: false },
  ];
  if (hasChildren) list.push({ code: 'beasiswa', label: 'Formulir beasiswa, surat keterangan sekolah, akta kelahiran anak', required: true });
  return list;
}

/** Codes that appear more than once (an item may be adjusted once). */
export function duplicateCodes(codes: readonly string[]): string[] {
  return [...new Set(codes.filter((code, i) => codes.indexOf(code) !== i))];
}

/** Why a claim payment cannot carry this date: after today, or before the claim was approved. */
export function paymentDateProblem(paidOn: string, approvedOn: string, today: string): string | null {
  if (paidOn > today) return `Tanggal bayar ${formatDateId(paidOn)} ada di masa depan (hari ini ${formatDateId(today)})`;
  if (paidOn < approvedOn) return `Tanggal bayar ${formatDateId(paidOn)} sebelum klaim disetujui (${formatDateId(approvedOn)})`;
  return null;
}
