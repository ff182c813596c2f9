/**
 * The disability table (Lampiran PP 44/2015 jo. PP 82/2019) as data (disability-table.json), from
 * reference regulation.md §2.1. The full Lampiran was not available, so every row says where it comes from
 * and whether it is confirmed:
 *   - part A, rows from S11 (seputarpabrik.com, "sesuai PP No.82 Tahun 2019"): confirmed, but a
 *     secondary source;
 *   - part B, commonly reproduced values: NOT confirmed (a quote using one carries a warning).
 *
 * Code scheme: stable kebab-case Bahasa names, `<bagian>-<sisi>-<batas>`, e.g. `lengan-kanan-bahu`
 * (right arm from the shoulder down). Codes never change once published; a corrected percentage
 * changes the row, not the code.
 *
 * Rows that are not one fixed percentage:
 *   - kind 'range' (scalping 10–30%): the request must name the percent (`tablePercent`) within
 *     [min, max]; the doctor's assessment decides it.
 *   - kind 'per_unit' ("per 10 dB", "per 10%"): the request gives `units`, the number of whole
 *     steps (25 dB lost = 2 steps); percent = units × step, never above `capCode`'s percent (the
 *     row for total loss) or `maxUnits` steps.
 *   - bands (leg shortening, physical work capacity): one code per band.
 *
 * Left-handed persons (S11: "untuk kidal berlaku sebaliknya"): rows with a `mirror` are paired
 * right/left; with `leftHanded: true` a right-side row is paid at its left twin's percent and the
 * other way round. The code the request names stays the body part actually lost.
 */
import { AppError } from '../core/errors.ts';
import { parsePercent, type Rate } from '../core/money.ts';
import data from './disability-table.json' with { type: 'json' };

export type DisabilityKind = 'fixed' | 'range' | 'per_unit';

export interface DisabilityRow {
  code: string;
  label: string;
  kind: DisabilityKind;
  /** fixed: the percent; range: the minimum; per_unit: the percent per step. Exact (4,5% = 450/10000). */
  percent: Rate;
  /** range only: the maximum percent. */
  max?: Rate;
  /** per_unit only: what one step is ("10 dB"), the most steps, and the row whose percent caps the sum. */
  unit?: string;
  maxUnits?: number;
  capCode?: string;
  /** The right/left twin used for left-handed persons. */
  mirror?: string;
  source: string;
  confirmed: boolean;
  note?: string;
}

/** A row as the data file writes it: percents as text ("4.5"), the kind only when not 'fixed'. */
interface RowData extends Omit<DisabilityRow, 'kind' | 'percent' | 'max' | 'source' | 'confirmed'> {
  kind?: DisabilityKind;
  percent: string;
  max?: string;
}

/**
 * The rows live in disability-table.json (data, not code): part A (S11, confirmed) and part B (not
 * confirmed), each with its source, in the order the table is shown.
 */
export const DISABILITY_TABLE: readonly DisabilityRow[] = (data.parts as { source: string; confirmed: boolean; rows: RowData[] }[]).flatMap((part) =>
  part.rows.map(({ kind, percent, max, ...rest }) => ({
    ...rest,
    kind: kind ?? 'fixed',
    percent: parsePercent(percent),
    ...(max !== undefined ? { max: parsePercent(max) } : {}),
    source: part.source,
    confirmed: part.confirmed,
  })),
);

const BY_CODE = new Map(DISABILITY_TABLE.map((row) => [row.code, row]));

/** The row for a code, or undefined. */
export function findDisability(code: string): DisabilityRow | undefined {
  return BY_CODE.get(code);
}

/** The row for a code, or a validation error naming the unknown code. */
export function disabilityRow(code: string): DisabilityRow {
  const row = BY_CODE.get(code);
  if (!row) throw new AppError('validation_failed', `Kode cacat "${code}" tidak ada dalam tabel`, { code });
  return row;
}

/** The row whose percent applies: its mirror for a left-handed person, else the row itself. */
export function applicableRow(row: DisabilityRow, leftHanded: boolean): DisabilityRow {
  return leftHanded && row.mirror ? disabilityRow(row.mirror) : row;
}
