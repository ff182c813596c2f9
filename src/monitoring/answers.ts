/**
 * What the monitoring routes answer (response schemas): the OpenAPI document and the web's types
 * come from these. The services' return types are checked against them by the route handlers.
 */
import { z } from 'zod';
import { ageBucketsSchema } from '../contributions/index.ts';

const id = z.number().int();
const rupiah = z.number().int();
const day = z.string();

export const protectionStateSchema = z.enum(['protected_paid', 'awaiting_payment', 'in_arrears', 'not_covered']);
export const unprotectedReasonSchema = z.string();

export const personStatusSchema = z.object({
  employeeId: id,
  nik: z.string(),
  fullName: z.string(),
  unitId: id,
  unitCode: z.string(),
  unitName: z.string(),
  enrolled: z.boolean(),
  protected: z.boolean(),
  /** The protection state on the day shown (not_covered also for enrolment not finished). */
  state: protectionStateSchema,
  reason: unprotectedReasonSchema.nullable(),
  detail: z.string(),
});
export type PersonStatusOut = z.infer<typeof personStatusSchema>;

/** The day a view shows and, when it was not asked for and the agreement has ended, the sentence saying so. */
export const viewDateSchema = z.object({ date: day, defaulted: z.boolean(), ended: z.boolean(), note: z.string().nullable() });

/**
 * One page of the people unprotected on the day: `total` and `reasons` count every matching person
 * whatever the page; `items` are the page's (as GET /api/v1/employees pages: `page`, `pageSize`).
 */
export const unprotectedListSchema = z.object({
  date: day,
  note: z.string().nullable(),
  total: z.number().int(),
  reasons: z.record(z.string(), z.number().int()),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(personStatusSchema),
});
export type UnprotectedList = z.infer<typeof unprotectedListSchema>;

export const followUpSchema = z.object({ id, action: z.string(), owner: z.string(), dueOn: day, doneOn: day.nullable(), overdue: z.boolean() });

export const meetingOutSchema = z.object({
  id,
  agreementId: id,
  heldOn: day,
  place: z.string(),
  agenda: z.string(),
  minutes: z.string(),
  decisions: z.array(z.string()),
  followUps: z.array(followUpSchema),
});
export type MeetingOut = z.infer<typeof meetingOutSchema>;

export const noticeVerdictSchema = z.object({
  deadline: day,
  status: z.enum(['awaiting_notice', 'on_time', 'late', 'overdue']),
  rightToInvoke: z.boolean(),
  message: z.string(),
});

export const forceMajeureOutSchema = z.object({
  id,
  agreementId: id,
  affectedParty: z.enum(['party_one', 'party_two']),
  kind: z.enum(['natural', 'social']),
  kindLabel: z.string(),
  eventDate: day,
  description: z.string(),
  affectedObligations: z.string(),
  noticeDate: day.nullable(),
  notice: noticeVerdictSchema,
  resolvedOn: day.nullable(),
  resolution: z.string().nullable(),
  open: z.boolean(),
});
export type ForceMajeureOut = z.infer<typeof forceMajeureOutSchema>;

export const activityOutSchema = z.object({
  id,
  agreementId: id,
  kind: z.enum(['outreach', 'education']),
  heldOn: day,
  place: z.string(),
  title: z.string(),
  audienceUnitIds: z.array(id),
  attendees: z.number().int(),
  speakers: z.string(),
  summary: z.string(),
  materialFileIds: z.array(id),
});
export type ActivityOut = z.infer<typeof activityOutSchema>;

export const disputeOutSchema = z.object({
  id,
  agreementId: id,
  openedOn: day,
  subject: z.string(),
  raisedBy: z.string(),
  stage: z.enum(['deliberation', 'district_court', 'closed']),
  stageLabel: z.string(),
  outcome: z.string().nullable(),
  closedOn: day.nullable(),
  history: z.array(z.object({ stage: z.string(), on: day, note: z.string(), by: z.string() })),
});
export type DisputeOut = z.infer<typeof disputeOutSchema>;

export const reminderSchema = z.object({
  kind: z.enum(['agreement_ending', 'bill_due', 'bill_overdue', 'force_majeure_notice', 'follow_up_due', 'claim_deadline', 'claim_documents', 'claim_payment']),
  agreementId: id,
  date: day,
  severity: z.enum(['info', 'warning', 'danger']),
  message: z.string(),
  link: z.string(),
});
export type ReminderOut = z.infer<typeof reminderSchema>;

export const dashboardSchema = z.object({
  agreement: z.object({
    id,
    title: z.string(),
    numbers: z.string(),
    partyOne: z.string(),
    partyTwo: z.string(),
    signedOn: day.nullable(),
    validFrom: day.nullable(),
    validUntil: day.nullable(),
    status: z.enum(['draft', 'active', 'ended', 'terminated']),
    daysRemaining: z.number().int().nullable(),
  }),
  date: day,
  asOf: viewDateSchema,
  coverage: z.object({
    roster: z.number().int(),
    enrolled: z.number().int(),
    protected: z.number().int(),
    states: z.object({ protected_paid: z.number().int(), awaiting_payment: z.number().int(), in_arrears: z.number().int(), not_covered: z.number().int() }),
    units: z.array(
      z.object({ unitId: id, code: z.string(), name: z.string(), roster: z.number().int(), enrolled: z.number().int(), protected: z.number().int() }),
    ),
  }),
  unprotected: z.object({ total: z.number().int(), reasons: z.record(z.string(), z.number().int()), sample: z.array(personStatusSchema) }),
  contributions: z.array(z.object({ period: z.string(), label: z.string(), billed: rupiah, paid: rupiah })),
  arrears: z.object({ total: rupiah, buckets: ageBucketsSchema }),
  claims: z.array(
    z.object({
      program: z.enum(['JKK', 'JKM']),
      status: z.enum(['submitted', 'verified', 'approved', 'paid', 'rejected']),
      count: z.number().int(),
      approved: rupiah,
      paid: rupiah,
    }),
  ),
  followUps: z.array(followUpSchema.extend({ meetingId: id, meetingOn: day })),
  forceMajeure: z.array(forceMajeureOutSchema),
});
export type DashboardOut = z.infer<typeof dashboardSchema>;

export const createdSchema = z.object({ id });
export const okSchema = z.object({ ok: z.literal(true) });
