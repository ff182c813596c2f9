/** Institutions under /api/v1/institutions (create and edit: system administrator). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../http/common.ts';
import { listOf, routesOf } from '../http/route.ts';
import type { InstitutionsService } from './service.ts';
import { createInstitutionSchema, institutionOutSchema, updateInstitutionSchema } from './schemas.ts';

export const institutionsRoutes: FastifyPluginAsyncZod<{ service: InstitutionsService }> = async (app, { service }) => {
  const route = routesOf(app, ['Instansi (institutions)']);
  route.get(
    '/',
    { summary: 'Daftar instansi (semua untuk administrator sistem; instansi sendiri untuk yang lain)', ok: listOf(institutionOutSchema) },
    async (actor) => ({ items: await service.list(actor) }),
  );
  route.post('/', { summary: 'Tambah instansi (administrator sistem)', body: createInstitutionSchema, created: institutionOutSchema }, (actor, req) =>
    service.create(actor, req.body),
  );
  route.get('/:id', { summary: 'Rincian instansi', params: idParams, ok: institutionOutSchema }, (actor, req) => service.get(actor, req.params.id));
  route.patch(
    '/:id',
    { summary: 'Ubah instansi (administrator sistem)', params: idParams, body: updateInstitutionSchema, ok: institutionOutSchema },
    (actor, req) => service.update(actor, req.params.id, req.body),
  );
};
