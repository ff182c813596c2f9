/**
 * The monitoring-and-evaluation report for a period (month, quarter, year): the dashboard's
 * figures and tables as a PDF with charts, ready to sign by both parties' officials (place, date,
 * positions and names from the agreement), and as XLSX. A period not yet ended is reported as of
 * today, and says so: the report never certifies a day still to come.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { getAgreement, datesOf, effectiveEnd } from '../agreements/index.ts';
import { notFound } from '../core/errors.ts';
import { type ClaimsService, CLAIM_STATUS_LABEL, type ClaimStatus } from '../claims/index.ts';
import { safeXlsxBuffer } from '../core/spreadsheet.ts';
import type { Actor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import { formatDateId } from '../core/dates.ts';
import { formatRupiah } from '../core/money.ts';
import { FONT, fields, keepTogether, letterhead, newDocument, signatures, table, toBuffer, type Doc } from '../core/pdf.ts';
import { lastDay, AGE_BUCKETS, AGE_BUCKET_LABEL } from '../contributions/index.ts';
import type { Dashboard } from './dashboard.ts';
import type { Registers } from './registers.ts';
import { REASON_LABEL } from './dashboard.ts';
import { XLSX_MONTH_FORMAT, formatDateCells, xlsxDate, xlsxMonth } from '../core/xlsx-cells.ts';

export interface ReportPeriod {
  code: string;
  label: string;
  from: string;
  to: string;
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** '2023-Q2' → April–June 2023; '2023-05' → May 2023; '2023' → the year. */
export function parseReportPeriod(code: string): ReportPeriod {
  let m = /^(\d{4})-Q([1-4])$/.exec(code);
  if (m) {
    const year = Number(m[1]);
    const q = Number(m[2]);
    const first = (q - 1) * 3 + 1;
    const pad = (n: number) => String(n).padStart(2, '0');
    return { code, label: `Triwulan ${['I', 'II', 'III', 'IV'][q - 1]} ${year}`, from: `${year}-${pad(first)}-01`, to: lastDay(`${year}-${pad(first + 2)}`) };
  }
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(code);
  if (m) return { code, label: `${MONTHS[Number(m[2]) - 1]} ${m[1]}`, from: `${code}-01`, to: lastDay(code) };
  m = /^(\d{4})$/.exec(code);
  if (m) return { code, label: `Tahun ${m[1]}`, from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  throw new AppError('validation_failed', `Periode "${code}" tidak dikenal; gunakan 2023-Q2, 2023-05 atau 2023`);
}

/** A section title that never stands alone at the foot of a page. */
function heading(doc: Doc, text: string): void {
  keepTogether(doc, 80);
  doc.font(FONT.bold).fontSize(10.5).fillColor('#0b4f3c').text(text, doc.page.margins.left, doc.y);
  doc.fillColor('#000').moveDown(0.3);
}

function barChart(
  doc: Doc,
  title: string,
  bars: { label: string; values: { value: number; color: string }[] }[],
  legend: { label: string; color: string }[],
  format: (n: number) => string,
): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const height = 130;
  keepTogether(doc, height + 60);
  doc.font(FONT.bold).fontSize(10).fillColor('#000').text(title, left, doc.y);
  const top = doc.y + 6;
  const max = Math.max(1, ...bars.flatMap((b) => b.values.map((v) => v.value)));
  const slot = bars.length ? width / bars.length : width;
  const barWidth = Math.min(26, (slot - 8) / Math.max(1, bars[0]?.values.length ?? 1));
  doc
    .moveTo(left, top + height)
    .lineTo(left + width, top + height)
    .lineWidth(0.5)
    .strokeColor('#888')
    .stroke();
  bars.forEach((b, i) => {
    const x0 = left + i * slot + (slot - barWidth * b.values.length) / 2;
    b.values.forEach((v, k) => {
      const h = (v.value / max) * (height - 14);
      doc.rect(x0 + k * barWidth, top + height - h, barWidth - 2, h).fill(v.color);
    });
    doc
      .font(FONT.regular)
      .fontSize(7)
      .fillColor('#333')
      .text(b.label, left + i * slot, top + height + 3, { width: slot, align: 'center' });
  });
  doc
    .font(FONT.regular)
    .fontSize(7)
    .fillColor('#555')
    .text(`maks. ${format(max)}`, left, top, { width, align: 'right' });
  let lx = left;
  const ly = top + height + 16;
  for (const l of legend) {
    doc.rect(lx, ly, 8, 8).fill(l.color);
    doc
      .fillColor('#000')
      .fontSize(8)
      .text(l.label, lx + 11, ly, { lineBreak: false });
    lx += 11 + doc.widthOfString(l.label) + 16;
  }
  doc.x = left;
  doc.y = ly + 20;
}

/**
 * The day a report is "as of": the period's last day; today while the period runs (never a day to
 * come); the agreement's last day when it ended before both (a report never counts days the
 * agreement no longer governs). `agreementEnd` null: not signed, no end.
 */
export function reportAsOf(
  period: ReportPeriod,
  today: string,
  agreementEnd: string | null = null,
): { date: string; periodOpen: boolean; agreementEnded: boolean } {
  if (agreementEnd && agreementEnd < period.to && agreementEnd < today) return { date: agreementEnd, periodOpen: false, agreementEnded: true };
  return period.to > today ? { date: today, periodOpen: true, agreementEnded: false } : { date: period.to, periodOpen: false, agreementEnded: false };
}

/** The words after the "as of" day: why it is not the period's last day. */
export function asOfNote(asOf: { periodOpen: boolean; agreementEnded: boolean }): string | null {
  if (asOf.agreementEnded) return 'hari terakhir perjanjian; perjanjian telah berakhir';
  if (asOf.periodOpen) return 'hari ini; periode belum berakhir';
  return null;
}

export const PROGRAM_LABEL: Record<string, string> = { JKK: 'Jaminan Kecelakaan Kerja (JKK)', JKM: 'Jaminan Kematian (JKM)' };

export function createMeReport({
  db,
  dashboard,
  registers,
  claims,
  today,
}: {
  db: Kysely<DB>;
  dashboard: Dashboard;
  registers: Registers;
  claims: ClaimsService;
  today: () => string;
}) {
  /** Claims by program and status (the dashboard's figures) and the reporting deadlines missed or met late. */
  async function claimFigures(
    actor: Actor,
    agreementId: number,
    byStatus: { program: string; status: string; count: number; approved: number; paid: number }[],
  ) {
    const deadlines = new Map<string, { label: string; late: number; missed: number }>();
    for (const c of await claims.list(actor, { agreementId })) {
      for (const d of (await claims.get(actor, c.id)).deadlines) {
        if (d.status !== 'late' && d.status !== 'missed') continue;
        const row = deadlines.get(d.code) ?? { label: d.label.replace(/ \(.*$/, ''), late: 0, missed: 0 };
        row[d.status]++;
        deadlines.set(d.code, row);
      }
    }
    return {
      byStatus: byStatus.map((r) => ({
        ...r,
        programLabel: PROGRAM_LABEL[r.program] ?? r.program,
        statusLabel: CLAIM_STATUS_LABEL[r.status as ClaimStatus] ?? r.status,
      })),
      deadlines: [...deadlines.values()],
    };
  }

  async function gather(actor: Actor, agreementId: number, periodCode: string) {
    const period = parseReportPeriod(periodCode);
    const agreement = await getAgreement(db, agreementId);
    if (!agreement) throw notFound('Perjanjian', agreementId);
    const end = effectiveEnd(datesOf(agreement));
    // The figures first: they check the caller's scope before the refusal below names the agreement.
    const asOf = reportAsOf(period, today(), end);
    const figures = await dashboard.figures(actor, agreementId, asOf.date);
    if (end && end < period.from) {
      throw new AppError(
        'validation_failed',
        `Periode ${period.label} (${formatDateId(period.from)} s.d. ${formatDateId(period.to)}) dimulai setelah perjanjian ${agreement.number_party_one} berakhir pada ${formatDateId(end)}; pilih periode sampai ${formatDateId(end)}`,
      );
    }
    const inPeriod = (d: string) => d >= period.from && d <= period.to;
    return {
      period,
      asOf,
      agreement,
      figures,
      claims: await claimFigures(actor, agreementId, figures.claims),
      contributions: figures.contributions.filter((m) => m.period >= period.from.slice(0, 7) && m.period <= period.to.slice(0, 7)),
      activities: (await registers.listActivities(actor, agreementId)).filter((a) => inPeriod(a.heldOn)),
      meetings: (await registers.listMeetings(actor, agreementId)).filter((m) => inPeriod(m.heldOn)),
      forceMajeure: (await registers.listForceMajeure(actor, agreementId)).filter((e) => inPeriod(e.eventDate) || e.open),
      disputes: (await registers.listDisputes(actor, agreementId)).filter((d) => inPeriod(d.openedOn) || d.stage !== 'closed'),
    };
  }

  return {
    gather,

    async pdf(actor: Actor, agreementId: number, periodCode: string, creationDate?: Date): Promise<Buffer> {
      const r = await gather(actor, agreementId, periodCode);
      const f = r.figures;
      const doc = await newDocument({ title: `Laporan Monitoring dan Evaluasi ${r.period.label}`, ...(creationDate ? { creationDate } : {}) });
      return toBuffer(doc, (d) => {
        letterhead(d, {
          partyOne: f.agreement.partyOne,
          partyTwo: f.agreement.partyTwo,
          numbers: f.agreement.numbers,
          title: 'LAPORAN MONITORING DAN EVALUASI',
        });
        fields(
          d,
          [
            ['Periode', `${r.period.label} (${formatDateId(r.period.from)} s.d. ${formatDateId(r.period.to)})`],
            ['Keadaan per', asOfNote(r.asOf) ? `${formatDateId(f.date)} (${asOfNote(r.asOf)})` : formatDateId(f.date)],
            [
              'Masa berlaku perjanjian',
              `${f.agreement.validFrom ? formatDateId(f.agreement.validFrom) : '-'} s.d. ${f.agreement.validUntil ? formatDateId(f.agreement.validUntil) : '-'} (sisa ${f.agreement.daysRemaining ?? '-'} hari)`,
            ],
            ['Pegawai aktif di daftar', String(f.coverage.roster)],
            ['Terdaftar JKK + JKM', String(f.coverage.enrolled)],
            ['Terlindungi', String(f.coverage.protected)],
            ['Tidak terlindungi', String(f.unprotected.total)],
            ['Tunggakan', formatRupiah(f.arrears.total)],
          ],
          170,
        );
        barChart(
          d,
          'Cakupan per unit kerja',
          f.coverage.units.map((u) => ({
            label: u.code,
            values: [
              { value: u.roster, color: '#9bb7d4' },
              { value: u.enrolled, color: '#3d7ab8' },
              { value: u.protected, color: '#1f9d6f' },
            ],
          })),
          [
            { label: 'Di daftar', color: '#9bb7d4' },
            { label: 'Terdaftar', color: '#3d7ab8' },
            { label: 'Terlindungi', color: '#1f9d6f' },
          ],
          String,
        );
        table(
          d,
          [
            { header: 'Unit', width: 70 },
            { header: 'Nama unit', width: 195 },
            { header: 'Di daftar', width: 80, align: 'right' },
            { header: 'Terdaftar', width: 75, align: 'right' },
            { header: 'Terlindungi', width: 75, align: 'right' },
          ],
          f.coverage.units.map((u) => [u.code, u.name, String(u.roster), String(u.enrolled), String(u.protected)]),
          { fontSize: 8.5 },
        );
        table(
          d,
          [
            { header: 'Alasan tidak terlindungi', width: 380 },
            { header: 'Pegawai', width: 115, align: 'right' },
          ],
          Object.entries(f.unprotected.reasons)
            .filter(([, n]) => n > 0)
            .map(([k, n]) => [REASON_LABEL[k as keyof typeof REASON_LABEL], String(n)]),
          { fontSize: 8.5 },
        );
        if (r.contributions.length) {
          barChart(
            d,
            'Iuran ditagih dan dibayar per bulan',
            r.contributions.map((m) => ({
              label: m.label.replace(/ \d{4}$/, ''),
              values: [
                { value: m.billed, color: '#c9a227' },
                { value: m.paid, color: '#1f9d6f' },
              ],
            })),
            [
              { label: 'Ditagih', color: '#c9a227' },
              { label: 'Dibayar', color: '#1f9d6f' },
            ],
            formatRupiah,
          );
        }
        table(
          d,
          [
            { header: 'Bulan', width: 165 },
            { header: 'Ditagih', width: 165, align: 'right' },
            { header: 'Dibayar', width: 165, align: 'right' },
          ],
          r.contributions.length
            ? r.contributions.map((m) => [m.label, formatRupiah(m.billed), formatRupiah(m.paid)])
            : [['Tidak ada tagihan pada periode ini', '', '']],
          { fontSize: 8.5 },
        );
        table(
          d,
          [
            { header: 'Umur tunggakan', width: 330 },
            { header: 'Jumlah', width: 165, align: 'right' },
          ],
          [
            ['Belum jatuh tempo', formatRupiah(f.arrears.buckets.not_due)],
            ['0–30 hari', formatRupiah(f.arrears.buckets['0-30'])],
            ['31–60 hari', formatRupiah(f.arrears.buckets['31-60'])],
            ['61–90 hari', formatRupiah(f.arrears.buckets['61-90'])],
            ['Lebih dari 90 hari', formatRupiah(f.arrears.buckets['90+'])],
            ['Jumlah', formatRupiah(f.arrears.total)],
          ],
          { boldLast: true, fontSize: 8.5 },
        );
        table(
          d,
          [
            { header: 'Sosialisasi/edukasi', width: 245 },
            { header: 'Tanggal', width: 90 },
            { header: 'Tempat', width: 110 },
            { header: 'Peserta', width: 50, align: 'right' },
          ],
          r.activities.length
            ? r.activities.map((a) => [a.title, formatDateId(a.heldOn), a.place, String(a.attendees)])
            : [['Tidak ada kegiatan pada periode ini', '', '', '']],
          { fontSize: 8.5 },
        );
        table(
          d,
          [
            { header: 'Forum koordinasi: agenda', width: 245 },
            { header: 'Tanggal', width: 90 },
            { header: 'Tindak lanjut terbuka', width: 160 },
          ],
          r.meetings.length
            ? r.meetings.map((m) => [
                m.agenda,
                formatDateId(m.heldOn),
                m.followUps
                  .filter((x) => !x.doneOn)
                  .map((x) => `${x.action} (${x.owner}, ${formatDateId(x.dueOn)})`)
                  .join('; ') || '-',
              ])
            : [['Tidak ada rapat pada periode ini', '', '']],
          { fontSize: 8.5 },
        );
        table(
          d,
          [
            { header: 'Force majeure', width: 200 },
            { header: 'Kejadian', width: 90 },
            { header: 'Pemberitahuan', width: 205 },
          ],
          r.forceMajeure.length ? r.forceMajeure.map((e) => [e.description, formatDateId(e.eventDate), e.notice.message]) : [['Tidak ada', '', '']],
          { fontSize: 8.5 },
        );
        table(
          d,
          [
            { header: 'Perselisihan', width: 250 },
            { header: 'Dibuka', width: 90 },
            { header: 'Tahap', width: 155 },
          ],
          r.disputes.length ? r.disputes.map((x) => [x.subject, formatDateId(x.openedOn), x.stageLabel]) : [['Tidak ada', '', '']],
          { fontSize: 8.5 },
        );
        heading(d, 'Klaim JKK dan JKM');
        const c = r.claims;
        table(
          d,
          [
            { header: 'Program', width: 150 },
            { header: 'Status', width: 95 },
            { header: 'Klaim', width: 50, align: 'right' },
            { header: 'Disetujui', width: 100, align: 'right' },
            { header: 'Dibayar', width: 100, align: 'right' },
          ],
          c.byStatus.length
            ? [
                ...c.byStatus.map((x) => [x.programLabel, x.statusLabel, String(x.count), formatRupiah(x.approved), formatRupiah(x.paid)]),
                [
                  'Jumlah',
                  '',
                  String(c.byStatus.reduce((n, x) => n + x.count, 0)),
                  formatRupiah(c.byStatus.reduce((n, x) => n + x.approved, 0)),
                  formatRupiah(c.byStatus.reduce((n, x) => n + x.paid, 0)),
                ],
              ]
            : [['Belum ada klaim', '', '', '', '']],
          { fontSize: 8.5, boldLast: c.byStatus.length > 0 },
        );
        table(
          d,
          [
            { header: 'Tenggat klaim', width: 295 },
            { header: 'Terlambat', width: 100, align: 'right' },
            { header: 'Terlewat', width: 100, align: 'right' },
          ],
          c.deadlines.length
            ? c.deadlines.map((x) => [x.label, String(x.late), String(x.missed)])
            : [['Tidak ada tenggat yang terlambat atau terlewat', '', '']],
          { fontSize: 8.5 },
        );
        const a = r.agreement;
        // Signed on the day it is produced (like the claim letter), never on a day to come.
        signatures(
          d,
          a.place,
          formatDateId(today()),
          { role: 'PIHAK KESATU', position: a.party_one_position, name: a.party_one_signatory },
          { role: 'PIHAK KEDUA', position: a.party_two_position, name: a.party_two_signatory },
        );
      });
    },

    async xlsx(actor: Actor, agreementId: number, periodCode: string): Promise<Buffer> {
      const r = await gather(actor, agreementId, periodCode);
      const f = r.figures;
      const { default: ExcelJS } = await import('exceljs'); // loaded when used: the CLI and the server start without it
      const wb = new ExcelJS.Workbook();
      wb.creator = 'Lindung';
      const sheet = (name: string, headers: string[], rows: (string | number | Date | null)[][]) => {
        const ws = wb.addWorksheet(name);
        ws.addRow(headers).font = { bold: true };
        for (const row of rows) ws.addRow(row);
        for (const c of ws.columns) c.width = 22;
        formatDateCells(ws);
        return ws;
      };
      sheet(
        'Ringkasan',
        ['Butir', 'Nilai'],
        [
          ['Perjanjian', f.agreement.numbers],
          ['Periode', r.period.label],
          ['Keadaan per', xlsxDate(f.date)],
          ['Periode belum berakhir', r.asOf.periodOpen ? 'Ya (keadaan per hari ini)' : 'Tidak'],
          ['Perjanjian telah berakhir', r.asOf.agreementEnded ? 'Ya (keadaan per hari terakhir perjanjian)' : 'Tidak'],
          ['Pegawai aktif di daftar', f.coverage.roster],
          ['Terdaftar JKK + JKM', f.coverage.enrolled],
          ['Terlindungi', f.coverage.protected],
          ['Tidak terlindungi', f.unprotected.total],
          ['Tunggakan (Rp)', f.arrears.total],
          ['Sisa hari perjanjian', f.agreement.daysRemaining],
        ],
      );
      sheet(
        'Cakupan per unit',
        ['Kode', 'Unit', 'Di daftar', 'Terdaftar', 'Terlindungi'],
        f.coverage.units.map((u) => [u.code, u.name, u.roster, u.enrolled, u.protected]),
      );
      sheet(
        'Tidak terlindungi',
        ['Alasan', 'Pegawai'],
        Object.entries(f.unprotected.reasons).map(([k, n]) => [REASON_LABEL[k as keyof typeof REASON_LABEL], n]),
      );
      // Months as month cells (the first day shown "Mei 2022"), so they sort and filter as dates.
      const months = sheet(
        'Iuran per bulan',
        ['Bulan', 'Ditagih (Rp)', 'Dibayar (Rp)'],
        r.contributions.map((m) => [xlsxMonth(m.period), m.billed, m.paid]),
      );
      months.getColumn(1).eachCell((cell, row) => {
        if (row > 1) cell.numFmt = XLSX_MONTH_FORMAT;
      });
      sheet(
        'Tunggakan',
        ['Umur', 'Jumlah (Rp)'],
        AGE_BUCKETS.map((k) => [AGE_BUCKET_LABEL[k], f.arrears.buckets[k]]),
      );
      sheet(
        'Kegiatan',
        ['Judul', 'Tanggal', 'Tempat', 'Peserta'],
        r.activities.map((a) => [a.title, xlsxDate(a.heldOn), a.place, a.attendees]),
      );
      sheet(
        'Forum',
        ['Agenda', 'Tanggal', 'Tindak lanjut', 'Penanggung jawab', 'Batas', 'Selesai'],
        r.meetings.flatMap((m) =>
          m.followUps.length
            ? m.followUps.map((x) => [m.agenda, xlsxDate(m.heldOn), x.action, x.owner, xlsxDate(x.dueOn), xlsxDate(x.doneOn)])
            : [[m.agenda, xlsxDate(m.heldOn), null, null, null, null]],
        ),
      );
      sheet(
        'Force majeure',
        ['Uraian', 'Kejadian', 'Batas pemberitahuan', 'Status'],
        r.forceMajeure.map((e) => [e.description, xlsxDate(e.eventDate), xlsxDate(e.notice.deadline), e.notice.message]),
      );
      sheet(
        'Klaim',
        ['Program', 'Status', 'Klaim', 'Disetujui (Rp)', 'Dibayar (Rp)'],
        r.claims.byStatus.map((x) => [x.programLabel, x.statusLabel, x.count, x.approved, x.paid]),
      );
      sheet(
        'Tenggat klaim',
        ['Tenggat', 'Terlambat', 'Terlewat'],
        r.claims.deadlines.map((x) => [x.label, x.late, x.missed]),
      );
      sheet(
        'Perselisihan',
        ['Pokok', 'Dibuka', 'Tahap'],
        r.disputes.map((x) => [x.subject, xlsxDate(x.openedOn), x.stageLabel]),
      );
      return safeXlsxBuffer(wb);
    },
  };
}
