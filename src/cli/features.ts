/**
 * The CLI's features: each one's top-level commands (name → description, what `lindung --help`
 * shows) and how to load the module that registers them. src/cli.ts imports a feature only when
 * one of its commands runs; features.test.ts checks this table against the real registrations.
 */
import type { Command } from '@commander-js/extra-typings';

type Register = (program: Command) => void;

export interface CliFeature {
  /** Top-level commands the feature registers, with their descriptions (shown by `--help`). */
  commands: Record<string, string>;
  load: () => Promise<Register>;
}

export const CLI_FEATURES: CliFeature[] = [
  { commands: { agreement: 'Perjanjian kerjasama (PKS) / agreements' }, load: async () => (await import('../agreements/cli.ts')).registerAgreementCommands },
  { commands: { user: 'Pengguna / users' }, load: async () => (await import('../auth/cli.ts')).registerUserCommands },
  {
    commands: { nik: 'NIK (Nomor Induk Kependudukan)', unit: 'Unit kerja (OPD) / work units', roster: 'Daftar pegawai non-ASN / roster' },
    load: async () => (await import('../roster/cli.ts')).registerRosterCommands,
  },
  {
    commands: { enrolment: 'Kepesertaan JKK + JKM / enrolment (Pasal 3)', card: 'Kartu peserta / participant cards' },
    load: async () => (await import('../enrolment/cli.ts')).registerEnrolmentCommands,
  },
  {
    commands: {
      contribution: 'Iuran / contributions (Pasal 4)',
      bill: 'Tagihan iuran / bills',
      payment: 'Pembayaran iuran / payments',
      protection: 'Perlindungan / protection',
    },
    load: async () => (await import('../contributions/cli.ts')).registerContributionCommands,
  },
  {
    commands: { report: 'Laporan / reports', reminders: 'Pengingat yang jatuh tempo (perjanjian berakhir, tagihan, force majeure, tindak lanjut forum)' },
    load: async () => (await import('../monitoring/cli.ts')).registerMonitoringCommands,
  },
  { commands: { benefit: 'Manfaat JKK/JKM / benefits (Pasal 7)' }, load: async () => (await import('../benefits/cli.ts')).registerBenefitCommands },
  { commands: { claim: 'Klaim JKK/JKM / claims (Pasal 5–7)' }, load: async () => (await import('../claims/cli.ts')).registerClaimCommands },
  {
    commands: { holiday: 'Hari libur nasional dan cuti bersama / holiday calendar' },
    load: async () => (await import('../holidays/cli.ts')).registerHolidayCommands,
  },
  {
    commands: { 'self-check': 'Cek perlindungan saya (publik): log pengecekan dan kontak yang ditampilkan / self-check' },
    load: async () => (await import('../self-check/cli.ts')).registerSelfCheckCommands,
  },
];
