/** Zod contracts of claims. The benefit request is the engine's own contract (src/benefits/schemas.ts). */
import { z } from 'zod';
import { isoDate, rupiah, text } from '../core/validation.ts';

export const fileClaimSchema = z.object({
  employeeId: z.number({ error: 'Pegawai wajib dipilih' }).int().positive(),
  program: z.enum(['JKK', 'JKM'], { error: 'Program harus JKK atau JKM' }),
  outcome: z.enum(['recovered', 'partial_anatomical', 'partial_functional', 'total_permanent', 'death']),
  incidentDate: isoDate('Tanggal kejadian'),
  incidentTime: z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$|^$/, 'Jam kejadian berformat JJ:MM').default(''),
  place: text('Tempat kejadian', 300),
  chronology: text('Kronologi', 5000),
  reporter: text('Pelapor', 200),
  stage1ReportedOn: isoDate('Tanggal laporan tahap I').nullable().default(null),
  doctorStatementOn: isoDate('Tanggal surat keterangan dokter').nullable().default(null),
  stage2ReportedOn: isoDate('Tanggal laporan tahap II').nullable().default(null),
  /** The rest of the benefit request (costs, disabilities, children…), as the engine takes it. */
  benefit: z.record(z.string(), z.unknown()).default({}),
});

export const documentSchema = z.object({
  code: text('Jenis dokumen', 50),
  name: text('Nama berkas', 200),
  mime: z.string().trim().toLowerCase().regex(/^[\w.+-]+\/[\w.+-]+$/, 'Jenis berkas (MIME) tidak sah').default('application/pdf'),
  contentBase64: z.string().min(1, 'Isi berkas kosong'),
});

export const approveSchema = z.object({
  adjustments: z.array(z.object({ code: text('Kode butir', 50), amount: rupiah('Jumlah'), reason: text('Alasan penyesuaian', 1000) })).default([]),
});

export const rejectClaimSchema = z.object({ reason: text('Alasan penolakan', 1000) });

export const claimPaymentSchema = z.object({
  amount: rupiah('Jumlah', 1),
  paidOn: isoDate('Tanggal bayar'),
  reference: text('Nomor referensi', 100),
  note: z.string().trim().max(500).default(''),
});
