/** Monitoring over HTTP under /api/v1/monitoring: dashboard, unprotected list, registers. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../http/common.ts';
import { listOf, routesOf } from '../http/route.ts';
import { isoDate } from '../core/validation.ts';
import type { Dashboard } from './dashboard.ts';
import type { Registers } from './registers.ts';
import type { createReminders } from './reminders.ts';
import type { createMeReport } from './me-report.ts';
import {
  activityOutSchema,
  createdSchema,
  dashboardSchema,
  disputeOutSchema,
  forceMajeureOutSchema,
  meetingOutSchema,
  okSchema,
  reminderSchema,
  unprotectedListSchema,
} from './answers.ts';
import {
  activitySchema,
  disputeSchema,
  disputeStepSchema,
  forceMajeureSchema,
  meetingSchema,
  noticeSchema,
  resolveSchema,
  unprotectedQuery,
} from './schemas.ts';

const agreementQuery = z.object({ agreementId: z.coerce.number().int().positive() });

export const monitoringRoutes: FastifyPluginAsyncZod<{
  dashboard: Dashboard;
  registers: Registers;
  reminders: ReturnType<typeof createReminders>;
  meReport: ReturnType<typeof createMeReport>;
}> = async (app, { dashboard, registers, reminders, meReport }) => {
  const route = routesOf(app, ['Monitoring dan evaluasi (monitoring)']);

  route.get(
    '/dashboard',
    {
      summary: 'Angka-angka perjanjian: cakupan, yang tidak terlindungi, iuran, tunggakan, tindak lanjut',
      querystring: agreementQuery.extend({ date: isoDate('Tanggal').optional() }),
      ok: dashboardSchema,
    },
    (actor, req) => dashboard.figures(actor, req.query.agreementId, req.query.date),
  );

  route.get(
    '/unprotected',
    {
      summary: 'Pegawai yang tidak terlindungi pada suatu tanggal dan alasannya, per halaman, dengan jumlahnya per alasan',
      querystring: agreementQuery.extend(unprotectedQuery.shape),
      ok: unprotectedListSchema,
    },
    (actor, req) => dashboard.unprotected(actor, req.query.agreementId, req.query),
  );

  route.download(
    '/report',
    {
      summary: 'Laporan monev untuk periode (2023-Q2, 2023-05, 2023) sebagai PDF atau XLSX',
      querystring: agreementQuery.extend({ period: z.string().max(10), format: z.enum(['pdf', 'xlsx']).default('pdf') }),
    },
    async (actor, req) => {
      const { agreementId, period, format } = req.query;
      const content = format === 'xlsx' ? await meReport.xlsx(actor, agreementId, period) : await meReport.pdf(actor, agreementId, period);
      return { name: `laporan-monev-${period}.${format}`, content };
    },
  );

  route.get(
    '/reminders',
    {
      summary: 'Pengingat: perjanjian berakhir, tagihan jatuh tempo, batas pemberitahuan force majeure, tindak lanjut forum',
      querystring: agreementQuery.partial(),
      ok: listOf(reminderSchema),
    },
    async (actor, req) => ({ items: await reminders.list(actor, req.query.agreementId) }),
  );

  route.get('/activities', { summary: 'Kegiatan sosialisasi dan edukasi', querystring: agreementQuery, ok: listOf(activityOutSchema) }, async (actor, req) => ({
    items: await registers.listActivities(actor, req.query.agreementId),
  }));
  route.post(
    '/activities',
    { summary: 'Catat kegiatan sosialisasi/edukasi', body: activitySchema, created: createdSchema, bodyLimit: 32 * 1024 * 1024 },
    (actor, req) => registers.addActivity(actor, req.body),
  );

  route.get(
    '/meetings',
    { summary: 'Rapat forum koordinasi dengan tindak lanjut', querystring: agreementQuery, ok: listOf(meetingOutSchema) },
    async (actor, req) => ({ items: await registers.listMeetings(actor, req.query.agreementId) }),
  );
  route.post('/meetings', { summary: 'Catat rapat forum koordinasi', body: meetingSchema, created: createdSchema }, (actor, req) =>
    registers.addMeeting(actor, req.body),
  );
  route.post(
    '/follow-ups/:id/done',
    { summary: 'Tandai tindak lanjut selesai', params: idParams, body: z.object({ doneOn: isoDate('Tanggal selesai') }), ok: okSchema },
    async (actor, req) => {
      await registers.completeFollowUp(actor, req.params.id, req.body.doneOn);
      return { ok: true as const };
    },
  );

  route.get(
    '/force-majeure',
    { summary: 'Kejadian force majeure (Pasal 9)', querystring: agreementQuery, ok: listOf(forceMajeureOutSchema) },
    async (actor, req) => ({
      items: await registers.listForceMajeure(actor, req.query.agreementId),
    }),
  );
  route.post('/force-majeure', { summary: 'Catat kejadian force majeure', body: forceMajeureSchema, created: forceMajeureOutSchema }, (actor, req) =>
    registers.addForceMajeure(actor, req.body),
  );
  route.post(
    '/force-majeure/:id/notice',
    { summary: 'Catat pemberitahuan tertulis (batas 7 hari kalender)', params: idParams, body: noticeSchema, ok: forceMajeureOutSchema },
    (actor, req) => registers.recordNotice(actor, req.params.id, req.body),
  );
  route.post(
    '/force-majeure/:id/resolve',
    { summary: 'Catat penyelesaian secara musyawarah (Pasal 9 ayat 2)', params: idParams, body: resolveSchema, ok: forceMajeureOutSchema },
    (actor, req) => registers.resolveForceMajeure(actor, req.params.id, req.body),
  );

  route.get('/disputes', { summary: 'Perselisihan (Pasal 8)', querystring: agreementQuery, ok: listOf(disputeOutSchema) }, async (actor, req) => ({
    items: await registers.listDisputes(actor, req.query.agreementId),
  }));
  route.post('/disputes', { summary: 'Buka perselisihan (musyawarah)', body: disputeSchema, created: createdSchema }, (actor, req) =>
    registers.openDispute(actor, req.body),
  );
  route.post(
    '/disputes/:id/advance',
    { summary: 'Lanjutkan ke Pengadilan Negeri atau tutup dengan hasil', params: idParams, body: disputeStepSchema, ok: okSchema },
    async (actor, req) => {
      await registers.advanceDispute(actor, req.params.id, req.body);
      return { ok: true as const };
    },
  );
};
