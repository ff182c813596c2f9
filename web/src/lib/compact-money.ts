/** Short money for chart axes, in the page's language (pure: the caller names the language). */
const SCALES: Record<'id' | 'en', readonly (readonly [number, string])[]> = {
  id: [
    [1e12, ' T'],
    [1e9, ' M'],
    [1e6, ' jt'],
    [1e3, ' rb'],
  ],
  en: [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ],
};

/** A chart axis's short money: 220000 → "220 rb" / "220K", 1250000 → "1,3 jt" / "1.3M"; below a thousand as it is. */
export function formatCompactRupiah(amount: number, language: 'id' | 'en'): string {
  const found = SCALES[language].find(([scale]) => Math.abs(amount) >= scale);
  if (!found) return String(Math.trunc(amount));
  const [scale, unit] = found;
  const figure = new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 1 }).format(amount / scale);
  return `${figure}${unit}`;
}
