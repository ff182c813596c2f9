/** Contributions over HTTP: quote, bills, payments, protection. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor, sessionGate } from '../http/auth.ts';
import { errorResponses, idParams } from '../http/common.ts';
import { listOf, routesOf } from '../http/route.ts';
import { isoDate } from '../core/validation.ts';
import { readUpload } from '../http/upload.ts';
import { AppError } from '../core/errors.ts';
import type { ContributionsService } from './service.ts';
import type { createContributionReports } from './reports.ts';
import type { createBillDocuments } from './documents.ts';
import {
  billOutSchema,
  createBillSchema,
  paymentOutSchema,
  paymentSchema,
  protectionOutSchema,
  protectionVerdictShape,
  quoteRequestSchema,
  quoteSchema,
  arrearsOutSchema,
  bankImportOutSchema,
  billLineOutSchema,
  budgetOutSchema,
  lookupOutSchema,
} from './schemas.ts';

const billDetail = billOutSchema.extend({
  units: z.array(
    z.object({
      unitId: z.number().int(),
      code: z.string(),
      name: z.string(),
      people: z.number().int(),
      jkk: z.number().int(),
      jkm: z.number().int(),
      total: z.number().int(),
    }),
  ),
  payments: z.array(paymentOutSchema.omit({ billId: true, duplicate: true })),
});

export const contributionsRoutes: FastifyPluginAsyncZod<{
  service: ContributionsService;
  reports: ReturnType<typeof createContributionReports>;
  documents: ReturnType<typeof createBillDocuments>;
}> = async (app, { service, reports, documents }) => {
  const tags = ['Iuran (contributions)'];
  const route = routesOf(app, tags);

  route.post(
    '/contributions/quote',
    { summary: 'Hitung iuran: upah × (JKK + JKM), per bulan dan untuk N bulan', body: quoteRequestSchema, ok: quoteSchema },
    (_actor, req) => service.quote(req.body),
  );

  route.get(
    '/bills',
    { summary: 'Daftar tagihan perjanjian', querystring: z.object({ agreementId: z.coerce.number().int().positive() }), ok: listOf(billOutSchema) },
    async (actor, req) => ({ items: await service.listBills(actor, req.query.agreementId) }),
  );

  route.post(
    '/bills',
    { summary: 'Terbitkan tagihan (bulanan, tahunan sekaligus, atau susulan)', body: createBillSchema, created: billOutSchema },
    (actor, req) => service.createBill(actor, req.body),
  );

  route.get('/bills/:id', { summary: 'Rincian tagihan: bulan lunas, total per unit, pembayaran', params: idParams, ok: billDetail }, (actor, req) =>
    service.getBill(actor, req.params.id),
  );

  route.download('/bills/:id/pdf', { summary: 'Tagihan sebagai PDF (kop kedua pihak, total per unit, terbilang)', params: idParams }, async (actor, req) => ({
    name: `tagihan-${req.params.id}.pdf`,
    inline: true,
    content: await documents.billPdf(actor, req.params.id),
  }));

  route.download('/bills/:id/xlsx', { summary: 'Rincian tagihan sebagai XLSX', params: idParams }, async (actor, req) => ({
    name: `tagihan-${req.params.id}.xlsx`,
    content: await documents.billXlsx(actor, req.params.id),
  }));

  route.download(
    '/bills/:id/payments/:paymentId/receipt.pdf',
    { summary: 'Tanda terima pembayaran (PDF)', params: idParams.extend({ paymentId: z.coerce.number().int().positive() }) },
    async (actor, req) => ({
      name: `tanda-terima-${req.params.paymentId}.pdf`,
      inline: true,
      content: await documents.receiptPdf(actor, req.params.id, req.params.paymentId),
    }),
  );

  route.get(
    '/bills/:id/lines',
    {
      summary: 'Baris tagihan per pegawai per bulan',
      params: idParams,
      querystring: z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(1000).default(100) }),
      ok: listOf(billLineOutSchema),
    },
    async (actor, req) => ({ items: await service.billLines(actor, req.params.id, req.query.page, req.query.pageSize) }),
  );

  route.post(
    '/payments',
    {
      summary: 'Catat pembayaran (idempoten pada nomor referensi bank)',
      body: paymentSchema,
      ok: paymentOutSchema,
      created: paymentOutSchema,
      status: (payment) => (payment.duplicate ? 200 : 201),
      bodyLimit: 16 * 1024 * 1024,
    },
    (actor, req) => service.recordPayment(actor, req.body),
  );

  route.get(
    '/protection/lookup',
    {
      summary: 'Cari pegawai untuk cek perlindungan: NIK (16 digit), KPJ (11 digit) atau nama; beberapa hasil menjadi daftar pilihan',
      querystring: z.object({ q: z.string().max(200) }),
      ok: lookupOutSchema,
    },
    (actor, req) => service.lookup(actor, req.query.q),
  );

  // A hot path: with a session cookie, the session is read in the check's own statement (one round
  // trip; http/auth.ts SessionGate). The input's refusal waits for the session's verdict, so a caller
  // not signed in is told so first, as on every route. Declared whole: the route reads the session itself.
  app.get(
    '/protection',
    {
      config: { sessionInQuery: true },
      attachValidation: true,
      schema: {
        tags,
        summary: 'Apakah pegawai terlindungi pada suatu tanggal, dan alasannya',
        querystring: z.object({
          employeeId: z.coerce.number().int().positive().optional(),
          nik: z
            .string()
            .regex(/^\d{16}$/, 'NIK harus 16 digit')
            .optional(),
          date: isoDate('Tanggal').optional(),
        }),
        response: { 200: protectionOutSchema, ...errorResponses },
      },
    },
    async (req) => {
      const gate = sessionGate(req);
      if (req.validationError) {
        if (gate) await gate.check();
        throw req.validationError;
      }
      const who = { employeeId: req.query.employeeId, nik: req.query.nik };
      if (gate) return service.protectionInSession(gate, who, req.query.date);
      return service.protection(requireActor(req), who, req.query.date ?? service.today());
    },
  );

  route.get(
    '/employees/:id/protection-timeline',
    {
      summary: 'Perlindungan 24 bulan sampai hari ini (atau hari terakhir perjanjian yang telah berakhir)',
      params: idParams,
      ok: z.object({
        end: z.string(),
        ended: z.boolean(),
        note: z.string().nullable(),
        items: z.array(z.object({ period: z.string(), label: z.string(), ...protectionVerdictShape }).omit({ consequence: true })),
      }),
    },
    async (actor, req) => {
      // Up to today, or the last day of the employee's agreement once it has ended (24 months of "not covered" say nothing).
      const view = await service.timelineEnd(actor, req.params.id, service.today());
      return { ...view, items: await service.timeline(actor, req.params.id, view.end) };
    },
  );

  route.post(
    '/payments/import',
    {
      summary: 'Impor rekening koran (multipart: file + agreementId); semua baris atau tidak sama sekali',
      multipart: true,
      ok: bankImportOutSchema,
    },
    async (actor, req) => {
      const { fields, ...file } = await readUpload(req);
      const agreementId = Number(fields.agreementId);
      if (!Number.isInteger(agreementId) || agreementId <= 0) throw new AppError('validation_failed', 'Sebutkan perjanjian (kolom agreementId)');
      return service.importBankStatement(actor, agreementId, file);
    },
  );

  route.get(
    '/arrears',
    {
      summary: 'Tunggakan per unit dengan umur (30/60/90+ hari)',
      querystring: z.object({ agreementId: z.coerce.number().int().positive(), asOf: isoDate('Tanggal').optional() }),
      ok: arrearsOutSchema,
    },
    (actor, req) => reports.arrears(actor, req.query.agreementId, req.query.asOf),
  );

  route.get(
    '/budget',
    {
      summary: 'Proyeksi anggaran iuran satu tahun anggaran, dengan skenario pertumbuhan',
      querystring: z.object({
        agreementId: z.coerce.number().int().positive(),
        year: z.coerce.number().int().min(2000).max(2100),
        growthPercent: z.coerce.number().min(-100).max(1000).default(0),
      }),
      ok: budgetOutSchema,
    },
    (actor, req) => reports.budget(actor, req.query.agreementId, req.query.year, req.query.growthPercent),
  );
};
