/** Shapes of the claims API: the server's response schemas (src/claims/schemas.ts), never copied by hand. */
import type { z } from 'zod';
import type { claimOutcomeSchema, claimProgramSchema, claimStatusSchema } from '../../../../../src/claims/schemas.ts';

export type {
  Claim,
  ClaimDeadline,
  ClaimDocument,
  ClaimEvent,
  ClaimItem,
  ClaimPaymentOut as ClaimPayment,
  ClaimRow,
  ChecklistItemOut as ChecklistItem,
} from '../../../../../src/claims/schemas.ts';
export type ClaimStatus = z.infer<typeof claimStatusSchema>;
export type ClaimProgram = z.infer<typeof claimProgramSchema>;
export type ClaimOutcome = z.infer<typeof claimOutcomeSchema>;
