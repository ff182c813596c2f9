/**
 * Participants (PKS Pasal 3): the BPJS branch registers a submitted participant with their number
 * or rejects them with a reason; a participant who leaves is deactivated from a date (and again
 * reactivated). Every transition records who and when, under the agreement's lock.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { AppError } from '../core/errors.ts';
import { compareDates, formatDateId } from '../core/dates.ts';
import { parseOrThrow } from '../core/validation.ts';
import { unitLimit, visibleAgreementIds } from '../core/scope.ts';
import { lockAgreement } from '../db/counters.ts';
import { recordAudit } from '../audit/index.ts';
import { actorNamer } from '../auth/index.ts';
import { carryIntoSignedRenewals } from '../agreements/index.ts';
import * as repo from './repo.ts';
import { STATUS_LABEL } from './rules.ts';
import { acceptSchema, deactivateSchema, listParticipantsQuery, rejectSchema, type ParticipantOut } from './schemas.ts';
import { presentParticipant } from './present.ts';
import { loadParticipant, parties } from './loads.ts';
import { acceptIn, move, refreshBatchStatus } from './transitions.ts';

/** The day a row carried into a renewal leaves: the day asked, or its own first day when the person left before it. */
function dayInContinuation(from: string, registeredOn: string | null): string {
  return registeredOn && compareDates(from, registeredOn) < 0 ? registeredOn : from;
}

/**
 * A person who left, recorded on an agreement's row, leaves its renewal too: the rows carried
 * from it (carried_from_id, down the chain) end on the same day, or on their own first day when
 * the person left before the renewal began (then the renewal never covered them). Returns the
 * ids of the rows ended.
 */
async function deactivateContinued(trx: Kysely<DB>, actor: Actor, participantId: number, from: string, reason: string): Promise<number[]> {
  const ended: number[] = [];
  for (let id = participantId; ; ) {
    const next = await repo.continuationOf(trx, id);
    if (!next || next.deactivated_on) return ended;
    const day = dayInContinuation(from, next.registered_on);
    await repo.insertEvent(trx, {
      participant_id: next.id,
      actor_label: actor.label,
      from_status: 'registered',
      to_status: 'deactivated',
      note: `mulai ${day}: ${reason} (dicatat pada perjanjian sebelumnya)`,
    });
    await repo.updateParticipant(trx, next.id, { deactivated_on: day, deactivation_reason: reason });
    ended.push(next.id);
    id = next.id;
  }
}

/** Undoes deactivateContinued: the rows it ended (same day and reason) become active again. */
async function reactivateContinued(trx: Kysely<DB>, actor: Actor, participantId: number, from: string, reason: string | null): Promise<number[]> {
  const again: number[] = [];
  for (let id = participantId; ; ) {
    const next = await repo.continuationOf(trx, id);
    if (!next?.deactivated_on) return again;
    const day = dayInContinuation(from, next.registered_on);
    if (next.deactivated_on !== day || next.deactivation_reason !== reason) return again;
    await repo.insertEvent(trx, {
      participant_id: next.id,
      actor_label: actor.label,
      from_status: 'registered',
      to_status: 'reactivated',
      note: `sebelumnya nonaktif sejak ${day} (dicatat pada perjanjian sebelumnya)`,
    });
    await repo.updateParticipant(trx, next.id, { deactivated_on: null, deactivation_reason: null });
    again.push(next.id);
    id = next.id;
  }
}

type Participant = Awaited<ReturnType<typeof loadParticipant>>;

export function createParticipantsService({ db, today }: { db: Kysely<DB>; today: () => string }) {
  /**
   * The branch's decision on a submitted participant, in one transaction: decisions on one agreement's participants
   * one at a time (a KPJ is unique across them), on the participant as committed; then its batch's status and the audit entry.
   */
  async function decide(
    actor: Actor,
    participantId: number,
    action: 'enrolment.accept' | 'enrolment.reject',
    input: object,
    apply: (trx: Kysely<DB>, p: Participant) => Promise<void>,
  ): Promise<void> {
    await db.transaction().execute(async (trx) => {
      await lockAgreement(trx, (await loadParticipant(trx, participantId, actor)).agreement_id);
      const p = await loadParticipant(trx, participantId, actor);
      await apply(trx, p);
      await refreshBatchStatus(trx, p.batch_id);
      await recordAudit(trx, actor, { action, entityType: 'participant', entityId: participantId, before: { status: p.status }, after: input });
    });
  }

  return {
    async accept(actor: Actor, participantId: number, raw: unknown): Promise<ParticipantOut> {
      authorize(actor, 'enrolment:process');
      const input = parseOrThrow(acceptSchema, raw);
      const day = today();
      await decide(actor, participantId, 'enrolment.accept', input, async (trx, p) => {
        // The scope (src/core/scope.ts) already confines a BPJS officer to its branch's agreements.
        const a = await parties(trx, p.agreement_id);
        await acceptIn(trx, actor, p, input.kpj, input.registeredOn ?? day, a);
        // Registered after the agreement's renewal was signed: carried into it at once, same KPJ.
        await carryIntoSignedRenewals(trx, actor, p.agreement_id);
      });
      return presentParticipant(await loadParticipant(db, participantId), day);
    },

    async reject(actor: Actor, participantId: number, raw: unknown): Promise<ParticipantOut> {
      authorize(actor, 'enrolment:process');
      const input = parseOrThrow(rejectSchema, raw);
      await decide(actor, participantId, 'enrolment.reject', input, async (trx, p) => {
        await move(trx, actor, p, 'rejected', input.reason);
        await repo.updateParticipant(trx, p.id, { status: 'rejected', rejection_reason: input.reason });
      });
      return presentParticipant(await loadParticipant(db, participantId), today());
    },

    async deactivate(actor: Actor, participantId: number, raw: unknown): Promise<ParticipantOut> {
      authorize(actor, 'enrolment:prepare');
      const input = parseOrThrow(deactivateSchema, raw);
      await db.transaction().execute(async (trx) => {
        // One decision at a time per agreement (as accept/reject): a parallel second deactivation waits, then sees the first.
        await lockAgreement(trx, (await loadParticipant(trx, participantId, actor)).agreement_id);
        const p = await loadParticipant(trx, participantId, actor);
        if (p.status !== 'registered')
          throw new AppError('invalid_state', `Hanya peserta terdaftar yang dapat dinonaktifkan (status: ${STATUS_LABEL[p.status]})`);
        if (p.deactivated_on) throw new AppError('invalid_state', `Peserta sudah nonaktif sejak ${formatDateId(p.deactivated_on)}`);
        if (p.registered_on && compareDates(input.from, p.registered_on) <= 0)
          throw new AppError('validation_failed', 'Tanggal nonaktif harus setelah tanggal kepesertaan');
        await repo.insertEvent(trx, {
          participant_id: p.id,
          actor_label: actor.label,
          from_status: 'registered',
          to_status: 'deactivated',
          note: `mulai ${input.from}: ${input.reason}`,
        });
        await repo.updateParticipant(trx, p.id, { deactivated_on: input.from, deactivation_reason: input.reason });
        const continued = await deactivateContinued(trx, actor, p.id, input.from, input.reason);
        await recordAudit(trx, actor, {
          action: 'enrolment.deactivate',
          entityType: 'participant',
          entityId: participantId,
          before: { deactivatedOn: null },
          after: continued.length ? { ...input, continuedIn: continued } : input,
        });
      });
      return presentParticipant(await loadParticipant(db, participantId), today());
    },

    async reactivate(actor: Actor, participantId: number): Promise<ParticipantOut> {
      authorize(actor, 'enrolment:prepare');
      await db.transaction().execute(async (trx) => {
        await lockAgreement(trx, (await loadParticipant(trx, participantId, actor)).agreement_id);
        const p = await loadParticipant(trx, participantId, actor);
        if (!p.deactivated_on) throw new AppError('invalid_state', 'Peserta tidak sedang nonaktif');
        await repo.insertEvent(trx, {
          participant_id: p.id,
          actor_label: actor.label,
          from_status: 'registered',
          to_status: 'reactivated',
          note: `sebelumnya nonaktif sejak ${p.deactivated_on}`,
        });
        await repo.updateParticipant(trx, p.id, { deactivated_on: null, deactivation_reason: null });
        const continued = await reactivateContinued(trx, actor, p.id, p.deactivated_on, p.deactivation_reason);
        await recordAudit(trx, actor, {
          action: 'enrolment.reactivate',
          entityType: 'participant',
          entityId: participantId,
          before: { deactivatedOn: p.deactivated_on },
          after: continued.length ? { deactivatedOn: null, continuedIn: continued } : { deactivatedOn: null },
        });
      });
      return presentParticipant(await loadParticipant(db, participantId), today());
    },

    async listParticipants(actor: Actor, raw: unknown) {
      authorize(actor, 'enrolment:read');
      const q = parseOrThrow(listParticipantsQuery, raw ?? {});
      const { rows, total } = await repo.listParticipants(db, { ...q, scopeUnitId: unitLimit(actor), scopeAgreementIds: await visibleAgreementIds(db, actor) });
      const day = today();
      return { items: rows.map((p) => presentParticipant(p, day)), total, page: q.page, pageSize: q.pageSize };
    },

    async getParticipant(actor: Actor, id: number) {
      authorize(actor, 'enrolment:read');
      const p = await loadParticipant(db, id, actor);
      const events = await repo.listEvents(db, id);
      const actorName = await actorNamer(
        db,
        events.map((e) => e.actor_label),
      );
      return {
        ...presentParticipant(p, today()),
        events: events.map((e) => ({
          id: e.id,
          at: e.at,
          actor: e.actor_label,
          actorName: actorName(e.actor_label),
          fromStatus: e.from_status,
          toStatus: e.to_status,
          note: e.note,
        })),
      };
    },
  };
}
