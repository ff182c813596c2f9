/** Benefits' public entry: the schemas claims reuse, and the service's type (the service is injected, never imported). */
export { childScheduleSchema, disabilityPartSchema, type ChildSchedule, type DisabilityPart, type Outcome } from './schemas.ts';
export type { BenefitsService } from './service.ts';
