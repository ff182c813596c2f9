/** How the UI writes money, rates and dates: "Rp 1.765.000", "0,24%", "14 Maret 2022". */
import i18n from '../i18n/index.ts';

const MONTHS: Record<'id' | 'en', readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

function currentLanguage(): 'id' | 'en' {
  return i18n.language === 'en' ? 'en' : 'id';
}

/** "Rp 1.765.000": a plain space after Rp and dots between thousands, as src/core/money.ts writes it. */
export function formatRupiah(amount: number): string {
  const digits = Math.abs(Math.trunc(amount))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount < 0 ? '-' : ''}Rp ${digits}`;
}

/** '2022-03-14' → '14 Maret 2022' (or '14 March 2022' in English). Other text is returned as is. */
export function formatDateId(date: string, language: 'id' | 'en' = currentLanguage()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  const month = MONTHS[language][Number(match[2]) - 1];
  return `${Number(match[3])} ${month ?? match[2]} ${match[1]}`;
}

/** A billing month '2023-01' → 'Januari 2023' (or 'January 2023'). Other text is returned as is. */
export function formatPeriod(period: string, language: 'id' | 'en' = currentLanguage()): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  const month = match ? MONTHS[language][Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${match[1]}` : period;
}

/** The time of an office-zone date-time 'YYYY-MM-DDTHH:MM' (no zone conversion): "14.30" (id) or "14:30" (en). */
export function formatOfficeTime(dateTime: string, language: 'id' | 'en' = currentLanguage()): string {
  const match = /T(\d{2}):(\d{2})/.exec(dateTime);
  if (!match) return dateTime;
  return language === 'id' ? `${match[1]}.${match[2]}` : `${match[1]}:${match[2]}`;
}

/** An ISO timestamp as "14 Maret 2022 09.30" in the browser's zone. */
export function formatDateTime(iso: string, language: 'id' | 'en' = currentLanguage()): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
  const time = language === 'id' ? `${pad(when.getHours())}.${pad(when.getMinutes())}` : `${pad(when.getHours())}:${pad(when.getMinutes())}`;
  return `${formatDateId(day, language)} ${time}`;
}

export interface Rate {
  numerator: number;
  denominator: number;
}

/** An exact rate as a percentage: 24/10000 → "0,24%"; 30/10000 → "0,30%" (as the PKS writes it). */
export function formatRate(rate: Rate, language: 'id' | 'en' = currentLanguage()): string {
  const scaled = Math.round((rate.numerator * 1_000_000) / rate.denominator); // percent × 10^4
  const whole = Math.trunc(scaled / 10_000);
  let fraction = String(scaled % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  if (fraction.length === 1) fraction += '0';
  const separator = language === 'id' ? ',' : '.';
  return `${whole}${fraction ? separator + fraction : ''}%`;
}

/** The rate as the decimal percent string the API accepts: 24/10000 → "0.24". */
export function rateToPercentString(rate: Rate): string {
  return formatRate(rate, 'en').replace('%', '');
}

export function formatNumber(value: number, language: 'id' | 'en' = currentLanguage()): string {
  return new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-US').format(value);
}
