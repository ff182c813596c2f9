/** The benefits feature's public entry: what other features may use (lint: no deeper imports across features). */
export { useLiveQuote } from './api/quote.ts';
export type { ChildSchedule, DisabilityPart, QuoteRequest } from './api/types.ts';
export { BenefitFields, ProgramOutcome } from './components/BenefitFields.tsx';
export { DisabilityParts } from './components/DisabilityParts.tsx';
export { QuoteItemsTable } from './components/QuoteItemsTable.tsx';
export { ScholarshipSchedule } from './components/ScholarshipSchedule.tsx';
export { emptyBenefit, toBenefitRequest } from './utils/request.ts';
export type { BenefitValues } from './utils/request.ts';
