/** Roster files over HTTP: import (multipart upload → preview → commit), error report, export, template. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PassThrough } from 'node:stream';
import { readUpload } from '../http/upload.ts';
import { requireActor } from '../http/auth.ts';
import { attachmentDisposition, errorResponses, idParams } from '../http/common.ts';
import { listEmployeesQuery } from './schemas.ts';
import { MAX_IMPORT_BYTES, type RosterFilesService } from './files-service.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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

const attachment = (name: string) => attachmentDisposition(name);

export const rosterFilesRoutes: FastifyPluginAsyncZod<{ service: RosterFilesService; today: () => string }> = async (app, { service, today }) => {
  const tags = ['Pegawai (roster)'];

  app.post(
    '/roster/imports',
    {
      schema: {
        tags,
        summary: 'Unggah XLSX/CSV daftar pegawai untuk pratinjau (multipart: file + unitId atau agreementId)',
        consumes: ['multipart/form-data'],
        response: { 201: importSchema, ...errorResponses, 413: errorResponses[400] },
      },
      bodyLimit: MAX_IMPORT_BYTES + 1024 * 1024,
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { fields, ...file } = await readUpload(req, MAX_IMPORT_BYTES);
      const num = (v: string | undefined) => (v ? Number(v) : undefined);
      const preview = await service.preview(actor, { ...file, unitId: num(fields.unitId), agreementId: num(fields.agreementId) });
      return reply.status(201).send(preview);
    },
  );

  app.post(
    '/roster/imports/:id/commit',
    {
      schema: {
        tags,
        summary: 'Konfirmasi impor: semua baris yang baik ditulis dalam satu transaksi',
        params: idParams,
        response: { 200: importSchema.extend({ created: z.number().int(), updated: z.number().int() }), ...errorResponses },
      },
    },
    async (req) => service.commit(requireActor(req), req.params.id),
  );

  app.get(
    '/roster/imports/:id/errors.xlsx',
    {
      schema: { tags, summary: 'Laporan baris bermasalah (XLSX: Baris, Kolom, Pesan)', params: idParams },
    },
    async (req, reply) => {
      const buffer = await service.errorReport(requireActor(req), req.params.id);
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', attachment(`laporan-impor-${req.params.id}.xlsx`))
        .send(buffer);
    },
  );

  app.get(
    '/roster/template.xlsx',
    {
      schema: { tags, summary: 'Templat XLSX kosong untuk impor pegawai' },
    },
    async (req, reply) => {
      requireActor(req);
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', attachment('templat-pegawai-lindung.xlsx'))
        .send(await service.template());
    },
  );

  app.get(
    '/employees/export',
    {
      schema: {
        tags,
        summary: 'Ekspor daftar pegawai (XLSX atau CSV) dengan filter yang sama dengan daftar',
        querystring: listEmployeesQuery.extend({ format: z.enum(['xlsx', 'csv']).default('xlsx'), status: z.enum(['active', 'ended', 'all']).default('all') }),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { format, ...filter } = req.query;
      await service.checkExport(actor, filter);
      const stream = new PassThrough();
      const done = service.export(actor, filter, format, stream);
      done.catch((error: unknown) => stream.destroy(error as Error));
      const stamp = today(); // the office's day, not UTC's
      return reply
        .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_MIME)
        .header('content-disposition', attachment(`pegawai-${stamp}.${format}`))
        .send(stream);
    },
  );
};
