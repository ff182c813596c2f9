/** The value an addendum gives one term, as edited in a form and as sent to the API. */
import { rateToPercentString, type Rate } from '../../../lib/format.ts';
import type { FieldKind, Terms, TermsField } from '../api/types.ts';
import { getCited } from './terms.ts';

export type ChangeValue = number | string | boolean | string[];

export interface ChangeRow {
  key: string;
  path: string;
  value: ChangeValue;
  basis: string;
  note: string;
}

let seq = 0;
export function newChangeRow(): ChangeRow {
  seq += 1;
  return { key: `change-${seq}`, path: '', value: '', basis: '', note: '' };
}

/** The form value for a term, starting from the value in force. */
export function editableValue(kind: FieldKind, current: unknown): ChangeValue {
  switch (kind) {
    case 'rate':
      return current && typeof current === 'object' ? rateToPercentString(current as Rate) : '';
    case 'json':
      return JSON.stringify(current ?? null, null, 2);
    case 'payment_modes':
      return Array.isArray(current) ? (current as string[]) : [];
    case 'boolean':
      return Boolean(current);
    case 'rupiah_cap':
      return typeof current === 'number' ? current : '';
    default:
      return (current as number | string | undefined) ?? '';
  }
}

export function startValue(field: TermsField | undefined, terms: Terms | undefined): ChangeValue {
  if (!field) return '';
  return editableValue(field.kind, terms ? getCited(terms, field.path)?.value : undefined);
}

const RATE = /^\d{1,3}([.,]\d{1,6})?$/;

/** The API value, or an error message key when the form value does not fit the kind. */
export function apiValue(kind: FieldKind, value: ChangeValue): { value: unknown } | { error: 'invalidRate' | 'invalidJson' | 'required' } {
  switch (kind) {
    case 'rupiah':
    case 'integer':
    case 'percent':
      return typeof value === 'number' && Number.isFinite(value) ? { value } : { error: 'required' };
    case 'rupiah_cap':
      // empty = no cap (as medically needed)
      return typeof value === 'number' && Number.isFinite(value) ? { value } : { value: null };
    case 'rate': {
      const text = String(value).trim();
      return RATE.test(text) ? { value: text.replace(',', '.') } : { error: 'invalidRate' };
    }
    case 'json':
      try {
        return { value: JSON.parse(String(value)) as unknown };
      } catch {
        return { error: 'invalidJson' };
      }
    default:
      return { value };
  }
}
