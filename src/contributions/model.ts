/** Contributions' light public entry: billing periods, due dates and the protection state, pure (no database, no files). */
export { addPeriods, dueDate, dueDateOf, lastDay, monthBalances, periodOf } from './rules.ts';
export { PROTECTION_STATES, chargeFacts, protectionOn, type ChargeFacts, type ProtectionCode, type ProtectionState } from './protection.ts';
