import { z } from 'zod';
import { text } from '../core/validation.ts';

export const roleSchema = z.enum(['system_admin', 'admin', 'opd_operator', 'bpjs_officer', 'viewer'], {
  error: 'Peran harus salah satu dari: system_admin, admin, opd_operator, bpjs_officer, viewer',
});

export const loginSchema = z.object({
  username: text('Nama pengguna', 100),
  password: z.string({ error: 'Kata sandi wajib diisi' }).min(1, 'Kata sandi wajib diisi').max(500),
});

export const createUserSchema = z.object({
  username: z
    .string({ error: 'Nama pengguna wajib diisi' })
    .trim()
    .regex(/^[a-z0-9._-]{3,50}$/, 'Nama pengguna 3–50 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung'),
  fullName: text('Nama lengkap', 200),
  password: z.string({ error: 'Kata sandi wajib diisi' }).min(8, 'Kata sandi minimal 8 karakter').max(500),
  role: roleSchema,
  workUnitId: z.number().int().positive().nullable().default(null),
  institutionId: z.number().int().positive().nullable().default(null),
});

export const userOutSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  workUnitId: z.number().int().nullable(),
  institutionId: z.number().int().nullable(),
  status: z.enum(['active', 'disabled']),
});
export type UserOut = z.infer<typeof userOutSchema>;

export const createTokenSchema = z.object({ name: text('Nama token', 100) });
