/** SQL of field reports (issue #18). No rules here. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export async function reportByClientId(db: Kysely<DB>, clientId: string) {
  return db.selectFrom('field_reports').select(['id', 'claim_id']).where('client_id', '=', clientId).executeTakeFirst();
}

export async function insertReport(
  trx: Kysely<DB>,
  r: {
    clientId: string;
    claimId: number;
    witnesses: string;
    takenTo: string;
    latitude: string | null;
    longitude: string | null;
    accuracyM: number | null;
    savedAt: string;
    createdBy: string;
  },
): Promise<number> {
  const row = await trx
    .insertInto('field_reports')
    .values({
      client_id: r.clientId,
      claim_id: r.claimId,
      witnesses: r.witnesses,
      taken_to: r.takenTo,
      latitude: r.latitude,
      longitude: r.longitude,
      accuracy_m: r.accuracyM,
      saved_at: r.savedAt,
      created_by: r.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Who is told of a new report on an agreement: the active admins of its government and officers of its branch. */
/** The agreement a claim was filed under (the claim was just written in the same transaction). */
export async function claimAgreementId(db: Kysely<DB>, claimId: number): Promise<number> {
  const claim = await db.selectFrom('claims').select('agreement_id').where('id', '=', claimId).executeTakeFirstOrThrow();
  return claim.agreement_id;
}

export async function noticeRecipients(db: Kysely<DB>, agreementId: number): Promise<{ id: number; role: string }[]> {
  const a = await db
    .selectFrom('agreements')
    .select(['party_one_institution_id', 'party_two_institution_id'])
    .where('id', '=', agreementId)
    .executeTakeFirstOrThrow();
  return db
    .selectFrom('users')
    .select(['id', 'role'])
    .where('status', '=', 'active')
    .where((eb) =>
      eb.or([
        eb.and([eb('role', '=', 'admin'), eb('institution_id', '=', a.party_one_institution_id)]),
        eb.and([eb('role', '=', 'bpjs_officer'), eb('institution_id', '=', a.party_two_institution_id)]),
      ]),
    )
    .orderBy('id')
    .execute();
}

export async function insertNotices(trx: Kysely<DB>, reportId: number, userIds: readonly number[]): Promise<void> {
  if (userIds.length === 0) return;
  await trx
    .insertInto('field_report_notices')
    .values(userIds.map((user_id) => ({ field_report_id: reportId, user_id })))
    .execute();
}

/** A user's notices, unread first then newest, with the claim and person they are about. */
export async function noticesOf(db: Kysely<DB>, userId: number, limit = 50) {
  return db
    .selectFrom('field_report_notices as n')
    .innerJoin('field_reports as r', 'r.id', 'n.field_report_id')
    .innerJoin('claims as c', 'c.id', 'r.claim_id')
    .innerJoin('employees as e', 'e.id', 'c.employee_id')
    .innerJoin('work_units as u', 'u.id', 'e.work_unit_id')
    .select([
      'n.id',
      'n.read_at',
      'n.created_at',
      'c.id as claim_id',
      'c.agreement_id',
      'c.number',
      'c.incident_date',
      'c.incident_time',
      'c.place',
      'c.status',
      'c.stage1_reported_on',
      'e.full_name',
      'e.work_unit_id',
      'u.name as unit_name',
      'r.created_by',
    ])
    .where('n.user_id', '=', userId)
    .orderBy((eb) => eb.case().when('n.read_at', 'is', null).then(0).else(1).end())
    .orderBy('n.id', 'desc')
    .limit(limit)
    .execute();
}

/** Marks the user's own notice read; answers whether there was one. */
export async function markNoticeRead(db: Kysely<DB>, userId: number, noticeId: number, at: string): Promise<boolean> {
  const r = await db
    .updateTable('field_report_notices')
    .set({ read_at: at })
    .where('id', '=', noticeId)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) > 0) return true;
  return !!(await db.selectFrom('field_report_notices').select('id').where('id', '=', noticeId).where('user_id', '=', userId).executeTakeFirst());
}

/** The filer's full name, for the claim's "reporter". */
export async function userFullName(db: Kysely<DB>, userId: number | null): Promise<string | null> {
  if (userId === null) return null;
  return (await db.selectFrom('users').select('full_name').where('id', '=', userId).executeTakeFirst())?.full_name ?? null;
}
