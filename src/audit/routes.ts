/** The audit log, read-only: GET /api/v1/audit (filters, labels, changed fields) and /audit.xlsx. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../http/auth.ts';
import { errorResponses } from '../http/common.ts';
import { auditFilterSchema, type AuditService } from './service.ts';
import { ACTION_LABELS, ENTITY_LABELS } from './labels.ts';

const labelSchema = z.object({ id: z.string(), en: z.string() });
const entrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  actorName: z.string().nullable(),
  actorUserId: z.number().nullable(),
  action: z.string(),
  actionLabel: labelSchema,
  entityType: z.string(),
  entityLabel: labelSchema,
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  changes: z.array(z.object({ field: z.string(), label: labelSchema, before: z.string().nullable(), after: z.string().nullable() })),
});

export const auditRoutes: FastifyPluginAsyncZod<{ service: AuditService }> = async (app, { service }) => {
  const tags = ['Jejak audit (audit)'];
  app.get(
    '/',
    {
      schema: {
        tags,
        summary: 'Jejak audit: siapa, kapan, tindakan apa, sebelum/sesudah (admin: instansinya)',
        querystring: auditFilterSchema,
        response: { 200: z.object({ items: z.array(entrySchema), total: z.number() }), ...errorResponses },
      },
    },
    async (req) => service.list(requireActor(req), req.query),
  );

  app.get(
    '/labels',
    {
      schema: {
        tags,
        summary: 'Label tindakan dan entitas (Bahasa/English) untuk penyaring',
        response: { 200: z.object({ actions: z.record(z.string(), labelSchema), entities: z.record(z.string(), labelSchema) }), ...errorResponses },
      },
    },
    async (req) => {
      requireActor(req);
      return { actions: ACTION_LABELS, entities: ENTITY_LABELS };
    },
  );

  app.get(
    '/export.xlsx',
    {
      schema: { tags, summary: 'Jejak audit tersaring sebagai XLSX', querystring: auditFilterSchema.omit({ limit: true, offset: true }) },
    },
    async (req, reply) => {
      const buffer = await service.exportXlsx(requireActor(req), req.query);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="jejak-audit.xlsx"')
        .send(buffer);
    },
  );
};
