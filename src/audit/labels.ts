/**
 * What each audit action code means, in Bahasa Indonesia and English. Every code `recordAudit`
 * is called with has a row here (src/audit/labels.test.ts fails otherwise), so people never read a code.
 */
export interface Label {
  id: string;
  en: string;
}

export const ACTION_LABELS: Record<string, Label> = {
  'agreement.create': { id: 'Perjanjian kerja sama dicatat', en: 'Cooperation agreement recorded' },
  'agreement.update': { id: 'Perjanjian kerja sama diubah', en: 'Cooperation agreement edited' },
  'agreement.terminate': { id: 'Perjanjian kerja sama diakhiri', en: 'Cooperation agreement terminated' },
  'agreement.adendum': { id: 'Adendum perjanjian dicatat', en: 'Agreement addendum recorded' },
  'agreement.amandemen': { id: 'Amandemen perjanjian dicatat', en: 'Agreement amendment recorded' },
  'agreement.renew': { id: 'Perpanjangan perjanjian dibuat', en: 'Agreement renewal created' },
  'agreement.carry_over': { id: 'Peserta dialihkan ke perjanjian perpanjangan', en: 'Participants carried over to the renewal' },
  'holiday.add': { id: 'Hari libur ditambahkan', en: 'Holiday added' },
  'holiday.remove': { id: 'Hari libur dihapus', en: 'Holiday removed' },
  'holiday.import': { id: 'Kalender hari libur diimpor', en: 'Holiday calendar imported' },
  'work_unit.create': { id: 'Unit kerja ditambahkan', en: 'Work unit added' },
  'work_unit.update': { id: 'Unit kerja diubah', en: 'Work unit edited' },
  'work_unit.close': { id: 'Unit kerja ditutup', en: 'Work unit closed' },
  'work_unit.import': { id: 'Unit kerja diimpor dari berkas', en: 'Work units imported from a file' },
  'institution.create': { id: 'Instansi ditambahkan', en: 'Institution added' },
  'institution.update': { id: 'Instansi diubah', en: 'Institution edited' },
  'user.create': { id: 'Pengguna diundang', en: 'User invited' },
  'user.update': { id: 'Pengguna diubah', en: 'User edited' },
  'user.deactivate': { id: 'Pengguna dinonaktifkan', en: 'User deactivated' },
  'user.reactivate': { id: 'Pengguna diaktifkan kembali', en: 'User reactivated' },
  'user.reset_password': { id: 'Kata sandi pengguna disetel ulang', en: 'User password reset' },
  'user.set_password': { id: 'Kata sandi pengguna disetel administrator', en: 'User password set by an administrator' },
  'user.change_password': { id: 'Pengguna mengganti kata sandinya', en: 'User changed own password' },
  'api_token.create': { id: 'Token API dibuat', en: 'API token created' },
  'api_token.revoke': { id: 'Token API dicabut', en: 'API token revoked' },
  'employee.create': { id: 'Pegawai ditambahkan', en: 'Employee added' },
  'employee.create_nik_override': { id: 'Pegawai ditambahkan dengan NIK dikecualikan', en: 'Employee added with a NIK override' },
  'employee.updated': { id: 'Data pegawai diubah', en: 'Employee details edited' },
  'employee.moved': { id: 'Pegawai dipindahkan ke unit lain', en: 'Employee moved to another unit' },
  'employee.position_changed': { id: 'Jabatan pegawai diubah', en: 'Employee position changed' },
  'employee.end': { id: 'Pegawai berhenti', en: 'Employment ended' },
  'employee.reactivate': { id: 'Pegawai diaktifkan kembali', en: 'Employee reactivated' },
  'roster.import': { id: 'Daftar pegawai diimpor', en: 'Roster imported' },
  'enrolment.batch_create': { id: 'Berkas pendaftaran dibuat', en: 'Enrolment batch created' },
  'enrolment.batch_remove': { id: 'Pegawai dikeluarkan dari berkas pendaftaran', en: 'Employee removed from an enrolment batch' },
  'enrolment.batch_submit': { id: 'Berkas pendaftaran dikirim ke BPJS', en: 'Enrolment batch submitted to BPJS' },
  'enrolment.accept': { id: 'Pendaftaran peserta diterima', en: 'Enrolment accepted' },
  'enrolment.reject': { id: 'Pendaftaran peserta ditolak', en: 'Enrolment rejected' },
  'enrolment.deactivate': { id: 'Kepesertaan dinonaktifkan', en: 'Participation deactivated' },
  'enrolment.reactivate': { id: 'Kepesertaan diaktifkan kembali', en: 'Participation reactivated' },
  'enrolment.import_numbers': { id: 'Nomor peserta (KPJ) diimpor', en: 'Participant numbers (KPJ) imported' },
  'card.reissue': { id: 'Kartu peserta diterbitkan ulang', en: 'Participant card reissued' },
  'bill.create': { id: 'Tagihan iuran dibuat', en: 'Contribution bill issued' },
  'bill.credit': { id: 'Kredit tagihan dicatat', en: 'Bill credit recorded' },
  'payment.record': { id: 'Pembayaran iuran dicatat', en: 'Contribution payment recorded' },
  'payment.import': { id: 'Mutasi bank diimpor', en: 'Bank statement imported' },
  'claim.file': { id: 'Klaim diajukan', en: 'Claim filed' },
  'claim.document': { id: 'Dokumen klaim diunggah', en: 'Claim document uploaded' },
  'field_report.file': { id: 'Laporan kecelakaan dari lapangan dikirim', en: 'Accident report sent from the field' },
  'claim.verified': { id: 'Klaim diverifikasi', en: 'Claim verified' },
  'claim.approved': { id: 'Klaim disetujui', en: 'Claim approved' },
  'claim.rejected': { id: 'Klaim ditolak', en: 'Claim rejected' },
  'claim.paid': { id: 'Klaim dibayar', en: 'Claim paid' },
  'claim.payment': { id: 'Pembayaran klaim dicatat', en: 'Claim payment recorded' },
  'activity.create': { id: 'Kegiatan sosialisasi dicatat', en: 'Outreach activity recorded' },
  'forum.meeting': { id: 'Rapat forum koordinasi dicatat', en: 'Coordination forum meeting recorded' },
  'forum.follow_up_done': { id: 'Tindak lanjut forum diselesaikan', en: 'Forum follow-up completed' },
  'force_majeure.create': { id: 'Keadaan kahar dicatat', en: 'Force majeure event recorded' },
  'force_majeure.notice': { id: 'Pemberitahuan keadaan kahar dicatat', en: 'Force majeure notice recorded' },
  'force_majeure.resolve': { id: 'Keadaan kahar berakhir', en: 'Force majeure event ended' },
  'dispute.open': { id: 'Perselisihan dicatat', en: 'Dispute opened' },
  'dispute.advance': { id: 'Perselisihan ke tahap berikutnya', en: 'Dispute moved to its next stage' },
};

export const ENTITY_LABELS: Record<string, Label> = {
  agreement: { id: 'Perjanjian', en: 'Agreement' },
  work_unit: { id: 'Unit kerja', en: 'Work unit' },
  institution: { id: 'Instansi', en: 'Institution' },
  user: { id: 'Pengguna', en: 'User' },
  api_token: { id: 'Token API', en: 'API token' },
  employee: { id: 'Pegawai', en: 'Employee' },
  roster_import: { id: 'Impor pegawai', en: 'Roster import' },
  enrolment_batch: { id: 'Berkas pendaftaran', en: 'Enrolment batch' },
  participant: { id: 'Peserta', en: 'Participant' },
  bill: { id: 'Tagihan', en: 'Bill' },
  payment: { id: 'Pembayaran', en: 'Payment' },
  claim: { id: 'Klaim', en: 'Claim' },
  activity: { id: 'Kegiatan', en: 'Activity' },
  forum_meeting: { id: 'Rapat forum', en: 'Forum meeting' },
  follow_up: { id: 'Tindak lanjut', en: 'Follow-up' },
  force_majeure: { id: 'Keadaan kahar', en: 'Force majeure' },
  dispute: { id: 'Perselisihan', en: 'Dispute' },
  holiday: { id: 'Hari libur', en: 'Holiday' },
};

/** The label of a code; an unknown code (never expected: the test forbids it) reads as a neutral sentence. */
export function actionLabel(code: string): Label {
  return ACTION_LABELS[code] ?? { id: 'Perubahan data', en: 'Data change' };
}

export function entityLabel(type: string): Label {
  return ENTITY_LABELS[type] ?? { id: 'Data', en: 'Record' };
}
