/** Display helpers shared by the roster's pages. */
import type { TFunction } from 'i18next';
import { formatDateId } from '../../../lib/format.ts';
import { EMPLOYMENT_TYPES, type EmploymentType } from '../api/types.ts';

export function typeLabel(t: TFunction, type: string): string {
  return EMPLOYMENT_TYPES.includes(type as EmploymentType) ? t(`roster.types.${type as EmploymentType}`) : type;
}

export function sexLabel(t: TFunction, sex: string): string {
  return sex === 'L' || sex === 'P' ? t(`roster.sexes.${sex}`) : sex;
}

const FIELD_KEYS = [
  'fullName',
  'sex',
  'birthPlace',
  'birthDate',
  'unit',
  'unitCode',
  'position',
  'employmentType',
  'startDate',
  'endDate',
  'endReason',
  'phone',
  'address',
  'nikOverrideReason',
] as const;
type FieldKey = (typeof FIELD_KEYS)[number];

/** The label of a changed field; `fallback` (the server's Bahasa label) for fields the UI does not know. */
export function fieldLabel(t: TFunction, field: string, fallback?: string): string {
  return FIELD_KEYS.includes(field as FieldKey) ? t(`roster.fields.${field as FieldKey}`) : (fallback ?? field);
}

/** A changed value as people read it: dates in words, types and sexes spelled out, empty as "—". */
export function valueText(t: TFunction, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('app.none');
  const text = String(value);
  if (field === 'employmentType') return typeLabel(t, text);
  if (field === 'sex') return sexLabel(t, text);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDateId(text);
  return text;
}
