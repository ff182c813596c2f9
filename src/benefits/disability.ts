/**
 * Partial disability (PKS Pasal 7 ayat (1) huruf d angka 1–2):
 *
 *   anatomis: table % × 80 × wage
 *   fungsi:   % of function lost × table % × 80 × wage
 *
 * Each body part is computed on its own (rounded down), the parts add up, and the sum is never
 * above the total-permanent amount (70% × 80 × wage); when it would be, the total-permanent
 * amount is paid and the formula says so.
 */
import { disabilityLabel, disabilityText } from './disability-table-en.ts';
import { AppError } from '../core/errors.ts';
import { formatPercent, formatRupiah, multiplyFraction, parsePercent, sumRupiah, type Rate, type Rupiah } from '../core/money.ts';
import type { Terms } from '../agreements/model.ts';
import { applicableRow, disabilityRow, type DisabilityRow } from './disability-table.ts';
import { tr } from '../core/language.ts';
import { BENEFIT_ROUNDING, roundedDown, percentTimesWage, type QuoteBuilder } from './items.ts';
import type { DisabilityPart, ParsedBenefitQuoteRequest } from './schemas.ts';

type DisabilityInput = ParsedBenefitQuoteRequest['disabilities'][number];

const TABLE_BASIS = 'Lampiran PP 44/2015 jo. PP 82/2019 (tabel persentase cacat)';

const compareRates = (a: Rate, b: Rate): number => a.numerator * b.denominator - b.numerator * a.denominator;

/** The table percent for one input: fixed, chosen within a range, or steps × percent per step. */
function tablePercent(input: DisabilityInput, row: DisabilityRow): { rate: Rate; explain: string } {
  const fail = (message: string): never => {
    throw new AppError('validation_failed', message, { code: input.code });
  };
  if (row.kind !== 'range' && input.tablePercent !== undefined)
    fail(`Kode cacat "${input.code}" memakai persentase tabel tetap; tablePercent tidak boleh diisi`);
  if (row.kind !== 'per_unit' && input.units !== undefined) fail(`Kode cacat "${input.code}" tidak dihitung per kelipatan; units tidak boleh diisi`);

  if (row.kind === 'range') {
    const max = row.max ?? row.percent;
    const range = `${formatPercent(row.percent)}–${formatPercent(max)}`;
    if (input.tablePercent === undefined) return fail(`Kode cacat "${input.code}" berupa rentang ${range}; isi tablePercent sesuai penilaian dokter`);
    const rate = parsePercent(input.tablePercent);
    if (compareRates(rate, row.percent) < 0 || compareRates(rate, max) > 0) fail(`Persentase untuk "${input.code}" harus dalam rentang ${range}`);
    return { rate, explain: `${formatPercent(rate)} (${tr('rentang', 'range')} ${range})` };
  }
  if (row.kind === 'per_unit') {
    if (input.units === undefined) return fail(`Kode cacat "${input.code}" dihitung per ${row.unit ?? 'kelipatan'}; isi units (jumlah kelipatan)`);
    if (row.maxUnits !== undefined && input.units > row.maxUnits) fail(`Jumlah kelipatan untuk "${input.code}" paling banyak ${row.maxUnits}`);
    const rate = { numerator: row.percent.numerator * input.units, denominator: row.percent.denominator };
    const steps = `${input.units} × ${formatPercent(row.percent)} = ${formatPercent(rate)}`;
    const cap = row.capCode ? disabilityRow(row.capCode).percent : undefined;
    if (cap && compareRates(rate, cap) > 0)
      return { rate: cap, explain: `${formatPercent(cap)} (${steps}, ${tr('dibatasi', 'capped at')} ${formatPercent(cap)})` };
    return { rate, explain: `${formatPercent(rate)} (${steps})` };
  }
  return { rate: row.percent, explain: formatPercent(row.percent) };
}

/** One body part: its amount and formula. */
export function disabilityPart(input: DisabilityInput, functional: boolean, wage: Rupiah, multiplier: number, leftHanded: boolean): DisabilityPart {
  const named = disabilityRow(input.code);
  const row = applicableRow(named, leftHanded);
  const { rate, explain } = tablePercent(input, row);
  const label =
    row === named
      ? disabilityLabel(named)
      : tr(
          `${named.label} (kidal: dipakai persentase "${row.label}")`,
          `${disabilityLabel(named)} (left-handed: the percentage of "${disabilityLabel(row)}" applies)`,
        );
  const wageText = `${multiplier} × ${formatRupiah(wage)}`;

  let amount: Rupiah;
  let formula: string;
  if (functional) {
    if (input.functionLossPercent === undefined) {
      throw new AppError('validation_failed', `Cacat sebagian fungsi: isi functionLossPercent untuk "${input.code}"`, { code: input.code });
    }
    const loss = parsePercent(input.functionLossPercent);
    amount = multiplyFraction(wage, loss.numerator * rate.numerator * multiplier, loss.denominator * rate.denominator, BENEFIT_ROUNDING);
    formula = `${formatPercent(loss)} × ${explain} × ${wageText} = ${formatRupiah(amount)}`;
  } else {
    if (input.functionLossPercent !== undefined) {
      throw new AppError('validation_failed', `functionLossPercent hanya untuk cacat sebagian fungsi ("${input.code}")`, { code: input.code });
    }
    amount = multiplyFraction(wage, rate.numerator * multiplier, rate.denominator, BENEFIT_ROUNDING);
    formula = `${explain} × ${wageText} = ${formatRupiah(amount)}`;
  }
  return {
    code: named.code,
    label,
    percent: formatPercent(rate),
    functionLossPercent: functional ? (input.functionLossPercent ?? null) : null,
    amount,
    formula,
    source: disabilityText(row.source),
    confirmed: row.confirmed,
  };
}

/** Adds the partial-disability line (all parts, capped at total permanent) and returns the parts. */
export function addPartialDisability(q: QuoteBuilder, req: ParsedBenefitQuoteRequest, terms: Terms): DisabilityPart[] {
  const b = terms.benefits;
  const functional = req.outcome === 'partial_functional';
  const multiplier = b.disabilityWageMultiplier.value;
  const parts = req.disabilities.map((d) => disabilityPart(d, functional, req.wage, multiplier, req.leftHanded));

  const sum = sumRupiah(parts.map((p) => p.amount));
  const cap = percentTimesWage(req.wage, b.totalPermanentPercent.value, multiplier);
  const isCapped = sum > cap;
  const sumText = parts.length > 1 ? `${parts.map((p) => formatRupiah(p.amount)).join(' + ')} = ${formatRupiah(sum)}` : formatRupiah(sum);
  const capText = isCapped
    ? tr(
        `; melebihi santunan cacat total tetap ${b.totalPermanentPercent.value}% × ${multiplier} × ${formatRupiah(req.wage)} = ${formatRupiah(cap)}, dibayar ${formatRupiah(cap)}`,
        `; above the total permanent disability benefit ${b.totalPermanentPercent.value}% × ${multiplier} × ${formatRupiah(req.wage)} = ${formatRupiah(cap)}, paid ${formatRupiah(cap)}`,
      )
    : '';
  q.add(
    {
      code: functional ? 'partial_functional_disability' : 'partial_anatomical_disability',
      label: functional
        ? tr('Santunan cacat sebagian fungsi', 'Partial functional disability benefit')
        : tr('Santunan cacat sebagian anatomis', 'Partial anatomical disability benefit'),
      amount: isCapped ? cap : sum,
      cap,
      capped: isCapped,
      formula: `${parts.map((p) => p.formula).join('; ')}${parts.length > 1 ? `; ${tr('jumlah', 'total')} ${sumText}` : ''}${capText} (${roundedDown()})`,
    },
    [b.disabilityWageMultiplier, ...(isCapped ? [b.totalPermanentPercent] : [])],
    [TABLE_BASIS],
  );

  for (const p of parts) {
    if (!p.confirmed)
      q.warnings.add(
        tr(
          `Persentase "${p.label}" (${p.percent}) belum dikonfirmasi terhadap Lampiran PP 44/2015; periksa sebelum dibayar.`,
          `The percentage of "${p.label}" (${p.percent}) is not yet confirmed against the Annex of PP 44/2015; check it before paying.`,
        ),
      );
  }
  if (parts.some((p) => p.confirmed))
    q.notes.add(
      tr(
        'Persentase tabel cacat bagian A bersumber sekunder (S11, "sesuai PP No.82 Tahun 2019").',
        'The percentages of part A of the disability table come from a secondary source (S11, "sesuai PP No.82 Tahun 2019").',
      ),
    );
  if (req.leftHanded)
    q.notes.add(
      tr(
        'Peserta kidal: persentase anggota badan kanan dan kiri dipertukarkan.',
        'Left-handed participant: the percentages of the right and left limbs are swapped.',
      ),
    );
  return parts;
}
