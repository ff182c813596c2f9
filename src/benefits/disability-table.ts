/**
 * The disability table (Lampiran PP 44/2015 jo. PP 82/2019) as data, from reference
 * regulation.md §2.1. The full Lampiran was not available, so every row says where it comes from
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

const S11 = 'S11 (seputarpabrik.com, "sesuai PP No.82 Tahun 2019"), sumber sekunder — regulation.md §2.1';
const PART_B = 'Lampiran III PP 44/2015 (nilai yang umum dikutip, belum dikonfirmasi) — regulation.md §2.1 bagian B';

type Extra = Partial<Pick<DisabilityRow, 'max' | 'unit' | 'maxUnits' | 'capCode' | 'mirror' | 'note'>>;

const confirmed = (code: string, label: string, percent: string, extra: Extra = {}, kind: DisabilityKind = 'fixed'): DisabilityRow => ({
  code,
  label,
  kind,
  percent: parsePercent(percent),
  ...extra,
  source: S11,
  confirmed: true,
});
const unconfirmed = (code: string, label: string, percent: string, extra: Extra = {}): DisabilityRow => ({
  code,
  label,
  kind: 'fixed',
  percent: parsePercent(percent),
  ...extra,
  source: PART_B,
  confirmed: false,
});

export const DISABILITY_TABLE: readonly DisabilityRow[] = [
  // Part A — S11
  confirmed('mata-kedua', 'Kedua belah mata', '70'),
  confirmed('mata-sebelah', 'Sebelah mata atau diplopia pada penglihatan dekat', '35'),
  confirmed('dengar-kedua', 'Pendengaran pada kedua belah telinga', '40'),
  confirmed('dengar-sebelah', 'Pendengaran pada sebelah telinga', '20'),
  confirmed('kulit-kepala', 'Terkelupasnya kulit kepala', '10', { max: parsePercent('30') }, 'range'),
  confirmed(
    'dengar-kedua-per-10db',
    'Penurunan daya dengar kedua belah telinga, per 10 dB',
    '6',
    { unit: '10 dB', maxUnits: 10, capCode: 'dengar-kedua' },
    'per_unit',
  ),
  confirmed(
    'dengar-sebelah-per-10db',
    'Penurunan daya dengar sebelah telinga, per 10 dB',
    '3',
    { unit: '10 dB', maxUnits: 10, capCode: 'dengar-sebelah' },
    'per_unit',
  ),
  confirmed('daun-telinga-sebelah', 'Hilangnya daun telinga sebelah', '5'),
  confirmed('daun-telinga-kedua', 'Hilangnya kedua belah daun telinga', '10'),
  confirmed('cuping-hidung', 'Hilangnya cuping hidung', '30'),
  confirmed('sekat-hidung', 'Perforasi sekat rongga hidung', '15'),
  confirmed('penciuman', 'Hilangnya daya penciuman', '10'),
  confirmed('penglihatan-sebagian', 'Hilangnya sebagian fungsi penglihatan', '7', { note: 'Sesuai tulisan sumber; konteks baris tidak lengkap.' }),
  confirmed('penglihatan-warna', 'Hilangnya penglihatan warna', '10'),
  confirmed('lapangan-pandang-per-10', 'Kehilangan lapangan pandang, per 10%', '7', { unit: '10%', maxUnits: 10 }, 'per_unit'),
  confirmed('lengan-kanan-bahu', 'Lengan kanan dari sendi bahu ke bawah', '40', { mirror: 'lengan-kiri-bahu' }),
  confirmed('lengan-kiri-bahu', 'Lengan kiri dari sendi bahu ke bawah', '35', { mirror: 'lengan-kanan-bahu' }),
  // Part B — not confirmed
  unconfirmed('lengan-kanan-siku', 'Lengan kanan dari atau dari atas siku ke bawah', '35', { mirror: 'lengan-kiri-siku' }),
  unconfirmed('lengan-kiri-siku', 'Lengan kiri dari atau dari atas siku ke bawah', '30', { mirror: 'lengan-kanan-siku' }),
  unconfirmed('tangan-kanan-pergelangan', 'Tangan kanan dari atau dari atas pergelangan ke bawah', '32', { mirror: 'tangan-kiri-pergelangan' }),
  unconfirmed('tangan-kiri-pergelangan', 'Tangan kiri dari atau dari atas pergelangan ke bawah', '28', { mirror: 'tangan-kanan-pergelangan' }),
  unconfirmed('kaki-kedua-paha', 'Kedua belah kaki dari pangkal paha ke bawah', '70'),
  unconfirmed('kaki-sebelah-paha', 'Sebelah kaki dari pangkal paha ke bawah', '35'),
  unconfirmed('kaki-kedua-mata-kaki', 'Kedua belah kaki dari mata kaki ke bawah', '50'),
  unconfirmed('kaki-sebelah-mata-kaki', 'Sebelah kaki dari mata kaki ke bawah', '25'),
  unconfirmed('ibu-jari-kanan', 'Ibu jari tangan kanan', '15', { mirror: 'ibu-jari-kiri' }),
  unconfirmed('ibu-jari-kiri', 'Ibu jari tangan kiri', '12', { mirror: 'ibu-jari-kanan' }),
  unconfirmed('telunjuk-kanan', 'Telunjuk tangan kanan', '9', { mirror: 'telunjuk-kiri' }),
  unconfirmed('telunjuk-kiri', 'Telunjuk tangan kiri', '7', { mirror: 'telunjuk-kanan' }),
  unconfirmed('jari-lain-kanan', 'Salah satu jari lain tangan kanan', '4', { mirror: 'jari-lain-kiri' }),
  unconfirmed('jari-lain-kiri', 'Salah satu jari lain tangan kiri', '3', { mirror: 'jari-lain-kanan' }),
  unconfirmed('ruas-telunjuk-kanan', 'Ruas pertama telunjuk kanan', '4.5', { mirror: 'ruas-telunjuk-kiri' }),
  unconfirmed('ruas-telunjuk-kiri', 'Ruas pertama telunjuk kiri', '3.5', { mirror: 'ruas-telunjuk-kanan' }),
  unconfirmed('ruas-jari-lain-kanan', 'Ruas pertama jari lain tangan kanan', '2', { mirror: 'ruas-jari-lain-kiri' }),
  unconfirmed('ruas-jari-lain-kiri', 'Ruas pertama jari lain tangan kiri', '1.5', { mirror: 'ruas-jari-lain-kanan' }),
  unconfirmed('ibu-jari-kaki', 'Ibu jari kaki', '5'),
  unconfirmed('telunjuk-kaki', 'Telunjuk kaki', '3'),
  unconfirmed('jari-lain-kaki', 'Salah satu jari lain kaki', '2'),
  unconfirmed('kaki-memendek-kurang-5cm', 'Kaki memendek sebelah kurang dari 5 cm', '10'),
  unconfirmed('kaki-memendek-5-7cm', 'Kaki memendek sebelah 5 cm sampai kurang dari 7,5 cm', '20'),
  unconfirmed('kaki-memendek-7cm-lebih', 'Kaki memendek sebelah 7,5 cm atau lebih', '30'),
  unconfirmed('impotensi', 'Impotensi', '30'),
  unconfirmed('kerja-fisik-51-70', 'Hilangnya kemampuan kerja fisik 51%–70%', '40'),
  unconfirmed('kerja-fisik-26-50', 'Hilangnya kemampuan kerja fisik 26%–50%', '20'),
  unconfirmed('kerja-fisik-10-25', 'Hilangnya kemampuan kerja fisik 10%–25%', '5'),
  unconfirmed('kerja-mental', 'Hilangnya kemampuan kerja mental tetap', '70'),
];

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
