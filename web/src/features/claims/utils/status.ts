import type { ClaimOutcome, ClaimStatus } from '../api/types.ts';

/** Badge colour per claim status; labels come from the catalogue (`claims.status.<status>`). */
export const CLAIM_COLOR: Record<ClaimStatus, string> = { submitted: 'blue', verified: 'indigo', approved: 'teal', paid: 'green', rejected: 'red' };
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['submitted', 'verified', 'approved', 'paid', 'rejected'];
export const CLAIM_OUTCOMES: readonly ClaimOutcome[] = ['recovered', 'partial_anatomical', 'partial_functional', 'total_permanent', 'death'];
/** Colour per reporting-deadline status. */
export const DEADLINE_COLOR: Record<string, string> = { open: 'blue', on_time: 'teal', late: 'orange', missed: 'red' };
