/** SQL for claims: the claim and its employee, its events, documents and payments, the list and the register's units. No rules here. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { ClaimsTable, DB } from '../db/schema.ts';

type Db = Kysely<DB>;
type ClaimStatus = ClaimsTable['status'];

/** A claim with its employee's name, NIK and unit; undefined when there is none (scope is the caller's). */
export async function claimWithEmployee(db: Db, id: number) {
  return db
    .selectFrom('claims as c')
    .innerJoin('employees as e', 'e.id', 'c.employee_id')
    .selectAll('c')
    .select(['e.full_name', 'e.nik', 'e.work_unit_id'])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

export type ClaimRecord = NonNullable<Awaited<ReturnType<typeof claimWithEmployee>>>;

/** The claims of a list: filtered, within the caller's scope (agreements: null = all; an operator's unit), newest first. */
export async function listClaims(
  db: Db,
  filter: { agreementId?: number | undefined; status?: ClaimStatus | undefined; employeeId?: number | undefined },
  scope: { agreementIds: readonly number[] | null; unitId?: number | undefined },
) {
  let q = db
    .selectFrom('claims as c')
    .innerJoin('employees as e', 'e.id', 'c.employee_id')
    .select(['c.id', 'c.number', 'c.program', 'c.outcome', 'c.incident_date', 'c.status', 'c.approved_total', 'e.full_name', 'e.nik', 'e.work_unit_id']);
  if (filter.agreementId) q = q.where('c.agreement_id', '=', filter.agreementId);
  if (filter.status) q = q.where('c.status', '=', filter.status);
  if (filter.employeeId) q = q.where('c.employee_id', '=', filter.employeeId);
  if (scope.agreementIds) q = q.where('c.agreement_id', 'in', scope.agreementIds.length ? [...scope.agreementIds] : [-1]);
  if (scope.unitId !== undefined) q = q.where('e.work_unit_id', '=', scope.unitId);
  return q.orderBy('c.id', 'desc').execute();
}

/** An employee's death claim that is not rejected (there is one death per person). */
export async function openDeathClaim(db: Db, employeeId: number): Promise<{ id: number } | undefined> {
  return db
    .selectFrom('claims')
    .select('id')
    .where('employee_id', '=', employeeId)
    .where('outcome', '=', 'death')
    .where('status', '!=', 'rejected')
    .executeTakeFirst();
}

/** The first open claim (submitted, verified or approved) with the same employee, incident date, programme and outcome. */
export async function openClaimLike(
  db: Db,
  k: { employeeId: number; incidentDate: string; program: ClaimsTable['program']; outcome: string },
): Promise<{ number: string | null; status: ClaimStatus } | undefined> {
  return db
    .selectFrom('claims')
    .select(['number', 'status'])
    .where('employee_id', '=', k.employeeId)
    .where('incident_date', '=', k.incidentDate)
    .where('program', '=', k.program)
    .where('outcome', '=', k.outcome)
    .where('status', 'in', ['submitted', 'verified', 'approved'])
    .orderBy('id')
    .executeTakeFirst();
}

export async function insertClaim(trx: Db, row: Insertable<ClaimsTable>): Promise<number> {
  const { id } = await trx.insertInto('claims').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Changes a claim's columns; `updated_at` is set to now. */
export async function updateClaim(trx: Db, id: number, patch: Updateable<ClaimsTable>): Promise<void> {
  await trx
    .updateTable('claims')
    .set({ ...patch, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
}

/** One step of a claim's timeline (who moved it from which status to which, with a note). */
export async function insertClaimEvent(
  trx: Db,
  e: { claimId: number; actorLabel: string; from: ClaimStatus | null; to: ClaimStatus; note: string | null },
): Promise<void> {
  await trx.insertInto('claim_events').values({ claim_id: e.claimId, actor_label: e.actorLabel, from_status: e.from, to_status: e.to, note: e.note }).execute();
}

/** A claim's timeline, oldest first. */
export async function claimEvents(db: Db, claimId: number) {
  return db.selectFrom('claim_events').selectAll().where('claim_id', '=', claimId).orderBy('id').execute();
}

/** The instant of the claim's approval (its first event from verified to approved), if any. */
export async function approvalInstant(db: Db, claimId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('claim_events')
    .select('at')
    .where('claim_id', '=', claimId)
    .where('to_status', '=', 'approved')
    .where('from_status', '=', 'verified')
    .orderBy('id')
    .executeTakeFirst();
  return row?.at;
}

/** A claim's payments by payment date. */
export async function claimPayments(db: Db, claimId: number) {
  return db.selectFrom('claim_payments').selectAll().where('claim_id', '=', claimId).orderBy('paid_on').execute();
}

export async function insertClaimPayment(
  trx: Db,
  p: { claimId: number; paidOn: string; amount: number; reference: string; note: string; createdBy: string },
): Promise<void> {
  await trx
    .insertInto('claim_payments')
    .values({ claim_id: p.claimId, paid_on: p.paidOn, amount: p.amount, reference: p.reference, note: p.note, created_by: p.createdBy })
    .execute();
}

/** A claim's documents with their file's name and size (not the content). */
export async function claimDocuments(db: Db, claimId: number) {
  return db
    .selectFrom('claim_documents as d')
    .innerJoin('files as f', 'f.id', 'd.file_id')
    .select(['d.id', 'd.code', 'd.uploaded_at', 'd.uploaded_by', 'f.name', 'f.size'])
    .where('d.claim_id', '=', claimId)
    .execute();
}

/** One document of a claim with its file's name, type and content; undefined when the claim has no such document. */
export async function claimDocumentFile(db: Db, claimId: number, documentId: number) {
  return db
    .selectFrom('claim_documents as d')
    .innerJoin('files as f', 'f.id', 'd.file_id')
    .select(['f.name', 'f.mime', 'f.content'])
    .where('d.claim_id', '=', claimId)
    .where('d.id', '=', documentId)
    .executeTakeFirst();
}

/** Stores one document of a claim (the file and its checklist line) in the caller's transaction. */
export async function insertClaimDocument(
  trx: Db,
  d: { claimId: number; code: string; name: string; mime: string; content: Buffer; sha256: string; uploadedBy: string },
): Promise<number> {
  const { id: fileId } = await trx
    .insertInto('files')
    .values({ name: d.name, mime: d.mime, size: d.content.length, sha256: d.sha256, content: d.content })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.insertInto('claim_documents').values({ claim_id: d.claimId, code: d.code, file_id: fileId, uploaded_by: d.uploadedBy }).execute();
  return fileId;
}

/** The work unit (code, name) of each given claim's employee, by claim id. */
export async function claimUnits(db: Db, claimIds: readonly number[]): Promise<Map<number, { code: string; name: string }>> {
  if (claimIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('claims as c')
    .innerJoin('employees as e', 'e.id', 'c.employee_id')
    .innerJoin('work_units as u', 'u.id', 'e.work_unit_id')
    .select(['c.id', 'u.code', 'u.name'])
    .where('c.id', 'in', [...claimIds])
    .execute();
  return new Map(rows.map((u) => [u.id, u]));
}

/**
 * The participant number (KPJ) of a claim: the participant recorded on the claim, else the
 * latest participation of the employee under the claim's agreement that has a number.
 */
export async function claimParticipantNumber(db: Db, claimId: number): Promise<string | null> {
  const claim = await db
    .selectFrom('claims as c')
    .leftJoin('participants as p', 'p.id', 'c.participant_id')
    .select(['c.employee_id', 'c.agreement_id', 'p.kpj'])
    .where('c.id', '=', claimId)
    .executeTakeFirst();
  if (!claim) return null;
  if (claim.kpj) return claim.kpj;
  const other = await db
    .selectFrom('participants')
    .select('kpj')
    .where('employee_id', '=', claim.employee_id)
    .where('agreement_id', '=', claim.agreement_id)
    .where('kpj', 'is not', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return other?.kpj ?? null;
}
