/** Shapes of the benefit quote contract: the server's zod schemas (src/benefits/schemas.ts), never copied by hand. */
import type { CHILD_LEVELS } from '../../../../../src/benefits/schemas.ts';
import type { SCHOOL_LEVELS } from '../../../../../src/agreements/terms.ts';

export type {
  BenefitItem as QuoteItem,
  BenefitQuoteAnswer as Quote,
  BenefitQuoteInput as QuoteRequest,
  ChildSchedule,
  DisabilityPart,
  DisabilityRowOut as DisabilityRow,
  Outcome,
  Program,
  ScholarshipYear,
  TransportMode,
} from '../../../../../src/benefits/schemas.ts';
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];
/** A child's level at the incident date: not yet in school, or a school level. */
export type ChildLevel = (typeof CHILD_LEVELS)[number];
