/**
 * The claims register (XLSX) for the regency's records: one row per claim with participant, unit,
 * incident, status, amounts computed, approved, paid and outstanding, and the missed reporting deadlines.
 */
import { safeXlsxBuffer, workbookWithSheet } from '../core/spreadsheet.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import type { ClaimsService } from './service.ts';
import { CLAIM_OUTCOME_LABEL } from './rules.ts';
import { claimUnits } from './repo.ts';
import { formatDateId } from '../core/dates.ts';
import { XLSX_DATE_FORMAT, xlsxDate } from '../core/xlsx-cells.ts';

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const RUPIAH = '#,##0';

export function createClaimsRegister({ db, claims }: { db: Kysely<DB>; claims: ClaimsService }) {
  return async (actor: Actor, filter: { agreementId?: number | undefined; status?: string | undefined }): Promise<Buffer> => {
    const rows = await claims.list(actor, filter);
    // The unit of each listed claim's employee (not every employee of the database).
    const units = await claimUnits(
      db,
      rows.map((r) => r.id),
    );
    const { workbook: wb, sheet: ws } = await workbookWithSheet('Register klaim', [
      { header: 'Nomor klaim', key: 'number', width: 17, style: { numFmt: '@' } },
      { header: 'NIK', key: 'nik', width: 19, style: { numFmt: '@' } },
      { header: 'Nama', key: 'name', width: 26 },
      { header: 'Kode Unit', key: 'unit', width: 11 },
      { header: 'Unit Kerja', key: 'unitName', width: 26 },
      { header: 'Program', key: 'program', width: 9 },
      { header: 'Akibat', key: 'outcome', width: 22 },
      { header: 'Tanggal kejadian', key: 'incident', width: 15, style: { numFmt: XLSX_DATE_FORMAT } },
      { header: 'Tempat', key: 'place', width: 24 },
      { header: 'Status', key: 'status', width: 18 },
      { header: 'Manfaat terhitung', key: 'computed', width: 16, style: { numFmt: RUPIAH } },
      { header: 'Disetujui', key: 'approved', width: 16, style: { numFmt: RUPIAH } },
      { header: 'Dibayar', key: 'paid', width: 16, style: { numFmt: RUPIAH } },
      { header: 'Sisa', key: 'outstanding', width: 16, style: { numFmt: RUPIAH } },
      { header: 'Tenggat terlewat/terlambat', key: 'late', width: 40 },
      { header: 'Alasan penolakan', key: 'rejection', width: 30 },
    ]);
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of rows) {
      const c = await claims.get(actor, row.id);
      const unit = units.get(c.id);
      ws.addRow({
        number: c.number ?? String(c.id),
        nik: c.nik,
        name: c.fullName,
        unit: unit?.code ?? '',
        unitName: unit?.name ?? '',
        program: c.program,
        outcome: capitalised(CLAIM_OUTCOME_LABEL[c.outcome] ?? c.outcome),
        incident: xlsxDate(c.incidentDate),
        place: c.place,
        status: c.statusLabel,
        computed: c.items.reduce((s, i) => s + i.computed, 0),
        approved: c.approvedTotal ?? null,
        paid: c.paid,
        outstanding: c.status === 'rejected' ? 0 : c.outstanding,
        late: c.deadlines
          .filter((d) => d.status === 'late' || d.status === 'missed')
          .map((d) => `${d.label} (${formatDateId(d.due)})`)
          .join('; '),
        rejection: c.rejectionReason ?? '',
      });
    }
    ws.autoFilter = { from: 'A1', to: 'P1' };
    return safeXlsxBuffer(wb);
  };
}
