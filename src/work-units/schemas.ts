import { z } from 'zod';
import { isoDate, text } from '../core/validation.ts';

export const unitCodeSchema = z
  .string({ error: 'Kode unit wajib diisi' })
  .trim()
  .regex(/^[A-Za-z0-9._-]{1,30}$/, 'Kode unit 1–30 karakter: huruf, angka, titik, garis bawah atau tanda hubung');

export const createUnitSchema = z.object({
  /** The regency government the unit belongs to; or give the agreement and its PIHAK KESATU is used. */
  institutionId: z.number().int().positive().optional(),
  agreementId: z.number().int().positive().optional(),
  code: unitCodeSchema,
  name: text('Nama unit', 200),
  parentId: z.number().int().positive().nullable().default(null),
});

/** A unit's (its operator's) contact, shown to its employees on "Cek perlindungan saya". */
export const contactPhone = z
  .string()
  .trim()
  .max(50, 'Nomor telepon terlalu panjang (maks. 50 karakter)')
  .regex(/^[0-9+()\-. ]*$/, 'Nomor telepon hanya angka, spasi, dan tanda + ( ) - .');
export const contactAddress = z.string().trim().max(500, 'Alamat terlalu panjang (maks. 500 karakter)');

export const updateUnitSchema = z.object({
  name: text('Nama unit', 200).optional(),
  parentId: z.number().int().positive().nullable().optional(),
  phone: contactPhone.optional(),
  address: contactAddress.optional(),
});

/** Close a unit from a date: from that day it takes no new employees or operators. */
export const closeUnitSchema = z.object({ closedOn: isoDate('Tanggal penutupan') });

export const unitOutSchema = z.object({
  id: z.number().int(),
  institutionId: z.number().int(),
  institution: z.string(),
  code: z.string(),
  name: z.string(),
  parentId: z.number().int().nullable(),
  closedOn: z.string().nullable(),
  phone: z.string(),
  address: z.string(),
  activeEmployees: z.number().int(),
});
export type UnitOut = z.infer<typeof unitOutSchema>;

export const unitImportRowErrorSchema = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export const unitImportResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  errors: z.array(unitImportRowErrorSchema),
});
export type UnitImportResult = z.infer<typeof unitImportResultSchema>;
