/**
 * The language of the texts the server writes for screens (labels, formulas, deadlines, notes):
 * Bahasa Indonesia by default, English when the request asks for it (`Accept-Language: en`, sent
 * by the web's English switch). Each request runs in its language (src/http/language.ts sets it
 * with AsyncLocalStorage); the CLI, PDF letters and spreadsheet exports stay Bahasa (they never
 * set it, or set it back to 'id'). See docs/architecture/web.md "Languages".
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { MONTHS_ID, formatDateId } from './dates.ts';
import { terbilang, type Rupiah } from './money.ts';
import { inWordsEn } from './words-en.ts';

export type Language = 'id' | 'en';

const store = new AsyncLocalStorage<Language>();

/** The language of the texts being written now: the request's, else Bahasa. */
export function textLanguage(): Language {
  return store.getStore() ?? 'id';
}

/** Runs `fn` (and everything it awaits) writing texts in `language`. */
export function withTextLanguage<T>(language: Language, fn: () => T): T {
  return store.run(language, fn);
}

/** One text in the current language: `tr('dibayar', 'paid')`. */
export function tr(id: string, en: string): string {
  return textLanguage() === 'en' ? en : id;
}

export const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** '2022-03-14' → '14 Maret 2022', or '14 March 2022' in English. */
export function formatDay(date: string): string {
  const id = formatDateId(date);
  if (textLanguage() !== 'en') return id;
  const month = Number(date.slice(5, 7)) - 1;
  return id.replace(MONTHS_ID[month] ?? '', MONTHS_EN[month] ?? '');
}

/** '2023-04' → 'April 2023' / 'April 2023'; '2023-05' → 'Mei 2023' / 'May 2023'. */
export function formatMonth(period: string): string {
  const month = Number(period.slice(5, 7)) - 1;
  const names = textLanguage() === 'en' ? MONTHS_EN : MONTHS_ID;
  return `${names[month] ?? period.slice(5, 7)} ${period.slice(0, 4)}`;
}

/** An amount in words: "sepuluh ribu rupiah", or "ten thousand rupiah" in English. */
export function amountInWords(amount: Rupiah): string {
  return textLanguage() === 'en' ? inWordsEn(amount) : terbilang(amount);
}
