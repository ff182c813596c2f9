/** Claims over HTTP under /api/v1/claims. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../http/common.ts';
import { routesOf } from '../http/route.ts';
import type { ClaimsService } from './service.ts';
import type { Actor } from '../core/actor.ts';
import { approveSchema, claimListSchema, claimPaymentSchema, claimSchema, documentSchema, fileClaimSchema, rejectClaimSchema } from './schemas.ts';

type Register = (actor: Actor, filter: { agreementId?: number | undefined; status?: string | undefined }) => Promise<Buffer>;

export const claimsRoutes: FastifyPluginAsyncZod<{
  service: ClaimsService;
  letter: (actor: Actor, id: number) => Promise<Buffer>;
  heirsLetter: (actor: Actor, id: number) => Promise<Buffer>;
  register: Register;
}> = async (app, { service, letter, heirsLetter, register }) => {
  const route = routesOf(app, ['Klaim (claims)']);
  route.get(
    '/',
    {
      summary: 'Daftar klaim',
      querystring: z.object({
        agreementId: z.coerce.number().int().positive().optional(),
        status: z.string().max(20).optional(),
        employeeId: z.coerce.number().int().positive().optional(),
      }),
      ok: claimListSchema,
    },
    async (actor, req) => ({ items: await service.list(actor, req.query) }),
  );
  route.download(
    '/register.xlsx',
    {
      summary: 'Register klaim (XLSX): peserta, unit, kejadian, status, manfaat, pembayaran, tenggat terlewat',
      querystring: z.object({ agreementId: z.coerce.number().int().positive().optional(), status: z.string().max(20).optional() }),
    },
    async (actor, req) => ({ name: 'register-klaim.xlsx', content: await register(actor, req.query) }),
  );
  route.post(
    '/',
    { summary: 'Ajukan klaim JKK/JKM (kelayakan diperiksa: terlindungi pada tanggal kejadian)', body: fileClaimSchema, created: claimSchema },
    (actor, req) => service.file(actor, req.body),
  );
  route.get('/:id', { summary: 'Rincian klaim: tenggat, dokumen, manfaat butir demi butir, riwayat', params: idParams, ok: claimSchema }, (actor, req) =>
    service.get(actor, req.params.id),
  );
  route.post(
    '/:id/documents',
    { summary: 'Unggah dokumen klaim (base64)', params: idParams, body: documentSchema, ok: claimSchema, bodyLimit: 16 * 1024 * 1024 },
    (actor, req) => service.addDocument(actor, req.params.id, req.body),
  );
  route.download(
    '/:id/documents/:documentId',
    { summary: 'Unduh dokumen klaim', params: idParams.extend({ documentId: z.coerce.number().int().positive() }) },
    async (actor, req) => {
      const doc = await service.document(actor, req.params.id, req.params.documentId);
      return { name: doc.name, type: doc.mime, content: doc.content, headers: { 'x-content-type-options': 'nosniff' } };
    },
  );
  route.post('/:id/verify', { summary: 'Verifikasi (BPJS): dokumen wajib lengkap', params: idParams, ok: claimSchema }, (actor, req) =>
    service.verify(actor, req.params.id),
  );
  route.post(
    '/:id/approve',
    { summary: 'Setujui dengan manfaat terhitung (penyesuaian wajib beralasan)', params: idParams, body: approveSchema, ok: claimSchema },
    (actor, req) => service.approve(actor, req.params.id, req.body),
  );
  route.post('/:id/reject', { summary: 'Tolak dengan alasan', params: idParams, body: rejectClaimSchema, ok: claimSchema }, (actor, req) =>
    service.reject(actor, req.params.id, req.body),
  );
  route.post(
    '/:id/payments',
    { summary: 'Catat pembayaran (STMB dapat diangsur)', params: idParams, body: claimPaymentSchema, ok: claimSchema },
    (actor, req) => service.pay(actor, req.params.id, req.body),
  );
  route.download('/:id/letter.pdf', { summary: 'Surat klaim (PDF) dengan manfaat butir demi butir', params: idParams }, async (actor, req) => ({
    name: `klaim-${req.params.id}.pdf`,
    inline: true,
    content: await letter(actor, req.params.id),
  }));
  route.download(
    '/:id/heirs-letter.pdf',
    { summary: 'Surat untuk ahli waris (PDF, klaim kematian): manfaat yang diterima, dokumen yang dibawa, batas waktu', params: idParams },
    async (actor, req) => ({ name: `surat-ahli-waris-${req.params.id}.pdf`, inline: true, content: await heirsLetter(actor, req.params.id) }),
  );
};
