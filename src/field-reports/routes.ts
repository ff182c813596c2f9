/** Field reports over HTTP under /api/v1/field-reports (issue #18). */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../http/auth.ts';
import { errorResponses, idParams } from '../http/common.ts';
import type { FieldReports } from './service.ts';
import { fieldReportNoticeSchema, fieldReportOutSchema, fieldReportSchema } from './schemas.ts';
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from './rules.ts';

/** Base64 of the largest allowed set of photos, with room for the rest of the report. */
const BODY_LIMIT = Math.ceil((MAX_PHOTOS * MAX_PHOTO_BYTES * 4) / 3) + 1024 * 1024;

export const fieldReportsRoutes: FastifyPluginAsyncZod<{ service: FieldReports }> = async (app, { service }) => {
  const tags = ['Laporan lapangan (field reports)'];
  app.post(
    '/',
    {
      schema: {
        tags,
        summary: `Laporan kecelakaan tahap I dari lapangan: membuat klaim JKK; kirim ulang dengan clientId yang sama menjawab 200 dengan klaim yang sama. Foto JPEG/PNG/WebP, maks. ${MAX_PHOTOS} foto @ ${MAX_PHOTO_BYTES / 1024 / 1024} MB`,
        body: fieldReportSchema,
        response: { 200: fieldReportOutSchema, 201: fieldReportOutSchema, ...errorResponses },
      },
      bodyLimit: BODY_LIMIT,
    },
    async (req, reply) => {
      const result = await service.file(requireActor(req), req.body);
      return reply.status(result.replay ? 200 : 201).send({ ...result.claim, replay: result.replay, mail: result.mail });
    },
  );
  app.get(
    '/notices',
    {
      schema: {
        tags,
        summary: 'Pemberitahuan laporan lapangan untuk pengguna ini, dengan jam tahap I',
        response: { 200: z.object({ items: z.array(fieldReportNoticeSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await service.notices(requireActor(req)) }),
  );
  app.post(
    '/notices/:id/read',
    { schema: { tags, summary: 'Tandai pemberitahuan sudah dibaca', params: idParams, response: { 200: z.object({ ok: z.boolean() }) } } },
    async (req) => service.markRead(requireActor(req), req.params.id),
  );
};
