/** Contributions over HTTP: quote, bills, payments, protection. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor, sessionGate } from '../http/auth.ts';
import { attachmentDisposition, errorResponses, idParams } from '../http/common.ts';
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
  payments: z.array(
    z.object({
      id: z.number().int(),
      receiptNumber: z.string().nullable(),
      amount: z.number().int(),
      paidOn: z.string(),
      method: z.string(),
      bankReference: z.string(),
      budgetLine: z.string(),
      hasEvidence: z.boolean(),
    }),
  ),
});

export const contributionsRoutes: FastifyPluginAsyncZod<{
  service: ContributionsService;
  reports: ReturnType<typeof createContributionReports>;
  documents: ReturnType<typeof createBillDocuments>;
}> = async (app, { service, reports, documents }) => {
  const tags = ['Iuran (contributions)'];

  app.post(
    '/contributions/quote',
    {
      schema: {
        tags,
        summary: 'Hitung iuran: upah × (JKK + JKM), per bulan dan untuk N bulan',
        body: quoteRequestSchema,
        response: { 200: quoteSchema, ...errorResponses },
      },
    },
    async (req) => {
      requireActor(req);
      return service.quote(req.body);
    },
  );

  app.get(
    '/bills',
    {
      schema: {
        tags,
        summary: 'Daftar tagihan perjanjian',
        querystring: z.object({ agreementId: z.coerce.number().int().positive() }),
        response: { 200: z.object({ items: z.array(billOutSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await service.listBills(requireActor(req), req.query.agreementId) }),
  );

  app.post(
    '/bills',
    {
      schema: {
        tags,
        summary: 'Terbitkan tagihan (bulanan, tahunan sekaligus, atau susulan)',
        body: createBillSchema,
        response: { 201: billOutSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await service.createBill(requireActor(req), req.body)),
  );

  app.get(
    '/bills/:id',
    {
      schema: { tags, summary: 'Rincian tagihan: bulan lunas, total per unit, pembayaran', params: idParams, response: { 200: billDetail, ...errorResponses } },
    },
    async (req) => service.getBill(requireActor(req), req.params.id),
  );

  app.get(
    '/bills/:id/pdf',
    {
      schema: { tags, summary: 'Tagihan sebagai PDF (kop kedua pihak, total per unit, terbilang)', params: idParams },
    },
    async (req, reply) => {
      const pdf = await documents.billPdf(requireActor(req), req.params.id);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachmentDisposition(`tagihan-${req.params.id}.pdf`, 'inline'))
        .send(pdf);
    },
  );

  app.get(
    '/bills/:id/xlsx',
    {
      schema: { tags, summary: 'Rincian tagihan sebagai XLSX', params: idParams },
    },
    async (req, reply) => {
      const xlsx = await documents.billXlsx(requireActor(req), req.params.id);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachmentDisposition(`tagihan-${req.params.id}.xlsx`))
        .send(xlsx);
    },
  );

  app.get(
    '/bills/:id/payments/:paymentId/receipt.pdf',
    {
      schema: { tags, summary: 'Tanda terima pembayaran (PDF)', params: idParams.extend({ paymentId: z.coerce.number().int().positive() }) },
    },
    async (req, reply) => {
      const pdf = await documents.receiptPdf(requireActor(req), req.params.id, req.params.paymentId);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachmentDisposition(`tanda-terima-${req.params.paymentId}.pdf`, 'inline'))
        .send(pdf);
    },
  );

  app.get(
    '/bills/:id/lines',
    {
      schema: {
        tags,
        summary: 'Baris tagihan per pegawai per bulan',
        params: idParams,
        querystring: z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(1000).default(100) }),
        response: { 200: z.object({ items: z.array(billLineOutSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await service.billLines(requireActor(req), req.params.id, req.query.page, req.query.pageSize) }),
  );

  app.post(
    '/payments',
    {
      schema: {
        tags,
        summary: 'Catat pembayaran (idempoten pada nomor referensi bank)',
        body: paymentSchema,
        response: { 200: paymentOutSchema, 201: paymentOutSchema, ...errorResponses },
      },
      bodyLimit: 16 * 1024 * 1024,
    },
    async (req, reply) => {
      const payment = await service.recordPayment(requireActor(req), req.body);
      return reply.status(payment.duplicate ? 200 : 201).send(payment);
    },
  );

  app.get(
    '/protection/lookup',
    {
      schema: {
        tags,
        summary: 'Cari pegawai untuk cek perlindungan: NIK (16 digit), KPJ (11 digit) atau nama; beberapa hasil menjadi daftar pilihan',
        querystring: z.object({ q: z.string().max(200) }),
        response: { 200: lookupOutSchema, ...errorResponses },
      },
    },
    async (req) => service.lookup(requireActor(req), req.query.q),
  );

  // A hot path: with a session cookie, the session is read in the check's own statement (one round
  // trip; http/auth.ts SessionGate). The input's refusal waits for the session's verdict, so a caller
  // not signed in is told so first, as on every route.
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

  app.get(
    '/employees/:id/protection-timeline',
    {
      schema: {
        tags,
        summary: 'Perlindungan 24 bulan sampai hari ini (atau hari terakhir perjanjian yang telah berakhir)',
        params: idParams,
        response: {
          200: z.object({
            end: z.string(),
            ended: z.boolean(),
            note: z.string().nullable(),
            items: z.array(z.object({ period: z.string(), label: z.string(), ...protectionVerdictShape }).omit({ consequence: true })),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      // Up to today, or the last day of the employee's agreement once it has ended (24 months of "not covered" say nothing).
      const view = await service.timelineEnd(actor, req.params.id, service.today());
      return { ...view, items: await service.timeline(actor, req.params.id, view.end) };
    },
  );

  app.post(
    '/payments/import',
    {
      schema: {
        tags,
        summary: 'Impor rekening koran (multipart: file + agreementId); semua baris atau tidak sama sekali',
        consumes: ['multipart/form-data'],
        response: { 200: bankImportOutSchema, ...errorResponses },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { fields, ...file } = await readUpload(req);
      const agreementId = Number(fields.agreementId);
      if (!Number.isInteger(agreementId) || agreementId <= 0) throw new AppError('validation_failed', 'Sebutkan perjanjian (kolom agreementId)');
      return service.importBankStatement(actor, agreementId, file);
    },
  );

  app.get(
    '/arrears',
    {
      schema: {
        tags,
        summary: 'Tunggakan per unit dengan umur (30/60/90+ hari)',
        querystring: z.object({ agreementId: z.coerce.number().int().positive(), asOf: isoDate('Tanggal').optional() }),
        response: { 200: arrearsOutSchema, ...errorResponses },
      },
    },
    async (req) => reports.arrears(requireActor(req), req.query.agreementId, req.query.asOf),
  );

  app.get(
    '/budget',
    {
      schema: {
        tags,
        summary: 'Proyeksi anggaran iuran satu tahun anggaran, dengan skenario pertumbuhan',
        querystring: z.object({
          agreementId: z.coerce.number().int().positive(),
          year: z.coerce.number().int().min(2000).max(2100),
          growthPercent: z.coerce.number().min(-100).max(1000).default(0),
        }),
        response: { 200: budgetOutSchema, ...errorResponses },
      },
    },
    async (req) => reports.budget(requireActor(req), req.query.agreementId, req.query.year, req.query.growthPercent),
  );
};
