/** The append-only audit log. Written inside the same transaction as the change it records. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { ownerSource } from './owner.ts';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  /** The institution the entry is about; default: the one its entity belongs to (src/audit/owner.ts), else the actor's. */
  institutionId?: number | null;
}

async function governmentOfAgreement(db: Kysely<DB>, agreementId: number | undefined): Promise<number | null> {
  if (agreementId === undefined) return null;
  const row = await db.selectFrom('agreements').select('party_one_institution_id').where('id', '=', agreementId).executeTakeFirst();
  return row?.party_one_institution_id ?? null;
}

/** The institution an entity belongs to (the rule: ./owner.ts); null when it belongs to none or is not found. */
export async function entityInstitution(db: Kysely<DB>, entityType: string, entityId: string | number): Promise<number | null> {
  const source = ownerSource(entityType, entityId);
  if (!source) return null;
  switch (source.via) {
    case 'agreement':
      return governmentOfAgreement(db, source.agreementId);
    case 'row_agreement': {
      const row = await db.selectFrom(source.table).select('agreement_id').where('id', '=', source.id).executeTakeFirst();
      return governmentOfAgreement(db, row?.agreement_id);
    }
    case 'follow_up': {
      const row = await db
        .selectFrom('follow_ups as f')
        .innerJoin('forum_meetings as m', 'm.id', 'f.meeting_id')
        .select('m.agreement_id')
        .where('f.id', '=', source.id)
        .executeTakeFirst();
      return governmentOfAgreement(db, row?.agreement_id);
    }
    case 'institution':
      return (await db.selectFrom('institutions').select('id').where('id', '=', source.id).executeTakeFirst())?.id ?? null;
    case 'row_institution':
      return (await db.selectFrom(source.table).select('institution_id').where('id', '=', source.id).executeTakeFirst())?.institution_id ?? null;
    case 'api_token':
      return (
        (
          await db
            .selectFrom('api_tokens as t')
            .innerJoin('users as u', 'u.id', 't.user_id')
            .select('u.institution_id')
            .where('t.id', '=', source.id)
            .executeTakeFirst()
        )?.institution_id ?? null
      );
  }
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
  const rows = await query.selectAll('a').select(['u.full_name as actor_name']).orderBy('a.id', 'desc').limit(q.limit).offset(q.offset).execute();
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return { rows, total: Number(total) };
}
