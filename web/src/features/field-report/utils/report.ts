/** Pure helpers of the field report page: the draft's shape, its checks before saving, the body sent. */

export interface PhotoDraft {
  name: string;
  blob: Blob;
}

export interface Location {
  latitude: number;
  longitude: number;
  accuracy?: number;
}

export interface EmployeeChoice {
  id: number;
  fullName: string;
  nik: string;
  unitName: string;
}

export interface Draft {
  employee: EmployeeChoice | null;
  incidentDate: string;
  incidentTime: string;
  died: boolean;
  place: string;
  location: Location | null;
  chronology: string;
  witnesses: string;
  takenTo: string;
  photos: PhotoDraft[];
}

/** A saved report waiting in the outbox (or refused by the server, with its reason). */
export interface Queued {
  clientId: string;
  savedAt: string;
  draft: Draft;
  state: 'waiting' | 'refused';
  error?: string;
}

export const MAX_PHOTOS = 10;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const LONGEST_SIDE = 1600;

export const emptyDraft = (date: string, time: string): Draft => ({
  employee: null,
  incidentDate: date,
  incidentTime: time,
  died: false,
  place: '',
  location: null,
  chronology: '',
  witnesses: '',
  takenTo: '',
  photos: [],
});

/** The missing fields by their catalogue key (fieldReport.required.*), in the form's order. */
export function missingFields(d: Draft): ('employee' | 'incidentDate' | 'incidentTime' | 'place' | 'chronology')[] {
  const out: ('employee' | 'incidentDate' | 'incidentTime' | 'place' | 'chronology')[] = [];
  if (!d.employee) out.push('employee');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.incidentDate)) out.push('incidentDate');
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(d.incidentTime)) out.push('incidentTime');
  if (!d.place.trim()) out.push('place');
  if (!d.chronology.trim()) out.push('chronology');
  return out;
}

/** The size of an image scaled so its longest side is at most `longest` (never enlarged). */
export function scaledSize(width: number, height: number, longest = LONGEST_SIDE): { width: number; height: number } {
  const factor = Math.min(1, longest / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * factor)), height: Math.max(1, Math.round(height * factor)) };
}

/** A UUID v4 (crypto.randomUUID where the page is a secure context, else from getRandomValues). */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Finds people in the roster kept on the phone: by name (any part), NIK start, as the server's search does. */
export function searchRoster(list: readonly EmployeeChoice[], q: string): EmployeeChoice[] {
  const text = q.trim().toLowerCase();
  if (text.length < 2) return [];
  return list.filter((e) => (/^\d+$/.test(text) ? e.nik.startsWith(text) : e.fullName.toLowerCase().includes(text))).slice(0, 20);
}
