/**
 * The employee form's values and checks. The checks are the server's own: the zod contract of
 * src/roster/schemas.ts and the NIK/date facts of src/roster/facts.ts, so the browser says what
 * the API would say before anything is sent.
 */
import { employeeInputSchema } from '../../../../../src/roster/schemas.ts';
import { checkEmployeeFacts } from '../../../../../src/roster/facts.ts';
import type { ApiIssue } from '../../../lib/api-client.ts';
import type { Employee, EmployeeInput, EmployeeUpdate, EmploymentType, Sex } from '../api/types.ts';

export interface EmployeeValues {
  nik: string;
  fullName: string;
  sex: Sex;
  birthPlace: string;
  birthDate: string;
  workUnitId: string;
  position: string;
  employmentType: EmploymentType;
  startDate: string;
  phone: string;
  address: string;
  nikOverrideReason: string;
  /** Edit only: when a move or position change takes effect. */
  effectiveOn: string;
}

export type FieldName = keyof EmployeeValues;
const FIELDS = new Set<string>([
  'nik',
  'fullName',
  'sex',
  'birthPlace',
  'birthDate',
  'workUnitId',
  'position',
  'employmentType',
  'startDate',
  'phone',
  'address',
  'nikOverrideReason',
  'effectiveOn',
]);

/** The form field of an API issue path ("nik", "workUnitId", …), or null. */
export const toField = (path: string): FieldName | null => (FIELDS.has(path) ? (path as FieldName) : null);

export function initialValues(employee: Employee | undefined, lockedUnitId: number | null): EmployeeValues {
  return {
    nik: employee?.nik ?? '',
    fullName: employee?.fullName ?? '',
    sex: employee?.sex ?? 'L',
    birthPlace: employee?.birthPlace ?? '',
    birthDate: employee?.birthDate ?? '',
    workUnitId: employee ? String(employee.workUnitId) : lockedUnitId ? String(lockedUnitId) : '',
    position: employee?.position ?? '',
    employmentType: employee?.employmentType ?? 'honorer',
    startDate: employee?.startDate ?? '',
    phone: employee?.phone ?? '',
    address: employee?.address ?? '',
    nikOverrideReason: employee?.nikOverrideReason ?? '',
    effectiveOn: '',
  };
}

export function toInput(v: EmployeeValues): EmployeeInput {
  return {
    nik: v.nik.trim(),
    fullName: v.fullName.trim(),
    sex: v.sex,
    birthPlace: v.birthPlace.trim(),
    birthDate: v.birthDate,
    workUnitId: Number(v.workUnitId) || (undefined as unknown as number),
    position: v.position.trim(),
    employmentType: v.employmentType,
    startDate: v.startDate,
    endDate: null,
    endReason: null,
    phone: v.phone.trim(),
    address: v.address.trim(),
    nikOverrideReason: v.nikOverrideReason.trim() || null,
  };
}

/** Whether the edit moves the employee or changes the position (then "berlaku sejak" matters). */
export function isMoveOrNewPosition(v: EmployeeValues, employee: Employee | undefined): boolean {
  return !!employee && (v.workUnitId !== String(employee.workUnitId) || v.position.trim() !== employee.position);
}

/** A PATCH body: every editable field (the server records only what changed), never the NIK. */
export function toUpdate(v: EmployeeValues, employee: Employee): EmployeeUpdate {
  const { nik: _nik, endDate: _endDate, endReason: _endReason, ...rest } = toInput(v);
  return { ...rest, ...(v.effectiveOn && isMoveOrNewPosition(v, employee) ? { effectiveOn: v.effectiveOn } : {}) };
}

/**
 * The values to send: an override reason only while the NIK disagrees with the birth date/sex.
 * Once the data agree again (say a mistyped birth date is corrected after the reason was
 * written) the new reason is dropped, so the employee is not recorded as a NIK exception; an
 * edit keeps the reason already stored.
 */
export function valuesToSave(v: EmployeeValues, mismatch: boolean, employee: Employee | undefined): EmployeeValues {
  return mismatch ? v : { ...v, nikOverrideReason: employee?.nikOverrideReason ?? '' };
}

export interface Checked {
  issues: (ApiIssue & { code?: string })[];
  /** The NIK disagrees with the birth date or sex (an admin may keep it with a reason). */
  mismatch: boolean;
}

/** The server's checks in the browser; a NIK mismatch passes once a reason is given. */
export function checkValues(v: EmployeeValues, today: string): Checked {
  const input = toInput(v);
  const parsed = employeeInputSchema.safeParse(input);
  const issues: Checked['issues'] = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  let mismatch = false;
  if (parsed.success) {
    for (const fact of checkEmployeeFacts(parsed.data, today)) {
      if (fact.code === 'nik_mismatch') mismatch = true;
      if (fact.code !== 'nik_mismatch' || !input.nikOverrideReason) issues.push({ path: fact.field, message: fact.message, code: fact.code });
    }
  }
  if (v.effectiveOn && !/^\d{4}-\d{2}-\d{2}$/.test(v.effectiveOn)) issues.push({ path: 'effectiveOn', message: 'Tanggal berlaku harus berformat TTTT-BB-HH' });
  return { issues, mismatch };
}
