/** The intake form's incident part, its checks before sending, and the request it becomes. */
import { toBenefitRequest, type BenefitValues } from '../../benefits/model.ts';
import type { FileClaimInput } from '../api/file-claim.ts';

export interface IncidentValues {
  employeeId: number | null;
  incidentDate: string;
  incidentTime: string;
  place: string;
  chronology: string;
  reporter: string;
  stage1ReportedOn: string;
  doctorStatementOn: string;
  stage2ReportedOn: string;
}

export const emptyIncident = (): IncidentValues => ({
  employeeId: null,
  incidentDate: '',
  incidentTime: '',
  place: '',
  chronology: '',
  reporter: '',
  stage1ReportedOn: '',
  doctorStatementOn: '',
  stage2ReportedOn: '',
});

export type IncidentField = keyof IncidentValues;

/** Missing or inconsistent fields, as catalogue keys (claims.intake.errors.*); the server checks again (and alone for a future date while the office's today is not known yet). */
export function checkIncident(v: IncidentValues, today: string | undefined): Partial<Record<IncidentField, string>> {
  const errors: Partial<Record<IncidentField, string>> = {};
  if (!v.employeeId) errors.employeeId = 'employee';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.incidentDate)) errors.incidentDate = 'date';
  else if (today && v.incidentDate > today) errors.incidentDate = 'future';
  if (v.incidentTime && !/^([01]\d|2[0-3]):[0-5]\d$/.test(v.incidentTime)) errors.incidentTime = 'time';
  for (const key of ['place', 'chronology', 'reporter'] as const) if (!v[key].trim()) errors[key] = 'required';
  for (const key of ['stage1ReportedOn', 'doctorStatementOn', 'stage2ReportedOn'] as const) {
    if (v[key] && v.incidentDate && v[key] < v.incidentDate) errors[key] = 'beforeIncident';
  }
  return errors;
}

export function toFileClaim(v: IncidentValues, benefit: BenefitValues): FileClaimInput {
  const { program, outcome, ...rest } = toBenefitRequest(benefit);
  return {
    employeeId: v.employeeId ?? 0,
    program,
    outcome,
    incidentDate: v.incidentDate,
    incidentTime: v.incidentTime,
    place: v.place.trim(),
    chronology: v.chronology.trim(),
    reporter: v.reporter.trim(),
    stage1ReportedOn: v.stage1ReportedOn || null,
    doctorStatementOn: v.doctorStatementOn || null,
    stage2ReportedOn: v.stage2ReportedOn || null,
    benefit: rest,
  };
}
