/**
 * Pure rules of claims (PKS Pasal 5; Permenaker 5/2021 as amended by Permenaker 1/2025;
 * PP 49/2023): the reporting clock, the document checklist per claim type, the claim expiry and
 * the workflow's allowed steps.
 */
import { formatDay, textLanguage, tr } from '../core/language.ts';
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

const CLAIM_STATUS_LABEL_EN: Record<ClaimStatus, string> = {
  submitted: 'submitted',
  verified: 'verified by BPJS',
  approved: 'approved',
  paid: 'paid',
  rejected: 'rejected',
};

/** A claim status as words in the language of the moment (src/core/language.ts). */
export const claimStatusLabel = (status: ClaimStatus): string => (textLanguage() === 'en' ? CLAIM_STATUS_LABEL_EN : CLAIM_STATUS_LABEL)[status];

/** What happened to the participant, as letters and registers write it. */
export const CLAIM_OUTCOME_LABEL: Record<string, string> = {
  recovered: 'sembuh',
  partial_anatomical: 'cacat sebagian anatomis',
  partial_functional: 'cacat sebagian fungsi',
  total_permanent: 'cacat total tetap',
  death: 'meninggal dunia',
};

const CLAIM_OUTCOME_LABEL_EN: Record<string, string> = {
  recovered: 'recovered',
  partial_anatomical: 'partial anatomical disability',
  partial_functional: 'partial functional disability',
  total_permanent: 'total permanent disability',
  death: 'died',
};

/** A claim outcome as words in the language of the moment. */
export const claimOutcomeLabel = (outcome: string): string => (textLanguage() === 'en' ? CLAIM_OUTCOME_LABEL_EN : CLAIM_OUTCOME_LABEL)[outcome] ?? outcome;

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
const jkmPaymentBasis = (): string =>
  tr(JKM_PAYMENT_BASIS, 'Unconfirmed: 3 working days per a secondary source (reference §1.3); no JKM late-payment penalty was found');

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
  return parseDate(incidentDate)
    .toPlainDateTime(Temporal.PlainTime.from(incidentTime, { overflow: 'reject' }))
    .add({ hours: REPORT_HOURS });
}

/** "4 Mei 2022 pukul 09:30" ("4 May 2022 at 09:30") when the deadline runs by the hour, else "4 Mei 2022". */
export function formatDue(d: Pick<Deadline, 'due' | 'dueAt'>): string {
  if (!d.dueAt) return formatDay(d.due);
  return `${formatDay(d.due)} ${tr('pukul', 'at')} ${Temporal.PlainDateTime.from(d.dueAt).toPlainTime().toString({ smallestUnit: 'minute' })}`;
}

/** The late-payment penalty owed by BPJS (JKK): 1% of the benefit per day late, rounded down once. */
export function latePaymentPenalty(benefitDue: number, due: string, paidOrToday: string): LatePenalty | null {
  const daysLate = daysBetween(due, paidOrToday);
  if (daysLate <= 0 || benefitDue <= 0) return null;
  const amount = multiplyFraction(benefitDue, JKK_LATE_PAYMENT_PERCENT_PER_DAY * daysLate, 100, 'down');
  return {
    daysLate,
    amount,
    formula:
      `${JKK_LATE_PAYMENT_PERCENT_PER_DAY}% × ${formatRupiah(benefitDue)} × ` +
      tr(
        `${daysLate} hari = ${formatRupiah(amount)} (dibulatkan ke bawah ke rupiah penuh)`,
        `${daysLate} days = ${formatRupiah(amount)} (rounded down to the whole rupiah)`,
      ),
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
      label: tr('Laporan tahap I (2 × 24 jam sejak kecelakaan atau diagnosis)', 'Stage I report (2 × 24 hours from the accident or diagnosis)'),
      due: stage1Due,
      dueAt,
      doneOn: c.stage1ReportedOn,
      status: s1,
      consequence:
        s1 === 'late' || s1 === 'missed'
          ? tr(
              'Manfaat menjadi tanggungan pemberi kerja lebih dahulu, lalu dimintakan penggantian ke BPJS setelah melapor (Permenaker 1/2025 Pasal 8 ayat 2a–2c)',
              'The employer pays the benefits first, then asks BPJS to reimburse them after reporting (Permenaker 1/2025 Pasal 8 ayat 2a–2c)',
            )
          : null,
      basis: 'Permenaker 5/2021 Pasal 8 ayat (2) jo. Permenaker 1/2025',
    });
    if (c.stage1ReportedOn) {
      const due = addDays(c.stage1ReportedOn, DECISION_DAYS);
      const decided = c.decidedOn ?? null;
      out.push({
        code: 'decision',
        label: tr(
          'Penetapan kecelakaan kerja oleh BPJS (30 hari sejak laporan tahap I)',
          'BPJS decides whether it is a work accident (30 days from the stage I report)',
        ),
        due,
        dueAt: null,
        doneOn: decided,
        status: judge(due, decided, c.today),
        consequence: null,
        basis: 'PP 49/2023 Pasal 25B',
      });
    }
    if (c.doctorStatementOn) {
      const stage2Due = addDays(c.doctorStatementOn, REPORT_DAYS);
      const s2 = judge(stage2Due, c.stage2ReportedOn, c.today);
      out.push({
        code: 'stage2',
        label: tr(
          'Laporan tahap II = klaim (2 × 24 jam sejak surat keterangan dokter)',
          "Stage II report = the claim (2 × 24 hours from the doctor's statement)",
        ),
        due: stage2Due,
        dueAt: null,
        doneOn: c.stage2ReportedOn,
        status: s2,
        consequence:
          s2 === 'late' || s2 === 'missed'
            ? tr('Laporan tahap II terlambat; segera lengkapi klaim', 'The stage II report is late; complete the claim at once')
            : null,
        basis: 'Permenaker 5/2021 Pasal 19 ayat (1)–(3) jo. Permenaker 1/2025',
      });
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
      label: tr(
        `Pembayaran manfaat oleh BPJS (${days} hari kerja sejak persyaratan lengkap)`,
        `BPJS pays the benefits (${days} working days from complete requirements)`,
      ),
      due,
      dueAt: null,
      doneOn: paidOn,
      status,
      consequence: penalty
        ? tr(
            `BPJS dikenai ganti rugi ${formatRupiah(penalty.amount)} kepada peserta (${penalty.formula})`,
            `BPJS owes the participant compensation of ${formatRupiah(penalty.amount)} (${penalty.formula})`,
          )
        : null,
      basis: jkk ? JKK_PAYMENT_BASIS : jkmPaymentBasis(),
      penalty,
    });
  }
  const expiry = addYears(c.incidentDate, c.claimExpiryYears);
  out.push({
    code: 'expiry',
    label: tr(`Batas hak mengajukan klaim (${c.claimExpiryYears} tahun)`, `Last day to claim (${c.claimExpiryYears} years)`),
    due: expiry,
    dueAt: null,
    doneOn: c.stage2ReportedOn,
    status: judge(expiry, c.stage2ReportedOn, c.today),
    consequence:
      c.today > expiry && !c.stage2ReportedOn ? tr(`Hak klaim hapus sejak ${formatDay(expiry)}`, `The right to claim lapsed on ${formatDay(expiry)}`) : null,
    basis: tr(
      'PP 82/2019 Pasal 26; 29 Februari + n tahun = 28 Februari (lihat addYears di src/core/dates.ts)',
      'PP 82/2019 Pasal 26; 29 February + n years = 28 February (see addYears in src/core/dates.ts)',
    ),
  });
  return out;
}

export interface ChecklistItem {
  code: string;
  label: string;
  required: boolean;
}

/** Each claim document's name, in Bahasa and English. */
const DOCUMENT_LABEL: Record<string, readonly [string, string]> = {
  kartu_peserta: ['Kartu peserta BPJS Ketenagakerjaan', 'BPJS Ketenagakerjaan participant card'],
  ktp: ['KTP peserta', "Participant's identity card (KTP)"],
  laporan_tahap_1: ['Formulir laporan kecelakaan kerja tahap I', 'Stage I work accident report form'],
  surat_dokter: ['Surat keterangan dokter pemeriksa dan/atau dokter penasihat', 'Statement of the examining and/or advising doctor'],
  kuitansi_angkut: ['Kuitansi biaya pengangkutan', 'Receipts for transport costs'],
  kuitansi_pengobatan: [
    'Kuitansi biaya pengobatan/perawatan (bila faskes bukan mitra BPJS)',
    'Receipts for treatment or care (when the health facility is not a BPJS partner)',
  ],
  akta_kematian: ['Akta atau surat keterangan kematian', 'Death certificate or statement of death'],
  kartu_keluarga: ['Kartu Keluarga', 'Family card (Kartu Keluarga)'],
  surat_ahli_waris: ['Surat keterangan ahli waris', 'Statement of heirs'],
  surat_ahli_waris_pejabat: ['Surat keterangan ahli waris dari pejabat berwenang', 'Statement of heirs from the competent official'],
  beasiswa: ['Formulir beasiswa, surat keterangan sekolah, akta kelahiran anak', "Scholarship form, school statement, child's birth certificate"],
  ktp_ahli_waris: ['KTP ahli waris', "Heir's identity card (KTP)"],
  foto_kejadian: ['Foto kejadian (dari laporan lapangan)', 'Photos of the incident (from the field report)'],
  buku_nikah: ['Buku nikah (bila ahli waris suami/istri)', 'Marriage book (when the heir is the spouse)'],
};

/** A checklist line: the document's name in the language of the moment (`labelKey` picks a wording other than the code's). */
function doc(code: string, required: boolean, labelKey = code): ChecklistItem {
  const [id, en] = DOCUMENT_LABEL[labelKey] ?? [code, code];
  return { code, label: tr(id, en), required };
}

/** Documents per claim type (reference §4.2–4.3). */
export function documentChecklist(program: ClaimProgram, outcome: string, hasChildren: boolean): ChecklistItem[] {
  const common: ChecklistItem[] = [doc('kartu_peserta', true), doc('ktp', true)];
  if (program === 'JKK') {
    const list: ChecklistItem[] = [
      ...common,
      doc('laporan_tahap_1', true),
      doc('surat_dokter', true),
      doc('kuitansi_angkut', false),
      doc('kuitansi_pengobatan', false),
      doc('foto_kejadian', false),
    ];
    if (outcome === 'death') list.push(doc('akta_kematian', true), doc('kartu_keluarga', true), doc('surat_ahli_waris', true));
    if (hasChildren) list.push(doc('beasiswa', true));
    return list;
  }
  const list: ChecklistItem[] = [
    ...common,
    doc('akta_kematian', true),
    doc('kartu_keluarga', true),
    doc('ktp_ahli_waris', true),
    doc('surat_ahli_waris', true, 'surat_ahli_waris_pejabat'),
    doc('buku_nikah', false),
  ];
  if (hasChildren) list.push(doc('beasiswa', true));
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
