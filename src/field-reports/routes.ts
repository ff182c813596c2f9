/** Field reports over HTTP under /api/v1/field-reports (issue #18). */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../http/common.ts';
import { listOf, routesOf } from '../http/route.ts';
import type { FieldReports } from './service.ts';
import { fieldReportNoticeSchema, fieldReportOutSchema, fieldReportSchema } from './schemas.ts';
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from './rules.ts';

/** Base64 of the largest allowed set of photos, with room for the rest of the report. */
const BODY_LIMIT = Math.ceil((MAX_PHOTOS * MAX_PHOTO_BYTES * 4) / 3) + 1024 * 1024;

export const fieldReportsRoutes: FastifyPluginAsyncZod<{ service: FieldReports }> = async (app, { service }) => {
  const route = routesOf(app, ['Laporan lapangan (field reports)']);
  route.post(
    '/',
    {
      summary: `Laporan kecelakaan tahap I dari lapangan: membuat klaim JKK; kirim ulang dengan clientId yang sama menjawab 200 dengan klaim yang sama. Foto JPEG/PNG/WebP, maks. ${MAX_PHOTOS} foto @ ${MAX_PHOTO_BYTES / 1024 / 1024} MB`,
      body: fieldReportSchema,
      ok: fieldReportOutSchema,
      created: fieldReportOutSchema,
      status: (answer) => (answer.replay ? 200 : 201),
      bodyLimit: BODY_LIMIT,
    },
    async (actor, req) => {
      const result = await service.file(actor, req.body);
      return { ...result.claim, replay: result.replay, mail: result.mail };
    },
  );
  route.get(
    '/notices',
    { summary: 'Pemberitahuan laporan lapangan untuk pengguna ini, dengan jam tahap I', ok: listOf(fieldReportNoticeSchema) },
    async (actor) => ({ items: await service.notices(actor) }),
  );
  route.post(
    '/notices/:id/read',
    { summary: 'Tandai pemberitahuan sudah dibaca', params: idParams, ok: z.object({ ok: z.boolean() }), errors: false },
    (actor, req) => service.markRead(actor, req.params.id),
  );
};
