/** The audit log, read-only: GET /api/v1/audit (filters, labels, changed fields) and /audit.xlsx. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routesOf } from '../http/route.ts';
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
  const route = routesOf(app, ['Jejak audit (audit)']);
  route.get(
    '/',
    {
      summary: 'Jejak audit: siapa, kapan, tindakan apa, sebelum/sesudah (admin: instansinya)',
      querystring: auditFilterSchema,
      ok: z.object({ items: z.array(entrySchema), total: z.number() }),
    },
    (actor, req) => service.list(actor, req.query),
  );

  route.get(
    '/labels',
    {
      summary: 'Label tindakan dan entitas (Bahasa/English) untuk penyaring',
      ok: z.object({ actions: z.record(z.string(), labelSchema), entities: z.record(z.string(), labelSchema) }),
    },
    () => ({ actions: ACTION_LABELS, entities: ENTITY_LABELS }),
  );

  route.download(
    '/export.xlsx',
    { summary: 'Jejak audit tersaring sebagai XLSX', querystring: auditFilterSchema.omit({ limit: true, offset: true }) },
    async (actor, req) => ({ name: 'jejak-audit.xlsx', content: await service.exportXlsx(actor, req.query) }),
  );
};
