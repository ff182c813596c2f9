/**
 * Small helpers shared by the benefit rules: the one rounding rule for benefits, citations
 * built from the terms' own `basis` texts, and the quote lines.
 */
import { tr } from '../core/language.ts';
import { formatRupiah, multiplyFraction, type Rounding, type Rupiah } from '../core/money.ts';
import type { BenefitItem } from './schemas.ts';

/**
 * Benefits are rounded DOWN to the whole rupiah wherever a product is not whole (a participant
 * is never promised a rupiah the fund would not pay). Every formula says so.
 */
export const BENEFIT_ROUNDING: Rounding = 'down';
/** "dibulatkan ke bawah" ("rounded down" in English). */
export const roundedDown = (): string => tr('dibulatkan ke bawah', 'rounded down');

/** A cited value from the terms: `{ value, basis, note? }`. */
export interface CitedValue {
  basis: string;
  note?: string | undefined;
}

/** What a quote collects while it is built: lines, notes and warnings (each once). */
export class QuoteBuilder {
  readonly items: BenefitItem[] = [];
  readonly notes = new Set<string>();
  readonly warnings = new Set<string>();

  /** Adds a line whose basis joins the citations of the values used; their notes become quote notes. */
  add(
    line: Omit<BenefitItem, 'basis' | 'cap' | 'capped'> & { cap?: Rupiah | null; capped?: boolean },
    cited: readonly CitedValue[],
    extraBasis: readonly string[] = [],
  ): void {
    for (const c of cited) if (c.note) this.notes.add(c.note);
    this.items.push({ ...line, cap: line.cap ?? null, capped: line.capped ?? false, basis: joinBasis([...cited.map((c) => c.basis), ...extraBasis]) });
  }
}

/** "PKS Pasal 7 ayat (1) huruf e; PP 44/2015 jo. PP 82/2019" — parts joined by "; ", each once. */
export function joinBasis(bases: readonly string[]): string {
  const parts = bases.flatMap((b) => b.split(';').map((p) => p.trim())).filter(Boolean);
  return [...new Set(parts)].join('; ');
}

/** wage × percent% × multiplier, rounded down: "60% × 80 × Rp 1.765.000". */
export function percentTimesWage(wage: Rupiah, percent: number, multiplier: number): Rupiah {
  return multiplyFraction(wage, percent * multiplier, 100, BENEFIT_ROUNDING);
}

/** A reimbursement up to a cap: the cost, or the cap when the cost is above it. */
export function capped(cost: Rupiah, cap: Rupiah): { amount: Rupiah; capped: boolean } {
  return cost > cap ? { amount: cap, capped: true } : { amount: cost, capped: false };
}

/** "Rp 7.000.000, dibatasi maks. Rp 5.000.000, dibayar Rp 5.000.000" or "Rp 800.000 (maks. Rp 1.000.000)". */
export function capFormula(cost: Rupiah, cap: Rupiah): string {
  return cost > cap
    ? tr(
        `${formatRupiah(cost)}, dibatasi maks. ${formatRupiah(cap)}, dibayar ${formatRupiah(cap)}`,
        `${formatRupiah(cost)}, capped at max. ${formatRupiah(cap)}, paid ${formatRupiah(cap)}`,
      )
    : tr(
        `${formatRupiah(cost)} (maks. ${formatRupiah(cap)}) = ${formatRupiah(cost)}`,
        `${formatRupiah(cost)} (max. ${formatRupiah(cap)}) = ${formatRupiah(cost)}`,
      );
}
