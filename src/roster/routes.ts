/** Employees under /api/v1/employees. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../http/common.ts';
import { pageOf, routesOf } from '../http/route.ts';
import type { RosterService } from './service.ts';
import { employeeDetailSchema, employeeInputSchema, employeeOutSchema, employeeUpdateSchema, endEmployeeSchema, listEmployeesQuery } from './schemas.ts';

export const rosterRoutes: FastifyPluginAsyncZod<{ service: RosterService }> = async (app, { service }) => {
  const route = routesOf(app, ['Pegawai (roster)']);

  route.get(
    '/',
    {
      summary: 'Daftar pegawai (cari, urut, halaman)',
      querystring: listEmployeesQuery,
      ok: pageOf(employeeOutSchema),
    },
    (actor, req) => service.list(actor, req.query),
  );

  route.post('/', { summary: 'Tambah pegawai', body: employeeInputSchema, created: employeeOutSchema }, (actor, req) => service.create(actor, req.body));

  route.get('/:id', { summary: 'Rincian pegawai dengan riwayat', params: idParams, ok: employeeDetailSchema }, (actor, req) =>
    service.get(actor, req.params.id),
  );

  route.patch(
    '/:id',
    { summary: 'Ubah data pegawai (pindah unit, jabatan, …)', params: idParams, body: employeeUpdateSchema, ok: employeeOutSchema },
    (actor, req) => service.update(actor, req.params.id, req.body),
  );

  route.post('/:id/end', { summary: 'Akhiri kepegawaian (tidak dihapus)', params: idParams, body: endEmployeeSchema, ok: employeeOutSchema }, (actor, req) =>
    service.end(actor, req.params.id, req.body),
  );

  route.post('/:id/reactivate', { summary: 'Aktifkan kembali pegawai', params: idParams, ok: employeeOutSchema }, (actor, req) =>
    service.reactivate(actor, req.params.id),
  );
};
