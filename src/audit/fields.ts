/**
 * The fields of an audit entry's before/after in words (Bahasa/English), so the audit page shows
 * "Nama lengkap" and not `fullName`. A field path ("followUps[2].dueOn", "terms.benefits.funeral.value")
 * is read segment by segment: each key from the table below, a list position as its number, the
 * agreement's terms by the terms catalogue (src/agreements/terms-fields.ts). A key missing from the
 * table is shown as it is (src/audit/fields.test.ts keeps the table complete for what Lindung records).
 */
import { TERMS_FIELDS } from '../agreements/index.ts';
import type { Label } from './labels.ts';

const w = (id: string, en: string): Label => ({ id, en });

export const FIELD_WORDS: Record<string, Label> = {
  // People and accounts
  username: w('Nama pengguna', 'Username'),
  fullName: w('Nama lengkap', 'Full name'),
  role: w('Peran', 'Role'),
  status: w('Status', 'Status'),
  workUnitId: w('Unit kerja (ID)', 'Work unit (ID)'),
  institutionId: w('Instansi (ID)', 'Institution (ID)'),
  institution: w('Instansi', 'Institution'),
  unit: w('Unit kerja', 'Work unit'),
  name: w('Nama', 'Name'),
  code: w('Kode', 'Code'),
  parentId: w('Unit induk (ID)', 'Parent unit (ID)'),
  closedOn: w('Ditutup sejak', 'Closed from'),
  kind: w('Jenis', 'Kind'),
  level: w('Tingkat', 'Level'),
  address: w('Alamat', 'Address'),
  phone: w('Telepon', 'Phone'),
  // Employees
  nik: w('NIK', 'NIK'),
  sex: w('Jenis kelamin', 'Sex'),
  birthPlace: w('Tempat lahir', 'Place of birth'),
  birthDate: w('Tanggal lahir', 'Date of birth'),
  position: w('Jabatan', 'Position'),
  employmentType: w('Jenis kepegawaian', 'Employment type'),
  startDate: w('Mulai bekerja', 'Start date'),
  endDate: w('Berhenti bekerja', 'End date'),
  endReason: w('Alasan berhenti', 'Reason for leaving'),
  nikOverrideReason: w('Alasan NIK disimpan walau tidak lolos pemeriksaan', 'Reason the NIK was kept despite the check'),
  effectiveOn: w('Berlaku sejak', 'Effective from'),
  updatedAt: w('Diubah pada', 'Changed at'),
  // Agreements
  title: w('Judul', 'Title'),
  numberPartyOne: w('Nomor PIHAK PERTAMA', 'Number of party one'),
  numberPartyTwo: w('Nomor PIHAK KEDUA', 'Number of party two'),
  signedOn: w('Tanggal tanda tangan', 'Signed on'),
  startsOn: w('Mulai berlaku', 'Starts on'),
  place: w('Tempat', 'Place'),
  durationMonths: w('Jangka waktu (bulan)', 'Duration (months)'),
  partyOne: w('PIHAK PERTAMA', 'Party one'),
  partyTwo: w('PIHAK KEDUA', 'Party two'),
  signatory: w('Penanda tangan', 'Signatory'),
  purpose: w('Maksud', 'Purpose'),
  scope: w('Ruang lingkup', 'Scope'),
  legalBases: w('Dasar hukum', 'Legal bases'),
  terms: w('Ketentuan', 'Terms'),
  termsChanges: w('Perubahan ketentuan', 'Changes to the terms'),
  path: w('Ketentuan', 'Term'),
  value: w('Nilai', 'Value'),
  basis: w('Dasar', 'Basis'),
  effectiveFrom: w('Berlaku sejak', 'Effective from'),
  summary: w('Ringkasan', 'Summary'),
  amendmentId: w('Adendum (ID)', 'Amendment (ID)'),
  documentFileId: w('Berkas dokumen (ID)', 'Document file (ID)'),
  terminatedOn: w('Diakhiri pada', 'Terminated on'),
  terminationReason: w('Alasan pengakhiran', 'Reason for termination'),
  predecessorId: w('Perjanjian sebelumnya (ID)', 'Previous agreement (ID)'),
  warnings: w('Peringatan', 'Warnings'),
  // Enrolment
  agreementId: w('Perjanjian (ID)', 'Agreement (ID)'),
  employeeId: w('Pegawai (ID)', 'Employee (ID)'),
  employeeIds: w('Pegawai (ID)', 'Employees (ID)'),
  participantId: w('Peserta (ID)', 'Participant (ID)'),
  participants: w('Peserta', 'Participants'),
  kpj: w('Nomor peserta (KPJ)', 'Participant number (KPJ)'),
  registeredOn: w('Terdaftar sejak', 'Registered from'),
  deactivatedOn: w('Nonaktif sejak', 'Deactivated from'),
  from: w('Sejak', 'From'),
  reason: w('Alasan', 'Reason'),
  note: w('Catatan', 'Note'),
  file: w('Berkas', 'File'),
  rows: w('Baris', 'Rows'),
  assigned: w('Nomor diberikan', 'Numbers assigned'),
  // Roster imports and files
  counts: w('Jumlah', 'Counts'),
  new: w('Baru', 'New'),
  changed: w('Berubah', 'Changed'),
  unchanged: w('Tetap', 'Unchanged'),
  errors: w('Salah', 'Errors'),
  created: w('Ditambahkan', 'Created'),
  updated: w('Diperbarui', 'Updated'),
  fileId: w('Berkas (ID)', 'File (ID)'),
  fileIds: w('Berkas (ID)', 'Files (ID)'),
  // Contributions
  period: w('Bulan', 'Month'),
  issueDate: w('Tanggal tagihan', 'Issue date'),
  mode: w('Jenis tagihan', 'Bill type'),
  supplementary: w('Tagihan susulan', 'Supplementary bill'),
  number: w('Nomor', 'Number'),
  charges: w('Iuran', 'Charges'),
  creditsApplied: w('Kredit diperhitungkan', 'Credits applied'),
  corrects: w('Mengoreksi tagihan', 'Corrects bill'),
  lines: w('Baris tagihan', 'Bill lines'),
  total: w('Jumlah', 'Total'),
  billId: w('Tagihan (ID)', 'Bill (ID)'),
  paymentId: w('Pembayaran (ID)', 'Payment (ID)'),
  receiptNumber: w('Nomor tanda terima', 'Receipt number'),
  amount: w('Jumlah', 'Amount'),
  paidOn: w('Tanggal bayar', 'Paid on'),
  bankReference: w('Referensi bank', 'Bank reference'),
  method: w('Cara bayar', 'Payment method'),
  budgetLine: w('Mata anggaran', 'Budget line'),
  evidenceFileId: w('Bukti bayar (ID)', 'Proof of payment (ID)'),
  recorded: w('Dicatat', 'Recorded'),
  duplicates: w('Sudah tercatat', 'Already recorded'),
  // Claims and field reports
  program: w('Program', 'Programme'),
  outcome: w('Akibat', 'Outcome'),
  incidentDate: w('Tanggal kejadian', 'Incident date'),
  incidentTime: w('Jam kejadian', 'Incident time'),
  chronology: w('Kronologi', 'Chronology'),
  reporter: w('Pelapor', 'Reporter'),
  stage1ReportedOn: w('Laporan tahap I', 'Stage I report'),
  stage2ReportedOn: w('Laporan tahap II', 'Stage II report'),
  doctorStatementOn: w('Surat keterangan dokter', "Doctor's statement"),
  benefit: w('Manfaat', 'Benefit'),
  medicalCost: w('Biaya pengobatan', 'Medical cost'),
  transport: w('Biaya angkut', 'Transport'),
  cost: w('Biaya', 'Cost'),
  incapacityDays: w('Hari tidak mampu bekerja', 'Days unable to work'),
  decided_on: w('Diputuskan pada', 'Decided on'),
  documents_complete_on: w('Dokumen lengkap pada', 'Documents complete on'),
  approved_total: w('Jumlah disetujui', 'Approved total'),
  adjustments_json: w('Penyesuaian', 'Adjustments'),
  quote_json: w('Rincian manfaat', 'Itemised benefits'),
  rejection_reason: w('Alasan penolakan', 'Reason for rejection'),
  reference: w('Referensi', 'Reference'),
  clientId: w('Kode laporan ponsel', "Phone's report id"),
  photos: w('Foto', 'Photos'),
  notified: w('Diberi tahu', 'Notified'),
  savedAt: w('Disimpan di ponsel', 'Saved on the phone'),
  // Registers
  heldOn: w('Tanggal', 'Held on'),
  attendees: w('Peserta hadir', 'Attendees'),
  audienceUnitIds: w('Unit sasaran (ID)', 'Audience units (ID)'),
  speakers: w('Narasumber', 'Speakers'),
  agenda: w('Agenda', 'Agenda'),
  minutes: w('Notulen', 'Minutes'),
  decisions: w('Keputusan', 'Decisions'),
  followUps: w('Tindak lanjut', 'Follow-ups'),
  action: w('Tindakan', 'Action'),
  owner: w('Penanggung jawab', 'Owner'),
  dueOn: w('Batas waktu', 'Due on'),
  doneOn: w('Selesai pada', 'Done on'),
  affectedParty: w('Pihak terdampak', 'Affected party'),
  affectedObligations: w('Kewajiban terdampak', 'Affected obligations'),
  eventDate: w('Tanggal kejadian', 'Event date'),
  description: w('Uraian', 'Description'),
  noticeDate: w('Tanggal pemberitahuan', 'Notice date'),
  resolvedOn: w('Selesai pada', 'Resolved on'),
  resolution: w('Penyelesaian', 'Resolution'),
  openedOn: w('Dibuka pada', 'Opened on'),
  subject: w('Pokok perselisihan', 'Subject'),
  raisedBy: w('Diajukan oleh', 'Raised by'),
  stage: w('Tahap', 'Stage'),
  on: w('Tanggal', 'Date'),
  // Holidays
  date: w('Tanggal', 'Date'),
  decree: w('SKB', 'Decree'),
  cutiBersama: w('Cuti bersama', 'Collective leave'),
  unconfirmed: w('Belum pasti', 'Unconfirmed'),
  years: w('Tahun', 'Years'),
  added: w('Ditambahkan', 'Added'),
};

/** "terms.benefits.funeral" → the terms field whose path the rest starts with, and what is left. */
function termsField(segments: string[]): { label: Label; rest: string[] } | null {
  const path = segments.join('.');
  const field = [...TERMS_FIELDS].sort((a, b) => b.path.length - a.path.length).find((f) => path === f.path || path.startsWith(`${f.path}.`));
  return field ? { label: field.label, rest: field.path === path ? [] : path.slice(field.path.length + 1).split('.') } : null;
}

/** One segment ("followUps[2]") in words, or null when its key is not in the table. */
function segmentWords(segment: string): Label | null {
  const m = /^(.*?)((?:\[\d+\])*)$/.exec(segment)!;
  const key = m[1]!;
  const positions = (m[2] ?? '').match(/\d+/g) ?? [];
  const words = key === '' ? w('', '') : FIELD_WORDS[key];
  if (!words) return null;
  const tail = positions.length ? ` ${positions.join('.')}` : '';
  return { id: `${words.id}${tail}`.trim(), en: `${words.en}${tail}`.trim() };
}

/** A field path in words; null when some part of it is not in the catalogue. */
export function fieldWords(path: string): Label | null {
  const segments = path.split('.');
  const parts: Label[] = [];
  for (let i = 0; i < segments.length; i++) {
    if (segments[i] === 'terms' && i + 1 < segments.length) {
      const found = termsField(segments.slice(i + 1));
      if (found) {
        parts.push(FIELD_WORDS.terms!, found.label);
        // Inside a term: value/basis/note in words; the structure of a composite value (its own keys) as written in the terms.
        for (const s of found.rest) parts.push(segmentWords(s) ?? { id: s, en: s });
        break;
      }
    }
    const words = segmentWords(segments[i]!);
    if (!words) return null;
    parts.push(words);
  }
  return { id: parts.map((p) => p.id).join(' › '), en: parts.map((p) => p.en).join(' › ') };
}

/** A field path in words, or the path itself when the catalogue does not know it. */
export function fieldLabel(path: string): Label {
  return fieldWords(path) ?? { id: path, en: path };
}
