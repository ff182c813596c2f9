/** The claim letter (PDF) for the regency's records: the claim, itemised benefits with formula and basis. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { formatDateId } from '../core/dates.ts';
import { formatRupiah } from '../core/money.ts';
import { fields, letterhead, newDocument, signatures, table, toBuffer } from '../core/pdf.ts';
import { getAgreement } from '../agreements/repo.ts';
import type { ClaimsService } from './service.ts';

/** The standard PDF fonts (WinAnsi) have no arrow: write it as text. */
const winAnsi = (text: string) => text.replace(/→/g, '->');

const OUTCOME_LABEL: Record<string, string> = { recovered: 'sembuh', partial_anatomical: 'cacat sebagian anatomis', partial_functional: 'cacat sebagian fungsi', total_permanent: 'cacat total tetap', death: 'meninggal dunia' };

export function createClaimLetter({ db, claims }: { db: Kysely<DB>; claims: ClaimsService }) {
  return async (actor: Actor, id: number): Promise<Buffer> => {
    const c = await claims.get(actor, id);
    const a = (await getAgreement(db, c.agreementId))!;
    return toBuffer(newDocument({ title: `Klaim ${c.program} ${c.id}` }), (d) => {
      letterhead(d, { partyOne: a.party_one_name, partyTwo: a.party_two_name, numbers: `${a.number_party_one} — ${a.number_party_two}`, title: `SURAT KLAIM ${c.program === 'JKK' ? 'JAMINAN KECELAKAAN KERJA' : 'JAMINAN KEMATIAN'}` });
      fields(d, [
        ['Nomor klaim', String(c.id)],
        ['Peserta', `${c.fullName} (NIK ${c.nik})`],
        ['Kejadian', `${formatDateId(c.incidentDate)}${c.incidentTime ? ` pukul ${c.incidentTime}` : ''}, ${c.place}`],
        ['Akibat', OUTCOME_LABEL[c.outcome] ?? c.outcome],
        ['Kronologi', c.chronology],
        ['Status', c.statusLabel],
      ]);
      table(d, [{ header: 'Manfaat', width: 150 }, { header: 'Rumus', width: 185 }, { header: 'Dasar', width: 90 }, { header: 'Jumlah', width: 70, align: 'right' }],
        [...c.items.map((i) => [i.label, `${winAnsi(i.formula)}${i.adjustment ? ` — disesuaikan: ${i.adjustment.reason}` : ''}`, i.basis, formatRupiah(i.amount)]), ['JUMLAH', '', '', formatRupiah(c.total)]], { boldLast: true, fontSize: 8 });
      fields(d, [['Terbilang', c.totalInWords], ['Telah dibayar', formatRupiah(c.paid)]]);
      signatures(d, a.place || 'Buton Utara', formatDateId(new Date().toISOString().slice(0, 10)), { role: 'PIHAK KESATU', name: a.party_one_signatory }, { role: 'PIHAK KEDUA', name: a.party_two_signatory });
    });
  };
}
