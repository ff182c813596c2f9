/**
 * The steps the enrolment services share inside their transactions: a participant's status change
 * (checked and recorded as an event), a batch becoming processed, the agreement's validity as the
 * frame of enrolment, and registering one participant with their number.
 */
import type { Kysely } from 'kysely';
import type { DB, ParticipantStatus } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import { compareDates, formatDateId } from '../core/dates.ts';
import { effectiveEnd, isWithinValidity, validFrom, datesOf } from '../agreements/index.ts';
import * as repo from './repo.ts';
import { canMove, STATUS_LABEL } from './rules.ts';
import type { Parties } from './loads.ts';

/** Records a status change of a participant as an event, refused when the rules do not allow it. */
export async function move(trx: Kysely<DB>, actor: Actor, p: { id: number; status: ParticipantStatus }, to: ParticipantStatus, note: string | null) {
  if (!canMove(p.status, to)) {
    throw new AppError('invalid_state', `Status peserta ${STATUS_LABEL[p.status]} tidak dapat diubah menjadi ${STATUS_LABEL[to]}`);
  }
  await repo.insertEvent(trx, { participant_id: p.id, actor_label: actor.label, from_status: p.status, to_status: to, note });
}

/** A submitted batch with no participant left awaiting the branch's decision becomes processed. */
export async function refreshBatchStatus(trx: Kysely<DB>, batchId: number) {
  const batch = await repo.getBatch(trx, batchId);
  if (batch?.status !== 'submitted') return;
  const pending = (await repo.batchCounts(trx, [batchId])).some((c) => c.status === 'submitted' && Number(c.n) > 0);
  if (!pending) await repo.updateBatch(trx, batchId, { status: 'processed' });
}

/** "Perjanjian X berlaku 14 Maret 2022 s.d. 13 Maret 2024" (or "belum ditandatangani"). */
export function validityText(a: Parties): string {
  const d = datesOf(a);
  const from = validFrom(d);
  const end = effectiveEnd(d);
  return from && end
    ? `Perjanjian ${a.number_party_one} berlaku ${formatDateId(from)} s.d. ${formatDateId(end)}`
    : `Perjanjian ${a.number_party_one} belum ditandatangani`;
}

/**
 * Enrolment lives inside the agreement: a batch is prepared or submitted only under a signed
 * agreement that has not ended (a signed renewal may be prepared before its first day); a
 * registration date must fall inside its validity.
 */
export function assertOpenForEnrolment(a: Parties, day: string): void {
  const d = datesOf(a);
  const end = effectiveEnd(d);
  if (!validFrom(d) || !end) throw new AppError('invalid_state', `${validityText(a)}; pendaftaran peserta belum dapat dilakukan`);
  if (compareDates(day, end) > 0)
    throw new AppError('invalid_state', `${validityText(a)}; pendaftaran peserta pada ${formatDateId(day)} di luar masa berlaku perjanjian`);
}

/** Registers a submitted participant with their number (unique to one person) from a day inside the agreement's validity. */
export async function acceptIn(trx: Kysely<DB>, actor: Actor, p: repo.ParticipantRecord, kpj: string, registeredOn: string, a: Parties) {
  const clash = await repo.findByKpj(trx, [kpj]);
  if (clash.some((c) => c.employee_id !== p.employee_id)) throw new AppError('conflict', `Nomor peserta ${kpj} sudah dipakai peserta lain`);
  if (!isWithinValidity(datesOf(a), registeredOn)) {
    throw new AppError('validation_failed', `${validityText(a)}; tanggal kepesertaan ${formatDateId(registeredOn)} di luar masa berlaku perjanjian`, {
      issues: [{ path: 'registeredOn', message: 'Tanggal kepesertaan di luar masa berlaku perjanjian' }],
    });
  }
  await move(trx, actor, p, 'registered', `KPJ ${kpj}, berlaku ${registeredOn}`);
  await repo.updateParticipant(trx, p.id, { status: 'registered', kpj, registered_on: registeredOn, rejection_reason: null });
}
