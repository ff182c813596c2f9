/** Benefit quotes over HTTP: POST /api/v1/benefits/quote, GET /api/v1/benefits/table. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../http/auth.ts';
import type { BenefitsService } from './service.ts';

export const benefitsRoutes: FastifyPluginAsyncZod<{ service: BenefitsService }> = async (app, { service }) => {
  const tags = ['Manfaat (benefits)'];
  app.post('/quote', {
    schema: { tags, summary: 'Hitung manfaat JKK/JKM butir demi butir (Pasal 7), dengan rumus dan dasar hukum' },
  }, async (req) => {
    requireActor(req);
    return service.quote(req.body);
  });
  app.get('/table', {
    schema: { tags, summary: 'Tabel persentase cacat (kode, uraian, persen, sumber, terkonfirmasi atau belum)' },
  }, async (req) => {
    requireActor(req);
    return { items: service.table() };
  });
};
