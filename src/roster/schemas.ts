/** Zod contracts of the roster: employees through the API, the CLI and the web forms. */
import { z } from 'zod';
import { isoDate, pageQuery, text } from '../core/validation.ts';

export const SEXES = ['L', 'P'] as const;
export const EMPLOYMENT_TYPES = ['honorer', 'kontrak', 'thl', 'lainnya'] as const;

export const employeeInputSchema = z.object({
  nik: z
    .string({ error: 'NIK wajib diisi' })
    .trim()
    .regex(/^\d{16}$/, 'NIK harus 16 digit angka'),
  fullName: text('Nama lengkap', 200),
  sex: z.enum(SEXES, { error: 'Jenis kelamin harus L atau P' }),
  birthPlace: z.string().trim().max(100).default(''),
  birthDate: isoDate('Tanggal lahir'),
  workUnitId: z.number({ error: 'Unit kerja wajib diisi' }).int().positive(),
  position: z.string().trim().max(200).default(''),
  employmentType: z.enum(EMPLOYMENT_TYPES, { error: 'Jenis pegawai harus honorer, kontrak, thl atau lainnya' }),
  /** Null: not known (many office rosters have no start date). */
  startDate: isoDate('Tanggal mulai kerja').nullable().default(null),
  endDate: isoDate('Tanggal berhenti').nullable().default(null),
  endReason: z.string().trim().max(500).nullable().default(null),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+ -]{0,20}$/, 'Nomor telepon hanya angka, spasi, + atau -')
    .default(''),
  address: z.string().trim().max(500).default(''),
  /** Admins only: keep a NIK whose embedded birth date/sex disagree, with the reason (audited). */
  nikOverrideReason: z.string().trim().min(5, 'Alasan pengecualian NIK minimal 5 karakter').max(500).nullable().default(null),
});
export type EmployeeInput = z.infer<typeof employeeInputSchema>;

export const employeeUpdateSchema = employeeInputSchema
  .omit({ nik: true })
  .partial()
  .extend({
    /** When a move or position change takes effect (default: today). */
    effectiveOn: isoDate('Tanggal berlaku').optional(),
  });
export type EmployeeUpdate = z.infer<typeof employeeUpdateSchema>;

export const endEmployeeSchema = z.object({
  endDate: isoDate('Tanggal berhenti'),
  endReason: text('Alasan berhenti', 500),
});

export const listEmployeesQuery = z.object({
  q: z.string().trim().max(100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  agreementId: z.coerce.number().int().positive().optional(),
  status: z.enum(['active', 'ended', 'all']).default('active'),
  sort: z.enum(['name', 'nik', 'unit', 'startDate']).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  ...pageQuery.shape,
});
export type ListEmployeesQuery = z.infer<typeof listEmployeesQuery>;

export const employeeOutSchema = z.object({
  id: z.number().int(),
  nik: z.string(),
  fullName: z.string(),
  sex: z.enum(SEXES),
  birthPlace: z.string(),
  birthDate: z.string(),
  workUnitId: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  institutionId: z.number().int(),
  position: z.string(),
  employmentType: z.enum(EMPLOYMENT_TYPES),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  endReason: z.string().nullable(),
  phone: z.string(),
  address: z.string(),
  status: z.enum(['active', 'ended']),
  nikOverrideReason: z.string().nullable(),
});
export type EmployeeOut = z.infer<typeof employeeOutSchema>;

export const historyOutSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  effectiveOn: z.string(),
  kind: z.string(),
  actor: z.string(),
  /** The person behind the actor label (the user's full name), for screens. */
  actorName: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export const employeeDetailSchema = employeeOutSchema.extend({ history: z.array(historyOutSchema) });
