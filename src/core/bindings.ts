/**
 * Which bindings an account may have (PURE; with src/core/scope.ts, the one place that decides who is bound where): its role, the institution and the work unit it is
 * bound to. The service looks the institution and unit up (404s, the administrator's own
 * institution) and refuses what `accountBindingProblem` names with a 400 on the field it names.
 *
 * - A system administrator is bound to nothing.
 * - Everyone else is bound to one institution; an admin or an OPD operator to a regency
 *   government, a BPJS officer to a BPJS branch.
 * - An OPD operator is bound to one unit of that institution; a viewer may be; nobody else is.
 * - A unit closed on or before today takes no new operator or viewer.
 */
import type { InstitutionsTable, Role } from '../db/schema.ts';
import { compareDates, formatDateId } from './dates.ts';

export interface BindingInstitution {
  id: number;
  kind: InstitutionsTable['kind'];
}

export interface BindingUnit {
  id: number;
  institution_id: number;
  code: string;
  name: string;
  closed_on: string | null;
}

/** Why a binding is refused (a validation error), and the field it is about when there is one. */
export interface BindingRefusal {
  message: string;
  field?: 'institutionId' | 'workUnitId';
}

/** The role that must be bound to a work unit to act at all: the OPD operator. */
export function needsUnit(role: Role): boolean {
  return role === 'opd_operator';
}

/** The roles bound to a work unit: an OPD operator always, a viewer when it watches one unit. */
export function takesUnit(role: Role): boolean {
  return needsUnit(role) || role === 'viewer';
}

/**
 * The refusal of an account's binding, or null when role, institution and unit fit together.
 * `institution` and `unit` are null when none is named, else the row found. A system administrator
 * is refused whatever it names, so for it the service passes the ids as given, without a lookup;
 * for any other role a bare id counts as an institution of unknown kind and a unit of no
 * institution (refused). `today` ('YYYY-MM-DD'): without it a closed unit is not checked.
 */
export function accountBindingProblem(
  role: Role,
  institution: BindingInstitution | number | null,
  unit: BindingUnit | number | null,
  today?: string,
): BindingRefusal | null {
  if (role === 'system_admin') {
    return institution || unit ? { message: 'Administrator sistem tidak terikat pada instansi atau unit kerja' } : null;
  }
  if (!institution) return { message: 'Pengguna harus terikat pada satu instansi (pemerintah daerah atau kantor cabang BPJS)', field: 'institutionId' };
  if (needsUnit(role) && !unit) return { message: 'Operator OPD harus terikat pada satu unit kerja (workUnitId)', field: 'workUnitId' };
  if (unit && !takesUnit(role)) return { message: 'Hanya operator OPD dan pemantau yang terikat pada unit kerja', field: 'workUnitId' };
  const inst = typeof institution === 'number' ? { id: institution, kind: undefined } : institution;
  if (unit) {
    if (typeof unit === 'number' || unit.institution_id !== inst.id) return { message: 'Unit kerja itu milik instansi lain', field: 'workUnitId' };
    if (unit.closed_on && today && compareDates(unit.closed_on, today) <= 0) {
      return {
        message: `Unit kerja ${unit.code} ${unit.name} ditutup sejak ${formatDateId(unit.closed_on)}; unit itu tidak menerima operator atau pemantau baru`,
        field: 'workUnitId',
      };
    }
  }
  const kind = inst.kind;
  if ((role === 'admin' || role === 'opd_operator') && kind !== 'government') {
    return { message: 'Admin dan operator OPD terikat pada pemerintah daerah, bukan kantor cabang BPJS', field: 'institutionId' };
  }
  if (role === 'bpjs_officer' && kind !== 'bpjs_branch') return { message: 'Petugas BPJS terikat pada kantor cabang BPJS', field: 'institutionId' };
  return null;
}
