/**
 * Bill documents: the bill as a PDF, issued by the BPJS branch (PIHAK KEDUA) to the regency, with
 * the totals by unit, the amount in words and the payment destination (a cited term of the
 * agreement, so an addendum can change it); its detail as XLSX; and the branch's receipt for a
 * payment, under the branch's own name and address (not the regency's letterhead).
 */
import { safeXlsxBuffer } from '../core/spreadsheet.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { formatDateId } from '../core/dates.ts';
import { formatRupiah, terbilang } from '../core/money.ts';
import { fields, issuerHead, newDocument, signature, table, toBuffer } from '../core/pdf.ts';
import { termsInForce, formatPaymentDestination, getAgreement } from '../agreements/index.ts';
import * as repo from './repo.ts';
import { unitLimit } from '../core/scope.ts';
import { periodLabel } from './rules.ts';
import type { ContributionsService } from './service.ts';
import type { Actor } from '../core/actor.ts';
import { notFound } from '../core/errors.ts';
import { XLSX_DATE_FORMAT, XLSX_MONTH_FORMAT, xlsxDate, xlsxMonth } from '../core/xlsx-cells.ts';

/** How a payment was made, as people read it. */
export const PAYMENT_METHOD_LABEL: Record<string, string> = { transfer: 'Transfer bank', sp2d: 'SP2D', tunai: 'Tunai', lainnya: 'Lainnya' };

const KIND_TITLE = {
  regular: 'TAGIHAN IURAN JKK DAN JKM',
  supplementary: 'TAGIHAN SUSULAN IURAN JKK DAN JKM',
  credit: 'NOTA KREDIT IURAN JKK DAN JKM',
} as const;

export function createBillDocuments({ db, contributions, today }: { db: Kysely<DB>; contributions: ContributionsService; today: () => string }) {
  async function context(actor: Actor, billId: number) {
    const bill = await contributions.getBill(actor, billId);
    const a = await getAgreement(db, bill.agreementId);
    if (!a) throw notFound('Perjanjian', bill.agreementId);
    return { bill, a };
  }

  return {
    async billPdf(actor: Actor, billId: number, creationDate?: Date): Promise<Buffer> {
      const { bill, a } = await context(actor, billId);
      const destination = (await termsInForce(db, a.id, bill.issueDate)).terms.contribution.paymentDestination;
      const doc = await newDocument({ title: `${KIND_TITLE[bill.kind]} ${bill.number}`, ...(creationDate ? { creationDate } : {}) });
      return toBuffer(doc, (d) => {
        issuerHead(d, { name: a.party_two_name, address: a.party_two_address, title: KIND_TITLE[bill.kind], number: `Nomor: ${bill.number}` });
        const last = bill.months > 1 ? ` s.d. ${periodLabel(bill.monthsStatus[bill.monthsStatus.length - 1]?.period ?? bill.firstPeriod)}` : '';
        fields(d, [
          ['Kepada', a.party_one_name],
          ['Perjanjian Kerjasama', `${a.number_party_one} — ${a.number_party_two}`],
          ['Masa iuran', `${periodLabel(bill.firstPeriod)}${last} (${bill.paymentMode === 'yearly' ? 'tahunan sekaligus' : 'bulanan'})`],
          ['Tanggal terbit', formatDateId(bill.issueDate)],
          ['Jatuh tempo', formatDateId(bill.dueDate)],
          ['Dasar', 'PKS Pasal 4: JKK dan JKM dari upah pelaporan, dibulatkan per komponen per orang'],
        ]);
        const units = bill.units;
        table(
          d,
          [
            { header: 'Kode', width: 60 },
            { header: 'Unit kerja', width: 165 },
            { header: 'Peserta', width: 50, align: 'right' },
            { header: 'JKK', width: 75, align: 'right' },
            { header: 'JKM', width: 75, align: 'right' },
            { header: 'Jumlah', width: 70, align: 'right' },
          ],
          [
            ...units.map((u) => [u.code, u.name, String(u.people), formatRupiah(u.jkk), formatRupiah(u.jkm), formatRupiah(u.total)]),
            [
              '',
              'JUMLAH',
              String(units.reduce((s, u) => s + u.people, 0)),
              formatRupiah(units.reduce((s, u) => s + u.jkk, 0)),
              formatRupiah(units.reduce((s, u) => s + u.jkm, 0)),
              formatRupiah(bill.charges),
            ],
          ],
          { boldLast: true, fontSize: 8.5 },
        );
        if (bill.months > 1) {
          table(
            d,
            [
              { header: 'Bulan', width: 200 },
              { header: 'Baris', width: 80, align: 'right' },
              { header: 'Jumlah', width: 120, align: 'right' },
            ],
            bill.monthsStatus.map((m) => [m.label, String(m.lines), formatRupiah(m.due)]),
            { fontSize: 8.5 },
          );
        }
        fields(d, [
          ['Jumlah iuran', formatRupiah(bill.charges)],
          ...(bill.creditsApplied ? [['Dikurangi kredit', formatRupiah(bill.creditsApplied)] as [string, string]] : []),
          ['Harus dibayar', formatRupiah(bill.amountDue)],
          ['Terbilang', bill.kind === 'credit' ? `kredit ${terbilang(-bill.amountDue)}` : terbilang(bill.amountDue)],
          ...(bill.fine.amount ? [['Denda keterlambatan', `${formatRupiah(bill.fine.amount)} (${bill.fine.monthsLate} bulan)`] as [string, string]] : []),
          ...(bill.kind === 'credit' ? [] : [['Dibayar ke', `${formatPaymentDestination(destination.value)} (${destination.basis})`] as [string, string]]),
        ]);
        signature(d, a.place, formatDateId(bill.issueDate), { role: 'PIHAK KEDUA', position: a.party_two_position, name: a.party_two_signatory });
      });
    },

    async billXlsx(actor: Actor, billId: number): Promise<Buffer> {
      const { bill, a } = await context(actor, billId);
      const { default: ExcelJS } = await import('exceljs'); // loaded when used: the CLI and the server start without it
      const wb = new ExcelJS.Workbook();
      wb.creator = 'Lindung';
      const summary = wb.addWorksheet('Ringkasan');
      summary.columns = [{ width: 24 }, { width: 60 }];
      for (const row of [
        ['Nomor tagihan', bill.number],
        ['Perjanjian', `${a.number_party_one} — ${a.number_party_two}`],
        ['PIHAK KESATU', a.party_one_name],
        ['PIHAK KEDUA', a.party_two_name],
        ['Masa iuran', `${periodLabel(bill.firstPeriod)} (${bill.months} bulan)`],
        ['Terbit', xlsxDate(bill.issueDate)!],
        ['Jatuh tempo', xlsxDate(bill.dueDate)!],
        ['Jumlah iuran', bill.charges],
        ['Kredit', bill.creditsApplied],
        ['Harus dibayar', bill.amountDue],
        ['Terbilang', terbilang(Math.abs(bill.amountDue))],
      ] as [string, string | number | Date][]) {
        const r = summary.addRow(row);
        if (typeof row[1] === 'number') r.getCell(2).numFmt = '"Rp" #,##0';
        if (row[1] instanceof Date) r.getCell(2).numFmt = XLSX_DATE_FORMAT;
      }
      const detail = wb.addWorksheet('Rincian');
      detail.columns = [
        { header: 'Bulan', key: 'period', width: 16, style: { numFmt: XLSX_MONTH_FORMAT } },
        { header: 'Kode Unit', key: 'unit', width: 12 },
        { header: 'Unit Kerja', key: 'unitName', width: 28 },
        { header: 'NIK', key: 'nik', width: 20, style: { numFmt: '@' } },
        { header: 'Nama', key: 'name', width: 28 },
        { header: 'KPJ', key: 'kpj', width: 14, style: { numFmt: '@' } },
        { header: 'Upah', key: 'wage', width: 14, style: { numFmt: '#,##0' } },
        { header: 'JKK', key: 'jkk', width: 10, style: { numFmt: '#,##0' } },
        { header: 'JKM', key: 'jkm', width: 10, style: { numFmt: '#,##0' } },
        { header: 'Jumlah', key: 'total', width: 12, style: { numFmt: '#,##0' } },
      ];
      detail.getRow(1).font = { bold: true };
      const pageSize = 5000;
      for (let page = 1; ; page++) {
        const lines = await repo.billLines(db, billId, pageSize, (page - 1) * pageSize, unitLimit(actor));
        for (const l of lines)
          detail.addRow({
            period: xlsxMonth(l.period),
            unit: l.unit_code,
            unitName: l.unit_name,
            nik: l.nik,
            name: l.full_name,
            kpj: l.kpj,
            wage: l.wage,
            jkk: l.jkk,
            jkm: l.jkm,
            total: l.total,
          });
        if (lines.length < pageSize) break;
      }
      return safeXlsxBuffer(wb);
    },

    async receiptPdf(actor: Actor, billId: number, paymentId: number, creationDate?: Date): Promise<Buffer> {
      const { bill, a } = await context(actor, billId);
      const payment = bill.payments.find((p) => p.id === paymentId);
      if (!payment) throw notFound('Pembayaran', paymentId);
      const doc = await newDocument({ title: `Tanda terima ${payment.receiptNumber ?? payment.bankReference}`, ...(creationDate ? { creationDate } : {}) });
      return toBuffer(doc, (d) => {
        issuerHead(d, { name: a.party_two_name, address: a.party_two_address, title: 'TANDA TERIMA PEMBAYARAN IURAN' });
        fields(
          d,
          [
            ['Nomor', payment.receiptNumber ?? '-'],
            ['Telah diterima dari', a.party_one_name],
            ['Perjanjian Kerjasama', `${a.number_party_one} — ${a.number_party_two}`],
            ['Jumlah', formatRupiah(payment.amount)],
            ['Terbilang', terbilang(payment.amount)],
            ['Untuk pembayaran', `${bill.number} (${periodLabel(bill.firstPeriod)}, ${bill.months} bulan)`],
            ['Tanggal bayar', formatDateId(payment.paidOn)],
            ['Cara bayar / referensi', `${PAYMENT_METHOD_LABEL[payment.method] ?? 'Lainnya'} — ${payment.bankReference}`],
            ['Kode rekening anggaran', payment.budgetLine || '-'],
            ['Sisa tagihan', formatRupiah(bill.outstanding)],
            [
              'Bulan lunas',
              bill.monthsStatus
                .filter((m) => m.paid)
                .map((m) => m.label)
                .join(', ') || '-',
            ],
          ],
          170,
        );
        signature(d, a.place, formatDateId(today()), { role: 'Yang menerima', position: a.party_two_position, name: a.party_two_signatory });
      });
    },
  };
}
