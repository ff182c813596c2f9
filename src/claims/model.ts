/** Claims' light public entry: statuses and deadlines, pure (no database, no files). */
export { CLAIM_STATUS_LABEL, claimDeadlines, formatDue, type ClaimStatus, type Deadline } from './rules.ts';
