/** Shared zod pieces with Bahasa Indonesia messages, and turning zod failures into AppError. */
import { z } from 'zod';
import { AppError } from './errors.ts';
import { isValidDate } from './dates.ts';

/** Dates a person can mean: from 1900-01-01 (the oldest birth dates on a roster) to 2100-12-31 (agreements run years, not centuries). */
export const DATE_MIN = '1900-01-01';
export const DATE_MAX = '2100-12-31';

export const isoDate = (label = 'Tanggal') =>
  z
    .string({ error: `${label} wajib diisi` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} harus berformat TTTT-BB-HH`)
    .refine(isValidDate, `${label} bukan tanggal yang ada`)
    .refine((d) => d >= DATE_MIN && d <= DATE_MAX, `${label} harus antara 1 Januari 1900 dan 31 Desember 2100`);

/**
 * The ceiling of any amount a person enters (a payment, a cost, a wage): Rp 1 triliun. A regency's
 * whole yearly JKK/JKM bill is a few billion; anything larger is a typing error, and sums of such
 * amounts stay far below 2^53 (Number.MAX_SAFE_INTEGER), so totals never lose precision.
 */
export const MONEY_MAX = 1_000_000_000_000;

/** Integer rupiah, at least `min` (default 0), at most MONEY_MAX. */
export const rupiah = (label = 'Jumlah', min = 0) =>
  z
    .number({ error: `${label} harus berupa angka rupiah` })
    .int(`${label} harus bilangan bulat rupiah`)
    .min(min, min > 0 ? `${label} harus lebih dari ${min - 1}` : `${label} tidak boleh negatif`)
    .max(MONEY_MAX, `${label} melebihi batas Rp 1.000.000.000.000 (1 triliun)`);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Keys whose strings are kept exactly as typed (secrets are compared byte for byte). */
const VERBATIM_KEY = /password|secret/i;

/** Why a text cannot be stored, or null: a NUL character (PostgreSQL refuses it) or half of a surrogate pair (not Unicode). */
export function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'berisi karakter NUL (\\u0000) yang tidak diizinkan';
  if (LONE_SURROGATE.test(value)) return 'berisi karakter Unicode yang rusak (surrogate tanpa pasangan)';
  return null;
}

/** One text from outside (a file name, a cell): refused with a Bahasa 400 when it cannot be stored, else NFC and trimmed. */
export function cleanText(value: string, label: string): string {
  const problem = textProblem(value);
  if (problem) throw new AppError('validation_failed', `${label} ${problem}`, { issues: [{ path: label, message: `${label} ${problem}` }] });
  return value.normalize('NFC').trim();
}

/**
 * The input sanitiser every request and service input passes (parseOrThrow, and the HTTP
 * preValidation hook for bodies, query strings and path parameters): each string is refused when
 * it holds NUL or a lone surrogate, else NFC-normalised and trimmed (passwords are kept verbatim).
 * Returns a cleaned copy; throws one 400 naming every bad field.
 */
export function sanitizeInput<T>(input: T): T {
  const issues: { path: string; message: string }[] = [];
  const walk = (value: unknown, path: string[], depth: number): unknown => {
    if (typeof value === 'string') {
      const key = path.at(-1) ?? '';
      const problem = textProblem(value);
      if (problem) {
        issues.push({ path: path.join('.'), message: `Teks ${problem}` });
        return value;
      }
      return VERBATIM_KEY.test(key) ? value : value.normalize('NFC').trim();
    }
    if (depth > 50 || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, String(i)], depth + 1));
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return value; // Buffers, Dates: not text
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const kProblem = textProblem(k);
      if (kProblem) issues.push({ path: [...path, k].join('.'), message: `Nama kolom ${kProblem}` });
      out[k] = walk(v, [...path, k], depth + 1);
    }
    return out;
  };
  const cleaned = walk(input, [], 0) as T;
  if (issues.length) {
    const first = issues[0]!;
    throw new AppError('validation_failed', `${first.path ? first.path + ': ' : ''}${first.message}`, { issues });
  }
  return cleaned;
}

/**
 * Every zod message in Bahasa Indonesia: schemas give their own messages where a person reads them;
 * anything left (a missing field, a wrong type, an unknown choice) falls back to this map and then
 * to zod's Indonesian locale.
 */
const TYPE_NAMES: Record<string, string> = { string: 'teks', number: 'angka', int: 'bilangan bulat', boolean: 'ya/tidak (boolean)', array: 'daftar', object: 'objek', date: 'tanggal', bigint: 'bilangan bulat' };
z.config(z.locales.id());
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type') {
      if (issue.input === undefined) return 'wajib diisi';
      const got = issue.input === null ? 'kosong (null)' : Array.isArray(issue.input) ? 'daftar' : TYPE_NAMES[typeof issue.input] ?? typeof issue.input;
      return `harus berupa ${TYPE_NAMES[issue.expected] ?? issue.expected}, bukan ${got}`;
    }
    if (issue.code === 'unrecognized_keys') return `kolom tidak dikenal: ${issue.keys.join(', ')}`;
    if (issue.code === 'invalid_value') return `harus salah satu dari: ${issue.values.map(String).join(', ')}`;
    return undefined;
  },
});

export const text = (label: string, max = 500) =>
  z.string({ error: `${label} wajib diisi` }).trim().min(1, `${label} wajib diisi`).max(max, `${label} terlalu panjang (maks. ${max} karakter)`);

export const idParam = z.object({ id: z.coerce.number().int().positive('ID harus bilangan bulat positif') });

/**
 * The comparison key of a bank reference: NFKC, without any whitespace, upper case. `RACE-1`,
 * `race-1` and `RACE 1` are the same transfer (payments.bank_reference_key).
 */
export function normalizeReferenceKey(reference: string): string {
  return reference.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** Parses with a schema or throws a 400 AppError listing every issue by field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(sanitizeInput(input));
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  const first = issues[0];
  throw new AppError('validation_failed', first ? `${first.path ? first.path + ': ' : ''}${first.message}` : 'Data tidak sah', { issues });
}
