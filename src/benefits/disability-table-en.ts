/**
 * The disability table's body parts in English (issue #16), by code: the screens show them when English is chosen
 * (`Accept-Language: en`); the Bahasa rows in disability-table.ts stay the authority, and letters stay Bahasa.
 * A test holds every row of the table to an entry here.
 */
import { tr } from '../core/language.ts';
import type { DisabilityRow } from './disability-table.ts';

export const DISABILITY_LABELS_EN: Readonly<Record<string, string>> = {
  'mata-kedua': 'Both eyes',
  'mata-sebelah': 'One eye, or double vision at near sight',
  'dengar-kedua': 'Hearing in both ears',
  'dengar-sebelah': 'Hearing in one ear',
  'kulit-kepala': 'Scalping (loss of the scalp)',
  'dengar-kedua-per-10db': 'Hearing loss in both ears, per 10 dB',
  'dengar-sebelah-per-10db': 'Hearing loss in one ear, per 10 dB',
  'daun-telinga-sebelah': 'Loss of one outer ear',
  'daun-telinga-kedua': 'Loss of both outer ears',
  'cuping-hidung': 'Loss of the nose wing',
  'sekat-hidung': 'Perforation of the nasal septum',
  penciuman: 'Loss of the sense of smell',
  'penglihatan-sebagian': 'Partial loss of vision',
  'penglihatan-warna': 'Loss of colour vision',
  'lapangan-pandang-per-10': 'Loss of visual field, per 10%',
  'lengan-kanan-bahu': 'Right arm from the shoulder joint down',
  'lengan-kiri-bahu': 'Left arm from the shoulder joint down',
  'lengan-kanan-siku': 'Right arm from or above the elbow down',
  'lengan-kiri-siku': 'Left arm from or above the elbow down',
  'tangan-kanan-pergelangan': 'Right hand from or above the wrist down',
  'tangan-kiri-pergelangan': 'Left hand from or above the wrist down',
  'kaki-kedua-paha': 'Both legs from the hip down',
  'kaki-sebelah-paha': 'One leg from the hip down',
  'kaki-kedua-mata-kaki': 'Both feet from the ankle down',
  'kaki-sebelah-mata-kaki': 'One foot from the ankle down',
  'ibu-jari-kanan': 'Right thumb',
  'ibu-jari-kiri': 'Left thumb',
  'telunjuk-kanan': 'Right index finger',
  'telunjuk-kiri': 'Left index finger',
  'jari-lain-kanan': 'Any other finger of the right hand',
  'jari-lain-kiri': 'Any other finger of the left hand',
  'ruas-telunjuk-kanan': 'First joint of the right index finger',
  'ruas-telunjuk-kiri': 'First joint of the left index finger',
  'ruas-jari-lain-kanan': 'First joint of another finger of the right hand',
  'ruas-jari-lain-kiri': 'First joint of another finger of the left hand',
  'ibu-jari-kaki': 'Big toe',
  'telunjuk-kaki': 'Second toe',
  'jari-lain-kaki': 'Any other toe',
  'kaki-memendek-kurang-5cm': 'One leg shortened by less than 5 cm',
  'kaki-memendek-5-7cm': 'One leg shortened by 5 cm to less than 7.5 cm',
  'kaki-memendek-7cm-lebih': 'One leg shortened by 7.5 cm or more',
  impotensi: 'Impotence',
  'kerja-fisik-51-70': 'Loss of physical working capacity 51%–70%',
  'kerja-fisik-26-50': 'Loss of physical working capacity 26%–50%',
  'kerja-fisik-10-25': 'Loss of physical working capacity 10%–25%',
  'kerja-mental': 'Permanent loss of mental working capacity',
};

/** Notes and sources of the rows, Bahasa → English. */
const TEXTS_EN: Readonly<Record<string, string>> = {
  'Sesuai tulisan sumber; konteks baris tidak lengkap.': "As written in the source; the row's context is incomplete.",
  'S11 (seputarpabrik.com, "sesuai PP No.82 Tahun 2019"), sumber sekunder — regulation.md §2.1':
    'S11 (seputarpabrik.com, "sesuai PP No.82 Tahun 2019"), a secondary source — regulation.md §2.1',
  'Lampiran III PP 44/2015 (nilai yang umum dikutip, belum dikonfirmasi) — regulation.md §2.1 bagian B':
    'Annex III of PP 44/2015 (commonly quoted values, not confirmed) — regulation.md §2.1 part B',
};

/** The row's body part in the request's language. */
export function disabilityLabel(row: Pick<DisabilityRow, 'code' | 'label'>): string {
  return tr(row.label, DISABILITY_LABELS_EN[row.code] ?? row.label);
}

/** A row's note or source in the request's language. */
export function disabilityText(text: string): string {
  return tr(text, TEXTS_EN[text] ?? text);
}
