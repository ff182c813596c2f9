/**
 * The one database interface both dialects share. Dates are 'YYYY-MM-DD' strings, timestamps
 * ISO strings, money integer rupiah, flags text enums (SQLite cannot bind booleans).
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<string, string | undefined, string>;
/** A column added later with a default: optional on insert. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface InstitutionsTable {
  id: Generated<number>;
  kind: 'government' | 'bpjs_branch';
  /** A government's level; null for a BPJS branch. */
  level: Defaulted<InstitutionLevel | null>;
  name: string;
  address: string;
  /** Migration 0024: shown to employees on "Cek perlindungan saya". */
  phone: Defaulted<string>;
  created_at: Timestamp;
}

export type InstitutionLevel = 'regency' | 'city' | 'province';

export interface WorkUnitsTable {
  id: Generated<number>;
  institution_id: number;
  code: string;
  name: string;
  parent_id: number | null;
  /** From this date the unit takes no new employees. */
  closed_on: Defaulted<string | null>;
  /** Migration 0024: the unit's (its operator's) contact, shown to its employees on "Cek perlindungan saya". */
  phone: Defaulted<string>;
  address: Defaulted<string>;
  created_at: Timestamp;
}

export type Role = 'system_admin' | 'admin' | 'opd_operator' | 'bpjs_officer' | 'viewer';

export interface UsersTable {
  id: Generated<number>;
  username: string;
  full_name: string;
  password_hash: string;
  role: Role;
  work_unit_id: number | null;
  institution_id: number | null;
  status: 'active' | 'disabled';
  created_at: Timestamp;
  last_login_at: Defaulted<string | null>;
  /** 1 while the user holds a one-time password. */
  must_change_password: Defaulted<number>;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  at: string;
  username: string;
  ip: string;
}

/** One run of a scheduled job (db/jobs.ts): unique on (job, run_key), so a run happens once across instances. */
export interface JobRunsTable {
  id: Generated<number>;
  job: string;
  run_key: string;
  status: 'running' | 'done' | 'failed';
  instance: string;
  attempts: Generated<number>;
  started_at: string;
  finished_at: string | null;
  detail: string | null;
}

export interface SessionsTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: Timestamp;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_user_id: number | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  /** The institution whose audit page shows the entry. */
  institution_id: Defaulted<number | null>;
}

export interface FilesTable {
  id: Generated<number>;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  content: Buffer;
  created_at: Timestamp;
}

export interface AgreementsTable {
  id: Generated<number>;
  title: string;
  number_party_one: string;
  number_party_two: string;
  signed_on: string | null;
  place: string;
  duration_months: number;
  party_one_institution_id: number;
  party_one_address: string;
  party_one_signatory: string;
  party_one_position: string;
  party_two_institution_id: number;
  party_two_address: string;
  party_two_signatory: string;
  party_two_position: string;
  purpose_json: string;
  scope_json: string;
  legal_bases_json: string;
  terminated_on: string | null;
  termination_reason: string | null;
  /** The agreement this one renews (migration 0013). */
  predecessor_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** First valid day when it is not the signing day (a renewal signed ahead); null: from signing. */
  starts_on: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AmendmentsTable {
  id: Generated<number>;
  agreement_id: number;
  kind: 'adendum' | 'amandemen';
  number: string;
  signed_on: string;
  effective_from: string;
  summary: string;
  document_file_id: number | null;
  created_at: Timestamp;
}

export interface TermsVersionsTable {
  id: Generated<number>;
  agreement_id: number;
  effective_from: string;
  amendment_id: number | null;
  terms_json: string;
  created_at: Timestamp;
}

export type Sex = 'L' | 'P';
export type EmploymentType = 'honorer' | 'kontrak' | 'thl' | 'lainnya';

export interface EmployeesTable {
  id: Generated<number>;
  institution_id: number;
  nik: string;
  full_name: string;
  sex: Sex;
  birth_place: string;
  birth_date: string;
  work_unit_id: number;
  position: string;
  employment_type: EmploymentType;
  /** Null: not known (a roster without start dates; migration 0015). */
  start_date: string | null;
  end_date: string | null;
  end_reason: string | null;
  phone: string;
  address: string;
  nik_override_reason: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EmployeeHistoryTable {
  id: Generated<number>;
  employee_id: number;
  at: Timestamp;
  effective_on: string;
  kind: 'created' | 'updated' | 'moved' | 'position_changed' | 'ended' | 'reactivated';
  actor_label: string;
  before_json: string | null;
  after_json: string | null;
}

export interface RosterImportsTable {
  id: Generated<number>;
  institution_id: number;
  work_unit_id: number | null;
  file_id: number;
  status: 'previewed' | 'committed';
  summary_json: string;
  created_by: string;
  created_at: Timestamp;
  committed_at: string | null;
  /** The preview's validated rows, compressed (src/roster/import-staging.ts); null before migration 0026. */
  staged_rows: Buffer | null;
}

export type ParticipantStatus = 'draft' | 'submitted' | 'registered' | 'rejected';

export interface EnrolmentBatchesTable {
  id: Generated<number>;
  agreement_id: number;
  number: string;
  status: 'draft' | 'submitted' | 'processed';
  work_unit_id: number | null;
  note: string;
  created_by: string;
  created_at: Timestamp;
  submitted_by: string | null;
  submitted_at: string | null;
}

export interface ParticipantsTable {
  id: Generated<number>;
  agreement_id: number;
  employee_id: number;
  batch_id: number;
  status: ParticipantStatus;
  kpj: string | null;
  registered_on: string | null;
  rejection_reason: string | null;
  deactivated_on: string | null;
  deactivation_reason: string | null;
  card_token: string | null;
  card_issued_at: string | null;
  /** The participant row under the predecessor agreement this one was carried over from (renewal). */
  carried_from_id: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ParticipantEventsTable {
  id: Generated<number>;
  participant_id: number;
  at: Timestamp;
  actor_label: string;
  from_status: string | null;
  to_status: string;
  note: string | null;
}

export interface BillsTable {
  id: Generated<number>;
  agreement_id: number;
  number: string;
  kind: 'regular' | 'supplementary' | 'credit';
  payment_mode: 'monthly' | 'yearly';
  first_period: string;
  months: number;
  issue_date: string;
  due_date: string;
  corrects_bill_id: number | null;
  charges: number;
  credits_applied: number;
  amount_due: number;
  note: string;
  created_by: string;
  created_at: Timestamp;
}

export interface BillLinesTable {
  id: Generated<number>;
  bill_id: number;
  kind: 'charge' | 'credit';
  participant_id: number;
  employee_id: number;
  work_unit_id: number;
  period: string;
  wage: number;
  jkk: number;
  jkm: number;
  total: number;
  terms_version_id: number;
  corrects_line_id: number | null;
}

/**
 * Migration 0029: a bill's dues by month and work unit (its lines summed and counted), written
 * when the bill is issued (contributions/repo.ts summarizeBill); bills never change afterwards.
 */
export interface BillDuesTable {
  bill_id: number;
  period: string;
  work_unit_id: number;
  due: number;
  lines: number;
}

/**
 * Migration 0029: a participant's charge key, ',billId:period,…,' — every charge line of theirs not
 * reversed by a credit, in no order — kept by the bill run (appended) and credit notes (taken out).
 */
export interface ParticipantChargesTable {
  participant_id: number;
  agreement_id: number;
  charges: string;
}

export interface PaymentsTable {
  id: Generated<number>;
  agreement_id: number;
  bill_id: number;
  amount: number;
  paid_on: string;
  method: string;
  bank_reference: string;
  /** bank_reference without whitespace, upper case (normalizeReferenceKey); unique per agreement. */
  bank_reference_key: string;
  /** TT/<year of paid_on>/00001, gap-free from document_counters (migration 0027). */
  receipt_number: string;
  budget_line: string;
  evidence_file_id: number | null;
  note: string;
  created_by: string;
  created_at: Timestamp;
}

export interface CreditApplicationsTable {
  id: Generated<number>;
  agreement_id: number;
  target_bill_id: number;
  amount: number;
  created_at: Timestamp;
}

export interface ActivitiesTable {
  id: Generated<number>;
  agreement_id: number;
  kind: 'outreach' | 'education';
  held_on: string;
  place: string;
  title: string;
  audience_unit_ids: string;
  attendees: number;
  speakers: string;
  summary: string;
  material_file_ids: string;
  created_by: string;
  created_at: Timestamp;
}

export interface ForumMeetingsTable {
  id: Generated<number>;
  agreement_id: number;
  held_on: string;
  place: string;
  agenda: string;
  minutes: string;
  decisions: string;
  created_by: string;
  created_at: Timestamp;
}

export interface FollowUpsTable {
  id: Generated<number>;
  meeting_id: number;
  action: string;
  owner: string;
  due_on: string;
  done_on: string | null;
}

export interface ForceMajeureEventsTable {
  id: Generated<number>;
  agreement_id: number;
  affected_party: 'party_one' | 'party_two';
  kind: 'natural' | 'social';
  event_date: string;
  description: string;
  affected_obligations: string;
  notice_date: string | null;
  resolved_on: string | null;
  resolution: string | null;
  created_by: string;
  created_at: Timestamp;
}

export interface DisputesTable {
  id: Generated<number>;
  agreement_id: number;
  opened_on: string;
  subject: string;
  raised_by: string;
  stage: 'deliberation' | 'district_court' | 'closed';
  outcome: string | null;
  closed_on: string | null;
  history: string;
  created_by: string;
  created_at: Timestamp;
}

export interface ClaimsTable {
  id: Generated<number>;
  agreement_id: number;
  employee_id: number;
  participant_id: number | null;
  program: 'JKK' | 'JKM';
  outcome: string;
  incident_date: string;
  incident_time: string;
  place: string;
  chronology: string;
  reporter: string;
  stage1_reported_on: string | null;
  doctor_statement_on: string | null;
  stage2_reported_on: string | null;
  /** Migration 0012: BPJS decided (verified/rejected); documents complete; paid in full. */
  decided_on: string | null;
  documents_complete_on: string | null;
  paid_on: string | null;
  /** Migration 0018: `KLM/<filing year>/<5 digits>` from document_counters; unique. */
  number: string | null;
  request_json: string;
  status: 'submitted' | 'verified' | 'approved' | 'paid' | 'rejected';
  quote_json: string | null;
  adjustments_json: string;
  approved_total: number | null;
  rejection_reason: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ClaimDocumentsTable {
  id: Generated<number>;
  claim_id: number;
  code: string;
  file_id: number;
  uploaded_by: string;
  uploaded_at: Timestamp;
}

export interface ClaimEventsTable {
  id: Generated<number>;
  claim_id: number;
  at: Timestamp;
  actor_label: string;
  from_status: string | null;
  to_status: string;
  note: string | null;
}

export interface ClaimPaymentsTable {
  id: Generated<number>;
  claim_id: number;
  paid_on: string;
  amount: number;
  reference: string;
  note: string;
  created_by: string;
  created_at: Timestamp;
}

/** Last number issued per numbering scope (src/db/counters.ts). */
export interface DocumentCountersTable {
  scope: string;
  last_value: number;
}

export interface HolidaysTable {
  id: Generated<number>;
  date: string;
  name: string;
  kind: 'national' | 'cuti_bersama';
  decree: string;
  confirmed: 'yes' | 'no';
  note: string;
  created_by: string;
  created_at: Timestamp;
}

/** Migration 0023: a stage-I report filed from the field; `client_id` (the phone's UUID) makes a resend find it. */
export interface FieldReportsTable {
  id: Generated<number>;
  client_id: string;
  claim_id: number;
  witnesses: string;
  taken_to: string;
  latitude: string | null;
  longitude: string | null;
  accuracy_m: number | null;
  /** When the phone saved the report ('YYYY-MM-DDTHH:MM' office zone, as the phone said). */
  saved_at: string;
  created_by: string;
  created_at: Timestamp;
}

/** Migration 0023: the in-app notice of a field report, one per recipient user. */
export interface FieldReportNoticesTable {
  id: Generated<number>;
  field_report_id: number;
  user_id: number;
  read_at: string | null;
  created_at: Timestamp;
}

/** Migration 0024: every public "Cek perlindungan saya" lookup; failures count toward the limits. */
export interface SelfCheckLogTable {
  id: Generated<number>;
  at: string;
  ip: string;
  nik_hash: string;
  nik_masked: string;
  outcome: 'found' | 'no_match' | 'invalid' | 'limited';
  institution_id: number | null;
}

/** Migration 0024: a short-lived download right for one participant's own card. */
export interface SelfCheckTokensTable {
  id: Generated<number>;
  token_hash: string;
  participant_id: number;
  expires_at: string;
  created_at: Timestamp;
}

export interface DB {
  document_counters: DocumentCountersTable;
  institutions: InstitutionsTable;
  work_units: WorkUnitsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  job_runs: JobRunsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  files: FilesTable;
  agreements: AgreementsTable;
  amendments: AmendmentsTable;
  terms_versions: TermsVersionsTable;
  employees: EmployeesTable;
  employee_history: EmployeeHistoryTable;
  roster_imports: RosterImportsTable;
  enrolment_batches: EnrolmentBatchesTable;
  participants: ParticipantsTable;
  participant_events: ParticipantEventsTable;
  bills: BillsTable;
  bill_lines: BillLinesTable;
  bill_dues: BillDuesTable;
  participant_charges: ParticipantChargesTable;
  payments: PaymentsTable;
  credit_applications: CreditApplicationsTable;
  activities: ActivitiesTable;
  forum_meetings: ForumMeetingsTable;
  follow_ups: FollowUpsTable;
  force_majeure_events: ForceMajeureEventsTable;
  disputes: DisputesTable;
  claims: ClaimsTable;
  claim_documents: ClaimDocumentsTable;
  claim_events: ClaimEventsTable;
  claim_payments: ClaimPaymentsTable;
  holidays: HolidaysTable;
  field_reports: FieldReportsTable;
  field_report_notices: FieldReportNoticesTable;
  self_check_log: SelfCheckLogTable;
  self_check_tokens: SelfCheckTokensTable;
}

export type AgreementRow = Selectable<AgreementsTable>;
export type NewAgreementRow = Insertable<AgreementsTable>;
export type AgreementUpdate = Updateable<AgreementsTable>;
export type UserRow = Selectable<UsersTable>;
