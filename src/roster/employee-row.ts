/**
 * The one mapping between an employee's row (snake_case columns) and its API shape (camelCase),
 * used by the service (answers, create, update), the import (comparison with the file) and the
 * import's writes.
 */
import { compareDates } from '../core/dates.ts';
import type { EmployeesTable } from '../db/schema.ts';
import type { EmployeeRecord } from './repo.ts';
import type { EmployeeOut } from './schemas.ts';

/** What the record says about the person, named as the API names it (an import compares these). */
export type EmployeeDetails = Pick<
  EmployeeOut,
  'fullName' | 'sex' | 'birthPlace' | 'birthDate' | 'position' | 'employmentType' | 'startDate' | 'endDate' | 'endReason' | 'phone' | 'address'
>;

/** The columns that hold EmployeeDetails. */
export type EmployeeDetailColumns = Pick<
  EmployeesTable,
  'full_name' | 'sex' | 'birth_place' | 'birth_date' | 'position' | 'employment_type' | 'start_date' | 'end_date' | 'end_reason' | 'phone' | 'address'
>;

/**
 * The same mapping as a list of [column, field] pairs, for writers that fill a statement's values
 * in order (repo.ts's bulk insert). `employeeDetails` and `employeeColumns` stay written out (one
 * object literal each, read for every row of an import); `employee-row.test.ts` holds the three
 * to the same mapping.
 */
export const EMPLOYEE_DETAIL_FIELDS = [
  ['full_name', 'fullName'],
  ['sex', 'sex'],
  ['birth_place', 'birthPlace'],
  ['birth_date', 'birthDate'],
  ['position', 'position'],
  ['employment_type', 'employmentType'],
  ['start_date', 'startDate'],
  ['end_date', 'endDate'],
  ['end_reason', 'endReason'],
  ['phone', 'phone'],
  ['address', 'address'],
] as const satisfies readonly (readonly [keyof EmployeeDetailColumns, keyof EmployeeDetails])[];

/** Row → API names. */
export function employeeDetails(e: EmployeeDetailColumns): EmployeeDetails {
  return {
    fullName: e.full_name,
    sex: e.sex,
    birthPlace: e.birth_place,
    birthDate: e.birth_date,
    position: e.position,
    employmentType: e.employment_type,
    startDate: e.start_date,
    endDate: e.end_date,
    endReason: e.end_reason,
    phone: e.phone,
    address: e.address,
  };
}

/** API names → the row's columns (for an insert or an update). */
export function employeeColumns(d: EmployeeDetails): EmployeeDetailColumns {
  return {
    full_name: d.fullName,
    sex: d.sex,
    birth_place: d.birthPlace,
    birth_date: d.birthDate,
    position: d.position,
    employment_type: d.employmentType,
    start_date: d.startDate,
    end_date: d.endDate,
    end_reason: d.endReason,
    phone: d.phone,
    address: d.address,
  };
}

/** An employee with its unit as the API answers it; ended when the end date is before today. */
export function presentEmployee(e: EmployeeRecord, today: string): EmployeeOut {
  return {
    id: e.id,
    nik: e.nik,
    ...employeeDetails(e),
    workUnitId: e.work_unit_id,
    unitCode: e.unit_code,
    unitName: e.unit_name,
    institutionId: e.institution_id,
    status: e.end_date && compareDates(e.end_date, today) < 0 ? 'ended' : 'active',
    nikOverrideReason: e.nik_override_reason,
  };
}
