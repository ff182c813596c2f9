/** Employees under /api/v1/employees. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../http/auth.ts';
import { errorResponses, idParams } from '../http/common.ts';
import type { RosterService } from './service.ts';
import { employeeDetailSchema, employeeInputSchema, employeeOutSchema, employeeUpdateSchema, endEmployeeSchema, listEmployeesQuery } from './schemas.ts';

export const rosterRoutes: FastifyPluginAsyncZod<{ service: RosterService }> = async (app, { service }) => {
  const tags = ['Pegawai (roster)'];

  app.get(
    '/',
    {
      schema: {
        tags,
        summary: 'Daftar pegawai (cari, urut, halaman)',
        querystring: listEmployeesQuery,
        response: {
          200: z.object({ items: z.array(employeeOutSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
          ...errorResponses,
        },
      },
    },
    async (req) => service.list(requireActor(req), req.query),
  );

  app.post(
    '/',
    {
      schema: { tags, summary: 'Tambah pegawai', body: employeeInputSchema, response: { 201: employeeOutSchema, ...errorResponses } },
    },
    async (req, reply) => reply.status(201).send(await service.create(requireActor(req), req.body)),
  );

  app.get(
    '/:id',
    {
      schema: { tags, summary: 'Rincian pegawai dengan riwayat', params: idParams, response: { 200: employeeDetailSchema, ...errorResponses } },
    },
    async (req) => service.get(requireActor(req), req.params.id),
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Ubah data pegawai (pindah unit, jabatan, …)',
        params: idParams,
        body: employeeUpdateSchema,
        response: { 200: employeeOutSchema, ...errorResponses },
      },
    },
    async (req) => service.update(requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/:id/end',
    {
      schema: {
        tags,
        summary: 'Akhiri kepegawaian (tidak dihapus)',
        params: idParams,
        body: endEmployeeSchema,
        response: { 200: employeeOutSchema, ...errorResponses },
      },
    },
    async (req) => service.end(requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/:id/reactivate',
    {
      schema: { tags, summary: 'Aktifkan kembali pegawai', params: idParams, response: { 200: employeeOutSchema, ...errorResponses } },
    },
    async (req) => service.reactivate(requireActor(req), req.params.id),
  );
};
