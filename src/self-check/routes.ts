/**
 * "Cek perlindungan saya" under /api/v1/self-check: the public check and the card download (no
 * sign-in; every answer `Cache-Control: no-store`), and the lookup log for the admin.
 */
import { PassThrough } from 'node:stream';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routesOf } from '../http/route.ts';
import { attachmentDisposition, baseUrlOf, errorResponses } from '../http/common.ts';
import type { SelfCheck } from './service.ts';
import { selfCheckAnswerSchema, selfCheckLogSchema, selfCheckQuestionSchema } from './schemas.ts';

export const selfCheckRoutes: FastifyPluginAsyncZod<{ service: SelfCheck; publicUrl?: string | undefined }> = async (app, { service, publicUrl }) => {
  const tags = ['Cek perlindungan saya (self-check)'];
  const route = routesOf(app, tags);
  // The public check and card: no actor, `security: []` and `Cache-Control: no-store`, declared whole.
  app.post(
    '/',
    {
      config: { public: true },
      schema: {
        tags,
        security: [],
        summary:
          'Publik: pegawai memeriksa perlindungannya sendiri dengan NIK, tanggal lahir dan 4 angka terakhir KPJ (dibatasi per NIK dan per alamat; satu jawaban untuk kombinasi apa pun yang salah)',
        body: selfCheckQuestionSchema,
        response: { 200: selfCheckAnswerSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return service.check(req.body, { ip: req.ip });
    },
  );

  app.get(
    '/card.pdf',
    {
      config: { public: true },
      schema: {
        tags,
        security: [],
        summary: 'Publik: kartu peserta sendiri, dengan token berumur pendek dari pengecekan',
        querystring: z.object({ token: z.string().max(100) }),
      },
    },
    async (req, reply) => {
      const card = await service.card(req.query.token, baseUrlOf(req, publicUrl));
      const { renderCardsPdf } = await import('../enrolment/index.ts');
      const stream = new PassThrough();
      renderCardsPdf([card], stream, { layout: 'single' }).catch((error: unknown) => stream.destroy(error as Error));
      return reply
        .header('cache-control', 'no-store')
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachmentDisposition('kartu-peserta.pdf'))
        .send(stream);
    },
  );

  route.get(
    '/log',
    {
      summary: 'Log pengecekan publik (admin: pegawai instansinya; administrator sistem: semua)',
      querystring: z.object({ limit: z.coerce.number().int().positive().max(1000).optional() }),
      ok: selfCheckLogSchema,
    },
    (actor, req) => service.log(actor, req.query),
  );
};
