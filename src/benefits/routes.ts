/** Benefit quotes over HTTP: POST /api/v1/benefits/quote, GET /api/v1/benefits/table. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../http/auth.ts';
import type { BenefitsService } from './service.ts';
import { z } from 'zod';
import { benefitQuoteAnswerSchema, benefitQuoteRequestSchema, disabilityRowSchema } from './schemas.ts';
import { errorResponses } from '../http/common.ts';

export const benefitsRoutes: FastifyPluginAsyncZod<{ service: BenefitsService }> = async (app, { service }) => {
  const tags = ['Manfaat (benefits)'];
  app.post(
    '/quote',
    {
      schema: {
        tags,
        summary: 'Hitung manfaat JKK/JKM butir demi butir (Pasal 7), dengan rumus dan dasar hukum',
        description:
          'Kolom yang tidak dikirim berarti tidak ada. Tanpa `agreement`, ketentuan bawaan regulasi (PP 44/2015 jo. PP 82/2019) yang dipakai; tanpa `wage`, upah dilaporkan dari ketentuan.',
        body: benefitQuoteRequestSchema,
        response: { 200: benefitQuoteAnswerSchema, ...errorResponses },
      },
    },
    async (req) => {
      return service.quoteAs(requireActor(req), req.body);
    },
  );
  app.get(
    '/table',
    {
      schema: {
        tags,
        summary: 'Tabel persentase cacat (kode, uraian, persen, sumber, terkonfirmasi atau belum)',
        response: { 200: z.object({ items: z.array(disabilityRowSchema) }), ...errorResponses },
      },
    },
    async (req) => {
      requireActor(req);
      return { items: service.table() };
    },
  );
};
