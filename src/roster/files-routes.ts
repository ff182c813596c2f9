/** Roster files over HTTP: import (multipart upload → preview → commit), error report, export, template. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PassThrough } from 'node:stream';
import { readUpload } from '../http/upload.ts';
import { errorSchema, idParams } from '../http/common.ts';
import { routesOf } from '../http/route.ts';
import { listEmployeesQuery } from './schemas.ts';
import { MAX_IMPORT_BYTES, type RosterFilesService } from './files-service.ts';

const changeSchema = z.object({ field: z.string(), label: z.string(), before: z.string().nullable(), after: z.string().nullable() });
const importSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  status: z.enum(['previewed', 'committed']),
  counts: z.object({ total: z.number().int(), new: z.number().int(), changed: z.number().int(), unchanged: z.number().int(), errors: z.number().int() }),
  rows: z.array(
    z.object({
      row: z.number().int(),
      nik: z.string(),
      fullName: z.string(),
      unitCode: z.string(),
      status: z.enum(['new', 'changed', 'unchanged', 'error']),
      changes: z.array(changeSchema),
    }),
  ),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
  /** Warnings (no start date: stored as not known) and rows passed over (JUMLAH/TOTAL lines). */
  notes: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
});

export const rosterFilesRoutes: FastifyPluginAsyncZod<{ service: RosterFilesService; today: () => string }> = async (app, { service, today }) => {
  const route = routesOf(app, ['Pegawai (roster)']);

  route.post(
    '/roster/imports',
    {
      summary: 'Unggah XLSX/CSV daftar pegawai untuk pratinjau (multipart: file + unitId atau agreementId)',
      multipart: true,
      created: importSchema,
      errors: { 413: errorSchema },
      bodyLimit: MAX_IMPORT_BYTES + 1024 * 1024,
    },
    async (actor, req) => {
      const { fields, ...file } = await readUpload(req, MAX_IMPORT_BYTES);
      const num = (v: string | undefined) => (v ? Number(v) : undefined);
      return service.preview(actor, { ...file, unitId: num(fields.unitId), agreementId: num(fields.agreementId) });
    },
  );

  route.post(
    '/roster/imports/:id/commit',
    {
      summary: 'Konfirmasi impor: semua baris yang baik ditulis dalam satu transaksi',
      params: idParams,
      ok: importSchema.extend({ created: z.number().int(), updated: z.number().int() }),
    },
    (actor, req) => service.commit(actor, req.params.id),
  );

  route.download(
    '/roster/imports/:id/errors.xlsx',
    { summary: 'Laporan baris bermasalah (XLSX: Baris, Kolom, Pesan)', params: idParams },
    async (actor, req) => ({
      name: `laporan-impor-${req.params.id}.xlsx`,
      content: await service.errorReport(actor, req.params.id),
    }),
  );

  route.download('/roster/template.xlsx', { summary: 'Templat XLSX kosong untuk impor pegawai' }, async () => ({
    name: 'templat-pegawai-lindung.xlsx',
    content: await service.template(),
  }));

  route.download(
    '/employees/export',
    {
      summary: 'Ekspor daftar pegawai (XLSX atau CSV) dengan filter yang sama dengan daftar',
      querystring: listEmployeesQuery.extend({ format: z.enum(['xlsx', 'csv']).default('xlsx'), status: z.enum(['active', 'ended', 'all']).default('all') }),
    },
    async (actor, req) => {
      const { format, ...filter } = req.query;
      await service.checkExport(actor, filter);
      const stream = new PassThrough();
      const done = service.export(actor, filter, format, stream);
      done.catch((error: unknown) => stream.destroy(error as Error));
      return { name: `pegawai-${today()}.${format}`, content: stream }; // the office's day, not UTC's
    },
  );
};
