/** Claims over HTTP under /api/v1/claims. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../http/auth.ts';
import { attachmentDisposition, errorResponses, idParams } from '../http/common.ts';
import type { ClaimsService } from './service.ts';
import type { Actor } from '../core/actor.ts';
import { approveSchema, claimListSchema, claimPaymentSchema, claimSchema, documentSchema, fileClaimSchema, rejectClaimSchema } from './schemas.ts';

const one = { 200: claimSchema, ...errorResponses };

type Register = (actor: Actor, filter: { agreementId?: number | undefined; status?: string | undefined }) => Promise<Buffer>;

export const claimsRoutes: FastifyPluginAsyncZod<{
  service: ClaimsService;
  letter: (actor: Actor, id: number) => Promise<Buffer>;
  heirsLetter: (actor: Actor, id: number) => Promise<Buffer>;
  register: Register;
}> = async (app, { service, letter, heirsLetter, register }) => {
  const tags = ['Klaim (claims)'];
  app.get(
    '/',
    {
      schema: {
        tags,
        summary: 'Daftar klaim',
        querystring: z.object({
          agreementId: z.coerce.number().int().positive().optional(),
          status: z.string().max(20).optional(),
          employeeId: z.coerce.number().int().positive().optional(),
        }),
        response: { 200: claimListSchema, ...errorResponses },
      },
    },
    async (req) => ({ items: await service.list(requireActor(req), req.query) }),
  );
  app.get(
    '/register.xlsx',
    {
      schema: {
        tags,
        summary: 'Register klaim (XLSX): peserta, unit, kejadian, status, manfaat, pembayaran, tenggat terlewat',
        querystring: z.object({ agreementId: z.coerce.number().int().positive().optional(), status: z.string().max(20).optional() }),
      },
    },
    async (req, reply) => {
      const xlsx = await register(requireActor(req), req.query);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachmentDisposition('register-klaim.xlsx'))
        .send(xlsx);
    },
  );
  app.post(
    '/',
    {
      schema: {
        tags,
        summary: 'Ajukan klaim JKK/JKM (kelayakan diperiksa: terlindungi pada tanggal kejadian)',
        body: fileClaimSchema,
        response: { 201: claimSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await service.file(requireActor(req), req.body)),
  );
  app.get(
    '/:id',
    { schema: { tags, summary: 'Rincian klaim: tenggat, dokumen, manfaat butir demi butir, riwayat', params: idParams, response: one } },
    async (req) => service.get(requireActor(req), req.params.id),
  );
  app.post(
    '/:id/documents',
    { schema: { tags, summary: 'Unggah dokumen klaim (base64)', params: idParams, body: documentSchema, response: one }, bodyLimit: 16 * 1024 * 1024 },
    async (req) => service.addDocument(requireActor(req), req.params.id, req.body),
  );
  app.get(
    '/:id/documents/:documentId',
    { schema: { tags, summary: 'Unduh dokumen klaim', params: idParams.extend({ documentId: z.coerce.number().int().positive() }) } },
    async (req, reply) => {
      const doc = await service.document(requireActor(req), req.params.id, req.params.documentId);
      return reply
        .header('content-type', doc.mime)
        .header('content-disposition', attachmentDisposition(doc.name))
        .header('x-content-type-options', 'nosniff')
        .send(doc.content);
    },
  );
  app.post('/:id/verify', { schema: { tags, summary: 'Verifikasi (BPJS): dokumen wajib lengkap', params: idParams, response: one } }, async (req) =>
    service.verify(requireActor(req), req.params.id),
  );
  app.post(
    '/:id/approve',
    { schema: { tags, summary: 'Setujui dengan manfaat terhitung (penyesuaian wajib beralasan)', params: idParams, body: approveSchema, response: one } },
    async (req) => service.approve(requireActor(req), req.params.id, req.body),
  );
  app.post('/:id/reject', { schema: { tags, summary: 'Tolak dengan alasan', params: idParams, body: rejectClaimSchema, response: one } }, async (req) =>
    service.reject(requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/:id/payments',
    { schema: { tags, summary: 'Catat pembayaran (STMB dapat diangsur)', params: idParams, body: claimPaymentSchema, response: one } },
    async (req) => service.pay(requireActor(req), req.params.id, req.body),
  );
  app.get('/:id/letter.pdf', { schema: { tags, summary: 'Surat klaim (PDF) dengan manfaat butir demi butir', params: idParams } }, async (req, reply) => {
    const pdf = await letter(requireActor(req), req.params.id);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', attachmentDisposition(`klaim-${req.params.id}.pdf`, 'inline'))
      .send(pdf);
  });
  app.get(
    '/:id/heirs-letter.pdf',
    { schema: { tags, summary: 'Surat untuk ahli waris (PDF, klaim kematian): manfaat yang diterima, dokumen yang dibawa, batas waktu', params: idParams } },
    async (req, reply) => {
      const pdf = await heirsLetter(requireActor(req), req.params.id);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachmentDisposition(`surat-ahli-waris-${req.params.id}.pdf`, 'inline'))
        .send(pdf);
    },
  );
};
