/**
 * Claims: intake with the eligibility check (protected on the incident date, within the claim
 * period), the document checklist, and the workflow submitted → verified (BPJS) → approved with
 * the computed benefits (adjustments only with a reason, kept beside the computed value) → paid
 * (STMB may be paid in installments) or rejected. Every step records who and when.
 */
import { createClaimsContext, type ClaimsDeps } from './context.ts';
import { createClaimReads } from './reads-service.ts';
import { createClaimFiling } from './filing-service.ts';
import { createClaimDecisions } from './decisions-service.ts';

export function createClaimsService(deps: ClaimsDeps) {
  const context = createClaimsContext(deps);
  const reads = createClaimReads(context);
  return {
    /** The office-zone clock the filing checks use ('YYYY-MM-DDTHH:MM'). */
    now: context.now,
    ...createClaimFiling(context, reads.get),
    ...reads,
    ...createClaimDecisions(context, reads.get),
  };
}

export type ClaimsService = ReturnType<typeof createClaimsService>;
