/** The append-only audit log. Written inside the same transaction as the change it records. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(trx: Kysely<DB>, actor: Actor, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      at: new Date().toISOString(),
      actor_user_id: actor.userId,
      actor_label: actor.label,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: String(entry.entityId),
      before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
      after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

export interface AuditQuery {
  entityType?: string | undefined;
  entityId?: string | undefined;
  limit: number;
  offset: number;
  /** Scope (src/core/scope.ts): entries made by these users only; undefined = all. */
  actorUserIds?: number[] | undefined;
}

export async function listAudit(db: Kysely<DB>, q: AuditQuery) {
  let query = db.selectFrom('audit_log');
  if (q.entityType) query = query.where('entity_type', '=', q.entityType);
  if (q.entityId) query = query.where('entity_id', '=', q.entityId);
  if (q.actorUserIds) query = query.where('actor_user_id', 'in', q.actorUserIds.length ? q.actorUserIds : [-1]);
  const rows = await query.selectAll().orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute();
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return { rows, total: Number(total) };
}
