/**
 * The benefits feature's public pure part: types and form helpers other features may use, loadable
 * without a browser (node tests import it). Its UI is in index.ts.
 */
export type { ChildSchedule, DisabilityPart, QuoteRequest } from './api/types.ts';
export { emptyBenefit, toBenefitRequest } from './utils/request.ts';
export type { BenefitValues } from './utils/request.ts';
