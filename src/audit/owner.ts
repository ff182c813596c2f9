/**
 * Whose an audit entry is: the institution its entity belongs to, so the entry is read by that
 * institution's admin whoever made the change (the CLI, the branch's officer on the regency's claim).
 * Rows under an agreement belong to its government (party one); an employee, unit or import to its
 * government; a user or API token to the user's institution; an institution to itself. A holiday
 * (the installation's calendar) belongs to nobody.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

type Db = Kysely<DB>;

/** Entity types kept in a table with an `agreement_id`. */
const UNDER_AGREEMENT = {
  bill: 'bills',
  claim: 'claims',
  enrolment_batch: 'enrolment_batches',
  participant: 'participants',
  activity: 'activities',
  forum_meeting: 'forum_meetings',
  force_majeure: 'force_majeure_events',
  dispute: 'disputes',
} as const;

async function governmentOfAgreement(db: Db, agreementId: number | undefined): Promise<number | null> {
  if (agreementId === undefined) return null;
  const row = await db.selectFrom('agreements').select('party_one_institution_id').where('id', '=', agreementId).executeTakeFirst();
  return row?.party_one_institution_id ?? null;
}

/** The institution an entity belongs to; null when it belongs to none or is not found. */
export async function entityInstitution(db: Db, entityType: string, entityId: string | number): Promise<number | null> {
  const id = Number(entityId);
  if (!Number.isSafeInteger(id)) return null;
  if (entityType in UNDER_AGREEMENT) {
    const table = UNDER_AGREEMENT[entityType as keyof typeof UNDER_AGREEMENT];
    const row = await db.selectFrom(table).select('agreement_id').where('id', '=', id).executeTakeFirst();
    return governmentOfAgreement(db, row?.agreement_id);
  }
  switch (entityType) {
    case 'agreement':
      return governmentOfAgreement(db, id);
    case 'follow_up': {
      const row = await db.selectFrom('follow_ups as f').innerJoin('forum_meetings as m', 'm.id', 'f.meeting_id').select('m.agreement_id').where('f.id', '=', id).executeTakeFirst();
      return governmentOfAgreement(db, row?.agreement_id);
    }
    case 'institution':
      return (await db.selectFrom('institutions').select('id').where('id', '=', id).executeTakeFirst())?.id ?? null;
    case 'work_unit':
      return (await db.selectFrom('work_units').select('institution_id').where('id', '=', id).executeTakeFirst())?.institution_id ?? null;
    case 'employee':
      return (await db.selectFrom('employees').select('institution_id').where('id', '=', id).executeTakeFirst())?.institution_id ?? null;
    case 'roster_import':
      return (await db.selectFrom('roster_imports').select('institution_id').where('id', '=', id).executeTakeFirst())?.institution_id ?? null;
    case 'user':
      return (await db.selectFrom('users').select('institution_id').where('id', '=', id).executeTakeFirst())?.institution_id ?? null;
    case 'api_token':
      return (await db.selectFrom('api_tokens as t').innerJoin('users as u', 'u.id', 't.user_id').select('u.institution_id').where('t.id', '=', id).executeTakeFirst())?.institution_id ?? null;
    default:
      return null;
  }
}
