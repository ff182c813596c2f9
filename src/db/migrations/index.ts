/** Forward-only migrations, in order. A static record works under tsx, tsc and bundlers alike. */
import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_agreements.ts';
import * as m0003 from './0003_roster.ts';
import * as m0004 from './0004_enrolment.ts';
import * as m0005 from './0005_contributions.ts';
import * as m0006 from './0006_monitoring.ts';
import * as m0007 from './0007_claims.ts';
import * as m0008 from './0008_lookup_indexes.ts';
import * as m0009 from './0009_institution_scope.ts';
import * as m0010 from './0010_administration.ts';
import * as m0014 from './0014_data_safety.ts';
import * as m0012 from './0012_claim_clocks.ts';
import * as m0013 from './0013_agreement_lifecycle.ts';
import * as m0015 from './0015_optional_start_date.ts';
import * as m0018 from './0018_claim_numbers.ts';
import * as m0022 from './0022_job_runs.ts';
import * as m0023 from './0023_field_reports.ts';
import * as m0024 from './0024_self_check.ts';
import * as m0026 from './0026_roster_staged_rows.ts';
import * as m0027 from './0027_audit_institution.ts';
import * as m0028 from './0028_receipt_numbers.ts';
import * as m0029 from './0029_charge_summaries.ts';
import * as m0030 from './0030_carried_from_index.ts';
import * as m0031 from './0031_employee_nik_index.ts';
import * as m0032 from './0032_deactivated_index.ts';

export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_agreements': m0002,
  '0003_roster': m0003,
  '0004_enrolment': m0004,
  '0005_contributions': m0005,
  '0006_monitoring': m0006,
  '0007_claims': m0007,
  '0008_lookup_indexes': m0008,
  '0009_institution_scope': m0009,
  '0010_administration': m0010,
  '0014_data_safety': m0014,
  '0012_claim_clocks': m0012,
  '0013_agreement_lifecycle': m0013,
  '0015_optional_start_date': m0015,
  '0018_claim_numbers': m0018,
  '0022_job_runs': m0022,
  '0023_field_reports': m0023,
  '0024_self_check': m0024,
  '0026_roster_staged_rows': m0026,
  '0027_audit_institution': m0027,
  '0028_receipt_numbers': m0028,
  '0029_charge_summaries': m0029,
  '0030_carried_from_index': m0030,
  '0031_employee_nik_index': m0031,
  '0032_deactivated_index': m0032,
};
