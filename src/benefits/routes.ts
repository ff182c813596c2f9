/** Benefit quotes over HTTP: POST /api/v1/benefits/quote, GET /api/v1/benefits/table. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { BenefitsService } from './service.ts';
import { benefitQuoteAnswerSchema, benefitQuoteRequestSchema, disabilityRowSchema } from './schemas.ts';
import { listOf, routesOf } from '../http/route.ts';

export const benefitsRoutes: FastifyPluginAsyncZod<{ service: BenefitsService }> = async (app, { service }) => {
  const route = routesOf(app, ['Manfaat (benefits)']);
  route.post(
    '/quote',
    {
      summary: 'Hitung manfaat JKK/JKM butir demi butir (Pasal 7), dengan rumus dan dasar hukum',
      description:
        'Kolom yang tidak dikirim berarti tidak ada. Tanpa `agreement`, ketentuan bawaan regulasi (PP 44/2015 jo. PP 82/2019) yang dipakai; tanpa `wage`, upah dilaporkan dari ketentuan.',
      body: benefitQuoteRequestSchema,
      ok: benefitQuoteAnswerSchema,
    },
    (actor, req) => service.quoteAs(actor, req.body),
  );
  route.get('/table', { summary: 'Tabel persentase cacat (kode, uraian, persen, sumber, terkonfirmasi atau belum)', ok: listOf(disabilityRowSchema) }, () => ({
    items: service.table(),
  }));
};
