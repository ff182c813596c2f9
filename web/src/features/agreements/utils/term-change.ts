/** The value an addendum gives one term, as edited in a form and as sent to the API. */
import { rateToPercentString, type Rate } from '../../../lib/format.ts';
import type { FieldKind, Terms, TermsField } from '../api/types.ts';
import { getCited } from './terms.ts';

/** The payment destination as edited: empty strings for the parts not given. */
export interface DestinationForm {
  bank: string;
  accountNumber: string;
  accountName: string;
  virtualAccount: string;
}

export type ChangeValue = number | string | boolean | string[] | DestinationForm;

const EMPTY_DESTINATION: DestinationForm = { bank: '', accountNumber: '', accountName: '', virtualAccount: '' };

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
    case 'payment_destination': {
      const d = (current ?? {}) as Partial<Record<keyof DestinationForm, string | null>>;
      return { bank: d.bank ?? '', accountNumber: d.accountNumber ?? '', accountName: d.accountName ?? '', virtualAccount: d.virtualAccount ?? '' };
    }
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
    case 'payment_destination': {
      const d = { ...EMPTY_DESTINATION, ...(typeof value === 'object' && !Array.isArray(value) ? value : {}) };
      const part = (x: string) => x.trim() || null;
      // All empty: not set. Otherwise the server checks the parts (bank, and account or virtual account).
      if (!d.bank.trim() && !d.accountNumber.trim() && !d.accountName.trim() && !d.virtualAccount.trim()) return { value: null };
      return { value: { bank: d.bank.trim(), accountNumber: part(d.accountNumber), accountName: part(d.accountName), virtualAccount: part(d.virtualAccount) } };
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
