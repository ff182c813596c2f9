/** The audit log, read-only, for admins: GET /api/v1/audit. */
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { DB } from '../db/schema.ts';
import { authorize } from '../core/policy.ts';
import { auditActorScope } from '../core/scope.ts';
import { requireActor } from '../http/auth.ts';
import { errorResponses } from '../http/common.ts';
import { listAudit } from './repo.ts';

const entrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  actorUserId: z.number().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export const auditRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB> }> = async (app, { db }) => {
  app.get('/', {
    schema: {
      tags: ['Jejak audit (audit)'],
      summary: 'Jejak audit: siapa, kapan, entitas apa, sebelum/sesudah',
      querystring: z.object({
        entityType: z.string().max(50).optional(),
        entityId: z.string().max(50).optional(),
        limit: z.coerce.number().int().min(1).max(500).default(50),
        offset: z.coerce.number().int().min(0).default(0),
      }),
      response: { 200: z.object({ items: z.array(entrySchema), total: z.number() }), ...errorResponses },
    },
  }, async (req) => {
    const actor = requireActor(req);
    authorize(actor, 'audit:read');
    const { rows, total } = await listAudit(db, { ...req.query, actorUserIds: await auditActorScope(db, actor) });
    return {
      total,
      items: rows.map((r) => ({
        id: r.id,
        at: r.at,
        actor: r.actor_label,
        actorUserId: r.actor_user_id,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        before: r.before_json ? (JSON.parse(r.before_json) as unknown) : null,
        after: r.after_json ? (JSON.parse(r.after_json) as unknown) : null,
      })),
    };
  });
};
