/**
 * Claim forms' public entry: the service's type (injected) and the `claim form` command, which the
 * claims CLI registers under `claim` (loaded only with that CLI chunk).
 */
export type { ClaimForms } from './service.ts';
export { registerClaimFormCommand } from './cli.ts';
