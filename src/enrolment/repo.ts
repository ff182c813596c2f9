/** SQL for enrolment batches, participants, their events and cards. No rules here. */
import { containsText } from '../db/like.ts';
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, EnrolmentBatchesTable, ParticipantsTable, ParticipantStatus } from '../db/schema.ts';
import type { ListParticipantsQuery } from './schemas.ts';

type Tx = Kysely<DB>;

function participantsWithPeople(db: Tx) {
  return db
    .selectFrom('participants as p')
    .innerJoin('employees as e', 'e.id', 'p.employee_id')
    .innerJoin('work_units as u', 'u.id', 'e.work_unit_id')
    .innerJoin('enrolment_batches as b', 'b.id', 'p.batch_id')
    .select([
      'p.id',
      'p.agreement_id',
      'p.employee_id',
      'p.batch_id',
      'p.status',
      'p.kpj',
      'p.registered_on',
      'p.rejection_reason',
      'p.deactivated_on',
      'p.deactivation_reason',
      'p.card_token',
      'p.card_issued_at',
      'e.nik',
      'e.full_name',
      'e.sex',
      'e.birth_date',
      'e.birth_place',
      'e.start_date',
      'e.work_unit_id',
      'u.code as unit_code',
      'u.name as unit_name',
      'b.number as batch_number',
    ]);
}

export type ParticipantRecord = NonNullable<Awaited<ReturnType<typeof getParticipant>>>;

export async function getParticipant(db: Tx, id: number) {
  return participantsWithPeople(db).where('p.id', '=', id).executeTakeFirst();
}

export async function findParticipantByToken(db: Tx, token: string) {
  return participantsWithPeople(db).where('p.card_token', '=', token).executeTakeFirst();
}

export async function listParticipants(
  db: Tx,
  q: ListParticipantsQuery & { scopeUnitId?: number | undefined; scopeAgreementIds?: number[] | null | undefined },
) {
  let query = participantsWithPeople(db);
  if (q.scopeAgreementIds) query = query.where('p.agreement_id', 'in', q.scopeAgreementIds.length ? q.scopeAgreementIds : [-1]);
  if (q.agreementId) query = query.where('p.agreement_id', '=', q.agreementId);
  if (q.batchId) query = query.where('p.batch_id', '=', q.batchId);
  if (q.unitId) query = query.where('e.work_unit_id', '=', q.unitId);
  if (q.scopeUnitId) query = query.where('e.work_unit_id', '=', q.scopeUnitId);
  if (q.status) query = query.where('p.status', '=', q.status);
  if (q.q) {
    const t = q.q.toLowerCase();
    query = /^\d+$/.test(t)
      ? query.where((eb) => eb.or([eb('e.nik', 'like', `${t}%`), eb('p.kpj', 'like', `${t}%`)]))
      : query.where((eb) => containsText(eb.ref('e.full_name'), t));
  }
  const rows = await query
    .orderBy('e.full_name')
    .orderBy('p.id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  const { total } = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(total) };
}

export async function participantsOfBatch(db: Tx, batchId: number) {
  return participantsWithPeople(db).where('p.batch_id', '=', batchId).orderBy('e.full_name').execute();
}

/** Registered participants of an agreement (for reconciliation and cards). */
export async function registeredOf(db: Tx, agreementId: number, unitId?: number) {
  let q = participantsWithPeople(db).where('p.agreement_id', '=', agreementId).where('p.status', '=', 'registered');
  if (unitId) q = q.where('e.work_unit_id', '=', unitId);
  return q.orderBy('u.code').orderBy('e.full_name').execute();
}

export async function findParticipantsForEmployees(db: Tx, agreementId: number, employeeIds: number[]) {
  if (employeeIds.length === 0) return [];
  return db.selectFrom('participants').selectAll().where('agreement_id', '=', agreementId).where('employee_id', 'in', employeeIds).execute();
}

export async function submittedByNik(db: Tx, agreementId: number, niks: string[]) {
  if (niks.length === 0) return [];
  return participantsWithPeople(db).where('p.agreement_id', '=', agreementId).where('e.nik', 'in', niks).execute();
}

export async function findByKpj(db: Tx, kpjs: string[]) {
  if (kpjs.length === 0) return [];
  return db.selectFrom('participants').select(['id', 'kpj', 'employee_id']).where('kpj', 'in', kpjs).execute();
}

export async function insertParticipant(
  trx: Tx,
  row: { agreement_id: number; employee_id: number; batch_id: number; status: ParticipantStatus },
): Promise<number> {
  return (await trx.insertInto('participants').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** A draft participant taken out of its batch, with its events. */
export async function deleteParticipant(trx: Tx, id: number) {
  await trx.deleteFrom('participant_events').where('participant_id', '=', id).execute();
  await trx.deleteFrom('participants').where('id', '=', id).execute();
}

/** The row under the renewal that continues this participant (carried_from_id), if any. */
export async function continuationOf(db: Tx, participantId: number) {
  return db
    .selectFrom('participants')
    .select(['id', 'registered_on', 'deactivated_on', 'deactivation_reason'])
    .where('carried_from_id', '=', participantId)
    .executeTakeFirst();
}

export async function updateParticipant(trx: Tx, id: number, patch: Updateable<ParticipantsTable>) {
  await trx
    .updateTable('participants')
    .set({ ...patch, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
}

export async function insertEvent(
  trx: Tx,
  row: { participant_id: number; actor_label: string; from_status: ParticipantStatus | null; to_status: string; note: string | null },
) {
  await trx.insertInto('participant_events').values(row).execute();
}

export async function listEvents(db: Tx, participantId: number) {
  return db.selectFrom('participant_events').selectAll().where('participant_id', '=', participantId).orderBy('id', 'desc').execute();
}

export async function getBatch(db: Tx, id: number) {
  return db.selectFrom('enrolment_batches').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertBatch(trx: Tx, row: Insertable<EnrolmentBatchesTable>): Promise<number> {
  return (await trx.insertInto('enrolment_batches').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateBatch(trx: Tx, id: number, patch: Updateable<EnrolmentBatchesTable>) {
  await trx.updateTable('enrolment_batches').set(patch).where('id', '=', id).execute();
}

export async function listBatches(db: Tx, filter: { agreementId?: number | undefined; unitId?: number | undefined }) {
  let q = db.selectFrom('enrolment_batches').selectAll();
  if (filter.agreementId) q = q.where('agreement_id', '=', filter.agreementId);
  if (filter.unitId) q = q.where('work_unit_id', '=', filter.unitId);
  return q.orderBy('id', 'desc').execute();
}

export async function batchCounts(db: Tx, batchIds: number[]) {
  if (batchIds.length === 0) return [];
  return db
    .selectFrom('participants')
    .select(['batch_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('batch_id', 'in', batchIds)
    .groupBy(['batch_id', 'status'])
    .execute();
}

/** Active employees of the agreement's government not (or no longer) enrolled under it. */
export async function eligibleEmployees(db: Tx, agreementId: number, institutionId: number, today: string, unitId?: number) {
  let q = db
    .selectFrom('employees as e')
    .innerJoin('work_units as u', 'u.id', 'e.work_unit_id')
    .leftJoin('participants as p', (join) => join.onRef('p.employee_id', '=', 'e.id').on('p.agreement_id', '=', agreementId))
    .select(['e.id', 'e.nik', 'e.full_name', 'e.work_unit_id', 'u.code as unit_code', 'u.name as unit_name', 'p.status as participant_status'])
    .where('e.institution_id', '=', institutionId)
    .where((eb) => eb.or([eb('e.end_date', 'is', null), eb('e.end_date', '>=', today)]))
    .where((eb) => eb.or([eb('p.id', 'is', null), eb('p.status', '=', 'rejected')]));
  if (unitId) q = q.where('e.work_unit_id', '=', unitId);
  return q.orderBy('u.code').orderBy('e.full_name').execute();
}

/** A card's token and time, set only when the participant has none yet (the first print wins a race). */
export async function issueCardIfNone(db: Tx, participantId: number, card: { card_token: string; card_issued_at: string }) {
  await db.updateTable('participants').set(card).where('id', '=', participantId).where('card_token', 'is', null).execute();
}

/** A new card: its token replaces the old one. */
export async function replaceCard(db: Tx, participantId: number, card: { card_token: string; card_issued_at: string }) {
  await db.updateTable('participants').set(card).where('id', '=', participantId).execute();
}

export async function cardTokenOf(db: Tx, participantId: number) {
  return (await db.selectFrom('participants').select('card_token').where('id', '=', participantId).executeTakeFirstOrThrow()).card_token;
}
