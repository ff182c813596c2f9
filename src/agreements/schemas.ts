/** Zod contracts of the agreements feature: API, CLI import file and web forms share them. */
import { z } from 'zod';
import { isoDate, text } from '../core/validation.ts';
import { termsSchema } from './terms.ts';

export const partyInputSchema = z.object({
  institution: text('Nama instansi', 200),
  address: z.string().trim().max(500).default(''),
  signatory: text('Nama penandatangan', 200),
  position: text('Jabatan penandatangan', 300),
});

export const termsChangeSchema = z.object({
  path: text('Ketentuan', 100),
  value: z.unknown(),
  basis: text('Dasar hukum', 500),
  note: z.string().max(1000).optional(),
});

const agreementFields = {
  title: text('Judul', 500),
  numberPartyOne: text('Nomor PIHAK KESATU', 100),
  numberPartyTwo: text('Nomor PIHAK KEDUA', 100),
  signedOn: isoDate('Tanggal penandatanganan').nullable(),
  place: z.string().trim().max(200).default(''),
  durationMonths: z
    .number({ error: 'Jangka waktu (bulan) wajib diisi' })
    .int('Jangka waktu harus bilangan bulat bulan')
    .min(1, 'Jangka waktu minimal 1 bulan')
    .max(240, 'Jangka waktu maksimal 240 bulan'),
  partyOne: partyInputSchema,
  partyTwo: partyInputSchema,
  purpose: z.array(z.string().trim().min(1)).default([]),
  scope: z.array(z.string().trim().min(1)).default([]),
  legalBases: z.array(z.string().trim().min(1)).default([]),
};

export const createAgreementSchema = z.object({
  ...agreementFields,
  /** Full terms; when absent the regulation defaults are used, then `termsChanges` applied. */
  terms: termsSchema.optional(),
  termsChanges: z.array(termsChangeSchema).default([]),
});
export type CreateAgreementInput = z.infer<typeof createAgreementSchema>;

export const updateAgreementSchema = z
  .object({
    title: agreementFields.title,
    numberPartyOne: agreementFields.numberPartyOne,
    numberPartyTwo: agreementFields.numberPartyTwo,
    signedOn: agreementFields.signedOn,
    place: z.string().trim().max(200),
    durationMonths: agreementFields.durationMonths,
    partyOne: partyInputSchema,
    partyTwo: partyInputSchema,
    purpose: z.array(z.string().trim().min(1)),
    scope: z.array(z.string().trim().min(1)),
    legalBases: z.array(z.string().trim().min(1)),
    /** Only while the agreement is a draft; afterwards terms change through an addendum. */
    termsChanges: z.array(termsChangeSchema),
  })
  .partial();
export type UpdateAgreementInput = z.infer<typeof updateAgreementSchema>;

export const documentInputSchema = z.object({
  name: text('Nama berkas', 200),
  mime: z.string().trim().min(1).max(100).default('application/pdf'),
  contentBase64: z.string().min(1, 'Isi berkas kosong'),
});

export const amendmentInputSchema = z.object({
  kind: z.enum(['adendum', 'amandemen'], { error: 'Jenis harus adendum atau amandemen' }),
  number: text('Nomor', 100),
  signedOn: isoDate('Tanggal penandatanganan'),
  effectiveFrom: isoDate('Tanggal berlaku'),
  summary: text('Ringkasan', 2000),
  termsChanges: z.array(termsChangeSchema).default([]),
  /** An addendum may extend or shorten the agreement (new total duration in months). */
  durationMonths: agreementFields.durationMonths.optional(),
  document: documentInputSchema.optional(),
});
export type AmendmentInput = z.infer<typeof amendmentInputSchema>;

export const terminateSchema = z.object({
  terminatedOn: isoDate('Tanggal berakhir'),
  reason: text('Alasan', 2000),
});

/**
 * "Perpanjang": the successor agreement. Parties are those of the predecessor; numbers are new;
 * the start defaults to the day after the predecessor's last day; terms are those in force on
 * that last day with `termsChanges` applied. `signedOn` null (or absent) leaves it unsigned
 * (draft) until `POST /agreements/:id/sign`.
 */
export const renewAgreementSchema = z.object({
  numberPartyOne: agreementFields.numberPartyOne,
  numberPartyTwo: agreementFields.numberPartyTwo,
  signedOn: isoDate('Tanggal penandatanganan').nullable().default(null),
  startsOn: isoDate('Tanggal mulai berlaku').optional(),
  durationMonths: agreementFields.durationMonths.optional(),
  title: text('Judul', 500).optional(),
  place: z.string().trim().max(200).optional(),
  termsChanges: z.array(termsChangeSchema).default([]),
});
export type RenewAgreementInput = z.infer<typeof renewAgreementSchema>;

export const signAgreementSchema = z.object({
  signedOn: isoDate('Tanggal penandatanganan'),
});

/** The data file `lindung agreement import FILE` loads (the demo PKS ships as one). */
export const agreementFileSchema = createAgreementSchema.extend({
  format: z.literal('lindung.agreement/v1', { error: 'Format berkas harus "lindung.agreement/v1"' }),
  amendments: z.array(amendmentInputSchema).default([]),
});
export type AgreementFile = z.infer<typeof agreementFileSchema>;

export const listAgreementsQuery = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.enum(['draft', 'active', 'ended', 'terminated']).optional(),
});

// ---- Output shapes (documented in OpenAPI) ----
const partyOut = z.object({
  institutionId: z.number().int(),
  institution: z.string(),
  address: z.string(),
  signatory: z.string(),
  position: z.string(),
});

const diffRowOut = z.object({
  path: z.string(),
  label: z.object({ id: z.string(), en: z.string() }),
  before: z.string(),
  after: z.string(),
  basis: z.string(),
});

export const amendmentOutSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['adendum', 'amandemen']),
  number: z.string(),
  signedOn: z.string(),
  effectiveFrom: z.string(),
  summary: z.string(),
  document: z.object({ id: z.number().int(), name: z.string(), mime: z.string(), size: z.number().int() }).nullable(),
  createdAt: z.string(),
});

export const termsVersionOutSchema = z.object({
  id: z.number().int(),
  effectiveFrom: z.string(),
  effectiveUntil: z.string().nullable(),
  amendmentId: z.number().int().nullable(),
  terms: termsSchema,
  changes: z.array(diffRowOut),
});

export const agreementSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  numberPartyOne: z.string(),
  numberPartyTwo: z.string(),
  partyOne: z.string(),
  partyTwo: z.string(),
  signedOn: z.string().nullable(),
  /** First valid day: the start of a renewal signed ahead, else the signing date. */
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  status: z.enum(['draft', 'active', 'ended', 'terminated']),
  daysRemaining: z.number().int().nullable(),
  /** The agreement this one renews, and the renewal of this one, if any. */
  predecessorId: z.number().int().nullable(),
  successorId: z.number().int().nullable(),
  /** True from 90 days before the last valid day while no renewal exists. */
  renewalDue: z.boolean(),
  reportedWage: z.number().int().nullable(),
});

export const agreementOutSchema = agreementSummarySchema.extend({
  /** The numbers (PIHAK KESATU) of the renewed and the renewing agreement: what people read. */
  predecessorNumber: z.string().nullable(),
  successorNumber: z.string().nullable(),
  place: z.string(),
  durationMonths: z.number().int(),
  /** Stored start of a renewal (null: validity runs from signing). */
  startsOn: z.string().nullable(),
  parties: z.object({ one: partyOut, two: partyOut }),
  purpose: z.array(z.string()),
  scope: z.array(z.string()),
  legalBases: z.array(z.string()),
  terminatedOn: z.string().nullable(),
  terminationReason: z.string().nullable(),
  currentTerms: termsVersionOutSchema.nullable(),
  termsVersions: z.array(termsVersionOutSchema),
  amendments: z.array(amendmentOutSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AgreementOut = z.infer<typeof agreementOutSchema>;
export type AgreementSummary = z.infer<typeof agreementSummarySchema>;

export const renewalOutSchema = z.object({
  agreement: agreementOutSchema,
  /** Participants carried over (null while the renewal is not signed). */
  carriedOver: z.number().int().nullable(),
  warnings: z.array(z.string()),
});

export const termsOnOutSchema = z.object({
  agreementId: z.number().int(),
  date: z.string(),
  withinValidity: z.boolean(),
  version: termsVersionOutSchema.nullable(),
});
