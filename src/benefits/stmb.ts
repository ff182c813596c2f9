/**
 * STMB — Santunan Sementara Tidak Mampu Bekerja (PKS Pasal 7 ayat (1) huruf c), by days of
 * incapacity over the tiers in the terms (default: 6 + 6 months at 100%, then 50%).
 *
 * Part-month rule: a month is 30 days. The days falling in a tier are paid
 * wage × tier% × days / 30, rounded down once per run of tiers with the same percent. Whole
 * months therefore pay exactly months × tier% × wage; remainder days are paid pro rata.
 * Adjacent tiers with the same percent (the two 100% tiers) are shown as one run.
 */
import { formatRupiah, multiplyFraction, sumRupiah, type Rupiah } from '../core/money.ts';
import type { Terms } from '../agreements/model.ts';
import { tr } from '../core/language.ts';
import { BENEFIT_ROUNDING, roundedDown, type QuoteBuilder } from './items.ts';

export const DAYS_PER_MONTH = 30;

export interface StmbSegment {
  days: number;
  percentOfWage: number;
  amount: Rupiah;
}

/** Splits the incapacity days over the tiers and prices each run; `unpaidDays` lie past the last tier. */
export function stmbSegments(days: number, wage: Rupiah, tiers: Terms['benefits']['stmbTiers']['value']): { segments: StmbSegment[]; unpaidDays: number } {
  const runs: { days: number; percentOfWage: number }[] = [];
  let remaining = days;
  for (const tier of tiers) {
    if (remaining <= 0) break;
    const inTier = tier.months === null ? remaining : Math.min(remaining, tier.months * DAYS_PER_MONTH);
    const last = runs.at(-1);
    if (last && last.percentOfWage === tier.percentOfWage) last.days += inTier;
    else runs.push({ days: inTier, percentOfWage: tier.percentOfWage });
    remaining -= inTier;
  }
  const segments = runs.map((r) => ({
    ...r,
    amount: multiplyFraction(wage, r.percentOfWage * r.days, 100 * DAYS_PER_MONTH, BENEFIT_ROUNDING),
  }));
  return { segments, unpaidDays: remaining };
}

function segmentFormula(s: StmbSegment, wage: Rupiah): string {
  const time =
    s.days % DAYS_PER_MONTH === 0
      ? tr(`${s.days / DAYS_PER_MONTH} bulan`, `${s.days / DAYS_PER_MONTH} months`)
      : tr(`${s.days} hari / ${DAYS_PER_MONTH}`, `${s.days} days / ${DAYS_PER_MONTH}`);
  return `${time} × ${s.percentOfWage}% × ${formatRupiah(wage)} = ${formatRupiah(s.amount)}`;
}

/** Adds the STMB line when there are days of incapacity. */
export function addStmb(q: QuoteBuilder, days: number, wage: Rupiah, terms: Terms): void {
  if (days <= 0) return;
  const tiers = terms.benefits.stmbTiers;
  const { segments, unpaidDays } = stmbSegments(days, wage, tiers.value);
  const amount = sumRupiah(segments.map((s) => s.amount));
  const parts = segments.map((s) => segmentFormula(s, wage));
  const sum = parts.length > 1 ? ` = ${formatRupiah(amount)}` : '';
  q.add(
    {
      code: 'stmb',
      label: tr(`Santunan Sementara Tidak Mampu Bekerja (STMB) ${days} hari`, `Temporary incapacity benefit (STMB) ${days} days`),
      amount,
      formula:
        `${parts.join(' + ')}${sum} ` +
        tr(
          `(1 bulan = ${DAYS_PER_MONTH} hari; sisa hari dibayar upah × % × hari / ${DAYS_PER_MONTH}, ${roundedDown()})`,
          `(1 month = ${DAYS_PER_MONTH} days; remaining days paid wage × % × days / ${DAYS_PER_MONTH}, ${roundedDown()})`,
        ),
    },
    [tiers],
  );
  if (unpaidDays > 0)
    q.notes.add(
      tr(
        `${unpaidDays} hari tidak mampu bekerja melewati tahap STMB terakhir dalam ketentuan dan tidak dibayar.`,
        `${unpaidDays} days of incapacity fall past the last STMB tier of the terms and are not paid.`,
      ),
    );
}
