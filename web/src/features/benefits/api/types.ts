/** Shapes of the benefit quote contract (src/benefits/schemas.ts). */
export type Program = 'JKK' | 'JKM';
export type Outcome = 'recovered' | 'partial_anatomical' | 'partial_functional' | 'total_permanent' | 'death';
export type TransportMode = 'land' | 'sea' | 'air';
export type SchoolLevel = 'TK' | 'SD' | 'SMP' | 'SMA' | 'PT';
/** A child's level at the incident date: not yet in school, or a school level. */
export type ChildLevel = 'belum_sekolah' | SchoolLevel;

export interface QuoteRequest {
  program: Program;
  wage?: number;
  incidentDate: string;
  agreement?: number;
  outcome: Outcome;
  leftHanded?: boolean;
  disabilities?: { code: string; functionLossPercent?: number; tablePercent?: number; units?: number }[];
  medicalCost?: number;
  transport?: { mode: TransportMode; cost: number }[];
  incapacityDays?: number;
  orthosisPrice?: number;
  denturesCost?: number;
  homeCareCost?: number;
  homeCareMonths?: number;
  glassesCost?: number;
  hearingAidCost?: number;
  contributionMonths?: number;
  children?: { birthDate: string; level: ChildLevel; yearOfLevel?: number }[];
}

export interface QuoteItem { code: string; label: string; amount: number; cap: number | null; capped: boolean; formula: string; basis: string }
export interface DisabilityPart { code: string; label: string; percent: string; functionLossPercent: number | null; amount: number; formula: string; source: string; confirmed: boolean }
export interface ScholarshipYear { year: number; from: string; age: number; level: SchoolLevel; yearOfLevel: number; amount: number; trimmedByCap: boolean }
export interface ChildSchedule { child: number; birthDate: string; years: ScholarshipYear[]; total: number }

export interface Quote {
  program: Program;
  outcome: Outcome;
  wage: number;
  incidentDate: string;
  items: QuoteItem[];
  total: number;
  totalInWords: string;
  disabilityParts: DisabilityPart[];
  scholarshipSchedule: ChildSchedule[];
  notes: string[];
  warnings: string[];
  termsSource: string;
}

export interface DisabilityRow {
  code: string;
  label: string;
  kind: 'fixed' | 'range' | 'per_unit';
  percent: string;
  max: string | null;
  unit: string | null;
  maxUnits: number | null;
  mirror: string | null;
  source: string;
  confirmed: boolean;
  note: string | null;
}
