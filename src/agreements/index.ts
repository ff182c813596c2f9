/**
 * The agreements' public entry: what other features use of them (issue #17). Reads, not the
 * service, the routes or the CLI; the pure part is model.ts, re-exported here.
 */
export * from './model.ts';
export { agreementParties, getAgreement, listTermsVersions, type AgreementParties } from './repo.ts';
export { termsInForce } from './terms-lookup.ts';
export { carryIntoSignedRenewals } from './carry-over.ts';
