/**
 * Contributions' public entry: what other features use of them (issue #17): the pure part
 * (model.ts), the bill reads of the dashboard, the arrears' age buckets, and the service's type
 * (injected, never imported).
 */
export * from './model.ts';
export { billsWithDues, rosterFactGroups, rosterPage, type BillWithDues, type RosterQuery } from './repo.ts';
export { AGE_BUCKETS, AGE_BUCKET_LABEL, type createContributionReports } from './reports.ts';
export { ageBucketsSchema } from './schemas.ts';
export type { ContributionsService } from './service.ts';
