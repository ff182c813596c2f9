import { z } from 'zod';
import { text } from '../core/validation.ts';

export const roleSchema = z.enum(['system_admin', 'admin', 'opd_operator', 'bpjs_officer', 'viewer'], {
  error: 'Peran harus salah satu dari: system_admin, admin, opd_operator, bpjs_officer, viewer',
});

export const loginSchema = z.object({
  username: text('Nama pengguna', 100),
  password: z.string({ error: 'Kata sandi wajib diisi' }).min(1, 'Kata sandi wajib diisi').max(500),
});

const usernameSchema = z
  .string({ error: 'Nama pengguna wajib diisi' })
  .trim()
  .regex(/^[a-z0-9._-]{3,50}$/, 'Nama pengguna 3–50 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung');

/**
 * A new user. Without `password` (the web's invitation) a one-time password is generated, shown
 * once, and must be replaced at first login; the CLI may set the password itself.
 */
export const createUserSchema = z.object({
  username: usernameSchema,
  fullName: text('Nama lengkap', 200),
  password: z.string().max(500).optional(),
  role: roleSchema,
  workUnitId: z.number().int().positive().nullable().default(null),
  institutionId: z.number().int().positive().nullable().default(null),
});

export const updateUserSchema = z.object({
  fullName: text('Nama lengkap', 200).optional(),
  role: roleSchema.optional(),
  workUnitId: z.number().int().positive().nullable().optional(),
  status: z.enum(['active', 'disabled'], { error: 'Status: active atau disabled' }).optional(),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: 'Kata sandi saat ini wajib diisi' }).min(1, 'Kata sandi saat ini wajib diisi').max(500),
  newPassword: z.string({ error: 'Kata sandi baru wajib diisi' }).max(500),
});

export const userOutSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  workUnitId: z.number().int().nullable(),
  institutionId: z.number().int().nullable(),
  status: z.enum(['active', 'disabled']),
  /** Still holds a one-time password: must choose its own before anything else. */
  mustChangePassword: z.boolean(),
});
export type UserOut = z.infer<typeof userOutSchema>;

/** A row of the users page. */
export const userListItemSchema = userOutSchema.extend({
  workUnit: z.string().nullable(),
  institution: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
});
export type UserListItem = z.infer<typeof userListItemSchema>;

export const createTokenSchema = z.object({ name: text('Nama token', 100) });
