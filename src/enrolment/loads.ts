/**
 * The records the enrolment services act on, read within the actor's scope: outside it (another
 * government's agreement, an operator's other unit) each answers exactly like a missing record.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { notFound } from '../core/errors.ts';
import { canSeeAgreement, unitLimit } from '../core/scope.ts';
import { agreementParties, type AgreementParties } from '../agreements/index.ts';
import * as repo from './repo.ts';

export type Parties = AgreementParties;
export type BatchRecord = NonNullable<Awaited<ReturnType<typeof repo.getBatch>>>;

/** The agreement's parties; outside the actor's scope it answers like a missing agreement. */
export async function parties(executor: Kysely<DB>, agreementId: number, actor?: Actor): Promise<Parties> {
  const a = await agreementParties(executor, agreementId);
  if (!a || (actor && !(await canSeeAgreement(executor, actor, agreementId)))) throw notFound('Perjanjian', agreementId);
  return a;
}

/** A participant; outside the actor's scope (agreement, an operator's unit) it answers like a missing one. */
export async function loadParticipant(executor: Kysely<DB>, id: number, actor?: Actor) {
  const p = await repo.getParticipant(executor, id);
  if (!p) throw notFound('Peserta', id);
  if (actor) {
    const limit = unitLimit(actor);
    if ((limit !== undefined && p.work_unit_id !== limit) || !(await canSeeAgreement(executor, actor, p.agreement_id))) throw notFound('Peserta', id);
  }
  return p;
}

/** A batch; outside the actor's scope (agreement, an operator's unit) it answers like a missing one. */
export async function loadBatch(actor: Actor, executor: Kysely<DB>, id: number): Promise<BatchRecord> {
  const batch = await repo.getBatch(executor, id);
  if (!batch) throw notFound('Pengajuan', id);
  const limit = unitLimit(actor);
  if ((limit !== undefined && batch.work_unit_id !== limit) || !(await canSeeAgreement(executor, actor, batch.agreement_id))) throw notFound('Pengajuan', id);
  return batch;
}
