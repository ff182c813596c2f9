/** The benefits feature's public entry: what other features may use (lint: no deeper imports across features). */
export { useLiveQuote } from './api/quote.ts';
export { BenefitFields, ProgramOutcome } from './components/BenefitFields.tsx';
export { DisabilityParts } from './components/DisabilityParts.tsx';
export { QuoteItemsTable } from './components/QuoteItemsTable.tsx';
export { ScholarshipSchedule } from './components/ScholarshipSchedule.tsx';
export * from './model.ts';
