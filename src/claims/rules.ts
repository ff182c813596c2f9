/**
 * Pure rules of claims (PKS Pasal 5; Permenaker 5/2021 as amended by Permenaker 1/2025;
 * PP 49/2023): the reporting clock, the document checklist per claim type, the claim expiry and
 * the workflow's allowed steps.
 */
import { addDays, addWorkingDays, addYears, daysBetween, formatDateId, parseDate, Temporal } from '../core/dates.ts';
import { formatRupiah, multiplyFraction } from '../core/money.ts';

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

/** 2 × 24 hours: from the incident's hour and minute (office zone) when known, else from the start of its day. */
export const REPORT_HOURS = 48;
/** The same clock in calendar days, for the dates shown when no hour is known. */
export const REPORT_DAYS = 2;
/** BPJS decides whether it is a work accident within 30 days of the stage-I report (PP 49/2023 Pasal 25B). */
export const DECISION_DAYS = 30;

/**
 * BPJS pays JKK benefits at most 7 working days after the technical and administrative
 * requirements are complete; late, it owes the participant 1% of the benefit due for every day
 * of delay (PP 44/2015 Pasal 37 ayat (2)–(3); text read on pasal.id, PP 44/2015 Pasal 37). The
 * days of delay are calendar days after the deadline (the article says "setiap hari keterlambatan",
 * not working days). The penalty is rounded down to whole rupiah once, on the total.
 */
export const JKK_PAYMENT_WORKING_DAYS = 7;
export const JKK_LATE_PAYMENT_PERCENT_PER_DAY = 1;
export const JKK_PAYMENT_BASIS = 'PP 44/2015 Pasal 37 ayat (2)–(3)';
/**
 * JKM: at most 3 working days after the claim is complete, per a secondary source only (reference
 * §1.3, S31); no penalty text was found for JKM, so none is computed. UNCONFIRMED.
 */
export const JKM_PAYMENT_WORKING_DAYS = 3;
export const JKM_PAYMENT_BASIS = 'Belum terkonfirmasi: 3 hari kerja menurut sumber sekunder (referensi §1.3); denda keterlambatan JKM tidak ditemukan';

export interface ClockInput {
  program: ClaimProgram;
  incidentDate: string;
  /** 'JJ:MM' in the office zone, or '' when unknown. */
  incidentTime?: string;
  stage1ReportedOn: string | null;
  doctorStatementOn: string | null;
  stage2ReportedOn: string | null;
  claimExpiryYears: number;
  today: string;
  /** Office-zone date-time now ('YYYY-MM-DDTHH:MM'); when absent, the end of `today`. */
  now?: string;
  /** The day BPJS verified (or rejected) the claim: it has decided. */
  decidedOn?: string | null;
  /** The day the required documents were complete (verification): the payment clock starts. */
  completeOn?: string | null;
  /** The day the claim was paid in full, and the benefit due (approved total). */
  paidOn?: string | null;
  benefitDue?: number | null;
  /** National holidays and cuti bersama, when a calendar is known; weekends are always skipped. */
  isHoliday?: (day: string) => boolean;
}

export interface LatePenalty {
  daysLate: number;
  amount: number;
  formula: string;
  basis: string;
}

export interface Deadline {
  code: 'stage1' | 'decision' | 'stage2' | 'payment' | 'expiry';
  label: string;
  due: string;
  /** The due moment with its time in the office zone ('YYYY-MM-DDTHH:MM'), when the clock runs by the hour. */
  dueAt: string | null;
  doneOn: string | null;
  status: 'open' | 'on_time' | 'late' | 'missed';
  consequence: string | null;
  basis: string;
  penalty?: LatePenalty | null;
}

function judge(due: string, doneOn: string | null, today: string): Deadline['status'] {
  if (doneOn) return doneOn <= due ? 'on_time' : 'late';
  return today > due ? 'missed' : 'open';
}

/** The stage-I due moment: 48 hours after the incident's hour and minute (office zone). */
export function stage1DueAt(incidentDate: string, incidentTime: string): Temporal.PlainDateTime {
  return parseDate(incidentDate).toPlainDateTime(Temporal.PlainTime.from(incidentTime, { overflow: 'reject' })).add({ hours: REPORT_HOURS });
}

/** "4 Mei 2022 pukul 09:30" when the deadline runs by the hour, else "4 Mei 2022". */
export function formatDue(d: Pick<Deadline, 'due' | 'dueAt'>): string {
  if (!d.dueAt) return formatDateId(d.due);
  return `${formatDateId(d.due)} pukul ${Temporal.PlainDateTime.from(d.dueAt).toPlainTime().toString({ smallestUnit: 'minute' })}`;
}

/** The late-payment penalty owed by BPJS (JKK): 1% of the benefit per day late, rounded down once. */
export function latePaymentPenalty(benefitDue: number, due: string, paidOrToday: string): LatePenalty | null {
  const daysLate = daysBetween(due, paidOrToday);
  if (daysLate <= 0 || benefitDue <= 0) return null;
  const amount = multiplyFraction(benefitDue, JKK_LATE_PAYMENT_PERCENT_PER_DAY * daysLate, 100, 'down');
  return {
    daysLate,
    amount,
    formula: `${JKK_LATE_PAYMENT_PERCENT_PER_DAY}% × ${formatRupiah(benefitDue)} × ${daysLate} hari = ${formatRupiah(amount)} (dibulatkan ke bawah ke rupiah penuh)`,
    basis: JKK_PAYMENT_BASIS,
  };
}

/** The deadlines of a claim, computed from its dates; missed or late ones carry their consequence. */
export function claimDeadlines(c: ClockInput): Deadline[] {
  const out: Deadline[] = [];
  const now = c.now ?? parseDate(c.today).toPlainDateTime({ hour: 23, minute: 59 }).toString({ smallestUnit: 'minute' });
  if (c.program === 'JKK') {
    const dueMoment = c.incidentTime ? stage1DueAt(c.incidentDate, c.incidentTime) : null;
    const dueAt = dueMoment ? dueMoment.toString({ smallestUnit: 'minute' }) : null;
    const stage1Due = dueMoment ? dueMoment.toPlainDate().toString() : addDays(c.incidentDate, REPORT_DAYS);
    // A report carries a date only: reported on the due day counts as on time.
    let s1 = judge(stage1Due, c.stage1ReportedOn, c.today);
    if (dueMoment && !c.stage1ReportedOn && Temporal.PlainDateTime.compare(Temporal.PlainDateTime.from(now), dueMoment) > 0) s1 = 'missed';
    out.push({
      code: 'stage1',
      label: 'Laporan tahap I (2 × 24 jam sejak kecelakaan atau diagnosis)',
      due: stage1Due,
      dueAt,
      doneOn: c.stage1ReportedOn,
      status: s1,
      consequence: s1 === 'late' || s1 === 'missed' ? 'Manfaat menjadi tanggungan pemberi kerja lebih dahulu, lalu dimintakan penggantian ke BPJS setelah melapor (Permenaker 1/2025 Pasal 8 ayat 2a–2c)' : null,
      basis: 'Permenaker 5/2021 Pasal 8 ayat (2) jo. Permenaker 1/2025',
    });
    if (c.stage1ReportedOn) {
      const due = addDays(c.stage1ReportedOn, DECISION_DAYS);
      const decided = c.decidedOn ?? null;
      out.push({ code: 'decision', label: 'Penetapan kecelakaan kerja oleh BPJS (30 hari sejak laporan tahap I)', due, dueAt: null, doneOn: decided, status: judge(due, decided, c.today), consequence: null, basis: 'PP 49/2023 Pasal 25B' });
    }
    if (c.doctorStatementOn) {
      const stage2Due = addDays(c.doctorStatementOn, REPORT_DAYS);
      const s2 = judge(stage2Due, c.stage2ReportedOn, c.today);
      out.push({ code: 'stage2', label: 'Laporan tahap II = klaim (2 × 24 jam sejak surat keterangan dokter)', due: stage2Due, dueAt: null, doneOn: c.stage2ReportedOn, status: s2, consequence: s2 === 'late' || s2 === 'missed' ? 'Laporan tahap II terlambat; segera lengkapi klaim' : null, basis: 'Permenaker 5/2021 Pasal 19 ayat (1)–(3) jo. Permenaker 1/2025' });
    }
  }
  if (c.completeOn) {
    const jkk = c.program === 'JKK';
    const days = jkk ? JKK_PAYMENT_WORKING_DAYS : JKM_PAYMENT_WORKING_DAYS;
    const due = addWorkingDays(c.completeOn, days, c.isHoliday);
    const paidOn = c.paidOn ?? null;
    const status = judge(due, paidOn, c.today);
    const penalty = jkk && c.benefitDue && (status === 'late' || status === 'missed') ? latePaymentPenalty(c.benefitDue, due, paidOn ?? c.today) : null;
    out.push({
      code: 'payment',
      label: `Pembayaran manfaat oleh BPJS (${days} hari kerja sejak persyaratan lengkap)`,
      due,
      dueAt: null,
      doneOn: paidOn,
      status,
      consequence: penalty ? `BPJS dikenai ganti rugi ${formatRupiah(penalty.amount)} kepada peserta (${penalty.formula})` : null,
      basis: jkk ? JKK_PAYMENT_BASIS : JKM_PAYMENT_BASIS,
      penalty,
    });
  }
  const expiry = addYears(c.incidentDate, c.claimExpiryYears);
  out.push({ code: 'expiry', label: `Batas hak mengajukan klaim (${c.claimExpiryYears} tahun)`, due: expiry, dueAt: null, doneOn: c.stage2ReportedOn, status: judge(expiry, c.stage2ReportedOn, c.today), consequence: c.today > expiry && !c.stage2ReportedOn ? `Hak klaim hapus sejak ${formatDateId(expiry)}` : null, basis: 'PP 82/2019 Pasal 26; 29 Februari + n tahun = 28 Februari (lihat addYears di src/core/dates.ts)' });
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
