/**
 * The claim letter (PDF) for the regency's records of a JKK/JKM claim (PKS Pasal 5–7): the
 * participant and its number (KPJ), the incident and its reporter, the reporting clock, the
 * itemised benefits with formula and basis (adjusted items beside their computed amount and the
 * reason), the documents received, the payments with what is paid and outstanding, who verified
 * and who approved (or rejected, with the reason), signed on the office's today.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { formatDateId, Temporal } from '../core/dates.ts';
import { formatRupiah } from '../core/money.ts';
import { FONT, fields, keepTogether, letterhead, newDocument, signatures, table, toBuffer, type Doc } from '../core/pdf.ts';
import { getAgreement } from '../agreements/index.ts';
import { CLAIM_OUTCOME_LABEL, formatDue, type Deadline } from './rules.ts';
import { claimParticipantNumber } from './repo.ts';
import { actorNamer } from '../auth/index.ts';
import type { ClaimsService } from './service.ts';

export const DEADLINE_STATUS_LABEL: Record<Deadline['status'], string> = { on_time: 'tepat waktu', late: 'terlambat', missed: 'terlewat', open: 'terbuka' };

/** A bold section title; starts a new page rather than standing alone at the foot of one. */
export function heading(d: Doc, text: string): void {
  const left = d.page.margins.left;
  keepTogether(d, 60);
  d.font(FONT.bold)
    .fontSize(10.5)
    .fillColor('#0b4f3c')
    .text(text, left, d.y, { width: d.page.width - left - d.page.margins.right });
  d.fillColor('#000').moveDown(0.25);
}

/** A plain sentence at the left margin (e.g. "no payments yet"). */
export function note(d: Doc, text: string): void {
  const left = d.page.margins.left;
  d.font(FONT.regular)
    .fontSize(9.5)
    .fillColor('#000')
    .text(text, left, d.y, { width: d.page.width - left - d.page.margins.right });
  d.moveDown(0.6);
}

export function createClaimLetter({
  db,
  claims,
  today,
  timeZone = 'Asia/Makassar',
}: {
  db: Kysely<DB>;
  claims: ClaimsService;
  today: () => string;
  timeZone?: string;
}) {
  return async (actor: Actor, id: number): Promise<Buffer> => {
    const c = await claims.get(actor, id);
    const a = (await getAgreement(db, c.agreementId))!;
    const kpj = await claimParticipantNumber(db, c.id);
    const actorName = await actorNamer(
      db,
      c.timeline.map((e) => e.actor),
    );
    const day = today();
    /** The office day of a recorded step; never after the letter's own date (a clock set back in tests or demos). */
    const dayOf = (at: string) => {
      const d = Temporal.Instant.from(at).toZonedDateTimeISO(timeZone).toPlainDate().toString();
      return d < day ? d : day;
    };
    const step = (to: string, from?: string) => [...c.timeline].reverse().find((e) => e.to === to && (from === undefined || e.from === from));
    const stepLine = (e: (typeof c.timeline)[number] | undefined, extra = '') => (e ? `${actorName(e.actor)}, ${formatDateId(dayOf(e.at))}${extra}` : 'belum');

    return toBuffer(await newDocument({ title: `Klaim ${c.program} ${c.number ?? c.id}` }), (d) => {
      letterhead(d, {
        partyOne: a.party_one_name,
        partyTwo: a.party_two_name,
        numbers: `${a.number_party_one} — ${a.number_party_two}`,
        title: `SURAT KLAIM ${c.program === 'JKK' ? 'JAMINAN KECELAKAAN KERJA' : 'JAMINAN KEMATIAN'}`,
        number: `Nomor: ${c.number ?? c.id}`,
      });
      fields(d, [
        ['Peserta', `${c.fullName} (NIK ${c.nik})`],
        ['Nomor peserta (KPJ)', kpj ?? 'belum tercatat'],
        ['Kejadian', `${formatDateId(c.incidentDate)}${c.incidentTime ? ` pukul ${c.incidentTime}` : ''}, ${c.place}`],
        ['Akibat', CLAIM_OUTCOME_LABEL[c.outcome] ?? c.outcome],
        ['Kronologi', c.chronology],
        ['Pelapor', c.reporter],
        ['Status', c.statusLabel],
        ...(c.status === 'rejected' ? [['Alasan penolakan', c.rejectionReason ?? '-'] as [string, string]] : []),
      ]);

      heading(d, 'Tenggat pelaporan');
      table(
        d,
        [
          { header: 'Tenggat', width: 235 },
          { header: 'Batas', width: 85 },
          { header: 'Dilaksanakan', width: 85 },
          { header: 'Status', width: 90 },
        ],
        // BPJS's payment deadline is listed when it was missed (its penalty is owed to the participant).
        c.deadlines
          .filter((dl) => dl.code !== 'payment' || dl.penalty)
          .map((dl) => [
            `${dl.label}${dl.consequence ? `\nAkibat: ${dl.consequence}` : ''}`,
            formatDue(dl),
            dl.doneOn ? formatDateId(dl.doneOn) : '-',
            DEADLINE_STATUS_LABEL[dl.status],
          ]),
        { fontSize: 8 },
      );

      heading(
        d,
        c.status === 'rejected'
          ? 'Manfaat terhitung (tidak dibayar karena klaim ditolak)'
          : c.computedFinal
            ? 'Manfaat yang disetujui'
            : 'Perkiraan manfaat (belum disetujui)',
      );
      table(
        d,
        [
          { header: 'Manfaat', width: 140 },
          { header: 'Rumus', width: 166 },
          { header: 'Dasar', width: 85 },
          { header: 'Jumlah', width: 104, align: 'right' },
        ],
        [
          ...c.items.map((i) => [
            i.label,
            `${i.formula}${i.adjustment ? `\n— disesuaikan: ${i.adjustment.reason}` : ''}`,
            i.basis,
            i.adjustment ? `${formatRupiah(i.amount)}\n(terhitung ${formatRupiah(i.computed)})` : formatRupiah(i.amount),
          ]),
          ['JUMLAH', '', '', formatRupiah(c.total)],
        ],
        { boldLast: true, fontSize: 8 },
      );
      fields(d, [['Terbilang', c.totalInWords]]);

      heading(d, 'Dokumen diterima');
      if (c.documents.length) {
        table(
          d,
          [
            { header: 'Dokumen', width: 300 },
            { header: 'Nama berkas', width: 195 },
          ],
          c.documents.map((doc) => [c.checklist.find((i) => i.code === doc.code)?.label ?? doc.code, doc.name]),
          { fontSize: 8 },
        );
      } else note(d, 'Belum ada dokumen yang diterima.');
      const missing = c.checklist.filter((i) => i.required && !i.uploaded);
      if (missing.length) note(d, `Dokumen wajib yang belum diterima: ${missing.map((m) => m.label).join('; ')}.`);

      if (c.status === 'approved' || c.status === 'paid') {
        heading(d, 'Pembayaran');
        if (c.payments.length) {
          table(
            d,
            [
              { header: 'Tanggal', width: 85 },
              { header: 'Referensi', width: 150 },
              { header: 'Keterangan', width: 160 },
              { header: 'Jumlah', width: 100, align: 'right' },
            ],
            c.payments.map((p) => [formatDateId(p.paidOn), p.reference, p.note ?? '', formatRupiah(p.amount)]),
            { fontSize: 8 },
          );
        } else note(d, 'Belum ada pembayaran.');
        fields(d, [
          ['Jumlah disetujui', formatRupiah(c.approvedTotal ?? c.total)],
          ['Telah dibayar', formatRupiah(c.paid)],
          ['Sisa belum dibayar', formatRupiah(c.outstanding)],
        ]);
      }

      heading(d, 'Verifikasi dan persetujuan');
      const rejected = step('rejected');
      const approval: [string, string][] = [
        ['Diajukan', stepLine(step('submitted'))],
        ['Diverifikasi BPJS', stepLine(step('verified'))],
      ];
      if (rejected) approval.push(['Ditolak', stepLine(rejected, ` — ${c.rejectionReason ?? rejected.note ?? ''}`)]);
      else approval.push(['Disetujui', stepLine(step('approved', 'verified'), c.approvedTotal !== null ? ` (${formatRupiah(c.approvedTotal)})` : '')]);
      if (c.status === 'paid') approval.push(['Lunas', stepLine(step('paid'))]);
      fields(d, approval);

      signatures(
        d,
        a.place || 'Buton Utara',
        formatDateId(day),
        { role: 'PIHAK KESATU', position: a.party_one_position, name: a.party_one_signatory },
        { role: 'PIHAK KEDUA', position: a.party_two_position, name: a.party_two_signatory },
      );
    });
  };
}
