/** Enrolment under /api/v1/enrolment: batches, decisions, numbers, deactivation, export, reconciliation. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../core/actor.ts';
import { baseUrlOf, idParams } from '../http/common.ts';
import { type Download, listOf, pageOf, routesOf } from '../http/route.ts';
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
  const route = routesOf(app, ['Kepesertaan (enrolment)']);

  route.get(
    '/batches',
    {
      summary: 'Daftar pengajuan pendaftaran',
      querystring: z.object({ agreementId: z.coerce.number().int().positive().optional() }),
      ok: listOf(batchOutSchema),
    },
    async (actor, req) => ({ items: await service.listBatches(actor, req.query) }),
  );

  route.post('/batches', { summary: 'Buat pengajuan (draf) berisi pegawai', body: createBatchSchema, created: batchDetail }, (actor, req) =>
    service.createBatch(actor, req.body),
  );

  route.get('/batches/:id', { summary: 'Rincian pengajuan', params: idParams, ok: batchDetail }, (actor, req) => service.getBatch(actor, req.params.id));

  route.delete(
    '/batches/:id/participants/:participantId',
    {
      summary: 'Keluarkan pegawai dari pengajuan draf',
      params: idParams.extend({ participantId: z.coerce.number().int().positive() }),
      ok: batchDetail,
    },
    (actor, req) => service.removeFromBatch(actor, req.params.id, req.params.participantId),
  );

  route.post('/batches/:id/submit', { summary: 'Ajukan ke BPJS', params: idParams, ok: batchDetail }, (actor, req) =>
    service.submitBatch(actor, req.params.id),
  );

  route.download(
    '/batches/:id/export.xlsx',
    { summary: 'Unduh pengajuan dalam format pendaftaran massal kantor cabang', params: idParams },
    async (actor, req) => {
      const file = await service.exportBatch(actor, req.params.id);
      return { name: file.fileName, content: file.content };
    },
  );

  route.get(
    '/eligible',
    {
      summary: 'Pegawai yang dapat diajukan (aktif, belum terdaftar)',
      querystring: z.object({ agreementId: z.coerce.number().int().positive(), unitId: z.coerce.number().int().positive().optional() }),
      ok: listOf(
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
    },
    async (actor, req) => ({ items: await service.eligibleEmployees(actor, req.query.agreementId, req.query.unitId) }),
  );

  route.get(
    '/participants',
    {
      summary: 'Daftar peserta',
      querystring: listParticipantsQuery,
      ok: pageOf(participantOutSchema),
    },
    (actor, req) => service.listParticipants(actor, req.query),
  );

  route.get(
    '/participants/:id',
    { summary: 'Rincian peserta dengan riwayat status', params: idParams, ok: participantOutSchema.extend({ events: z.array(eventOutSchema) }) },
    (actor, req) => service.getParticipant(actor, req.params.id),
  );

  route.post(
    '/participants/:id/accept',
    { summary: 'Terima dan catat nomor peserta (KPJ, 11 digit)', params: idParams, body: acceptSchema, ok: participantOutSchema },
    (actor, req) => service.accept(actor, req.params.id, req.body),
  );

  route.post('/participants/:id/reject', { summary: 'Tolak dengan alasan', params: idParams, body: rejectSchema, ok: participantOutSchema }, (actor, req) =>
    service.reject(actor, req.params.id, req.body),
  );

  route.post(
    '/participants/:id/deactivate',
    { summary: 'Nonaktifkan mulai tanggal (tidak ada iuran/perlindungan sejak itu)', params: idParams, body: deactivateSchema, ok: participantOutSchema },
    (actor, req) => service.deactivate(actor, req.params.id, req.body),
  );

  route.post('/participants/:id/reactivate', { summary: 'Aktifkan kembali', params: idParams, ok: participantOutSchema }, (actor, req) =>
    service.reactivate(actor, req.params.id),
  );

  route.post(
    '/numbers',
    {
      summary: 'Unggah berkas hasil kantor cabang (NIK → nomor peserta); multipart: file + agreementId',
      multipart: true,
      ok: z.object({ rows: z.number().int(), assigned: z.number().int(), unchanged: z.number().int() }),
    },
    async (actor, req) => {
      const { fields, ...file } = await readUpload(req);
      return service.importNumbers(actor, agreementField(fields), file);
    },
  );

  route.post(
    '/reconcile',
    {
      summary: 'Rekonsiliasi dengan daftar peserta kantor cabang; multipart: file + agreementId',
      multipart: true,
      ok: z.object({
        matching: z.array(z.object({ lindung: sideL, branch: sideB })),
        differing: z.array(
          z.object({ lindung: sideL, branch: sideB, fields: z.array(z.enum(['fullName', 'birthDate', 'kpj'])), details: z.array(z.string()) }),
        ),
        onlyInLindung: z.array(sideL),
        onlyInBranch: z.array(sideB),
        unreadable: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
      }),
    },
    async (actor, req) => {
      const { fields, ...file } = await readUpload(req);
      return service.reconcile(actor, agreementField(fields), file);
    },
  );

  /** Cards as a PDF streamed while it is drawn. */
  const cardsPdf = async (
    actor: Actor,
    req: FastifyRequest,
    selection: Parameters<Cards['renderPdf']>[1],
    layout: 'single' | 'sheet',
    name: string,
  ): Promise<Download> => {
    const data = await cards.cardData(actor, selection, baseUrlOf(req, publicUrl));
    const { renderCardsPdf } = await import('./card-pdf.ts');
    const stream = new PassThrough();
    renderCardsPdf(data, stream, { layout }).catch((error: unknown) => stream.destroy(error as Error));
    return { name, inline: true, content: stream };
  };

  route.download('/participants/:id/card.pdf', { summary: 'Kartu peserta (PDF ukuran kartu kredit)', params: idParams }, (actor, req) =>
    cardsPdf(actor, req, { participantIds: [req.params.id] }, 'single', `kartu-${req.params.id}.pdf`),
  );

  route.download(
    '/cards.pdf',
    {
      summary: 'Kartu peserta massal, 8 per lembar A4: satu pengajuan, atau satu perjanjian (opsional satu unit)',
      querystring: z.object({
        batchId: z.coerce.number().int().positive().optional(),
        agreementId: z.coerce.number().int().positive().optional(),
        unitId: z.coerce.number().int().positive().optional(),
      }),
    },
    (actor, req) => cardsPdf(actor, req, req.query, 'sheet', 'kartu-peserta.pdf'),
  );

  route.post(
    '/participants/:id/card/reissue',
    { summary: 'Terbitkan ulang kartu (kode QR lama tidak berlaku lagi)', params: idParams, ok: z.object({ ok: z.literal(true) }) },
    async (actor, req) => {
      await cards.reissue(actor, req.params.id);
      return { ok: true as const };
    },
  );
};
