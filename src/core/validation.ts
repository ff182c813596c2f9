/** Shared zod pieces with Bahasa Indonesia messages, and turning zod failures into AppError. */
import { z } from 'zod';
import { AppError } from './errors.ts';
import { isValidDate } from './dates.ts';

/**
 * The language of validation messages: Bahasa Indonesia, or English when the web asks for it
 * (`Accept-Language: en`, the web's English switch). Parsing is synchronous, so the language is
 * set around one parse (inLanguage) — the HTTP error handler parses a refused input again in
 * English (englishVersion); services and routes never see it.
 */
export type Language = 'id' | 'en';
let current: Language = 'id';

export function inLanguage<T>(language: Language, fn: () => T): T {
  const before = current;
  current = language;
  try {
    return fn();
  } finally {
    current = before;
  }
}

/** 'en' when the most preferred language of an Accept-Language header is English; else Bahasa. */
export function languageOf(acceptLanguage: string | undefined): Language {
  let best: { lang: string; q: number } | null = null;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    if (!tag) continue;
    const q = Number(
      params
        .map((p) => p.trim())
        .find((p) => p.startsWith('q='))
        ?.slice(2) ?? '1',
    );
    if (Number.isFinite(q) && (!best || q > best.q)) best = { lang: tag, q };
  }
  return best && (best.lang === 'en' || best.lang.startsWith('en-')) ? 'en' : 'id';
}

/** A zod message in the language of the current parse. */
const say = (id: string, en: string) => ({ error: () => (current === 'en' ? en : id) });

/** Dates a person can mean: from 1900-01-01 (the oldest birth dates on a roster) to 2100-12-31 (agreements run years, not centuries). */
export const DATE_MIN = '1900-01-01';
export const DATE_MAX = '2100-12-31';

export const isoDate = (label = 'Tanggal') =>
  z
    .string(say(`${label} wajib diisi`, `${label}: required`))
    .regex(/^\d{4}-\d{2}-\d{2}$/, say(`${label} harus berformat TTTT-BB-HH`, `${label}: use the format YYYY-MM-DD`))
    .refine(isValidDate, say(`${label} bukan tanggal yang ada`, `${label}: not an existing date`))
    .refine(
      (d) => d >= DATE_MIN && d <= DATE_MAX,
      say(`${label} harus antara 1 Januari 1900 dan 31 Desember 2100`, `${label}: must be between 1 January 1900 and 31 December 2100`),
    );

/**
 * The ceiling of any amount a person enters (a payment, a cost, a wage): Rp 1 triliun. A regency's
 * whole yearly JKK/JKM bill is a few billion; anything larger is a typing error, and sums of such
 * amounts stay far below 2^53 (Number.MAX_SAFE_INTEGER), so totals never lose precision.
 */
export const MONEY_MAX = 1_000_000_000_000;

/** Integer rupiah, at least `min` (default 0), at most MONEY_MAX. */
export const rupiah = (label = 'Jumlah', min = 0) =>
  z
    .number(say(`${label} harus berupa angka rupiah`, `${label}: must be an amount in rupiah`))
    .int(say(`${label} harus bilangan bulat rupiah`, `${label}: must be a whole number of rupiah`))
    .min(
      min,
      min > 0
        ? say(`${label} harus lebih dari ${min - 1}`, `${label}: must be more than ${min - 1}`)
        : say(`${label} tidak boleh negatif`, `${label}: must not be negative`),
    )
    .max(MONEY_MAX, say(`${label} melebihi batas Rp 1.000.000.000.000 (1 triliun)`, `${label}: exceeds the limit of Rp 1,000,000,000,000 (1 trillion)`));

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Keys whose strings are kept exactly as typed (secrets are compared byte for byte). */
const VERBATIM_KEY = /password|secret/i;

/** Why a text cannot be stored, or null: a NUL character (PostgreSQL refuses it) or half of a surrogate pair (not Unicode). */
export function textProblem(value: string): string | null {
  if (value.includes('\u0000'))
    return current === 'en' ? 'contains a NUL character (\\u0000), which is not allowed' : 'berisi karakter NUL (\\u0000) yang tidak diizinkan';
  if (LONE_SURROGATE.test(value))
    return current === 'en' ? 'contains broken Unicode (a lone surrogate)' : 'berisi karakter Unicode yang rusak (surrogate tanpa pasangan)';
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
        issues.push({ path: path.join('.'), message: `${current === 'en' ? 'Text' : 'Teks'} ${problem}` });
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
      if (kProblem) issues.push({ path: [...path, k].join('.'), message: `${current === 'en' ? 'Field name' : 'Nama kolom'} ${kProblem}` });
      out[k] = walk(v, [...path, k], depth + 1);
    }
    return out;
  };
  const cleaned = walk(input, [], 0) as T;
  if (issues.length) {
    const first = issues[0]!;
    throw translatable(new AppError('validation_failed', `${first.path ? first.path + ': ' : ''}${first.message}`, { issues }), () => sanitizeInput(input));
  }
  return cleaned;
}

/**
 * Every zod message in Bahasa Indonesia: schemas give their own messages where a person reads them;
 * anything left (a missing field, a wrong type, an unknown choice) falls back to this map and then
 * to zod's Indonesian locale.
 */
const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'ya/tidak (boolean)',
  array: 'daftar',
  object: 'objek',
  date: 'tanggal',
  bigint: 'bilangan bulat',
};
const TYPE_NAMES_EN: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true/false (boolean)',
  array: 'a list',
  object: 'an object',
  date: 'a date',
  bigint: 'a whole number',
};
const english = z.locales.en().localeError;
z.config(z.locales.id());
z.config({
  customError: (issue) => {
    if (current === 'en') {
      if (issue.code === 'invalid_type') {
        if (issue.input === undefined) return 'required';
        if (Number.isNaN(issue.input)) return `must be ${TYPE_NAMES_EN[issue.expected] ?? issue.expected}; the value sent is not one (given twice, or text)`;
        const got = issue.input === null ? 'empty (null)' : Array.isArray(issue.input) ? 'a list' : (TYPE_NAMES_EN[typeof issue.input] ?? typeof issue.input);
        return `must be ${TYPE_NAMES_EN[issue.expected] ?? issue.expected}, not ${got}`;
      }
      if (issue.code === 'unrecognized_keys') return `unknown fields: ${issue.keys.join(', ')}`;
      if (issue.code === 'invalid_value') return `must be one of: ${issue.values.map(String).join(', ')}`;
      const m = english(issue as never);
      return typeof m === 'string' ? m : m?.message;
    }
    if (issue.code === 'invalid_type') {
      if (issue.input === undefined) return 'wajib diisi';
      // A coerced value that is not a number (text, or a query parameter given twice) arrives as NaN: typeof 'number'.
      if (Number.isNaN(issue.input))
        return `harus berupa ${TYPE_NAMES[issue.expected] ?? issue.expected}; nilai yang dikirim bukan ${TYPE_NAMES[issue.expected] ?? issue.expected} (diberikan dua kali, atau teks)`;
      const got = issue.input === null ? 'kosong (null)' : Array.isArray(issue.input) ? 'daftar' : (TYPE_NAMES[typeof issue.input] ?? typeof issue.input);
      return `harus berupa ${TYPE_NAMES[issue.expected] ?? issue.expected}, bukan ${got}`;
    }
    if (issue.code === 'unrecognized_keys') return `kolom tidak dikenal: ${issue.keys.join(', ')}`;
    if (issue.code === 'invalid_value') return `harus salah satu dari: ${issue.values.map(String).join(', ')}`;
    return undefined;
  },
});

export const text = (label: string, max = 500) =>
  z
    .string(say(`${label} wajib diisi`, `${label}: required`))
    .trim()
    .min(1, say(`${label} wajib diisi`, `${label}: required`))
    .max(max, say(`${label} terlalu panjang (maks. ${max} karakter)`, `${label}: too long (at most ${max} characters)`));

/** The most rows one page of a list answers (`pageSize`). */
export const PAGE_SIZE_MAX = 500;

/**
 * A list's page, as every paged list of the API asks it (employees, the unprotected list): `page`
 * from 1, `pageSize` from 1 to PAGE_SIZE_MAX (50 when not asked).
 */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1, say('halaman dimulai dari 1', 'pages start at 1')).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1, say('paling sedikit 1 baris per halaman', 'at least 1 row per page'))
    .max(PAGE_SIZE_MAX, say(`paling banyak ${PAGE_SIZE_MAX} baris per halaman`, `at most ${PAGE_SIZE_MAX} rows per page`))
    .default(50),
});

export const idParam = z.object({ id: z.coerce.number().int().positive(say('ID harus bilangan bulat positif', 'The ID must be a positive whole number')) });

/** The English twin of each refused input, made on demand (the same check run again in English). */
const ENGLISH = new WeakMap<AppError, () => unknown>();

function translatable(error: AppError, again: () => unknown): AppError {
  ENGLISH.set(error, again);
  return error;
}

/** The English version of a validation AppError (sanitiser or parseOrThrow); other errors as they are. */
export function englishVersion(error: AppError): AppError {
  const again = ENGLISH.get(error);
  if (!again) return error;
  try {
    inLanguage('en', again);
  } catch (e) {
    if (e instanceof AppError) return e;
  }
  return error;
}

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
  throw translatable(zodFailure(result.error.issues), () => parseOrThrow(schema, input));
}

/** A 400 naming every zod issue by field. */
function zodFailure(zodIssues: readonly z.core.$ZodIssue[]): AppError {
  const issues = zodIssues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  const first = issues[0];
  return new AppError(
    'validation_failed',
    first ? `${first.path ? first.path + ': ' : ''}${first.message}` : current === 'en' ? 'Invalid data' : 'Data tidak sah',
    { issues },
  );
}
