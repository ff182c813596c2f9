/**
 * Rules of field reports (issue #18), without I/O: which photos are taken (their kind read from
 * the bytes; refusals in the request's language), and how the report's parts become the claim's
 * place and chronology (stored text: always Bahasa).
 */

import { tr } from '../core/language.ts';

/** At most this many photos per report. */
export const MAX_PHOTOS = 10;
/** Each photo at most 5 MB as received (the page resizes to 1600 px JPEG, usually well under 1 MB). */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

export type PhotoKind = 'image/jpeg' | 'image/png' | 'image/webp';

/** The image kind by its first bytes (JPEG, PNG, WebP), or null when the bytes are not one of them. */
export function photoKind(bytes: Uint8Array): PhotoKind | null {
  const at = (i: number) => bytes[i];
  if (bytes.length >= 3 && at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => at(i) === b)) return 'image/png';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

const EXTENSION: Record<PhotoKind, string> = { 'image/jpeg': '.jpg', 'image/png': '.png', 'image/webp': '.webp' };

/** The stored name: the name as given, with the extension of its real kind. */
export function photoFileName(name: string, kind: PhotoKind): string {
  const base = name.replace(/\.[A-Za-z0-9]{1,5}$/, '') || 'foto';
  return `${base}${EXTENSION[kind]}`;
}

/** The refusal for one photo, or null when it is taken. `index` counts from 1, as people do. */
export function photoProblem(index: number, bytes: Uint8Array): string | null {
  const mb = MAX_PHOTO_BYTES / 1024 / 1024;
  if (bytes.length === 0) return tr(`Foto ${index} kosong`, `Photo ${index} is empty`);
  if (bytes.length > MAX_PHOTO_BYTES) return tr(`Foto ${index} lebih dari ${mb} MB`, `Photo ${index} is over ${mb} MB`);
  if (!photoKind(bytes)) return tr(`Berkas ${index} bukan foto (hanya JPEG, PNG atau WebP)`, `File ${index} is not a photo (JPEG, PNG or WebP only)`);
  return null;
}

/** The claim's place: as typed, with the phone's position when the user allowed it. */
export function placeText(place: string, location: { latitude: number; longitude: number; accuracy?: number | undefined } | null): string {
  if (!location) return place;
  const accuracy = location.accuracy === undefined ? '' : ` ±${Math.round(location.accuracy)} m`;
  return `${place} (lokasi ponsel ${location.latitude.toFixed(6)}, ${location.longitude.toFixed(6)}${accuracy})`;
}

/** The claim's chronology: what happened, then the witnesses and where the victim was taken when given. */
export function chronologyText(what: string, witnesses: string, takenTo: string): string {
  return [what, witnesses ? `Saksi: ${witnesses}` : '', takenTo ? `Korban dibawa ke: ${takenTo}` : ''].filter(Boolean).join('\n');
}
