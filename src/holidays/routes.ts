/** The holiday calendar under /api/v1/holidays. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listOf, routesOf } from '../http/route.ts';
import type { HolidaysService } from './service.ts';
import { holidayFileSchema, holidayInputSchema, holidayOutSchema, listHolidaysQuery } from './schemas.ts';

export const holidaysRoutes: FastifyPluginAsyncZod<{ service: HolidaysService }> = async (app, { service }) => {
  const route = routesOf(app, ['Hari libur (holiday calendar)']);

  route.get(
    '/',
    { summary: 'Hari libur nasional dan cuti bersama (dengan SKB yang menetapkannya)', querystring: listHolidaysQuery, ok: listOf(holidayOutSchema) },
    async (actor, req) => ({ items: await service.list(actor, req.query) }),
  );

  route.post('/', { summary: 'Tambah hari libur', body: holidayInputSchema, created: holidayOutSchema }, (actor, req) => service.add(actor, req.body));

  route.post(
    '/import',
    {
      summary: 'Muat berkas hari libur (lindung.holidays/v1); entri yang salah menolak seluruh berkas',
      body: holidayFileSchema,
      ok: z.object({ added: z.number().int(), updated: z.number().int(), years: z.array(z.number().int()) }),
    },
    (actor, req) => service.importFile(actor, req.body),
  );

  route.delete('/:date', { summary: 'Hapus hari libur', params: z.object({ date: z.string() }), ok: holidayOutSchema }, (actor, req) =>
    service.remove(actor, req.params.date),
  );
};
