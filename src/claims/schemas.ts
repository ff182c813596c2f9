/** Zod contracts of claims. The benefit request is the engine's own contract (src/benefits/schemas.ts). */
import { z } from 'zod';
import { isoDate, rupiah, text } from '../core/validation.ts';
import { childScheduleSchema, disabilityPartSchema } from '../benefits/index.ts';

export const fileClaimSchema = z.object({
  employeeId: z.number({ error: 'Pegawai wajib dipilih' }).int().positive(),
  program: z.enum(['JKK', 'JKM'], { error: 'Program harus JKK atau JKM' }),
  outcome: z.enum(['recovered', 'partial_anatomical', 'partial_functional', 'total_permanent', 'death']),
  incidentDate: isoDate('Tanggal kejadian'),
  incidentTime: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$|^$/, 'Jam kejadian berformat JJ:MM')
    .default(''),
  place: text('Tempat kejadian', 300),
  chronology: text('Kronologi', 5000),
  reporter: text('Pelapor', 200),
  stage1ReportedOn: isoDate('Tanggal laporan tahap I').nullable().default(null),
  doctorStatementOn: isoDate('Tanggal surat keterangan dokter').nullable().default(null),
  stage2ReportedOn: isoDate('Tanggal laporan tahap II').nullable().default(null),
  /** The rest of the benefit request (costs, disabilities, children…), as the engine takes it. */
  benefit: z.record(z.string(), z.unknown()).default({}),
});

export const documentSchema = z.object({
  code: text('Jenis dokumen', 50),
  name: text('Nama berkas', 200),
  mime: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[\w.+-]+\/[\w.+-]+$/, 'Jenis berkas (MIME) tidak sah')
    .default('application/pdf'),
  contentBase64: z.string().min(1, 'Isi berkas kosong'),
});

export const approveSchema = z.object({
  adjustments: z.array(z.object({ code: text('Kode butir', 50), amount: rupiah('Jumlah'), reason: text('Alasan penyesuaian', 1000) })).default([]),
});

export const rejectClaimSchema = z.object({ reason: text('Alasan penolakan', 1000) });

export const claimPaymentSchema = z.object({
  amount: rupiah('Jumlah', 1),
  paidOn: isoDate('Tanggal bayar'),
  reference: text('Nomor referensi', 100),
  note: z.string().trim().max(500).default(''),
});

// ---- Answers (response schemas: the OpenAPI document and the web's types come from these) ----
const rupiahOut = z.number().int();
export const CLAIM_STATUSES = ['submitted', 'verified', 'approved', 'paid', 'rejected'] as const;
export const CLAIM_OUTCOMES = ['recovered', 'partial_anatomical', 'partial_functional', 'total_permanent', 'death'] as const;
export const claimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatusOut = z.infer<typeof claimStatusSchema>;
export const claimProgramSchema = z.enum(['JKK', 'JKM']);
export const claimOutcomeSchema = z.enum(CLAIM_OUTCOMES);

export const claimRowSchema = z.object({
  id: z.number().int(),
  /** The claim's document number (KLM/2026/00001); null only for a claim filed before numbering. */
  number: z.string().nullable(),
  program: claimProgramSchema,
  outcome: claimOutcomeSchema,
  incidentDate: z.string(),
  status: claimStatusSchema,
  approvedTotal: rupiahOut.nullable(),
  fullName: z.string(),
  nik: z.string(),
});
export type ClaimRow = z.infer<typeof claimRowSchema>;

export const claimDeadlineSchema = z.object({
  code: z.enum(['stage1', 'decision', 'stage2', 'payment', 'expiry']),
  label: z.string(),
  due: z.string(),
  /** The due moment with its time (office zone, 'YYYY-MM-DDTHH:MM') when the clock runs by the hour. */
  dueAt: z.string().nullable(),
  doneOn: z.string().nullable(),
  status: z.enum(['open', 'on_time', 'late', 'missed']),
  consequence: z.string().nullable(),
  basis: z.string(),
  /** BPJS's late-payment penalty owed to the participant (PP 44/2015 Pasal 37). */
  penalty: z.object({ daysLate: z.number().int(), amount: rupiahOut, formula: z.string(), basis: z.string() }).nullable().optional(),
});
export type ClaimDeadline = z.infer<typeof claimDeadlineSchema>;

export const checklistItemSchema = z.object({ code: z.string(), label: z.string(), required: z.boolean(), uploaded: z.boolean() });
export type ChecklistItemOut = z.infer<typeof checklistItemSchema>;
export const claimDocumentSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
});
export type ClaimDocument = z.infer<typeof claimDocumentSchema>;
export const claimItemSchema = z.object({
  code: z.string(),
  label: z.string(),
  amount: rupiahOut,
  computed: rupiahOut,
  cap: rupiahOut.nullable(),
  capped: z.boolean().optional(),
  formula: z.string(),
  basis: z.string(),
  adjustment: z.object({ amount: rupiahOut, reason: z.string() }).nullable(),
});
export type ClaimItem = z.infer<typeof claimItemSchema>;
export const claimPaymentOutSchema = z.object({ id: z.number().int(), paidOn: z.string(), amount: rupiahOut, reference: z.string(), note: z.string() });
export type ClaimPaymentOut = z.infer<typeof claimPaymentOutSchema>;
export const claimEventSchema = z.object({
  at: z.string(),
  actor: z.string(),
  actorName: z.string().optional(),
  from: claimStatusSchema.nullable(),
  to: claimStatusSchema,
  note: z.string().nullable(),
});
export type ClaimEvent = z.infer<typeof claimEventSchema>;

export const claimSchema = z.object({
  id: z.number().int(),
  number: z.string().nullable(),
  agreementId: z.number().int(),
  employeeId: z.number().int(),
  fullName: z.string(),
  nik: z.string(),
  program: claimProgramSchema,
  outcome: claimOutcomeSchema,
  incidentDate: z.string(),
  incidentTime: z.string(),
  place: z.string(),
  chronology: z.string(),
  reporter: z.string(),
  status: claimStatusSchema,
  statusLabel: z.string(),
  rejectionReason: z.string().nullable(),
  deadlines: z.array(claimDeadlineSchema),
  checklist: z.array(checklistItemSchema),
  documents: z.array(claimDocumentSchema),
  items: z.array(claimItemSchema),
  total: rupiahOut,
  totalInWords: z.string(),
  computedFinal: z.boolean(),
  /** The wage the benefits were computed on, and the detail of the quote. */
  wage: rupiahOut.nullable(),
  disabilityParts: z.array(disabilityPartSchema),
  scholarshipSchedule: z.array(childScheduleSchema),
  notes: z.array(z.string()),
  warnings: z.array(z.string()),
  approvedTotal: rupiahOut.nullable(),
  payments: z.array(claimPaymentOutSchema),
  paid: rupiahOut,
  outstanding: rupiahOut,
  timeline: z.array(claimEventSchema),
});
export type Claim = z.infer<typeof claimSchema>;

export const claimListSchema = z.object({ items: z.array(claimRowSchema) });
