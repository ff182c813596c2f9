/**
 * Pure checks of an employee's facts shared by the forms, the API and the import: NIK against
 * birth date and sex, dates in order and not in the future.
 */
import { compareDates, formatDateId } from '../core/dates.ts';
import { checkNik } from './nik.ts';

export interface FactIssue {
  field: string;
  code: 'nik_invalid' | 'nik_mismatch' | 'date_future' | 'date_order';
  message: string;
}

export interface EmployeeFacts {
  nik: string;
  sex: 'L' | 'P';
  birthDate: string;
  /** Null: not known. */
  startDate: string | null;
  endDate?: string | null;
}

export function checkEmployeeFacts(facts: EmployeeFacts, today: string): FactIssue[] {
  const issues: FactIssue[] = [];
  const nik = checkNik(facts.nik, { today, birthDate: facts.birthDate, sex: facts.sex });
  if (!nik.valid) {
    for (const problem of nik.problems) issues.push({ field: 'nik', code: problem.code, message: problem.message });
  }
  if (compareDates(facts.birthDate, today) > 0)
    issues.push({ field: 'birthDate', code: 'date_future', message: `Tanggal lahir ${formatDateId(facts.birthDate)} ada di masa depan` });
  if (facts.startDate && compareDates(facts.startDate, today) > 0)
    issues.push({ field: 'startDate', code: 'date_future', message: `Tanggal mulai kerja ${formatDateId(facts.startDate)} ada di masa depan` });
  if (facts.startDate && compareDates(facts.startDate, facts.birthDate) <= 0)
    issues.push({ field: 'startDate', code: 'date_order', message: 'Tanggal mulai kerja harus setelah tanggal lahir' });
  if (facts.endDate && facts.startDate && compareDates(facts.endDate, facts.startDate) < 0) {
    issues.push({
      field: 'endDate',
      code: 'date_order',
      message: `Tanggal berhenti (${formatDateId(facts.endDate)}) sebelum tanggal mulai kerja (${formatDateId(facts.startDate)})`,
    });
  }
  return issues;
}
