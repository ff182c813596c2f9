/** The holiday calendar under /api/v1/holidays. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../http/auth.ts';
import { errorResponses } from '../http/common.ts';
import type { HolidaysService } from './service.ts';
import { holidayFileSchema, holidayInputSchema, holidayOutSchema, listHolidaysQuery } from './schemas.ts';

export const holidaysRoutes: FastifyPluginAsyncZod<{ service: HolidaysService }> = async (app, { service }) => {
  const tags = ['Hari libur (holiday calendar)'];

  app.get(
    '/',
    {
      schema: {
        tags,
        summary: 'Hari libur nasional dan cuti bersama (dengan SKB yang menetapkannya)',
        querystring: listHolidaysQuery,
        response: { 200: z.object({ items: z.array(holidayOutSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await service.list(requireActor(req), req.query) }),
  );

  app.post(
    '/',
    {
      schema: { tags, summary: 'Tambah hari libur', body: holidayInputSchema, response: { 201: holidayOutSchema, ...errorResponses } },
    },
    async (req, reply) => reply.status(201).send(await service.add(requireActor(req), req.body)),
  );

  app.post(
    '/import',
    {
      schema: {
        tags,
        summary: 'Muat berkas hari libur (lindung.holidays/v1); entri yang salah menolak seluruh berkas',
        body: holidayFileSchema,
        response: { 200: z.object({ added: z.number().int(), updated: z.number().int(), years: z.array(z.number().int()) }), ...errorResponses },
      },
    },
    async (req) => service.importFile(requireActor(req), req.body),
  );

  app.delete(
    '/:date',
    {
      schema: { tags, summary: 'Hapus hari libur', params: z.object({ date: z.string() }), response: { 200: holidayOutSchema, ...errorResponses } },
    },
    async (req) => service.remove(requireActor(req), req.params.date),
  );
};
