/**
 * Claims' public entry: what other features use of them (issue #17): the pure part (model.ts), two
 * reads/writes of the claim's rows, the claim schema and the service's type (injected, never imported).
 */
export * from './model.ts';
export { claimParticipantNumber, insertClaimDocument } from './repo.ts';
export { claimSchema } from './schemas.ts';
export type { ClaimsService } from './service.ts';
