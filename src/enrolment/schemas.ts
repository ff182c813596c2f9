/** Zod contracts of enrolment: batches, decisions, deactivation, participants. */
import { z } from 'zod';
import { isoDate, text } from '../core/validation.ts';
import { KPJ_PATTERN, KPJ_RULE } from './rules.ts';

export const createBatchSchema = z.object({
  agreementId: z.number({ error: 'Perjanjian wajib dipilih' }).int().positive(),
  employeeIds: z.array(z.number().int().positive()).min(1, 'Pilih minimal satu pegawai').max(5000, 'Maksimal 5.000 pegawai per pengajuan'),
  note: z.string().trim().max(1000).default(''),
});

export const kpjSchema = z.string({ error: KPJ_RULE }).trim().regex(KPJ_PATTERN, KPJ_RULE);

export const acceptSchema = z.object({
  kpj: kpjSchema,
  /** When the registration takes effect (default: today). */
  registeredOn: isoDate('Tanggal kepesertaan').optional(),
});

export const rejectSchema = z.object({ reason: text('Alasan penolakan', 1000) });

export const deactivateSchema = z.object({
  /** First day without coverage. */
  from: isoDate('Tanggal nonaktif'),
  reason: text('Alasan', 1000),
});

export const listParticipantsQuery = z.object({
  agreementId: z.coerce.number().int().positive().optional(),
  batchId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional(),
  status: z.enum(['draft', 'submitted', 'registered', 'rejected']).optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListParticipantsQuery = z.infer<typeof listParticipantsQuery>;

export const participantOutSchema = z.object({
  id: z.number().int(),
  agreementId: z.number().int(),
  employeeId: z.number().int(),
  nik: z.string(),
  fullName: z.string(),
  sex: z.string(),
  birthDate: z.string(),
  unitId: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  batchId: z.number().int(),
  batchNumber: z.string(),
  status: z.enum(['draft', 'submitted', 'registered', 'rejected']),
  kpj: z.string().nullable(),
  registeredOn: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  deactivatedOn: z.string().nullable(),
  deactivationReason: z.string().nullable(),
  cardIssuedAt: z.string().nullable(),
  enrolledToday: z.boolean(),
});
export type ParticipantOut = z.infer<typeof participantOutSchema>;

export const batchOutSchema = z.object({
  id: z.number().int(),
  agreementId: z.number().int(),
  number: z.string(),
  status: z.enum(['draft', 'submitted', 'processed']),
  workUnitId: z.number().int().nullable(),
  note: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  submittedBy: z.string().nullable(),
  /** The person who submitted (the user's full name), for screens. */
  submittedByName: z.string().nullable(),
  submittedAt: z.string().nullable(),
  counts: z.object({ total: z.number().int(), draft: z.number().int(), submitted: z.number().int(), registered: z.number().int(), rejected: z.number().int() }),
});
export type BatchOut = z.infer<typeof batchOutSchema>;

export const eventOutSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  note: z.string().nullable(),
});

/** What a card's QR code tells anyone (GET /api/v1/verify/:token): initials, masked KPJ and today's protection, or not found. */
export const cardVerificationSchema = z.union([
  z.object({
    found: z.literal(true),
    initials: z.string(),
    maskedKpj: z.string(),
    protectedToday: z.boolean(),
    state: z.enum(['protected_paid', 'awaiting_payment', 'in_arrears', 'not_covered']),
    asOf: z.string(),
    programs: z.string(),
    branch: z.string(),
  }),
  z.object({ found: z.literal(false) }),
]);
