/**
 * The catalogue of every cited value in the terms: its path, its label for people and the kind
 * of value. It powers the terms table in the page, the history of changes between versions
 * and the changes an addendum makes ({ path, value, basis }).
 */
import { AppError } from '../core/errors.ts';
import { formatPercent, formatRupiah, parsePercent, type Rate } from '../core/money.ts';
import { termsSchema, type PaymentDestination, type Terms } from './terms.ts';

/** `rupiah_cap`: a cap in rupiah, or null for no cap. */
export type FieldKind = 'rupiah' | 'rupiah_cap' | 'rate' | 'percent' | 'integer' | 'boolean' | 'rounding' | 'payment_modes' | 'payment_destination' | 'json';

export interface TermsField {
  path: string;
  kind: FieldKind;
  label: { id: string; en: string };
}

const f = (path: string, kind: FieldKind, id: string, en: string): TermsField => ({ path, kind, label: { id, en } });

export const TERMS_FIELDS: readonly TermsField[] = [
  f('contribution.reportedWage', 'rupiah', 'Upah pelaporan', 'Reported wage'),
  f('contribution.jkkRate', 'rate', 'Tarif iuran JKK', 'JKK contribution rate'),
  f('contribution.jkmRate', 'rate', 'Tarif iuran JKM', 'JKM contribution rate'),
  f('contribution.rounding', 'rounding', 'Pembulatan iuran', 'Contribution rounding'),
  f('contribution.paymentModes', 'payment_modes', 'Cara pembayaran', 'Payment modes'),
  f('contribution.dueDayOfFollowingMonth', 'integer', 'Jatuh tempo (tanggal bulan berikutnya)', 'Due day of following month'),
  f('contribution.latePaymentFine', 'json', 'Denda keterlambatan', 'Late-payment fine'),
  f(
    'contribution.paymentDestination',
    'payment_destination',
    'Tujuan pembayaran iuran (rekening/virtual account)',
    'Payment destination (account/virtual account)',
  ),
  f('benefits.medicalCareCap', 'rupiah_cap', 'Pelayanan kesehatan sesuai kebutuhan medis (maks.)', 'Medical care as medically needed (cap)'),
  f('benefits.transportCap.land', 'rupiah', 'Biaya angkut darat/sungai/danau (maks.)', 'Land/river/lake transport (cap)'),
  f('benefits.transportCap.sea', 'rupiah', 'Biaya angkut laut (maks.)', 'Sea transport (cap)'),
  f('benefits.transportCap.air', 'rupiah', 'Biaya angkut udara (maks.)', 'Air transport (cap)'),
  f('benefits.stmbTiers', 'json', 'Santunan Sementara Tidak Mampu Bekerja (STMB)', 'Temporary incapacity benefit (STMB)'),
  f('benefits.disabilityWageMultiplier', 'integer', 'Pengali upah santunan cacat/kematian', 'Wage multiplier for disability/death'),
  f('benefits.totalPermanentPercent', 'percent', 'Cacat total tetap (% × pengali × upah)', 'Total permanent disability (%)'),
  f('benefits.workDeathPercent', 'percent', 'Kematian akibat kecelakaan kerja (% × pengali × upah)', 'Death from work accident (%)'),
  f('benefits.workDeathFloorIsJkmLumpSum', 'boolean', 'Santunan kematian JKK paling sedikit santunan JKM', 'JKK death floor = JKM lump sum'),
  f('benefits.funeral', 'rupiah', 'Biaya pemakaman (JKK)', 'Funeral (JKK)'),
  f('benefits.periodicLumpSum', 'rupiah', 'Santunan berkala dibayar sekaligus (JKK)', 'Periodic benefit paid at once (JKK)'),
  f('benefits.orthosisSurchargePercent', 'percent', 'Tambahan harga alat bantu/alat ganti', 'Orthosis/prosthesis surcharge'),
  f('benefits.denturesCap', 'rupiah', 'Gigi tiruan (maks.)', 'Dentures (cap)'),
  f('benefits.glassesCap', 'rupiah', 'Kacamata (maks.)', 'Glasses (cap)'),
  f('benefits.hearingAidCap', 'rupiah', 'Alat bantu dengar (maks.)', 'Hearing aid (cap)'),
  f('benefits.homeCareCap', 'rupiah', 'Perawatan di rumah (maks.)', 'Home care (cap)'),
  f('benefits.homeCareMaxMonths', 'integer', 'Perawatan di rumah (maks. bulan)', 'Home care (max months)'),
  f('benefits.scholarship', 'json', 'Beasiswa pendidikan anak', "Children's scholarship"),
  f('benefits.jkmScholarship', 'boolean', 'Beasiswa JKM (masa iur paling singkat 3 tahun)', 'JKM scholarship (at least 3 years of contributions)'),
  f('benefits.schoolEntryAge', 'integer', 'Usia masuk sekolah (TK) untuk anak belum sekolah', 'School entry age (TK) for children not yet in school'),
  f('benefits.jkmDeathLumpSum', 'rupiah', 'Santunan kematian JKM', 'JKM death lump sum'),
  f('benefits.jkmFuneral', 'rupiah', 'Biaya pemakaman JKM', 'JKM funeral'),
  f('benefits.jkmPeriodicLumpSum', 'rupiah', 'Santunan berkala JKM', 'JKM periodic benefit'),
  f('benefits.claimExpiryYears', 'integer', 'Kedaluwarsa klaim JKK (tahun)', 'JKK claim expiry (years)'),
];

export interface Cited {
  value: unknown;
  basis: string;
  note?: string;
}

export function fieldByPath(path: string): TermsField {
  const field = TERMS_FIELDS.find((x) => x.path === path);
  if (!field) throw new AppError('validation_failed', `Ketentuan "${path}" tidak dikenal`, { path });
  return field;
}

export function getCited(terms: Terms, path: string): Cited {
  let node: unknown = terms;
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
  return node as Cited;
}

/** A value as people read it: "Rp 1.765.000", "tanpa batas", "0,24%", "70%", "Ya". */
export function formatTermValue(field: TermsField, value: unknown): string {
  switch (field.kind) {
    case 'rupiah':
      return formatRupiah(value as number);
    case 'rupiah_cap':
      return value === null || value === undefined ? 'tanpa batas' : formatRupiah(value as number);
    case 'rate':
      return formatPercent(value as Rate);
    case 'percent':
      return `${String(value)}%`;
    case 'boolean':
      return value ? 'Ya' : 'Tidak';
    case 'rounding':
      return value === 'down' ? 'ke bawah (per komponen per orang)' : 'setengah ke atas';
    case 'payment_modes':
      return (value as string[]).map((m) => (m === 'monthly' ? 'bulanan' : 'tahunan sekaligus')).join(', ');
    case 'payment_destination':
      return formatPaymentDestination(value as PaymentDestination | null);
    case 'integer':
      return String(value);
    case 'json':
      return JSON.stringify(value);
  }
}

/** "Bank Sultra, rekening 123-456 a.n. BPJS Ketenagakerjaan KC Kendari; virtual account 8888…", or "belum ditetapkan". */
export function formatPaymentDestination(d: PaymentDestination | null | undefined): string {
  if (!d) return 'belum ditetapkan dalam perjanjian';
  const parts = [d.bank];
  if (d.accountNumber) parts.push(`rekening ${d.accountNumber}${d.accountName ? ` a.n. ${d.accountName}` : ''}`);
  if (d.virtualAccount) parts.push(`virtual account ${d.virtualAccount}`);
  return parts.join(', ');
}

/** A change an addendum makes: the new value of one cited term and its basis. */
export interface TermsChange {
  path: string;
  /** For a `rate` field a percent string like "0.24" is accepted as well as { numerator, denominator }. */
  value: unknown;
  basis: string;
  note?: string;
}

function coerce(field: TermsField, value: unknown): unknown {
  if (field.kind === 'rate' && (typeof value === 'string' || typeof value === 'number')) return parsePercent(value);
  return value;
}

/** Applies changes to a copy of the terms and validates the result. */
export function applyTermsChanges(terms: Terms, changes: readonly TermsChange[]): Terms {
  const next = structuredClone(terms) as Terms;
  for (const change of changes) {
    const field = fieldByPath(change.path);
    if (!change.basis?.trim()) {
      const message = `Dasar hukum untuk "${field.label.id}" wajib diisi`;
      throw new AppError('validation_failed', message, { path: change.path, issues: [{ path: `termsChanges.${change.path}.basis`, message }] });
    }
    const cited = getCited(next, change.path);
    cited.value = coerce(field, change.value);
    cited.basis = change.basis.trim();
    if (change.note !== undefined) cited.note = change.note;
    else delete cited.note;
  }
  return parseTerms(next);
}

/** Validates terms with messages that name the field. */
export function parseTerms(input: unknown): Terms {
  const result = termsSchema.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const first = issues[0];
    throw new AppError('validation_failed', `Ketentuan tidak sah: ${first?.path ?? ''} — ${first?.message ?? ''}`, { issues });
  }
  return result.data;
}

export interface TermsDiffRow {
  path: string;
  label: { id: string; en: string };
  before: string;
  after: string;
  basis: string;
}

/** What changed from one terms version to the next, field by field. */
export function diffTerms(before: Terms, after: Terms): TermsDiffRow[] {
  const rows: TermsDiffRow[] = [];
  for (const field of TERMS_FIELDS) {
    const a = getCited(before, field.path);
    const b = getCited(after, field.path);
    if (JSON.stringify(a.value) !== JSON.stringify(b.value)) {
      rows.push({ path: field.path, label: field.label, before: formatTermValue(field, a.value), after: formatTermValue(field, b.value), basis: b.basis });
    }
  }
  return rows;
}
