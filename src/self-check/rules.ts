/**
 * "Cek perlindungan saya" (issue #18): the pure parts — what counts as a well-formed question, the
 * limits, how a NIK is kept in the log, and the next step of a claim in plain words for the
 * employee. No I/O here.
 */
import { createHash } from 'node:crypto';
import { isValidDate } from '../core/dates.ts';
import { tr } from '../core/language.ts';
import { formatRupiah } from '../core/money.ts';
import type { ClaimStatus } from '../claims/model.ts';

/** Failed tries counted over this window. */
export const WINDOW_MS = 60 * 60 * 1000;
/** Failed tries per NIK (whatever NIK is typed, known or not) per window. */
export const NIK_LIMIT = 5;
/** Failed tries per client address per window. */
export const ADDRESS_LIMIT = 20;
/** How long the card download right lives after a successful check. */
export const TOKEN_TTL_MS = 10 * 60 * 1000;
/** Every answer (found, not found, limited) takes at least this long, so timing tells nothing. */
export const DEFAULT_MIN_ANSWER_MS = 250;

export interface Question {
  nik: string;
  birthDate: string;
  kpjLast4: string;
}

/** The question when every field is well formed; null otherwise (answered exactly like a wrong one). */
export function wellFormed(raw: unknown): Question | null {
  if (!raw || typeof raw !== 'object') return null;
  const { nik, birthDate, kpjLast4 } = raw as Record<string, unknown>;
  if (typeof nik !== 'string' || typeof birthDate !== 'string' || typeof kpjLast4 !== 'string') return null;
  const n = nik.replace(/\s+/g, '');
  const k = kpjLast4.trim();
  const b = birthDate.trim();
  if (!/^\d{16}$/.test(n) || !/^\d{4}$/.test(k) || !/^\d{4}-\d{2}-\d{2}$/.test(b) || !isValidDate(b)) return null;
  return { nik: n, birthDate: b, kpjLast4: k };
}

/** The NIK field as typed, for counting: a hash, never the NIK. Empty or missing counts as its own key. */
export function nikKey(raw: unknown): string {
  const typed =
    raw && typeof raw === 'object' && typeof (raw as { nik?: unknown }).nik === 'string' ? (raw as { nik: string }).nik.replace(/\s+/g, '').slice(0, 40) : '';
  return createHash('sha256').update(`lindung-cek:${typed}`).digest('hex');
}

/** '7409014508900001' → '7409••••••••0001': the regency code and the last four, as the admin reads the log. */
export function maskNik(raw: unknown): string {
  const typed =
    raw && typeof raw === 'object' && typeof (raw as { nik?: unknown }).nik === 'string' ? (raw as { nik: string }).nik.replace(/\s+/g, '').slice(0, 40) : '';
  if (typed.length < 10) return '•'.repeat(typed.length);
  return `${typed.slice(0, 4)}${'•'.repeat(typed.length - 8)}${typed.slice(-4)}`;
}

export function limitMessage(waitMs: number): string {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return tr(`Terlalu banyak percobaan. Coba lagi dalam ${minutes} menit.`, `Too many attempts. Try again in ${minutes} minutes.`);
}

export function noMatchMessage(): string {
  return tr(
    'Data tidak ditemukan. Periksa kembali NIK, tanggal lahir, dan 4 angka terakhir nomor peserta (KPJ) seperti tertulis di kartu Anda.',
    'No match. Check your NIK, date of birth and the last 4 digits of your participant number (KPJ) as printed on your card.',
  );
}

export interface ClaimFacts {
  status: ClaimStatus;
  missingDocuments: readonly string[];
  outstanding: number;
  paid: number;
  rejectionReason: string | null;
}

/** What the employee (or family) does or waits for next, in plain words. */
export function nextStep(c: ClaimFacts): string {
  switch (c.status) {
    case 'submitted':
      return c.missingDocuments.length
        ? tr(
            `Serahkan dokumen berikut kepada operator OPD Anda: ${c.missingDocuments.join('; ')}.`,
            `Bring these documents to your unit's operator: ${c.missingDocuments.join('; ')}.`,
          )
        : tr('Dokumen lengkap. Menunggu verifikasi BPJS Ketenagakerjaan.', 'Documents complete. Waiting for BPJS Ketenagakerjaan to verify.');
    case 'verified':
      return tr(
        'Sudah diverifikasi. Menunggu persetujuan manfaat oleh BPJS Ketenagakerjaan.',
        'Verified. Waiting for BPJS Ketenagakerjaan to approve the benefits.',
      );
    case 'approved':
      return tr(
        `Disetujui. Menunggu pembayaran ${formatRupiah(c.outstanding)} ke rekening Anda.`,
        `Approved. Waiting for payment of ${formatRupiah(c.outstanding)} to your account.`,
      );
    case 'paid':
      return tr(`Selesai: ${formatRupiah(c.paid)} telah dibayar.`, `Done: ${formatRupiah(c.paid)} has been paid.`);
    case 'rejected':
      return tr(
        `Ditolak${c.rejectionReason ? `: ${c.rejectionReason}` : ''}. Hubungi operator OPD atau kantor cabang di bawah.`,
        `Rejected${c.rejectionReason ? `: ${c.rejectionReason}` : ''}. Contact your unit's operator or the branch below.`,
      );
  }
}
