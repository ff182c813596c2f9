/**
 * Who may do what. Each feature names its actions here as a table, so the rule for a role is
 * read in one place and tested as a table. Which rows an actor may touch (its institution's
 * agreements, an OPD operator's own unit) is decided once, in src/core/scope.ts, on top of this.
 *
 * `system_admin` runs the installation (institutions, first users, unit trees, the holiday calendar)
 * and reads agreements' header data (parties, numbers, dates, terms, addenda) for support; it holds no
 * action on participants' personal data (roster, enrolment, cards, bills and their lines, payments,
 * claims, registers), and its audit view is limited to administrative entries (src/audit/service.ts).
 */
import { forbidden } from './errors.ts';
import type { Actor, Role } from './actor.ts';

export type Action =
  | 'agreements:read'
  | 'agreements:write'
  | 'audit:read'
  | 'selfcheck:log'
  | 'roster:read'
  | 'roster:write'
  | 'roster:override_nik'
  | 'units:write'
  | 'enrolment:read'
  | 'enrolment:prepare'
  | 'enrolment:process'
  | 'enrolment:reconcile'
  | 'cards:print'
  | 'contributions:read'
  | 'contributions:bill'
  | 'contributions:pay'
  | 'monitoring:read'
  | 'monitoring:write'
  | 'claims:read'
  | 'claims:file'
  | 'claims:process'
  | 'users:manage'
  | 'institutions:manage'
  | 'holidays:read'
  | 'holidays:write';

const ALLOWED: Record<Action, readonly Role[]> = {
  'agreements:read': ['system_admin', 'admin', 'opd_operator', 'bpjs_officer', 'viewer'],
  'agreements:write': ['admin'],
  'audit:read': ['system_admin', 'admin'],
  'selfcheck:log': ['system_admin', 'admin'],
  'roster:read': ['admin', 'opd_operator', 'bpjs_officer', 'viewer'],
  'roster:write': ['admin', 'opd_operator'],
  'roster:override_nik': ['admin'],
  'units:write': ['system_admin', 'admin'],
  'enrolment:read': ['admin', 'opd_operator', 'bpjs_officer', 'viewer'],
  'enrolment:prepare': ['admin', 'opd_operator'],
  // The branch registers; the regency's admin may record results the branch sent it.
  'enrolment:process': ['bpjs_officer', 'admin'],
  'enrolment:reconcile': ['bpjs_officer', 'admin'],
  'cards:print': ['admin', 'opd_operator', 'bpjs_officer'],
  'contributions:read': ['admin', 'opd_operator', 'bpjs_officer', 'viewer'],
  // Bills are issued by the branch to the regency; the regency's admin may issue them too from the agreed terms.
  'contributions:bill': ['admin', 'bpjs_officer'],
  'contributions:pay': ['admin'],
  'monitoring:read': ['admin', 'opd_operator', 'bpjs_officer', 'viewer'],
  // Both parties keep the registers (Pasal 3: monitoring and evaluation together or alone).
  'monitoring:write': ['admin', 'bpjs_officer'],
  'claims:read': ['admin', 'opd_operator', 'bpjs_officer', 'viewer'],
  'claims:file': ['admin', 'opd_operator'],
  // Verification, approval and payment are the branch's (PKS Pasal 3 ayat 1 huruf b).
  'claims:process': ['bpjs_officer'],
  // The system administrator manages every institution's users; an admin those of its own institution.
  'users:manage': ['system_admin', 'admin'],
  'institutions:manage': ['system_admin'],
  'holidays:read': ['system_admin', 'admin', 'opd_operator', 'bpjs_officer', 'viewer'],
  // The system administrator keeps the national holiday calendar (it is the installation's, not a regency's).
  'holidays:write': ['system_admin'],
};

/** Installation-wide actions the CLI's local administrator may take as well (it holds the database file). */
const INSTALLATION_ACTIONS: ReadonlySet<Action> = new Set<Action>(['institutions:manage', 'holidays:write', 'users:manage', 'units:write']);

/** Whether a signed-in user of this role may take the action (the web shows its buttons from this too). */
export function roleMay(role: Role, action: Action): boolean {
  return ALLOWED[action].includes(role);
}

export function can(actor: Actor, action: Action): boolean {
  if (actor.local && INSTALLATION_ACTIONS.has(action)) return true;
  return roleMay(actor.role, action);
}

type Words = { id: string; en: string };

/** The roles as people call them (the web's catalogue says the same). */
export const ROLE_WORDS: Record<Role, Words> = {
  system_admin: { id: 'Administrator sistem', en: 'The system administrator' },
  admin: { id: 'Administrator', en: 'An administrator' },
  opd_operator: { id: 'Operator OPD', en: 'A work-unit operator' },
  bpjs_officer: { id: 'Petugas BPJS', en: 'A BPJS officer' },
  viewer: { id: 'Pengawas (baca saja)', en: 'A supervisor (read only)' },
};

/** What each action does, in words, for the refusal message. */
export const ACTION_WORDS: Record<Action, Words> = {
  'agreements:read': { id: 'membaca perjanjian', en: 'read agreements' },
  'agreements:write': { id: 'mengubah perjanjian', en: 'change agreements' },
  'audit:read': { id: 'membaca jejak audit', en: 'read the audit trail' },
  'selfcheck:log': { id: 'membaca log Cek perlindungan', en: 'read the protection check log' },
  'roster:read': { id: 'membaca daftar pegawai', en: 'read the employee list' },
  'roster:write': { id: 'mengubah daftar pegawai', en: 'change the employee list' },
  'roster:override_nik': { id: 'menyimpan NIK yang tidak lolos pemeriksaan', en: 'save a NIK that failed the check' },
  'units:write': { id: 'mengubah unit kerja', en: 'change work units' },
  'enrolment:read': { id: 'membaca kepesertaan', en: 'read participation' },
  'enrolment:prepare': { id: 'menyiapkan pengajuan peserta', en: 'prepare registration batches' },
  'enrolment:process': { id: 'memproses pendaftaran peserta', en: 'process registrations' },
  'enrolment:reconcile': { id: 'mencocokkan daftar peserta BPJS', en: "reconcile BPJS's participant list" },
  'cards:print': { id: 'mencetak kartu peserta', en: 'print participant cards' },
  'contributions:read': { id: 'membaca tagihan iuran', en: 'read contribution bills' },
  'contributions:bill': { id: 'membuat tagihan iuran', en: 'issue contribution bills' },
  'contributions:pay': { id: 'mencatat pembayaran iuran', en: 'record contribution payments' },
  'monitoring:read': { id: 'membaca monitoring', en: 'read monitoring' },
  'monitoring:write': { id: 'mengisi register monitoring', en: 'write monitoring registers' },
  'claims:read': { id: 'membaca klaim', en: 'read claims' },
  'claims:file': { id: 'mengajukan klaim atau dokumennya', en: 'file claims or their documents' },
  'claims:process': { id: 'memverifikasi, menyetujui, menolak atau membayar klaim', en: 'verify, approve, reject or pay claims' },
  'users:manage': { id: 'mengelola pengguna', en: 'manage users' },
  'institutions:manage': { id: 'mengelola instansi', en: 'manage institutions' },
  'holidays:read': { id: 'membaca kalender libur', en: 'read the holiday calendar' },
  'holidays:write': { id: 'mengubah kalender libur', en: 'change the holiday calendar' },
};

/** "Pengawas (baca saja) tidak berwenang mencetak kartu peserta": the role and the action in words, never their codes. */
export function refusal(role: Role, action: Action): string {
  return `${ROLE_WORDS[role].id} tidak berwenang ${ACTION_WORDS[action].id}`;
}

export function authorize(actor: Actor, action: Action): void {
  if (!can(actor, action)) throw forbidden(refusal(actor.role, action));
}
