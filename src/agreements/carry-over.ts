/**
 * Carrying a regency's people from an agreement into its signed renewal (issue #12). Used when the
 * renewal is signed, by `agreement carry-over`, and by enrolment when a participant is registered
 * under an agreement whose renewal is already signed (so nobody registered late is left behind).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { recordAudit } from '../audit/index.ts';
import * as repo from './repo.ts';
import { validFrom } from './rules.ts';
import { datesOf } from './present.ts';
import { lockAgreement } from '../db/counters.ts';

/**
 * Carries a signed renewal's people over from its predecessor: every participant active on the
 * renewal's first day becomes a registered participant of the renewal from that day, with the
 * same KPJ (the participant number is the worker's for life, reference §5.2) and a link to the
 * row it continues. Work units and employees belong to the regency (institution), not to an
 * agreement, so they need no copy. Idempotent: people already carried are skipped.
 */
export async function carryOverIn(trx: Kysely<DB>, actor: Actor, successorId: number): Promise<number> {
  await lockAgreement(trx, successorId); // a parallel second carry-over waits, then finds nobody left to carry
  const s = await repo.getAgreement(trx, successorId);
  if (!s?.predecessor_id || !s.signed_on) return 0;
  const startsOn = validFrom(datesOf(s))!;
  const predecessor = (await repo.getAgreement(trx, s.predecessor_id))!;
  const people = await repo.participantsToCarry(trx, predecessor.id, successorId, startsOn);
  if (people.length === 0) return 0;
  const batchId = await repo.insertCarryBatch(
    trx,
    successorId,
    `PERPANJANGAN-${String(successorId).padStart(4, '0')}`,
    `Peserta dilanjutkan dari perjanjian ${predecessor.number_party_one}`,
    actor.label,
  );
  for (const p of people) {
    await repo.insertCarriedParticipant(
      trx,
      {
        agreement_id: successorId,
        employee_id: p.employee_id,
        batch_id: batchId,
        kpj: p.kpj!,
        registered_on: startsOn,
        deactivated_on: p.deactivated_on,
        deactivation_reason: p.deactivation_reason,
        carried_from_id: p.id,
      },
      actor.label,
      `Dilanjutkan dari perjanjian ${predecessor.number_party_one}, KPJ ${p.kpj}, berlaku ${startsOn}`,
    );
  }
  await recordAudit(trx, actor, {
    action: 'agreement.carry_over',
    entityType: 'agreement',
    entityId: successorId,
    after: { from: predecessor.id, participants: people.length, startsOn },
  });
  return people.length;
}

/**
 * After someone is registered under `agreementId`: carries them (and anyone else not yet carried)
 * into its signed renewal, and on into that one's signed renewal. Returns how many were carried.
 */
export async function carryIntoSignedRenewals(trx: Kysely<DB>, actor: Actor, agreementId: number): Promise<number> {
  let carried = 0;
  const seen = new Set<number>();
  for (let next = await repo.successorOf(trx, agreementId); next?.signed_on && !seen.has(next.id); next = await repo.successorOf(trx, next.id)) {
    seen.add(next.id);
    carried += await carryOverIn(trx, actor, next.id);
  }
  return carried;
}
