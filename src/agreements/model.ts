/**
 * The agreements' light public entry: the terms, validity and the cited-value catalogue, pure (no
 * database, no files). Other features' rules import only this; index.ts re-exports it with the reads.
 */
export { REGULATION_DEFAULT_TERMS, SCHOOL_LEVELS, type SchoolLevel, type Terms } from './terms.ts';
export {
  agreementStatus,
  daysRemaining,
  defaultViewDate,
  effectiveEnd,
  isWithinValidity,
  reportedWage,
  termsVersionForMonth,
  validFrom,
  validUntil,
} from './rules.ts';
export { TERMS_FIELDS, formatPaymentDestination } from './terms-fields.ts';
export { datesOf, presentVersions } from './present.ts';
