/** The agreement form's values, how they become the API body, and which field an issue names. */
import { rateToPercentString, type Rate } from '../../../lib/format.ts';
import type { AgreementInput, PartyInput } from '../api/save-agreement.ts';
import type { AgreementOut, Terms, TermsChangeInput } from '../api/types.ts';
import { getCited } from './terms.ts';

/** The main terms the form edits; the rest follow the regulation defaults. */
export const MAIN_TERMS = [
  { key: 'reportedWage', path: 'contribution.reportedWage', basis: 'PKS Pasal 4 ayat (2)' },
  { key: 'jkkRate', path: 'contribution.jkkRate', basis: 'PKS Pasal 4 ayat (1) huruf a' },
  { key: 'jkmRate', path: 'contribution.jkmRate', basis: 'PKS Pasal 4 ayat (1) huruf b' },
  { key: 'paymentModes', path: 'contribution.paymentModes', basis: 'PKS Pasal 4 ayat (3)' },
] as const;

export type MainTermKey = (typeof MAIN_TERMS)[number]['key'];

export interface AgreementFormValues {
  title: string;
  numberPartyOne: string;
  numberPartyTwo: string;
  signedOn: string;
  place: string;
  durationMonths: number | string;
  partyOne: PartyInput;
  partyTwo: PartyInput;
  purpose: string;
  scope: string;
  legalBases: string;
  terms: {
    reportedWage: { value: number | string; basis: string };
    jkkRate: { value: string; basis: string };
    jkmRate: { value: string; basis: string };
    paymentModes: { value: string[]; basis: string };
  };
}

const emptyParty = (): PartyInput => ({ institution: '', address: '', signatory: '', position: '' });

function mainTermsFrom(terms: Terms | undefined, useTermsBasis: boolean): AgreementFormValues['terms'] {
  const cited = (path: string) => (terms ? getCited(terms, path) : undefined);
  const basis = (key: MainTermKey) => {
    const main = MAIN_TERMS.find((m) => m.key === key)!;
    return (useTermsBasis && cited(main.path)?.basis) || main.basis;
  };
  const rate = (path: string) => {
    const value = cited(path)?.value as Rate | undefined;
    return value ? rateToPercentString(value) : '';
  };
  return {
    reportedWage: { value: useTermsBasis ? ((cited('contribution.reportedWage')?.value as number | undefined) ?? '') : '', basis: basis('reportedWage') },
    jkkRate: { value: rate('contribution.jkkRate'), basis: basis('jkkRate') },
    jkmRate: { value: rate('contribution.jkmRate'), basis: basis('jkmRate') },
    paymentModes: { value: (cited('contribution.paymentModes')?.value as string[] | undefined) ?? ['monthly', 'yearly'], basis: basis('paymentModes') },
  };
}

/** A new agreement: 24 months, rates and payment modes from the regulation defaults, bases prefilled. */
export function newAgreementValues(defaults: Terms | undefined): AgreementFormValues {
  return {
    title: '',
    numberPartyOne: '',
    numberPartyTwo: '',
    signedOn: '',
    place: '',
    durationMonths: 24,
    partyOne: emptyParty(),
    partyTwo: emptyParty(),
    purpose: '',
    scope: '',
    legalBases: '',
    terms: mainTermsFrom(defaults, false),
  };
}

export function valuesFromAgreement(a: AgreementOut): AgreementFormValues {
  const party = (p: AgreementOut['parties']['one']): PartyInput => ({
    institution: p.institution,
    address: p.address,
    signatory: p.signatory,
    position: p.position,
  });
  return {
    title: a.title,
    numberPartyOne: a.numberPartyOne,
    numberPartyTwo: a.numberPartyTwo,
    signedOn: a.signedOn ?? '',
    place: a.place,
    durationMonths: a.durationMonths,
    partyOne: party(a.parties.one),
    partyTwo: party(a.parties.two),
    purpose: a.purpose.join('\n'),
    scope: a.scope.join('\n'),
    legalBases: a.legalBases.join('\n'),
    terms: mainTermsFrom(a.termsVersions[0]?.terms, true),
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const trimParty = (p: PartyInput): PartyInput => ({
  institution: p.institution.trim(),
  address: p.address.trim(),
  signatory: p.signatory.trim(),
  position: p.position.trim(),
});

function termsChanges(terms: AgreementFormValues['terms']): TermsChangeInput[] {
  return [
    { path: 'contribution.reportedWage', value: terms.reportedWage.value === '' ? null : terms.reportedWage.value, basis: terms.reportedWage.basis },
    { path: 'contribution.jkkRate', value: terms.jkkRate.value.trim().replace(',', '.'), basis: terms.jkkRate.basis },
    { path: 'contribution.jkmRate', value: terms.jkmRate.value.trim().replace(',', '.'), basis: terms.jkmRate.basis },
    { path: 'contribution.paymentModes', value: terms.paymentModes.value, basis: terms.paymentModes.basis },
  ];
}

export function toAgreementInput(values: AgreementFormValues, withTerms: boolean): AgreementInput {
  return {
    title: values.title.trim(),
    numberPartyOne: values.numberPartyOne.trim(),
    numberPartyTwo: values.numberPartyTwo.trim(),
    signedOn: values.signedOn || null,
    place: values.place.trim(),
    durationMonths: typeof values.durationMonths === 'number' ? values.durationMonths : Number.NaN,
    partyOne: trimParty(values.partyOne),
    partyTwo: trimParty(values.partyTwo),
    purpose: lines(values.purpose),
    scope: lines(values.scope),
    legalBases: lines(values.legalBases),
    ...(withTerms ? { termsChanges: termsChanges(values.terms) } : {}),
  };
}

const PLAIN_FIELDS = new Set(['title', 'numberPartyOne', 'numberPartyTwo', 'signedOn', 'place', 'durationMonths', 'purpose', 'scope', 'legalBases']);

/** The form field an issue path names: "partyOne.signatory", "termsChanges.1.basis", "contribution.jkkRate.value"… */
export function agreementFieldOf(path: string): string | null {
  const parts = path.split('.');
  const head = parts[0] ?? '';
  if (PLAIN_FIELDS.has(head)) return head;
  if ((head === 'partyOne' || head === 'partyTwo') && parts[1]) return `${head}.${parts[1]}`;
  if (head === 'termsChanges') {
    const main = MAIN_TERMS[Number(parts[1])];
    return main ? `terms.${main.key}.${parts[2] === 'basis' ? 'basis' : 'value'}` : null;
  }
  const main = MAIN_TERMS.find((m) => path === m.path || path.startsWith(`${m.path}.`));
  return main ? `terms.${main.key}.value` : null;
}

/** Checks the shared schema cannot express: rate text and at least one payment mode. */
export function extraErrors(values: AgreementFormValues, withTerms: boolean, messages: { invalidRate: string; required: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!withTerms) return errors;
  const rate = /^\d{1,3}([.,]\d{1,6})?$/;
  if (!rate.test(values.terms.jkkRate.value.trim())) errors['terms.jkkRate.value'] = messages.invalidRate;
  if (!rate.test(values.terms.jkmRate.value.trim())) errors['terms.jkmRate.value'] = messages.invalidRate;
  if (typeof values.terms.reportedWage.value !== 'number') errors['terms.reportedWage.value'] = messages.required;
  if (values.terms.paymentModes.value.length === 0) errors['terms.paymentModes.value'] = messages.required;
  if (typeof values.durationMonths !== 'number') errors.durationMonths = messages.required;
  return errors;
}
