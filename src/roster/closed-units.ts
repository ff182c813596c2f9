/**
 * A work unit closed from a date takes no new employees and no moves into it from that date
 * (the roster's create, move and import all ask here).
 */
import { compareDates, formatDateId } from '../core/dates.ts';

export interface UnitClosing {
  code: string;
  name: string;
  closed_on?: string | null;
}

/**
 * The Bahasa reason an employee may not join `unit` on `joinOn` (recorded `today`), or null. The
 * later of the two dates counts: a back-dated entry made after the closing still places someone in a
 * closed unit, unless that employee left before the unit closed.
 */
export function closedUnitProblem(unit: UnitClosing, joinOn: string, today: string, endDate?: string | null): string | null {
  if (!unit.closed_on) return null;
  const from = compareDates(joinOn, today) > 0 ? joinOn : today;
  if (compareDates(unit.closed_on, from) > 0) return null;
  if (endDate && compareDates(endDate, unit.closed_on) < 0) return null;
  return `Unit kerja ${unit.code} ${unit.name} ditutup sejak ${formatDateId(unit.closed_on)}; unit itu tidak menerima pegawai baru atau pindahan sejak tanggal itu`;
}
