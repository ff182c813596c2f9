/** Zod contracts of contributions: quotes, bills, payments, protection. */
import { z } from 'zod';
import { isoDate, MONEY_MAX, rupiah, text } from '../core/validation.ts';
import { PROTECTION_CODES, PROTECTION_STATES } from './protection.ts';

const percentText = z.union([z.string(), z.number()]).transform(String);

export const quoteRequestSchema = z.object({
  wage: z
    .number()
    .int('Upah harus bilangan bulat rupiah')
    .positive('Upah harus lebih dari 0')
    .max(MONEY_MAX, 'Upah melebihi batas Rp 1.000.000.000.000')
    .optional(),
  jkk: percentText.optional(),
  jkm: percentText.optional(),
  months: z.number().int().min(1).max(120).default(1),
  people: z.number().int().min(1).default(1),
  rounding: z.enum(['down', 'half_up']).optional(),
  agreementId: z.number().int().positive().optional(),
  date: isoDate('Tanggal').optional(),
});

export const quoteSchema = z.object({
  monthly: z.object({ jkk: z.number().int(), jkm: z.number().int(), total: z.number().int() }),
  months: z.number().int(),
  total: z.number().int(),
  wage: z.number().int(),
  people: z.number().int(),
  rounding: z.enum(['down', 'half_up']),
  rates: z.object({ jkk: z.string(), jkm: z.string() }),
  basis: z.array(z.string()),
  totalInWords: z.string(),
});

export const createBillSchema = z.object({
  agreementId: z.number({ error: 'Perjanjian wajib dipilih' }).int().positive(),
  period: z.string({ error: 'Bulan wajib diisi' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bulan harus berformat TTTT-BB (contoh 2023-01)'),
  mode: z.enum(['monthly', 'yearly']).default('monthly'),
  supplementary: z.boolean().default(false),
  issueDate: isoDate('Tanggal terbit').optional(),
  note: z.string().trim().max(500).default(''),
});

export const paymentSchema = z.object({
  billId: z.number().int().positive().optional(),
  billNumber: z.string().trim().min(1).optional(),
  amount: rupiah('Jumlah pembayaran', 1),
  paidOn: isoDate('Tanggal bayar'),
  method: z.enum(['transfer', 'sp2d', 'tunai', 'lainnya'], { error: 'Cara bayar: transfer, sp2d, tunai atau lainnya' }).default('transfer'),
  bankReference: text('Nomor referensi bank', 100),
  budgetLine: z.string().trim().max(200).default(''),
  note: z.string().trim().max(500).default(''),
  evidence: z.object({ name: text('Nama berkas', 200), mime: z.string().default('application/pdf'), contentBase64: z.string().min(1) }).optional(),
});

const monthOut = z.object({ period: z.string(), label: z.string(), due: z.number().int(), lines: z.number().int(), paid: z.boolean() });

export const billOutSchema = z.object({
  id: z.number().int(),
  agreementId: z.number().int(),
  number: z.string(),
  kind: z.enum(['regular', 'supplementary', 'credit']),
  paymentMode: z.enum(['monthly', 'yearly']),
  firstPeriod: z.string(),
  months: z.number().int(),
  issueDate: z.string(),
  dueDate: z.string(),
  correctsBillId: z.number().int().nullable(),
  charges: z.number().int(),
  creditsApplied: z.number().int(),
  amountDue: z.number().int(),
  paid: z.number().int(),
  outstanding: z.number().int(),
  overpaid: z.number().int(),
  status: z.enum(['unpaid', 'partial', 'paid', 'credit']),
  fine: z.object({ monthsLate: z.number().int(), amount: z.number().int() }),
  monthsStatus: z.array(monthOut),
  amountInWords: z.string(),
  note: z.string(),
  createdBy: z.string(),
});
export type BillOut = z.infer<typeof billOutSchema>;

export const paymentOutSchema = z.object({
  id: z.number().int(),
  /** The receipt's number, TT/<year paid>/00001 (gap-free; null only for rows written around the services, e.g. benchmark data). */
  receiptNumber: z.string().nullable(),
  billId: z.number().int(),
  amount: z.number().int(),
  paidOn: z.string(),
  method: z.string(),
  bankReference: z.string(),
  budgetLine: z.string(),
  hasEvidence: z.boolean(),
  duplicate: z.boolean(),
});

/** A protection verdict: the state, its detailed code and parameters, the Bahasa reason, and in arrears the consequence. */
export const protectionVerdictShape = {
  protected: z.boolean().describe('Terlindungi pada tanggal itu (protected_paid atau awaiting_payment)'),
  state: z.enum(PROTECTION_STATES).describe('protected_paid | awaiting_payment | in_arrears | not_covered'),
  code: z.enum(PROTECTION_CODES).describe('Keadaan, atau untuk not_covered alasannya'),
  params: z.object({
    period: z.string().optional(),
    dueDate: z.string().optional(),
    billNumber: z.string().nullable().optional(),
    outstanding: z.number().int().nullable().optional(),
    daysOverdue: z.number().int().optional(),
    monthsInArrears: z.number().int().optional(),
    consecutiveMonthsInArrears: z.number().int().optional().describe('Bulan menunggak berturut-turut terpanjang (menentukan akibatnya)'),
    arrearsFrom: z.string().optional(),
    since: z.string().optional(),
  }),
  reason: z.string(),
  consequence: z.object({ text: z.string(), basis: z.string(), confirmed: z.boolean() }).nullable(),
};

export const protectionOutSchema = z.object({
  employeeId: z.number().int(),
  nik: z.string(),
  fullName: z.string(),
  date: z.string(),
  ...protectionVerdictShape,
  agreementId: z.number().int().nullable(),
  kpj: z.string().nullable(),
});

// ---- More answers (response schemas) ----
const ageBucketSchema = z.enum(['not_due', '0-30', '31-60', '61-90', '90+']);
/** An amount per age bucket (an object with every bucket, not a record: clients see each key). */
export const ageBucketsSchema = z.object({
  not_due: z.number().int(),
  '0-30': z.number().int(),
  '31-60': z.number().int(),
  '61-90': z.number().int(),
  '90+': z.number().int(),
});

/** One line of a bill: one employee, one month (rows as stored, snake_case as they always were). */
export const billLineOutSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['charge', 'credit']),
  period: z.string(),
  wage: z.number().int(),
  jkk: z.number().int(),
  jkm: z.number().int(),
  total: z.number().int(),
  corrects_line_id: z.number().int().nullable(),
  nik: z.string(),
  full_name: z.string(),
  kpj: z.string().nullable(),
  unit_code: z.string(),
  unit_name: z.string(),
});

export const lookupOutSchema = z.object({
  query: z.string(),
  by: z.enum(['nik', 'kpj', 'name']),
  items: z.array(
    z.object({
      employeeId: z.number().int(),
      nik: z.string(),
      fullName: z.string(),
      birthDate: z.string(),
      kpj: z.string().nullable(),
      unitCode: z.string(),
      unitName: z.string(),
    }),
  ),
});

export const bankImportOutSchema = z.object({ rows: z.number().int(), recorded: z.number().int(), duplicates: z.number().int(), total: z.number().int() });

export const arrearsOutSchema = z.object({
  asOf: z.string(),
  /** The agreement has ended and no day was asked: the view is of its last day (said in `note`). */
  ended: z.boolean(),
  note: z.string().nullable(),
  rows: z.array(
    z.object({
      billId: z.number().int(),
      billNumber: z.string(),
      period: z.string(),
      label: z.string(),
      unitId: z.number().int(),
      code: z.string(),
      name: z.string(),
      people: z.number().int(),
      charged: z.number().int(),
      due: z.number().int(),
      dueDate: z.string(),
      bucket: ageBucketSchema,
    }),
  ),
  units: z.array(
    z.object({ unitId: z.number().int(), code: z.string(), name: z.string(), total: z.number().int(), buckets: ageBucketsSchema, months: z.number().int() }),
  ),
  totals: ageBucketsSchema,
  total: z.number().int(),
});

export const budgetOutSchema = z.object({
  agreementId: z.number().int(),
  year: z.number().int(),
  growthPercent: z.number(),
  months: z.array(
    z.object({
      period: z.string(),
      label: z.string(),
      insideAgreement: z.boolean(),
      participants: z.number().int(),
      projected: z.number().int(),
      perPerson: z.number().int(),
      amount: z.number().int(),
    }),
  ),
  total: z.number().int(),
});
