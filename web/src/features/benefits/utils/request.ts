/**
 * The benefit part of a request as the form holds it (blank = none), and its conversion to the
 * quote contract: blank fields are left out, as the contract says "absent fields mean none".
 */
import type { ChildLevel, Outcome, Program, QuoteRequest, TransportMode } from '../api/types.ts';

type Num = number | '';

export interface DisabilityValue {
  key: number;
  code: string | null;
  functionLossPercent: Num;
  tablePercent: Num;
  units: Num;
}
export interface TransportValue {
  key: number;
  mode: TransportMode;
  cost: Num;
}
export interface ChildValue {
  key: number;
  birthDate: string;
  level: ChildLevel | null;
  yearOfLevel: Num;
}

export interface BenefitValues {
  program: Program;
  outcome: Outcome;
  leftHanded: boolean;
  disabilities: DisabilityValue[];
  medicalCost: Num;
  transport: TransportValue[];
  incapacityDays: Num;
  orthosisPrice: Num;
  denturesCost: Num;
  glassesCost: Num;
  hearingAidCost: Num;
  homeCareCost: Num;
  homeCareMonths: Num;
  contributionMonths: Num;
  children: ChildValue[];
}

export const emptyBenefit = (): BenefitValues => ({
  program: 'JKK',
  outcome: 'recovered',
  leftHanded: false,
  disabilities: [],
  medicalCost: '',
  transport: [],
  incapacityDays: '',
  orthosisPrice: '',
  denturesCost: '',
  glassesCost: '',
  hearingAidCost: '',
  homeCareCost: '',
  homeCareMonths: '',
  contributionMonths: '',
  children: [],
});

let nextKey = 1;
export const newKey = (): number => nextKey++;

/** Which groups of fields apply to a program and outcome (the engine rejects the others). */
export function applicable(v: Pick<BenefitValues, 'program' | 'outcome'>) {
  const jkk = v.program === 'JKK';
  return {
    outcomes: jkk ? (['recovered', 'partial_anatomical', 'partial_functional', 'total_permanent', 'death'] as const) : (['death'] as const),
    care: jkk,
    disabilities: jkk && (v.outcome === 'partial_anatomical' || v.outcome === 'partial_functional'),
    functionLoss: jkk && v.outcome === 'partial_functional',
    contributionMonths: !jkk,
    children: !jkk || v.outcome === 'death' || v.outcome === 'total_permanent',
  };
}

/** Keeps the values consistent when the program or outcome changes. */
export function withProgramOutcome(v: BenefitValues, program: Program, outcome: Outcome): BenefitValues {
  const fixedOutcome = program === 'JKM' ? 'death' : outcome;
  return { ...v, program, outcome: fixedOutcome };
}

const num = (value: Num): number | undefined => (value === '' || value === 0 ? undefined : Number(value));

/** The benefit fields of the quote contract (program and outcome included); blanks and groups that do not apply are left out. */
export function toBenefitRequest(v: BenefitValues): Omit<QuoteRequest, 'incidentDate'> {
  const a = applicable(v);
  const out: Omit<QuoteRequest, 'incidentDate'> = { program: v.program, outcome: v.outcome };
  if (a.care) {
    const costs = {
      medicalCost: num(v.medicalCost),
      incapacityDays: num(v.incapacityDays),
      orthosisPrice: num(v.orthosisPrice),
      denturesCost: num(v.denturesCost),
      glassesCost: num(v.glassesCost),
      hearingAidCost: num(v.hearingAidCost),
      homeCareCost: num(v.homeCareCost),
      homeCareMonths: num(v.homeCareMonths),
    };
    for (const [key, value] of Object.entries(costs)) if (value !== undefined) (out as Record<string, unknown>)[key] = value;
    const transport = v.transport.filter((t) => num(t.cost) !== undefined).map((t) => ({ mode: t.mode, cost: Number(t.cost) }));
    if (transport.length) out.transport = transport;
  }
  if (a.disabilities) {
    out.leftHanded = v.leftHanded;
    out.disabilities = v.disabilities
      .filter((d) => d.code)
      .map((d) => ({
        code: d.code!,
        ...(a.functionLoss && d.functionLossPercent !== '' ? { functionLossPercent: Number(d.functionLossPercent) } : {}),
        ...(d.tablePercent !== '' ? { tablePercent: Number(d.tablePercent) } : {}),
        ...(d.units !== '' ? { units: Number(d.units) } : {}),
      }));
  }
  if (a.contributionMonths && num(v.contributionMonths) !== undefined) out.contributionMonths = Number(v.contributionMonths);
  if (a.children) {
    const children = v.children
      .filter((c) => c.birthDate && c.level)
      .map((c) => ({
        birthDate: c.birthDate,
        level: c.level!,
        ...(c.yearOfLevel !== '' && c.level !== 'belum_sekolah' ? { yearOfLevel: Number(c.yearOfLevel) } : {}),
      }));
    if (children.length) out.children = children;
  }
  return out;
}
