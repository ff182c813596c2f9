/** Shared zod pieces with Bahasa Indonesia messages, and turning zod failures into AppError. */
import { z } from 'zod';
import { AppError } from './errors.ts';
import { isValidDate } from './dates.ts';

export const isoDate = (label = 'Tanggal') =>
  z
    .string({ error: `${label} wajib diisi` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} harus berformat TTTT-BB-HH`)
    .refine(isValidDate, `${label} bukan tanggal yang ada`);

export const text = (label: string, max = 500) =>
  z.string({ error: `${label} wajib diisi` }).trim().min(1, `${label} wajib diisi`).max(max, `${label} terlalu panjang (maks. ${max} karakter)`);

export const idParam = z.object({ id: z.coerce.number().int().positive('ID harus bilangan bulat positif') });

/**
 * The comparison key of a bank reference: NFKC, without any whitespace, upper case. `RACE-1`,
 * `race-1` and `RACE 1` are the same transfer (payments.bank_reference_key).
 */
export function normalizeReferenceKey(reference: string): string {
  return reference.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** Parses with a schema or throws a 400 AppError listing every issue by field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  const first = issues[0];
  throw new AppError('validation_failed', first ? `${first.path ? first.path + ': ' : ''}${first.message}` : 'Data tidak sah', { issues });
}
