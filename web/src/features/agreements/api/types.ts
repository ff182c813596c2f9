/** API shapes of agreements, taken from the server's zod contracts (types only). */
import type { AgreementOut, AgreementSummary } from '../../../../../src/agreements/schemas.ts';
import type { Terms } from '../../../../../src/agreements/terms.ts';
import type { FieldKind } from '../../../../../src/agreements/terms-fields.ts';

export type { AgreementOut, AgreementSummary, Terms, FieldKind };
export type AgreementStatus = AgreementSummary['status'];
export type TermsVersion = AgreementOut['termsVersions'][number];
export type Amendment = AgreementOut['amendments'][number];
export type Party = AgreementOut['parties']['one'];

export interface TermsField {
  path: string;
  kind: FieldKind;
  label: { id: string; en: string };
}

export interface TermsFieldsCatalogue {
  fields: TermsField[];
  defaults: Terms;
}

export interface TermsOn {
  agreementId: number;
  date: string;
  withinValidity: boolean;
  version: TermsVersion | null;
}

export interface TermsChangeInput {
  path: string;
  value: unknown;
  basis: string;
  note?: string;
}

export const AGREEMENT_STATUSES: readonly AgreementStatus[] = ['draft', 'active', 'ended', 'terminated'];
