/** Zod contracts of the registers (outreach, forum, force majeure, disputes) and of the unprotected list's filter. */
import { z } from 'zod';
import { isoDate, pageQuery, text } from '../core/validation.ts';

export const activitySchema = z.object({
  agreementId: z.number().int().positive(),
  kind: z.enum(['outreach', 'education']).default('outreach'),
  heldOn: isoDate('Tanggal kegiatan'),
  place: text('Tempat', 200),
  title: text('Judul kegiatan', 300),
  audienceUnitIds: z.array(z.number().int().positive()).default([]),
  attendees: z.number({ error: 'Jumlah peserta wajib diisi' }).int('Jumlah peserta harus bilangan bulat').min(0, 'Jumlah peserta tidak boleh negatif'),
  speakers: z.string().trim().max(500).default(''),
  summary: z.string().trim().max(5000).default(''),
  materials: z
    .array(z.object({ name: text('Nama berkas', 200), mime: z.string().default('application/pdf'), contentBase64: z.string().min(1) }))
    .max(10)
    .default([]),
});

export const followUpSchema = z.object({
  action: text('Tindak lanjut', 500),
  owner: text('Penanggung jawab', 200),
  dueOn: isoDate('Batas waktu'),
});

export const meetingSchema = z.object({
  agreementId: z.number().int().positive(),
  heldOn: isoDate('Tanggal rapat'),
  place: text('Tempat', 200),
  agenda: text('Agenda', 2000),
  minutes: z.string().trim().max(20000).default(''),
  decisions: z.array(z.string().trim().min(1)).default([]),
  followUps: z.array(followUpSchema).default([]),
});

export const forceMajeureSchema = z.object({
  agreementId: z.number().int().positive(),
  affectedParty: z.enum(['party_one', 'party_two'], { error: 'Pihak yang terkena: party_one (PIHAK KESATU) atau party_two (PIHAK KEDUA)' }),
  kind: z.enum(['natural', 'social'], { error: 'Jenis: natural (bencana alam) atau social (bencana sosial)' }),
  eventDate: isoDate('Tanggal kejadian'),
  description: text('Uraian kejadian', 2000),
  affectedObligations: text('Kewajiban yang terdampak', 2000),
  noticeDate: isoDate('Tanggal pemberitahuan tertulis').nullable().default(null),
});

export const noticeSchema = z.object({ noticeDate: isoDate('Tanggal pemberitahuan tertulis') });
export const resolveSchema = z.object({ resolvedOn: isoDate('Tanggal penyelesaian'), resolution: text('Hasil musyawarah', 2000) });

export const disputeSchema = z.object({
  agreementId: z.number().int().positive(),
  openedOn: isoDate('Tanggal'),
  subject: text('Pokok perselisihan', 2000),
  raisedBy: z.enum(['party_one', 'party_two']),
});

export const disputeStepSchema = z.object({
  stage: z.enum(['district_court', 'closed']),
  on: isoDate('Tanggal'),
  note: text('Catatan', 2000),
  outcome: z.string().trim().max(2000).optional(),
});

/** The unprotected list's filter and page (GET /api/v1/monitoring/unprotected): pages as the employees list does. */
export const unprotectedQuery = z.object({
  reason: z.string().max(40).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  date: isoDate('Tanggal').optional(),
  ...pageQuery.shape,
});
