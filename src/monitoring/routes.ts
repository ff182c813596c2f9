/** Monitoring over HTTP under /api/v1/monitoring: dashboard, unprotected list, registers. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../http/auth.ts';
import { attachmentDisposition, errorResponses, idParams } from '../http/common.ts';
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

/** A route's answers: `ok` with 200, the error envelope otherwise. */
const answers = <T extends z.ZodType>(ok: T) => ({ 200: ok, ...errorResponses });
const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

const agreementQuery = z.object({ agreementId: z.coerce.number().int().positive() });

export const monitoringRoutes: FastifyPluginAsyncZod<{
  dashboard: Dashboard;
  registers: Registers;
  reminders: ReturnType<typeof createReminders>;
  meReport: ReturnType<typeof createMeReport>;
}> = async (app, { dashboard, registers, reminders, meReport }) => {
  const tags = ['Monitoring dan evaluasi (monitoring)'];

  app.get(
    '/dashboard',
    {
      schema: {
        tags,
        summary: 'Angka-angka perjanjian: cakupan, yang tidak terlindungi, iuran, tunggakan, tindak lanjut',
        querystring: agreementQuery.extend({ date: isoDate('Tanggal').optional() }),
        response: answers(dashboardSchema),
      },
    },
    async (req) => dashboard.figures(requireActor(req), req.query.agreementId, req.query.date),
  );

  app.get(
    '/unprotected',
    {
      schema: {
        tags,
        summary: 'Pegawai yang tidak terlindungi pada suatu tanggal dan alasannya, per halaman, dengan jumlahnya per alasan',
        querystring: agreementQuery.extend(unprotectedQuery.shape),
        response: answers(unprotectedListSchema),
      },
    },
    async (req) => dashboard.unprotected(requireActor(req), req.query.agreementId, req.query),
  );

  app.get(
    '/report',
    {
      schema: {
        tags,
        summary: 'Laporan monev untuk periode (2023-Q2, 2023-05, 2023) sebagai PDF atau XLSX',
        querystring: agreementQuery.extend({ period: z.string().max(10), format: z.enum(['pdf', 'xlsx']).default('pdf') }),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { agreementId, period, format } = req.query;
      const content = format === 'xlsx' ? await meReport.xlsx(actor, agreementId, period) : await meReport.pdf(actor, agreementId, period);
      return reply
        .header('content-type', format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf')
        .header('content-disposition', attachmentDisposition(`laporan-monev-${period}.${format}`))
        .send(content);
    },
  );

  app.get(
    '/reminders',
    {
      schema: {
        tags,
        summary: 'Pengingat: perjanjian berakhir, tagihan jatuh tempo, batas pemberitahuan force majeure, tindak lanjut forum',
        querystring: agreementQuery.partial(),
        response: answers(listOf(reminderSchema)),
      },
    },
    async (req) => ({ items: await reminders.list(requireActor(req), req.query.agreementId) }),
  );

  app.get(
    '/activities',
    { schema: { tags, summary: 'Kegiatan sosialisasi dan edukasi', querystring: agreementQuery, response: answers(listOf(activityOutSchema)) } },
    async (req) => ({ items: await registers.listActivities(requireActor(req), req.query.agreementId) }),
  );
  app.post(
    '/activities',
    {
      schema: { tags, summary: 'Catat kegiatan sosialisasi/edukasi', body: activitySchema, response: { 201: createdSchema, ...errorResponses } },
      bodyLimit: 32 * 1024 * 1024,
    },
    async (req, reply) => reply.status(201).send(await registers.addActivity(requireActor(req), req.body)),
  );

  app.get(
    '/meetings',
    { schema: { tags, summary: 'Rapat forum koordinasi dengan tindak lanjut', querystring: agreementQuery, response: answers(listOf(meetingOutSchema)) } },
    async (req) => ({ items: await registers.listMeetings(requireActor(req), req.query.agreementId) }),
  );
  app.post(
    '/meetings',
    { schema: { tags, summary: 'Catat rapat forum koordinasi', body: meetingSchema, response: { 201: createdSchema, ...errorResponses } } },
    async (req, reply) => reply.status(201).send(await registers.addMeeting(requireActor(req), req.body)),
  );
  app.post(
    '/follow-ups/:id/done',
    {
      schema: {
        tags,
        summary: 'Tandai tindak lanjut selesai',
        params: idParams,
        body: z.object({ doneOn: isoDate('Tanggal selesai') }),
        response: answers(okSchema),
      },
    },
    async (req) => {
      await registers.completeFollowUp(requireActor(req), req.params.id, req.body.doneOn);
      return { ok: true as const };
    },
  );

  app.get(
    '/force-majeure',
    { schema: { tags, summary: 'Kejadian force majeure (Pasal 9)', querystring: agreementQuery, response: answers(listOf(forceMajeureOutSchema)) } },
    async (req) => ({ items: await registers.listForceMajeure(requireActor(req), req.query.agreementId) }),
  );
  app.post(
    '/force-majeure',
    { schema: { tags, summary: 'Catat kejadian force majeure', body: forceMajeureSchema, response: { 201: forceMajeureOutSchema, ...errorResponses } } },
    async (req, reply) => reply.status(201).send(await registers.addForceMajeure(requireActor(req), req.body)),
  );
  app.post(
    '/force-majeure/:id/notice',
    {
      schema: {
        tags,
        summary: 'Catat pemberitahuan tertulis (batas 7 hari kalender)',
        params: idParams,
        body: noticeSchema,
        response: answers(forceMajeureOutSchema),
      },
    },
    async (req) => registers.recordNotice(requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/force-majeure/:id/resolve',
    {
      schema: {
        tags,
        summary: 'Catat penyelesaian secara musyawarah (Pasal 9 ayat 2)',
        params: idParams,
        body: resolveSchema,
        response: answers(forceMajeureOutSchema),
      },
    },
    async (req) => registers.resolveForceMajeure(requireActor(req), req.params.id, req.body),
  );

  app.get(
    '/disputes',
    { schema: { tags, summary: 'Perselisihan (Pasal 8)', querystring: agreementQuery, response: answers(listOf(disputeOutSchema)) } },
    async (req) => ({ items: await registers.listDisputes(requireActor(req), req.query.agreementId) }),
  );
  app.post(
    '/disputes',
    { schema: { tags, summary: 'Buka perselisihan (musyawarah)', body: disputeSchema, response: { 201: createdSchema, ...errorResponses } } },
    async (req, reply) => reply.status(201).send(await registers.openDispute(requireActor(req), req.body)),
  );
  app.post(
    '/disputes/:id/advance',
    {
      schema: {
        tags,
        summary: 'Lanjutkan ke Pengadilan Negeri atau tutup dengan hasil',
        params: idParams,
        body: disputeStepSchema,
        response: answers(okSchema),
      },
    },
    async (req) => {
      await registers.advanceDispute(requireActor(req), req.params.id, req.body);
      return { ok: true as const };
    },
  );
};
