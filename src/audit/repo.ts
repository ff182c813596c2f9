/** The append-only audit log. Written inside the same transaction as the change it records. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { entityInstitution } from './owner.ts';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  /** The institution the entry is about; default: the one its entity belongs to (src/audit/owner.ts), else the actor's. */
  institutionId?: number | null;
}

export async function recordAudit(trx: Kysely<DB>, actor: Actor, entry: AuditEntry): Promise<void> {
  const institutionId = entry.institutionId ?? (await entityInstitution(trx, entry.entityType, entry.entityId)) ?? actor.institutionId;
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
      institution_id: institutionId,
    })
    .execute();
}

export interface AuditQuery {
  /** Only entries of this institution or by its users; undefined = every entry. */
  institutionId?: number | undefined;
  actorUserId?: number | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  /** Only entries about these entity types; undefined = all. */
  entityTypes?: readonly string[] | undefined;
  entityId?: string | undefined;
  /** Instants (ISO), from inclusive, to exclusive. */
  fromAt?: string | undefined;
  toAt?: string | undefined;
  limit: number;
  offset: number;
}

export async function listAudit(db: Kysely<DB>, q: AuditQuery) {
  let query = db.selectFrom('audit_log as a').leftJoin('users as u', 'u.id', 'a.actor_user_id');
  if (q.institutionId !== undefined) {
    const own = q.institutionId;
    query = query.where((eb) => eb.or([eb('a.institution_id', '=', own), eb('u.institution_id', '=', own)]));
  }
  if (q.actorUserId) query = query.where('a.actor_user_id', '=', q.actorUserId);
  if (q.action) query = query.where('a.action', '=', q.action);
  if (q.entityType) query = query.where('a.entity_type', '=', q.entityType);
  if (q.entityTypes) query = query.where('a.entity_type', 'in', q.entityTypes.length ? [...q.entityTypes] : ['-']);
  if (q.entityId) query = query.where('a.entity_id', '=', q.entityId);
  if (q.fromAt) query = query.where('a.at', '>=', q.fromAt);
  if (q.toAt) query = query.where('a.at', '<', q.toAt);
  const rows = await query
    .selectAll('a')
    .select(['u.full_name as actor_name'])
    .orderBy('a.id', 'desc')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return { rows, total: Number(total) };
}
