/** Zod contracts of the holiday calendar: the data file, the API and the CLI share them. */
import { z } from 'zod';
import { isoDate, text } from '../core/validation.ts';

export const HOLIDAY_KINDS = ['national', 'cuti_bersama'] as const;
export const KIND_LABEL = { national: 'libur nasional', cuti_bersama: 'cuti bersama' } as const;

export const holidayInputSchema = z.object({
  date: isoDate('Tanggal'),
  name: text('Nama hari libur', 200),
  kind: z.enum(HOLIDAY_KINDS, { error: 'Jenis harus national (libur nasional) atau cuti_bersama' }).default('national'),
  decree: text('Dasar penetapan (SKB)', 1000),
  confirmed: z.boolean().default(true),
  note: z.string().trim().max(2000).default(''),
});
export type HolidayInput = z.infer<typeof holidayInputSchema>;

/** `lindung holiday import FILE` / POST /holidays/import: the shipped data file's format. */
export const holidayFileSchema = z.object({
  format: z.literal('lindung.holidays/v1', { error: 'Format berkas harus "lindung.holidays/v1"' }),
  years: z
    .array(
      z.object({
        year: z.number({ error: 'Tahun wajib diisi' }).int().min(2000).max(2100),
        decree: text('Dasar penetapan (SKB)', 1000),
        confirmed: z.boolean().default(true),
        note: z.string().max(2000).default(''),
        days: z.array(z.object({ date: z.string(), name: text('Nama hari libur', 200), kind: z.enum(HOLIDAY_KINDS).default('national') })),
      }),
    )
    .min(1, 'Berkas tidak berisi tahun'),
});
export type HolidayFile = z.infer<typeof holidayFileSchema>;

export const holidayOutSchema = z.object({
  id: z.number().int(),
  date: z.string(),
  name: z.string(),
  kind: z.enum(HOLIDAY_KINDS),
  decree: z.string(),
  confirmed: z.boolean(),
  note: z.string(),
});
export type HolidayOut = z.infer<typeof holidayOutSchema>;

export const listHolidaysQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
