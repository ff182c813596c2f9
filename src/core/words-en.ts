/** Rupiah amounts in English words, beside the Bahasa `terbilang` (src/core/money.ts): 10000 → "ten thousand rupiah". */
import { assertRupiah, type Rupiah } from './money.ts';

const ONES = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: readonly [bigint, string][] = [
  [1_000_000_000_000n, 'trillion'],
  [1_000_000_000n, 'billion'],
  [1_000_000n, 'million'],
  [1_000n, 'thousand'],
];

/** 0–999 in words, without "and" (the short-scale style of figures on forms): 106 → "one hundred six". */
function below1000(n: number): string {
  const parts: string[] = [];
  if (n >= 100) parts.push(`${ONES[Math.floor(n / 100)]} hundred`);
  const rest = n % 100;
  if (rest >= 20) parts.push([TENS[Math.floor(rest / 10)], ONES[rest % 10]].filter(Boolean).join('-'));
  else if (rest > 0) parts.push(ONES[rest] ?? '');
  return parts.join(' ');
}

function wordsOf(n: bigint): string {
  for (const [scale, name] of SCALES) {
    if (n >= scale) return [`${wordsOf(n / scale)} ${name}`, wordsOf(n % scale)].filter(Boolean).join(' ');
  }
  return below1000(Number(n));
}

/** 106720000 → "one hundred six million seven hundred twenty thousand rupiah"; 0 → "zero rupiah". */
export function inWordsEn(amount: Rupiah): string {
  assertRupiah(amount);
  if (amount === 0) return 'zero rupiah';
  return `${amount < 0 ? 'minus ' : ''}${wordsOf(BigInt(Math.abs(amount)))} rupiah`;
}
