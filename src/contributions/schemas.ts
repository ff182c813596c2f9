/** Zod contracts of contributions: quotes, bills, payments, protection. */
import { z } from 'zod';
import { isoDate, MONEY_MAX, rupiah, text } from '../core/validation.ts';
import { PROTECTION_CODES, PROTECTION_STATES } from './protection.ts';

const percentText = z.union([z.string(), z.number()]).transform(String);

export const quoteRequestSchema = z.object({
  wage: z.number().int('Upah harus bilangan bulat rupiah').positive('Upah harus lebih dari 0').max(MONEY_MAX, 'Upah melebihi batas Rp 1.000.000.000.000').optional(),
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
