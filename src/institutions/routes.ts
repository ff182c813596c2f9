/** Institutions under /api/v1/institutions (create and edit: system administrator). */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../http/auth.ts';
import { errorResponses, idParams } from '../http/common.ts';
import type { InstitutionsService } from './service.ts';
import { createInstitutionSchema, institutionOutSchema, updateInstitutionSchema } from './schemas.ts';

export const institutionsRoutes: FastifyPluginAsyncZod<{ service: InstitutionsService }> = async (app, { service }) => {
  const tags = ['Instansi (institutions)'];
  app.get(
    '/',
    {
      schema: {
        tags,
        summary: 'Daftar instansi (semua untuk administrator sistem; instansi sendiri untuk yang lain)',
        response: { 200: z.object({ items: z.array(institutionOutSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await service.list(requireActor(req)) }),
  );
  app.post(
    '/',
    {
      schema: {
        tags,
        summary: 'Tambah instansi (administrator sistem)',
        body: createInstitutionSchema,
        response: { 201: institutionOutSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await service.create(requireActor(req), req.body)),
  );
  app.get(
    '/:id',
    {
      schema: { tags, summary: 'Rincian instansi', params: idParams, response: { 200: institutionOutSchema, ...errorResponses } },
    },
    async (req) => service.get(requireActor(req), req.params.id),
  );
  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Ubah instansi (administrator sistem)',
        params: idParams,
        body: updateInstitutionSchema,
        response: { 200: institutionOutSchema, ...errorResponses },
      },
    },
    async (req) => service.update(requireActor(req), req.params.id, req.body),
  );
};
