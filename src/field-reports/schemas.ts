/** Zod contracts of field reports (issue #18): the report a phone sends, possibly late from its offline queue. */
import { z } from 'zod';
import { isoDate, text } from '../core/validation.ts';
import { MAX_PHOTOS } from './rules.ts';
import { claimSchema } from '../claims/index.ts';

export const fieldPhotoSchema = z.object({
  name: text('Nama foto', 200),
  /** The photo's bytes as base64; its kind is read from the bytes, not from a name or a declared type. */
  contentBase64: z.string().min(1, 'Isi foto kosong'),
});

export const fieldReportSchema = z.object({
  /** The UUID the phone made when the report was saved: a resend with the same id returns the same claim. */
  clientId: z
    .string()
    .trim()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'Kode laporan dari ponsel tidak sah')
    .transform((s) => s.toLowerCase()),
  employeeId: z.number({ error: 'Pegawai wajib dipilih' }).int().positive(),
  incidentDate: isoDate('Tanggal kejadian'),
  incidentTime: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Jam kejadian berformat JJ:MM'),
  /** A death at the scene is stated now; otherwise the outcome is the stage-II report's (filed as "sembuh" until then). */
  died: z.boolean().default(false),
  place: text('Tempat kejadian', 300),
  location: z
    .object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180), accuracy: z.number().min(0).max(100_000).optional() })
    .nullable()
    .default(null),
  chronology: text('Apa yang terjadi', 5000),
  witnesses: z.string().trim().max(1000, 'Saksi terlalu panjang (maks. 1000 karakter)').default(''),
  takenTo: z.string().trim().max(300, 'Tempat korban dibawa terlalu panjang (maks. 300 karakter)').default(''),
  /** When the phone saved the report ('YYYY-MM-DDTHH:MM', the phone's clock): kept for the record, never used for the deadline. */
  savedAt: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Waktu simpan berformat TTTT-BB-HHTJJ:MM'),
  photos: z.array(fieldPhotoSchema).max(MAX_PHOTOS, `Paling banyak ${MAX_PHOTOS} foto per laporan`).default([]),
});

export type FieldReportInput = z.infer<typeof fieldReportSchema>;

// ---- Answers ----
/** A filed (or replayed) field report: the claim it made, whether this send was a replay, and the mail's fate. */
export const fieldReportOutSchema = claimSchema.extend({ replay: z.boolean(), mail: z.enum(['sent', 'not_configured', 'failed', 'not_sent_again']) });

export const fieldReportNoticeSchema = z.object({
  id: z.number().int(),
  read: z.boolean(),
  receivedAt: z.string(),
  claimId: z.number().int(),
  claimNumber: z.string().nullable(),
  fullName: z.string(),
  unitName: z.string(),
  incidentDate: z.string(),
  incidentTime: z.string(),
  place: z.string(),
  stage1: z.object({
    due: z.string(),
    dueAt: z.string().nullable(),
    dueText: z.string(),
    reportedOn: z.string().nullable(),
    status: z.enum(['open', 'on_time', 'late', 'missed']),
  }),
  message: z.string(),
});
