/** SQL for the claim letter: the participant number (KPJ) and the full names behind actor labels. No rules here. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/**
 * The participant number (KPJ) of a claim: the participant recorded on the claim, else the
 * latest participation of the employee under the claim's agreement that has a number.
 */
export async function claimParticipantNumber(db: Kysely<DB>, claimId: number): Promise<string | null> {
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

/** Stores one document of a claim (the file and its checklist line) in the caller's transaction. */
export async function insertClaimDocument(trx: Kysely<DB>, d: { claimId: number; code: string; name: string; mime: string; content: Buffer; sha256: string; uploadedBy: string }): Promise<number> {
  const { id: fileId } = await trx.insertInto('files').values({ name: d.name, mime: d.mime, size: d.content.length, sha256: d.sha256, content: d.content }).returning('id').executeTakeFirstOrThrow();
  await trx.insertInto('claim_documents').values({ claim_id: d.claimId, code: d.code, file_id: fileId, uploaded_by: d.uploadedBy }).execute();
  return fileId;
}
