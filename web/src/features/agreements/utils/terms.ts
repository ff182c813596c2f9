/** Reading the cited values of a terms object by the catalogue's paths. */
import type { Terms, TermsField } from '../api/types.ts';

export interface CitedValue {
  value: unknown;
  basis: string;
  note?: string;
}

export function getCited(terms: Terms, path: string): CitedValue | undefined {
  let node: unknown = terms;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node && typeof node === 'object' && 'value' in node ? (node as CitedValue) : undefined;
}

export function fieldLabel(field: Pick<TermsField, 'label'>, language: string): string {
  return language === 'en' ? field.label.en : field.label.id;
}

/** The top-level group of a path: "contribution" or "benefits". */
export function sectionOf(path: string): 'contribution' | 'benefits' {
  return path.startsWith('contribution.') ? 'contribution' : 'benefits';
}
