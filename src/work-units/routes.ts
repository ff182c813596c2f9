/** Work units under /api/v1/units. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../http/auth.ts';
import { errorResponses, idParams } from '../http/common.ts';
import type { WorkUnitsService } from './service.ts';
import { createUnitSchema, unitOutSchema, updateUnitSchema } from './schemas.ts';

export const workUnitsRoutes: FastifyPluginAsyncZod<{ service: WorkUnitsService }> = async (app, { service }) => {
  const tags = ['Unit kerja (work units)'];
  app.get('/', {
    schema: {
      tags,
      summary: 'Daftar unit kerja (OPD)',
      querystring: z.object({ institutionId: z.coerce.number().int().positive().optional(), agreementId: z.coerce.number().int().positive().optional() }),
      response: { 200: z.object({ items: z.array(unitOutSchema) }), ...errorResponses },
    },
  }, async (req) => ({ items: await service.list(requireActor(req), req.query) }));

  app.post('/', {
    schema: { tags, summary: 'Tambah unit kerja', body: createUnitSchema, response: { 201: unitOutSchema, ...errorResponses } },
  }, async (req, reply) => reply.status(201).send(await service.create(requireActor(req), req.body)));

  app.get('/:id', {
    schema: { tags, summary: 'Rincian unit kerja', params: idParams, response: { 200: unitOutSchema, ...errorResponses } },
  }, async (req) => service.get(requireActor(req), req.params.id));

  app.patch('/:id', {
    schema: { tags, summary: 'Ubah unit kerja', params: idParams, body: updateUnitSchema, response: { 200: unitOutSchema, ...errorResponses } },
  }, async (req) => service.update(requireActor(req), req.params.id, req.body));
};
