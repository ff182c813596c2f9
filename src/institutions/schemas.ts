import { z } from 'zod';
import { text } from '../core/validation.ts';
import { contactPhone } from '../work-units/index.ts';

export const institutionKindSchema = z.enum(['government', 'bpjs_branch'], {
  error: 'Jenis instansi: pemerintah daerah (government) atau kantor cabang BPJS (bpjs_branch)',
});
export const institutionLevelSchema = z.enum(['regency', 'city', 'province'], {
  error: 'Tingkat pemerintah: kabupaten (regency), kota (city) atau provinsi (province)',
});

export const createInstitutionSchema = z.object({
  kind: institutionKindSchema,
  /** Required for a government, absent for a BPJS branch. */
  level: institutionLevelSchema.nullable().default(null),
  name: text('Nama instansi', 200),
  address: z.string().trim().max(500, 'Alamat terlalu panjang (maks. 500 karakter)').default(''),
  /** Shown to employees on "Cek perlindungan saya" (a branch's, a government's). */
  phone: contactPhone.default(''),
});

export const updateInstitutionSchema = z.object({
  level: institutionLevelSchema.nullable().optional(),
  name: text('Nama instansi', 200).optional(),
  address: z.string().trim().max(500, 'Alamat terlalu panjang (maks. 500 karakter)').optional(),
  phone: contactPhone.optional(),
});

export const institutionOutSchema = z.object({
  id: z.number().int(),
  kind: institutionKindSchema,
  level: institutionLevelSchema.nullable(),
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  users: z.number().int(),
  units: z.number().int(),
});
export type InstitutionOut = z.infer<typeof institutionOutSchema>;
