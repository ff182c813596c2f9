/** SQL of monitoring: the dashboard's sums and the registers (outreach, forum, force majeure, disputes). Queries only: no rules, no scope. */
import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { ActivitiesTable, DB, DisputesTable, ForceMajeureEventsTable, ForumMeetingsTable } from '../db/schema.ts';

type Db = Kysely<DB>;

export const agreementSigning = (db: Db, id: number) => db.selectFrom('agreements').select(['id', 'signed_on']).where('id', '=', id).executeTakeFirst();

export const activitiesOf = (db: Db, agreementId: number) =>
  db.selectFrom('activities').selectAll().where('agreement_id', '=', agreementId).orderBy('held_on', 'desc').execute();
export const existingUnitIds = async (db: Db, ids: readonly number[]) =>
  (
    await db
      .selectFrom('work_units')
      .select('id')
      .where('id', 'in', [...ids])
      .execute()
  ).map((u) => u.id);
export const insertFile = async (db: Db, file: { name: string; mime: string; size: number; sha256: string; content: Buffer }) =>
  (await db.insertInto('files').values(file).returning('id').executeTakeFirstOrThrow()).id;
export const insertActivity = async (db: Db, row: Insertable<ActivitiesTable>) =>
  (await db.insertInto('activities').values(row).returning('id').executeTakeFirstOrThrow()).id;

export const meetingsOf = (db: Db, agreementId: number) =>
  db.selectFrom('forum_meetings').selectAll().where('agreement_id', '=', agreementId).orderBy('held_on', 'desc').execute();
export const followUpsOf = (db: Db, meetingIds: readonly number[]) =>
  meetingIds.length
    ? db
        .selectFrom('follow_ups')
        .selectAll()
        .where('meeting_id', 'in', [...meetingIds])
        .orderBy('due_on')
        .execute()
    : Promise.resolve([]);
export const insertMeeting = async (db: Db, row: Insertable<ForumMeetingsTable>) =>
  (await db.insertInto('forum_meetings').values(row).returning('id').executeTakeFirstOrThrow()).id;
export async function insertFollowUps(db: Db, meetingId: number, items: readonly { action: string; owner: string; dueOn: string }[]): Promise<void> {
  if (items.length)
    await db
      .insertInto('follow_ups')
      .values(items.map((f) => ({ meeting_id: meetingId, action: f.action, owner: f.owner, due_on: f.dueOn, done_on: null })))
      .execute();
}
export const followUp = (db: Db, id: number) => db.selectFrom('follow_ups').selectAll().where('id', '=', id).executeTakeFirst();
export const meetingAgreement = (db: Db, meetingId: number) =>
  db.selectFrom('forum_meetings').select('agreement_id').where('id', '=', meetingId).executeTakeFirst();
export const setFollowUpDone = async (db: Db, id: number, doneOn: string) =>
  void (await db.updateTable('follow_ups').set({ done_on: doneOn }).where('id', '=', id).execute());

export const forceMajeureOf = (db: Db, agreementId: number) =>
  db.selectFrom('force_majeure_events').selectAll().where('agreement_id', '=', agreementId).orderBy('event_date', 'desc').execute();
export const forceMajeureEvent = (db: Db, id: number) => db.selectFrom('force_majeure_events').selectAll().where('id', '=', id).executeTakeFirst();
export const insertForceMajeure = async (db: Db, row: Insertable<ForceMajeureEventsTable>) =>
  (await db.insertInto('force_majeure_events').values(row).returning('id').executeTakeFirstOrThrow()).id;
export const updateForceMajeure = async (db: Db, id: number, patch: Updateable<ForceMajeureEventsTable>) =>
  void (await db.updateTable('force_majeure_events').set(patch).where('id', '=', id).execute());

export const disputesOf = (db: Db, agreementId: number) =>
  db.selectFrom('disputes').selectAll().where('agreement_id', '=', agreementId).orderBy('opened_on', 'desc').execute();
export const dispute = (db: Db, id: number) => db.selectFrom('disputes').selectAll().where('id', '=', id).executeTakeFirst();
export const insertDispute = async (db: Db, row: Insertable<DisputesTable>) =>
  (await db.insertInto('disputes').values(row).returning('id').executeTakeFirstOrThrow()).id;
export const updateDispute = async (db: Db, id: number, patch: Updateable<DisputesTable>) =>
  void (await db.updateTable('disputes').set(patch).where('id', '=', id).execute());

/** The agreements owning these bills (a renewal's boundary month may be billed under the predecessor). */
export const billOwners = async (db: Db, billIds: readonly number[]) =>
  billIds.length
    ? (
        await db
          .selectFrom('bills')
          .select('agreement_id')
          .distinct()
          .where('id', 'in', [...billIds])
          .execute()
      ).map((b) => b.agreement_id)
    : [];

/** Claims counted and their approved totals by program and status (one unit's when given). */
export const claimsByProgramAndStatus = (db: Db, agreementId: number, unitId?: number) =>
  db
    .selectFrom('claims as c')
    .innerJoin('employees as e', 'e.id', 'c.employee_id')
    .select(['c.program', 'c.status', sql<number>`count(*)`.as('n'), sql<number>`coalesce(sum(c.approved_total), 0)`.as('approved')])
    .where('c.agreement_id', '=', agreementId)
    .$if(!!unitId, (q) => q.where('e.work_unit_id', '=', unitId!))
    .groupBy(['c.program', 'c.status'])
    .orderBy('c.program')
    .orderBy('c.status')
    .execute();

/** What was paid on claims, by program and status (one unit's when given). */
export const claimPaymentsByProgramAndStatus = (db: Db, agreementId: number, unitId?: number) =>
  db
    .selectFrom('claim_payments as p')
    .innerJoin('claims as c', 'c.id', 'p.claim_id')
    .innerJoin('employees as e', 'e.id', 'c.employee_id')
    .select(['c.program', 'c.status', sql<number>`sum(p.amount)`.as('paid')])
    .where('c.agreement_id', '=', agreementId)
    .$if(!!unitId, (q) => q.where('e.work_unit_id', '=', unitId!))
    .groupBy(['c.program', 'c.status'])
    .execute();

/** Agreements with the dates reminders need and the id of a successor, if any (only `ids` when given). */
export const agreementsForReminders = (db: Db, ids?: readonly number[]) => {
  let q = db
    .selectFrom('agreements')
    .select(['id', 'number_party_one', 'signed_on', 'starts_on', 'duration_months', 'terminated_on'])
    .select((eb) => eb.selectFrom('agreements as s').select('s.id').whereRef('s.predecessor_id', '=', 'agreements.id').as('successor_id'));
  if (ids) q = q.where('id', 'in', ids.length ? [...ids] : [-1]);
  return q.execute();
};
