/** Enrolment under /api/v1/enrolment: batches, decisions, numbers, deactivation, export, reconciliation. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { requireActor } from '../http/auth.ts';
import { attachmentDisposition, baseUrlOf, errorResponses, idParams } from '../http/common.ts';
import { readUpload } from '../http/upload.ts';
import { AppError } from '../core/errors.ts';
import type { EnrolmentService } from './service.ts';
import type { Cards } from './cards.ts';
import { PassThrough } from 'node:stream';
import {
  acceptSchema,
  batchOutSchema,
  createBatchSchema,
  deactivateSchema,
  eventOutSchema,
  listParticipantsQuery,
  participantOutSchema,
  rejectSchema,
} from './schemas.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const batchDetail = batchOutSchema.extend({ participants: z.array(participantOutSchema) });
const sideL = z.object({ nik: z.string(), kpj: z.string().nullable(), fullName: z.string(), birthDate: z.string(), unitName: z.string() });
const sideB = z.object({
  row: z.number().int(),
  nik: z.string().nullable(),
  kpj: z.string().nullable(),
  fullName: z.string(),
  birthDate: z.string().nullable(),
});

function agreementField(fields: Record<string, string>): number {
  const id = Number(fields.agreementId);
  if (!Number.isInteger(id) || id <= 0) throw new AppError('validation_failed', 'Sebutkan perjanjian (kolom agreementId)');
  return id;
}

export const enrolmentRoutes: FastifyPluginAsyncZod<{ service: EnrolmentService; cards: Cards; publicUrl?: string | undefined }> = async (
  app,
  { service, cards, publicUrl },
) => {
  const tags = ['Kepesertaan (enrolment)'];

  app.get(
    '/batches',
    {
      schema: {
        tags,
        summary: 'Daftar pengajuan pendaftaran',
        querystring: z.object({ agreementId: z.coerce.number().int().positive().optional() }),
        response: { 200: z.object({ items: z.array(batchOutSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await service.listBatches(requireActor(req), req.query) }),
  );

  app.post(
    '/batches',
    {
      schema: { tags, summary: 'Buat pengajuan (draf) berisi pegawai', body: createBatchSchema, response: { 201: batchDetail, ...errorResponses } },
    },
    async (req, reply) => reply.status(201).send(await service.createBatch(requireActor(req), req.body)),
  );

  app.get(
    '/batches/:id',
    {
      schema: { tags, summary: 'Rincian pengajuan', params: idParams, response: { 200: batchDetail, ...errorResponses } },
    },
    async (req) => service.getBatch(requireActor(req), req.params.id),
  );

  app.delete(
    '/batches/:id/participants/:participantId',
    {
      schema: {
        tags,
        summary: 'Keluarkan pegawai dari pengajuan draf',
        params: idParams.extend({ participantId: z.coerce.number().int().positive() }),
        response: { 200: batchDetail, ...errorResponses },
      },
    },
    async (req) => service.removeFromBatch(requireActor(req), req.params.id, req.params.participantId),
  );

  app.post(
    '/batches/:id/submit',
    {
      schema: { tags, summary: 'Ajukan ke BPJS', params: idParams, response: { 200: batchDetail, ...errorResponses } },
    },
    async (req) => service.submitBatch(requireActor(req), req.params.id),
  );

  app.get(
    '/batches/:id/export.xlsx',
    {
      schema: { tags, summary: 'Unduh pengajuan dalam format pendaftaran massal kantor cabang', params: idParams },
    },
    async (req, reply) => {
      const file = await service.exportBatch(requireActor(req), req.params.id);
      return reply.header('content-type', XLSX_MIME).header('content-disposition', attachmentDisposition(file.fileName)).send(file.content);
    },
  );

  app.get(
    '/eligible',
    {
      schema: {
        tags,
        summary: 'Pegawai yang dapat diajukan (aktif, belum terdaftar)',
        querystring: z.object({ agreementId: z.coerce.number().int().positive(), unitId: z.coerce.number().int().positive().optional() }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.number().int(),
                nik: z.string(),
                fullName: z.string(),
                unitId: z.number().int(),
                unitCode: z.string(),
                unitName: z.string(),
                previouslyRejected: z.boolean(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => ({ items: await service.eligibleEmployees(requireActor(req), req.query.agreementId, req.query.unitId) }),
  );

  app.get(
    '/participants',
    {
      schema: {
        tags,
        summary: 'Daftar peserta',
        querystring: listParticipantsQuery,
        response: {
          200: z.object({ items: z.array(participantOutSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
          ...errorResponses,
        },
      },
    },
    async (req) => service.listParticipants(requireActor(req), req.query),
  );

  app.get(
    '/participants/:id',
    {
      schema: {
        tags,
        summary: 'Rincian peserta dengan riwayat status',
        params: idParams,
        response: { 200: participantOutSchema.extend({ events: z.array(eventOutSchema) }), ...errorResponses },
      },
    },
    async (req) => service.getParticipant(requireActor(req), req.params.id),
  );

  app.post(
    '/participants/:id/accept',
    {
      schema: {
        tags,
        summary: 'Terima dan catat nomor peserta (KPJ, 11 digit)',
        params: idParams,
        body: acceptSchema,
        response: { 200: participantOutSchema, ...errorResponses },
      },
    },
    async (req) => service.accept(requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/participants/:id/reject',
    {
      schema: { tags, summary: 'Tolak dengan alasan', params: idParams, body: rejectSchema, response: { 200: participantOutSchema, ...errorResponses } },
    },
    async (req) => service.reject(requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/participants/:id/deactivate',
    {
      schema: {
        tags,
        summary: 'Nonaktifkan mulai tanggal (tidak ada iuran/perlindungan sejak itu)',
        params: idParams,
        body: deactivateSchema,
        response: { 200: participantOutSchema, ...errorResponses },
      },
    },
    async (req) => service.deactivate(requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/participants/:id/reactivate',
    {
      schema: { tags, summary: 'Aktifkan kembali', params: idParams, response: { 200: participantOutSchema, ...errorResponses } },
    },
    async (req) => service.reactivate(requireActor(req), req.params.id),
  );

  app.post(
    '/numbers',
    {
      schema: {
        tags,
        summary: 'Unggah berkas hasil kantor cabang (NIK → nomor peserta); multipart: file + agreementId',
        consumes: ['multipart/form-data'],
        response: { 200: z.object({ rows: z.number().int(), assigned: z.number().int(), unchanged: z.number().int() }), ...errorResponses },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { fields, ...file } = await readUpload(req);
      return service.importNumbers(actor, agreementField(fields), file);
    },
  );

  app.post(
    '/reconcile',
    {
      schema: {
        tags,
        summary: 'Rekonsiliasi dengan daftar peserta kantor cabang; multipart: file + agreementId',
        consumes: ['multipart/form-data'],
        response: {
          200: z.object({
            matching: z.array(z.object({ lindung: sideL, branch: sideB })),
            differing: z.array(
              z.object({ lindung: sideL, branch: sideB, fields: z.array(z.enum(['fullName', 'birthDate', 'kpj'])), details: z.array(z.string()) }),
            ),
            onlyInLindung: z.array(sideL),
            onlyInBranch: z.array(sideB),
            unreadable: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { fields, ...file } = await readUpload(req);
      return service.reconcile(actor, agreementField(fields), file);
    },
  );

  const sendCards = async (
    req: FastifyRequest,
    reply: FastifyReply,
    selection: Parameters<Cards['renderPdf']>[1],
    layout: 'single' | 'sheet',
    name: string,
  ) => {
    const actor = requireActor(req);
    const data = await cards.cardData(actor, selection, baseUrlOf(req, publicUrl));
    const { renderCardsPdf } = await import('./card-pdf.ts');
    const stream = new PassThrough();
    renderCardsPdf(data, stream, { layout }).catch((error: unknown) => stream.destroy(error as Error));
    return reply.header('content-type', 'application/pdf').header('content-disposition', attachmentDisposition(name, 'inline')).send(stream);
  };

  app.get(
    '/participants/:id/card.pdf',
    {
      schema: { tags, summary: 'Kartu peserta (PDF ukuran kartu kredit)', params: idParams },
    },
    async (req, reply) => sendCards(req, reply, { participantIds: [req.params.id] }, 'single', `kartu-${req.params.id}.pdf`),
  );

  app.get(
    '/cards.pdf',
    {
      schema: {
        tags,
        summary: 'Kartu peserta massal, 8 per lembar A4: satu pengajuan, atau satu perjanjian (opsional satu unit)',
        querystring: z.object({
          batchId: z.coerce.number().int().positive().optional(),
          agreementId: z.coerce.number().int().positive().optional(),
          unitId: z.coerce.number().int().positive().optional(),
        }),
      },
    },
    async (req, reply) => sendCards(req, reply, req.query, 'sheet', 'kartu-peserta.pdf'),
  );

  app.post(
    '/participants/:id/card/reissue',
    {
      schema: {
        tags,
        summary: 'Terbitkan ulang kartu (kode QR lama tidak berlaku lagi)',
        params: idParams,
        response: { 200: z.object({ ok: z.literal(true) }), ...errorResponses },
      },
    },
    async (req) => {
      await cards.reissue(requireActor(req), req.params.id);
      return { ok: true as const };
    },
  );
};
