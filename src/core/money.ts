/**
 * Money and rates. Every amount is an integer number of rupiah; every rate is an exact
 * fraction. No float ever touches an amount: products are computed in BigInt and the
 * rounding rule is always named by the caller.
 */
import { AppError } from './errors.ts';

/** An integer amount of rupiah (safe-integer range). */
export type Rupiah = number;

/** An exact rate: numerator / denominator. JKK 0.24% is { numerator: 24, denominator: 10000 }. */
export interface Rate {
  numerator: number;
  denominator: number;
}

/** How a fractional rupiah result becomes a whole rupiah. */
export type Rounding = 'down' | 'half_up';
export const ROUNDING_MODES: readonly Rounding[] = ['down', 'half_up'] as const;

export function assertRupiah(value: unknown, field = 'jumlah'): Rupiah {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new AppError('invalid_amount', `${field} harus bilangan bulat rupiah`, { field, value });
  }
  return value;
}

export function assertNonNegativeRupiah(value: unknown, field = 'jumlah'): Rupiah {
  const n = assertRupiah(value, field);
  if (n < 0) throw new AppError('invalid_amount', `${field} tidak boleh negatif`, { field, value });
  return n;
}

/**
 * Parses a percentage written as a decimal string ("0.24", "0,30", "100") into an exact rate.
 * The denominator is 100 × 10^decimals with at least two decimals, so "0.24" → 24/10000.
 */
export function parsePercent(input: string | number): Rate {
  const text = String(input).trim().replace(',', '.');
  const match = /^(\d{1,3})(?:\.(\d{1,6}))?$/.exec(text);
  if (!match) {
    throw new AppError('invalid_rate', `Tarif "${String(input)}" bukan persentase yang sah (contoh: 0,24)`, { input });
  }
  const decimals = Math.max(2, match[2]?.length ?? 0);
  const fraction = (match[2] ?? '').padEnd(decimals, '0');
  const numerator = Number(match[1]) * 10 ** decimals + Number(fraction);
  return checkRate({ numerator, denominator: 100 * 10 ** decimals });
}

/** A rate must lie between 0% and 100% inclusive with a positive integer denominator. */
export function checkRate(rate: Rate): Rate {
  const { numerator, denominator } = rate;
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0 || numerator < 0) {
    throw new AppError('invalid_rate', 'Tarif harus pecahan bilangan bulat yang tidak negatif', { rate });
  }
  if (numerator > denominator) {
    throw new AppError('invalid_rate', 'Tarif tidak boleh lebih dari 100%', { rate });
  }
  return rate;
}

/** The rate as a percentage string for people, e.g. "0,24%". */
export function formatPercent(rate: Rate): string {
  const scaled = (BigInt(rate.numerator) * 1_000_000n) / BigInt(rate.denominator); // percent × 10^4
  const whole = scaled / 10_000n;
  let frac = (scaled % 10_000n).toString().padStart(4, '0').replace(/0+$/, '');
  if (frac.length === 1) frac += '0'; // "0,30%" as the PKS writes it
  return `${whole.toString()}${frac ? ',' + frac : ''}%`;
}

/** The rate as a decimal percent string for machines, e.g. "0.24". */
export function percentString(rate: Rate): string {
  return formatPercent(rate).replace('%', '').replace(',', '.');
}

/** Adds rates exactly (JKK + JKM = total). */
export function addRates(a: Rate, b: Rate): Rate {
  return { numerator: a.numerator * b.denominator + b.numerator * a.denominator, denominator: a.denominator * b.denominator };
}

/**
 * amount × rate, rounded with the named rule. `down` truncates toward zero (what the one
 * public regency budget figure implies, reference §3.2); `half_up` rounds 0.5 away from zero.
 */
export function applyRate(amount: Rupiah, rate: Rate, rounding: Rounding): Rupiah {
  assertRupiah(amount);
  return divide(BigInt(amount) * BigInt(rate.numerator), BigInt(rate.denominator), rounding);
}

/** amount × numerator / denominator with an explicit rounding rule (used for "60% × 80 × upah"). */
export function multiplyFraction(amount: Rupiah, numerator: number, denominator: number, rounding: Rounding): Rupiah {
  assertRupiah(amount);
  return divide(BigInt(amount) * BigInt(numerator), BigInt(denominator), rounding);
}

function divide(product: bigint, denominator: bigint, rounding: Rounding): Rupiah {
  const negative = product < 0n;
  const abs = negative ? -product : product;
  let quotient = abs / denominator;
  if (rounding === 'half_up' && (abs % denominator) * 2n >= denominator) quotient += 1n;
  const result = Number(negative ? -quotient : quotient);
  if (!Number.isSafeInteger(result)) throw new AppError('invalid_amount', 'Jumlah di luar batas perhitungan');
  return result;
}

/** Sums amounts, checking the safe-integer range. */
export function sumRupiah(amounts: readonly Rupiah[]): Rupiah {
  let total = 0n;
  for (const a of amounts) total += BigInt(assertRupiah(a));
  const result = Number(total);
  if (!Number.isSafeInteger(result)) throw new AppError('invalid_amount', 'Jumlah di luar batas perhitungan');
  return result;
}

/** "Rp 1.765.000" — a plain space after Rp so text is the same on screen, PDF, CSV and tests. */
export function formatRupiah(amount: Rupiah): string {
  assertRupiah(amount);
  const digits = Math.abs(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount < 0 ? '-' : ''}Rp ${digits}`;
}

/** Parses "1.765.000", "Rp 1.765.000", "1765000" (id-ID grouping) into rupiah. */
export function parseRupiah(input: string | number): Rupiah {
  if (typeof input === 'number') return assertRupiah(input);
  const text = input.replace(/^\s*rp\.?\s*/i, '').replace(/[\s\u00a0]/g, '');
  if (!/^-?\d{1,3}(\.\d{3})*$|^-?\d+$/.test(text)) {
    throw new AppError('invalid_amount', `"${input}" bukan jumlah rupiah yang sah`, { input });
  }
  return assertRupiah(Number(text.replace(/\./g, '')));
}

const UNITS = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];
const SCALES: readonly [bigint, string][] = [
  [1_000_000_000_000n, 'triliun'],
  [1_000_000_000n, 'miliar'],
  [1_000_000n, 'juta'],
];

function below1000(n: number): string {
  if (n < 12) return UNITS[n] ?? '';
  if (n < 20) return `${UNITS[n - 10]} belas`;
  if (n < 100) return [`${UNITS[Math.floor(n / 10)]} puluh`, below1000(n % 10)].filter(Boolean).join(' ');
  const hundreds = Math.floor(n / 100);
  const head = hundreds === 1 ? 'seratus' : `${UNITS[hundreds]} ratus`;
  return [head, below1000(n % 100)].filter(Boolean).join(' ');
}

function wordsOf(n: bigint): string {
  for (const [scale, name] of SCALES) {
    if (n >= scale) return [`${wordsOf(n / scale)} ${name}`, wordsOf(n % scale)].filter(Boolean).join(' ');
  }
  if (n >= 1000n) {
    const thousands = Number(n / 1000n);
    const head = thousands === 1 ? 'seribu' : `${below1000(thousands)} ribu`;
    return [head, below1000(Number(n % 1000n))].filter(Boolean).join(' ');
  }
  return below1000(Number(n));
}

/** Amount in Indonesian words for letters: 9531 → "sembilan ribu lima ratus tiga puluh satu rupiah". */
export function terbilang(amount: Rupiah): string {
  assertRupiah(amount);
  if (amount === 0) return 'nol rupiah';
  const words = wordsOf(BigInt(Math.abs(amount)));
  return `${amount < 0 ? 'minus ' : ''}${words} rupiah`;
}
