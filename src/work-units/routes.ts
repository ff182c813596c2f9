/** Work units under /api/v1/units. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../http/common.ts';
import { listOf, routesOf } from '../http/route.ts';
import { readUpload } from '../http/upload.ts';
import type { WorkUnitsService } from './service.ts';
import { closeUnitSchema, createUnitSchema, unitImportResultSchema, unitOutSchema, updateUnitSchema } from './schemas.ts';
import { unitSheetXlsx } from './import.ts';

const positiveField = (value: string | undefined) => (value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined);

export const workUnitsRoutes: FastifyPluginAsyncZod<{ service: WorkUnitsService }> = async (app, { service }) => {
  const route = routesOf(app, ['Unit kerja (work units)']);
  route.get(
    '/',
    {
      summary: 'Daftar unit kerja (OPD)',
      querystring: z.object({ institutionId: z.coerce.number().int().positive().optional(), agreementId: z.coerce.number().int().positive().optional() }),
      ok: listOf(unitOutSchema),
    },
    async (actor, req) => ({ items: await service.list(actor, req.query) }),
  );
  route.post('/', { summary: 'Tambah unit kerja', body: createUnitSchema, created: unitOutSchema }, (actor, req) => service.create(actor, req.body));
  route.download('/template.xlsx', { summary: 'Templat XLSX impor unit kerja (Kode Unit, Nama Unit, Kode Induk)' }, async () => ({
    name: 'templat-unit-kerja.xlsx',
    content: await unitSheetXlsx(),
  }));
  route.post(
    '/import',
    {
      summary: 'Impor unit kerja dari XLSX (multipart: file + institutionId atau agreementId); semua atau tidak sama sekali',
      multipart: true,
      ok: unitImportResultSchema,
      errors: { 422: unitImportResultSchema },
      status: (result) => (result.errors.length ? 422 : 200),
    },
    async (actor, req) => {
      const upload = await readUpload(req, 5 * 1024 * 1024);
      return service.importXlsx(
        actor,
        { institutionId: positiveField(upload.fields.institutionId), agreementId: positiveField(upload.fields.agreementId) },
        upload.content,
      );
    },
  );
  route.get('/:id', { summary: 'Rincian unit kerja', params: idParams, ok: unitOutSchema }, (actor, req) => service.get(actor, req.params.id));
  route.patch('/:id', { summary: 'Ubah nama atau induk unit kerja', params: idParams, body: updateUnitSchema, ok: unitOutSchema }, (actor, req) =>
    service.update(actor, req.params.id, req.body),
  );
  route.post(
    '/:id/close',
    {
      summary: 'Tutup unit kerja mulai suatu tanggal (tidak menerima pegawai baru sejak tanggal itu)',
      params: idParams,
      body: closeUnitSchema,
      ok: unitOutSchema,
    },
    (actor, req) => service.close(actor, req.params.id, req.body),
  );
};
