/** Work units under /api/v1/units. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../http/auth.ts';
import { errorResponses, idParams } from '../http/common.ts';
import { readUpload } from '../http/upload.ts';
import type { WorkUnitsService } from './service.ts';
import { closeUnitSchema, createUnitSchema, unitImportResultSchema, unitOutSchema, updateUnitSchema } from './schemas.ts';
import { unitSheetXlsx } from './import.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const positiveField = (value: string | undefined) => (value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined);

export const workUnitsRoutes: FastifyPluginAsyncZod<{ service: WorkUnitsService }> = async (app, { service }) => {
  const tags = ['Unit kerja (work units)'];
  app.get(
    '/',
    {
      schema: {
        tags,
        summary: 'Daftar unit kerja (OPD)',
        querystring: z.object({ institutionId: z.coerce.number().int().positive().optional(), agreementId: z.coerce.number().int().positive().optional() }),
        response: { 200: z.object({ items: z.array(unitOutSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await service.list(requireActor(req), req.query) }),
  );
  app.post(
    '/',
    {
      schema: { tags, summary: 'Tambah unit kerja', body: createUnitSchema, response: { 201: unitOutSchema, ...errorResponses } },
    },
    async (req, reply) => reply.status(201).send(await service.create(requireActor(req), req.body)),
  );
  app.get(
    '/template.xlsx',
    {
      schema: { tags, summary: 'Templat XLSX impor unit kerja (Kode Unit, Nama Unit, Kode Induk)' },
    },
    async (req, reply) => {
      requireActor(req);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', 'attachment; filename="templat-unit-kerja.xlsx"')
        .send(await unitSheetXlsx());
    },
  );
  app.post(
    '/import',
    {
      schema: {
        tags,
        summary: 'Impor unit kerja dari XLSX (multipart: file + institutionId atau agreementId); semua atau tidak sama sekali',
        consumes: ['multipart/form-data'],
        response: { 200: unitImportResultSchema, 422: unitImportResultSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const upload = await readUpload(req, 5 * 1024 * 1024);
      const result = await service.importXlsx(
        actor,
        { institutionId: positiveField(upload.fields.institutionId), agreementId: positiveField(upload.fields.agreementId) },
        upload.content,
      );
      return reply.status(result.errors.length ? 422 : 200).send(result);
    },
  );
  app.get(
    '/:id',
    {
      schema: { tags, summary: 'Rincian unit kerja', params: idParams, response: { 200: unitOutSchema, ...errorResponses } },
    },
    async (req) => service.get(requireActor(req), req.params.id),
  );
  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Ubah nama atau induk unit kerja',
        params: idParams,
        body: updateUnitSchema,
        response: { 200: unitOutSchema, ...errorResponses },
      },
    },
    async (req) => service.update(requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/:id/close',
    {
      schema: {
        tags,
        summary: 'Tutup unit kerja mulai suatu tanggal (tidak menerima pegawai baru sejak tanggal itu)',
        params: idParams,
        body: closeUnitSchema,
        response: { 200: unitOutSchema, ...errorResponses },
      },
    },
    async (req) => service.close(requireActor(req), req.params.id, req.body),
  );
};
