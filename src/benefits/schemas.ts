/**
 * Zod contracts of a benefit quote (JKK/JKM). Absent fields mean none. The engine
 * (`rules.ts`) parses with this schema itself, then checks what needs the terms or the table
 * (table codes, number of children, home-care months, dates against the incident date).
 */
import { z } from 'zod';
import { isoDate, MONEY_MAX } from '../core/validation.ts';
import { SCHOOL_LEVELS } from '../agreements/model.ts';

const cost = (label: string) =>
  z
    .number({ error: `${label} harus berupa angka rupiah` })
    .int(`${label} harus bilangan bulat rupiah`)
    .nonnegative(`${label} tidak boleh negatif`)
    .max(MONEY_MAX, `${label} melebihi batas Rp 1.000.000.000.000 (1 triliun)`)
    .default(0);

const hasAtMostTwoDecimals = (n: number): boolean => /^\d+(\.\d{1,2})?$/.test(String(n));

export const PROGRAMS = ['JKK', 'JKM'] as const;
export type Program = (typeof PROGRAMS)[number];

export const OUTCOMES = ['recovered', 'partial_anatomical', 'partial_functional', 'total_permanent', 'death'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const TRANSPORT_MODES = ['land', 'sea', 'air'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

export const disabilityInputSchema = z.object({
  code: z.string({ error: 'Kode cacat wajib diisi' }).trim().min(1, 'Kode cacat wajib diisi'),
  /** Cacat sebagian fungsi: percent of function lost, 0–100 (at most two decimals). */
  functionLossPercent: z
    .number({ error: 'Persentase berkurangnya fungsi harus berupa angka' })
    .min(0, 'Persentase berkurangnya fungsi harus antara 0 dan 100')
    .max(100, 'Persentase berkurangnya fungsi harus antara 0 dan 100')
    .refine(hasAtMostTwoDecimals, 'Persentase berkurangnya fungsi paling banyak dua angka desimal')
    .optional(),
  /** Range rows (e.g. scalping 10–30%): the percent the doctor assessed, within the row's range. */
  tablePercent: z
    .number({ error: 'Persentase tabel harus berupa angka' })
    .min(0, 'Persentase tabel harus antara 0 dan 100')
    .max(100, 'Persentase tabel harus antara 0 dan 100')
    .refine(hasAtMostTwoDecimals, 'Persentase tabel paling banyak dua angka desimal')
    .optional(),
  /** Per-step rows ("per 10 dB", "per 10%"): number of whole steps. */
  units: z
    .number({ error: 'Jumlah kelipatan harus berupa angka' })
    .int('Jumlah kelipatan harus bilangan bulat')
    .positive('Jumlah kelipatan minimal 1')
    .optional(),
});

/** A child not yet in school: its scholarship starts when it enters TK (terms `schoolEntryAge`). */
export const NOT_IN_SCHOOL = 'belum_sekolah' as const;
export const CHILD_LEVELS = [NOT_IN_SCHOOL, ...SCHOOL_LEVELS] as const;

export const childInputSchema = z.object({
  birthDate: isoDate('Tanggal lahir anak'),
  level: z.enum(CHILD_LEVELS, { error: 'Jenjang sekolah anak: belum_sekolah, TK, SD, SMP, SMA atau PT' }),
  /** The year of that level the child is in at the incident date (1 = first year). */
  yearOfLevel: z
    .number({ error: 'Tahun ke- pada jenjang harus berupa angka' })
    .int('Tahun ke- pada jenjang harus bilangan bulat')
    .positive('Tahun ke- pada jenjang minimal 1')
    .default(1),
});

export const benefitQuoteRequestSchema = z.object({
  program: z.enum(PROGRAMS, { error: 'Program harus JKK atau JKM' }),
  /** Reported wage; callers fill it from the terms when absent (see `quoteWithReportedWage`). */
  wage: z
    .number({ error: 'Upah harus berupa angka rupiah' })
    .int('Upah harus bilangan bulat rupiah')
    .positive('Upah harus lebih dari 0')
    .max(MONEY_MAX, 'Upah melebihi batas Rp 1.000.000.000.000')
    .optional(),
  incidentDate: isoDate('Tanggal kejadian'),
  agreement: z.union([z.number().int().positive(), z.string().trim().min(1)], { error: 'Perjanjian harus berupa ID' }).optional(),
  outcome: z.enum(OUTCOMES, {
    error: 'Akibat harus salah satu dari: recovered, partial_anatomical, partial_functional, total_permanent, death',
  }),
  leftHanded: z.boolean({ error: 'Kidal harus true atau false' }).default(false),
  disabilities: z.array(disabilityInputSchema, { error: 'Daftar cacat harus berupa larik' }).default([]),
  medicalCost: cost('Biaya pengobatan'),
  transport: z
    .array(z.object({ mode: z.enum(TRANSPORT_MODES, { error: 'Moda angkutan harus land, sea atau air' }), cost: cost('Biaya angkut') }), {
      error: 'Daftar biaya angkut harus berupa larik',
    })
    .default([]),
  incapacityDays: z
    .number({ error: 'Hari tidak mampu bekerja harus berupa angka' })
    .int('Hari tidak mampu bekerja harus bilangan bulat')
    .nonnegative('Hari tidak mampu bekerja tidak boleh negatif')
    .default(0),
  orthosisPrice: cost('Harga alat bantu/alat ganti'),
  denturesCost: cost('Biaya gigi tiruan'),
  homeCareCost: cost('Biaya perawatan di rumah'),
  homeCareMonths: z
    .number({ error: 'Lama perawatan di rumah harus berupa angka' })
    .int('Lama perawatan di rumah harus bilangan bulat bulan')
    .nonnegative('Lama perawatan di rumah tidak boleh negatif')
    .default(0),
  glassesCost: cost('Biaya kacamata'),
  hearingAidCost: cost('Biaya alat bantu dengar'),
  contributionMonths: z
    .number({ error: 'Masa iur harus berupa angka' })
    .int('Masa iur harus bilangan bulat bulan')
    .nonnegative('Masa iur tidak boleh negatif')
    .default(0),
  children: z.array(childInputSchema, { error: 'Daftar anak harus berupa larik' }).default([]),
});

/** What callers send (optional fields may be absent). */
export type BenefitQuoteInput = z.input<typeof benefitQuoteRequestSchema>;
/** What the engine takes: the input with the wage filled in. */
export type BenefitQuoteRequest = BenefitQuoteInput & { wage: number };
/** The parsed request with defaults applied. */
export type ParsedBenefitQuoteRequest = z.output<typeof benefitQuoteRequestSchema> & { wage: number };

const rupiah = z.number().int();

export const benefitItemSchema = z.object({
  code: z.string(),
  label: z.string(),
  amount: rupiah,
  cap: rupiah.nullable(),
  capped: z.boolean(),
  formula: z.string(),
  basis: z.string(),
});

export const disabilityPartSchema = z.object({
  code: z.string(),
  label: z.string(),
  percent: z.string(),
  functionLossPercent: z.number().nullable(),
  amount: rupiah,
  formula: z.string(),
  source: z.string(),
  confirmed: z.boolean(),
});

export const scholarshipYearSchema = z.object({
  year: z.number().int(),
  from: z.string(),
  age: z.number().int(),
  level: z.enum(SCHOOL_LEVELS),
  yearOfLevel: z.number().int(),
  amount: rupiah,
  trimmedByCap: z.boolean(),
});

export const childScheduleSchema = z.object({
  child: z.number().int(),
  birthDate: z.string(),
  years: z.array(scholarshipYearSchema),
  total: rupiah,
});

export const benefitQuoteSchema = z.object({
  program: z.enum(PROGRAMS),
  outcome: z.enum(OUTCOMES),
  wage: rupiah,
  incidentDate: z.string(),
  items: z.array(benefitItemSchema),
  total: rupiah,
  totalInWords: z.string(),
  disabilityParts: z.array(disabilityPartSchema),
  scholarshipSchedule: z.array(childScheduleSchema),
  notes: z.array(z.string()),
  warnings: z.array(z.string()),
});

export type BenefitItem = z.infer<typeof benefitItemSchema>;
export type DisabilityPart = z.infer<typeof disabilityPartSchema>;
export type ScholarshipYear = z.infer<typeof scholarshipYearSchema>;
export type ChildSchedule = z.infer<typeof childScheduleSchema>;
export type BenefitQuote = z.infer<typeof benefitQuoteSchema>;

/** The benefit quote as answered: the engine's quote and where its terms came from. */
export const benefitQuoteAnswerSchema = benefitQuoteSchema.extend({ termsSource: z.string() });
export type BenefitQuoteAnswer = z.infer<typeof benefitQuoteAnswerSchema>;

/** A row of the disability percentage table as GET /benefits/table answers it. */
export const disabilityRowSchema = z.object({
  code: z.string(),
  label: z.string(),
  kind: z.enum(['fixed', 'range', 'per_unit']),
  percent: z.string(),
  max: z.string().nullable(),
  unit: z.string().nullable(),
  maxUnits: z.number().int().nullable(),
  mirror: z.string().nullable(),
  source: z.string(),
  confirmed: z.boolean(),
  note: z.string().nullable(),
});
export type DisabilityRowOut = z.infer<typeof disabilityRowSchema>;
