/**
 * The letter for the family of a participant who died (a JKM claim, or a JKK claim whose outcome
 * is death), in plain Bahasa: what they will receive (the quote's items with their amounts, from
 * the benefit engine, or the approved amounts), the documents to bring (the claim's checklist,
 * with what is already received), the deadlines, and whom to ask. PDF, from the regency
 * government (PIHAK KESATU), signed on the office's today.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import { formatDateId } from '../core/dates.ts';
import { formatRupiah } from '../core/money.ts';
import { withTextLanguage } from '../core/language.ts';
import { FONT, fields, letterhead, newDocument, signature, table, toBuffer } from '../core/pdf.ts';
import { getAgreement } from '../agreements/index.ts';
import { JKK_PAYMENT_WORKING_DAYS, JKM_PAYMENT_WORKING_DAYS, formatDue } from './rules.ts';
import { heading, note } from './letter.ts';
import type { ClaimsService } from './service.ts';

type Claim = Awaited<ReturnType<ClaimsService['get']>>;

export const isDeathClaim = (c: Pick<Claim, 'program' | 'outcome'>): boolean => c.program === 'JKM' || c.outcome === 'death';

const DEADLINE_WORDS: Record<string, string> = { on_time: 'sudah dipenuhi', late: 'dipenuhi terlambat', missed: 'terlewat', open: 'masih berjalan' };

function paragraph(d: PDFKit.PDFDocument, text: string): void {
  const left = d.page.margins.left;
  d.font(FONT.regular)
    .fontSize(10)
    .fillColor('#000')
    .text(text, left, d.y, { width: d.page.width - left - d.page.margins.right, align: 'justify' });
  d.moveDown(0.6);
}

export function createHeirsLetter({ db, claims, today }: { db: Kysely<DB>; claims: ClaimsService; today: () => string }) {
  return (actor: Actor, id: number): Promise<Buffer> =>
    withTextLanguage('id', async () => {
      const c = await claims.get(actor, id);
      if (!isDeathClaim(c))
        throw new AppError('invalid_state', 'Surat untuk ahli waris hanya untuk klaim kematian (JKM, atau JKK yang berakibat meninggal dunia)');
      const a = (await getAgreement(db, c.agreementId))!;
      const day = today();
      const final = c.computedFinal;
      const payDays = c.program === 'JKK' ? JKK_PAYMENT_WORKING_DAYS : JKM_PAYMENT_WORKING_DAYS;
      const required = c.checklist.filter((i) => i.required);
      const missing = required.filter((i) => !i.uploaded);

      return toBuffer(await newDocument({ title: `Surat untuk ahli waris — klaim ${c.number ?? c.id}` }), (d) => {
        letterhead(d, {
          partyOne: a.party_one_name,
          partyTwo: a.party_two_name,
          numbers: `${a.number_party_one} — ${a.number_party_two}`,
          title: 'SURAT PEMBERITAHUAN KEPADA AHLI WARIS',
          number: `Klaim nomor: ${c.number ?? c.id}`,
        });
        fields(d, [
          ['Kepada', `Keluarga dan ahli waris almarhum/almarhumah ${c.fullName}`],
          ['Perihal', `Hak ahli waris atas ${c.program === 'JKM' ? 'Jaminan Kematian (JKM)' : 'Jaminan Kecelakaan Kerja (JKK)'} BPJS Ketenagakerjaan`],
          ['Tanggal meninggal', formatDateId(c.incidentDate)],
          ['Status klaim', c.statusLabel],
        ]);
        paragraph(
          d,
          `Kami turut berduka cita atas berpulangnya ${c.fullName}. Almarhum/almarhumah terdaftar sebagai peserta BPJS Ketenagakerjaan melalui ${a.party_one_name}. Klaim untuk keluarga telah diajukan. Surat ini menjelaskan apa yang akan diterima keluarga, dokumen yang perlu dibawa, dan batas waktunya.`,
        );

        heading(d, final ? '1. Yang akan diterima keluarga (sudah disetujui BPJS)' : '1. Yang akan diterima keluarga (perkiraan, menunggu persetujuan BPJS)');
        if (c.status === 'rejected')
          note(d, `Klaim ini ditolak oleh BPJS Ketenagakerjaan: ${c.rejectionReason ?? '-'}. Hubungi kantor cabang untuk penjelasan.`);
        table(
          d,
          [
            { header: 'Manfaat', width: 190 },
            { header: 'Keterangan', width: 200 },
            { header: 'Jumlah', width: 105, align: 'right' },
          ],
          [...c.items.map((i) => [i.label, i.formula, formatRupiah(i.amount)]), ['JUMLAH', '', formatRupiah(c.total)]],
          { boldLast: true, fontSize: 8.5 },
        );
        fields(d, [['Terbilang', c.totalInWords]]);
        if (c.paid > 0)
          fields(d, [
            ['Telah dibayar', formatRupiah(c.paid)],
            ['Sisa belum dibayar', formatRupiah(c.outstanding)],
          ]);
        if (c.scholarshipSchedule.length)
          note(d, 'Beasiswa anak dibayar per tahun selama anak masih sekolah atau kuliah; bawa surat keterangan sekolah setiap tahun.');

        heading(d, '2. Dokumen yang perlu dibawa');
        table(
          d,
          [
            { header: 'Dokumen', width: 380 },
            { header: 'Sudah diterima?', width: 115 },
          ],
          required.map((i) => [i.label, i.uploaded ? 'sudah' : 'BELUM']),
          { fontSize: 8.5 },
        );
        if (missing.length)
          note(
            d,
            `Bawa dokumen yang belum diterima (${missing.length}) kepada operator OPD tempat almarhum/almarhumah bekerja. Bawa aslinya untuk diperlihatkan dan fotokopinya untuk diserahkan.`,
          );
        else note(d, 'Semua dokumen wajib sudah diterima.');

        heading(d, '3. Batas waktu');
        note(
          d,
          `BPJS Ketenagakerjaan membayar paling lambat ${payDays} hari kerja setelah semua dokumen lengkap. Hak mengajukan klaim hapus bila tidak diajukan dalam batas di bawah.`,
        );
        table(
          d,
          [
            { header: 'Batas waktu', width: 260 },
            { header: 'Tanggal', width: 120 },
            { header: 'Keadaan', width: 115 },
          ],
          c.deadlines.map((dl) => [dl.label, formatDue(dl), DEADLINE_WORDS[dl.status] ?? dl.status]),
          { fontSize: 8.5 },
        );

        heading(d, '4. Pertanyaan');
        note(
          d,
          `Hubungi operator OPD tempat almarhum/almarhumah bekerja, atau ${a.party_two_name}. Pengecekan status klaim juga dapat dilakukan di halaman "Cek perlindungan saya" (/cek) dengan NIK, tanggal lahir, dan 4 angka terakhir nomor peserta (KPJ) almarhum/almarhumah.`,
        );

        signature(d, a.place || 'Buton Utara', formatDateId(day), { role: 'PIHAK KESATU', position: a.party_one_position, name: a.party_one_signatory });
      });
    });
}
