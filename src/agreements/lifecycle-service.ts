/**
 * An agreement's life after signing: ended early (terminate), renewed by a successor ("perpanjang")
 * with its people carried over, a renewal signed later, and the carry-over run again.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { assertAgreementInScope } from '../core/scope.ts';
import { AppError, notFound } from '../core/errors.ts';
import { addDays, compareDates, formatDateId } from '../core/dates.ts';
import { parseOrThrow } from '../core/validation.ts';
import { recordAudit } from '../audit/index.ts';
import { lockAgreement } from '../db/counters.ts';
import * as repo from './repo.ts';
import { checkRenewalDates, effectiveEnd, termsOn, validFrom } from './rules.ts';
import { datesOf, presentVersions } from './present.ts';
import { carryOverIn } from './carry-over.ts';
import { type createAgreementSchema, renewAgreementSchema, signAgreementSchema, terminateSchema, type AgreementOut } from './schemas.ts';

type Row = NonNullable<Awaited<ReturnType<typeof repo.getAgreement>>>;

export interface LifecycleDeps {
  db: Kysely<DB>;
  load: (id: number, executor?: Kysely<DB>) => Promise<AgreementOut>;
  createIn: (trx: Kysely<DB>, actor: Actor, input: ReturnType<typeof createAgreementSchema.parse>) => Promise<number>;
  /** The service's update (signing goes through it, refused there when already signed in parallel). */
  update: (actor: Actor, id: number, raw: unknown, options?: { onlyIfUnsigned?: boolean }) => Promise<AgreementOut>;
}

/** An agreement may be renewed once, when signed and not ended early: its row, or a refusal saying why not. */
async function renewable(trx: Kysely<DB>, id: number): Promise<Row> {
  const p = await repo.getAgreement(trx, id);
  if (!p) throw notFound('Perjanjian', id);
  if (!validFrom(datesOf(p)))
    throw new AppError('invalid_state', `Perjanjian ${p.number_party_one} belum ditandatangani; yang dapat diperpanjang hanya perjanjian yang sudah berlaku`);
  if (p.terminated_on)
    throw new AppError(
      'invalid_state',
      `Perjanjian ${p.number_party_one} diakhiri lebih awal pada ${formatDateId(p.terminated_on)}; buat perjanjian baru, bukan perpanjangan`,
    );
  const existing = await repo.successorOf(trx, id);
  if (existing)
    throw new AppError(
      'conflict',
      `Perjanjian ${p.number_party_one} sudah diperpanjang dengan perjanjian ${existing.number_party_one} (ID ${existing.id}); perpanjangan kedua tidak dapat dibuat`,
      { successorId: existing.id },
    );
  return p;
}

export function createAgreementLifecycle({ db, load, createIn, update }: LifecycleDeps) {
  return {
    async terminate(actor: Actor, id: number, raw: unknown): Promise<AgreementOut> {
      authorize(actor, 'agreements:write');
      await assertAgreementInScope(db, actor, id);
      const input = parseOrThrow(terminateSchema, raw);
      await db.transaction().execute(async (trx) => {
        await lockAgreement(trx, id); // a parallel second termination waits, then finds this one
        const before = await load(id, trx);
        if (before.terminatedOn) throw new AppError('invalid_state', `Perjanjian sudah diakhiri pada ${formatDateId(before.terminatedOn)}`);
        if (!before.signedOn || before.status === 'draft')
          throw new AppError('invalid_state', 'Perjanjian yang belum berlaku tidak perlu diakhiri; ubah atau biarkan sebagai draf');
        if (compareDates(input.terminatedOn, before.signedOn) <= 0) {
          throw new AppError('validation_failed', 'Tanggal berakhir harus setelah tanggal penandatanganan');
        }
        const end = effectiveEnd({ signedOn: before.signedOn, durationMonths: before.durationMonths, terminatedOn: null });
        if (end && compareDates(input.terminatedOn, end) > 0) {
          throw new AppError('validation_failed', `Tanggal berakhir setelah masa berlaku perjanjian (${formatDateId(end)})`);
        }
        await repo.updateAgreement(trx, id, { terminated_on: input.terminatedOn, termination_reason: input.reason, updated_at: new Date().toISOString() });
        await recordAudit(trx, actor, { action: 'agreement.terminate', entityType: 'agreement', entityId: id, before: { terminatedOn: null }, after: input });
      });
      return load(id);
    },

    /**
     * "Perpanjang": creates the successor of agreement `id` (see renewAgreementSchema). Refused when
     * the agreement is unsigned, ended early, already renewed, or the new dates overlap it; a gap
     * is allowed with a warning. Signed at once (signedOn given) → the people are carried over.
     */
    async renew(actor: Actor, id: number, raw: unknown): Promise<{ agreement: AgreementOut; carriedOver: number | null; warnings: string[] }> {
      authorize(actor, 'agreements:write');
      await assertAgreementInScope(db, actor, id);
      const input = parseOrThrow(renewAgreementSchema, raw);
      const result = await db.transaction().execute(async (trx) => {
        await lockAgreement(trx, id); // a parallel second renewal waits, then finds this one's successor
        const p = await renewable(trx, id);
        const dates = datesOf(p);
        const end = effectiveEnd(dates)!;
        const startsOn = input.startsOn ?? addDays(end, 1);
        const check = checkRenewalDates(dates, startsOn, input.signedOn);
        if (!check.ok)
          throw new AppError('validation_failed', check.message, {
            issues: [{ path: check.code === 'overlap' ? 'startsOn' : 'signedOn', message: check.message }],
          });
        const versions = presentVersions(await repo.listTermsVersions(trx, id));
        const inForce = termsOn(versions, end) ?? versions[versions.length - 1];
        if (!inForce) throw new AppError('invalid_state', 'Perjanjian tidak memiliki ketentuan');
        const newId = await createIn(trx, actor, {
          title: input.title ?? p.title,
          numberPartyOne: input.numberPartyOne,
          numberPartyTwo: input.numberPartyTwo,
          signedOn: input.signedOn,
          place: input.place ?? p.place,
          durationMonths: input.durationMonths ?? p.duration_months,
          partyOne: { institution: p.party_one_name, address: p.party_one_address, signatory: p.party_one_signatory, position: p.party_one_position },
          partyTwo: { institution: p.party_two_name, address: p.party_two_address, signatory: p.party_two_signatory, position: p.party_two_position },
          purpose: JSON.parse(p.purpose_json) as string[],
          scope: JSON.parse(p.scope_json) as string[],
          legalBases: JSON.parse(p.legal_bases_json) as string[],
          terms: inForce.terms,
          termsChanges: input.termsChanges,
        });
        await repo.updateAgreement(trx, newId, { predecessor_id: id, starts_on: startsOn });
        const [first] = await repo.listTermsVersions(trx, newId);
        await repo.updateTermsVersion(trx, first!.id, { effective_from: startsOn });
        await recordAudit(trx, actor, {
          action: 'agreement.renew',
          entityType: 'agreement',
          entityId: newId,
          after: { predecessorId: id, startsOn, warnings: check.warnings },
        });
        const carried = input.signedOn ? await carryOverIn(trx, actor, newId) : null;
        return { newId, carried, warnings: check.warnings };
      });
      return { agreement: await load(result.newId), carriedOver: result.carried, warnings: result.warnings };
    },

    /** Records the signing date of an unsigned agreement; a renewal then carries its people over. */
    async sign(actor: Actor, id: number, raw: unknown): Promise<{ agreement: AgreementOut; carriedOver: number | null; warnings: string[] }> {
      authorize(actor, 'agreements:write');
      await assertAgreementInScope(db, actor, id);
      const input = parseOrThrow(signAgreementSchema, raw);
      const before = await load(id);
      if (before.signedOn) throw new AppError('invalid_state', `Perjanjian sudah ditandatangani pada ${formatDateId(before.signedOn)}`);
      await update(actor, id, { signedOn: input.signedOn }, { onlyIfUnsigned: true }); // a parallel second signing is refused there
      const carried = before.predecessorId ? await repo.countCarriedParticipants(db, id) : null;
      return { agreement: await load(id), carriedOver: carried, warnings: [] };
    },

    /** Carries over participants registered under the predecessor after the renewal was signed (idempotent). */
    async carryOver(actor: Actor, id: number): Promise<{ agreement: AgreementOut; carriedOver: number | null; warnings: string[] }> {
      authorize(actor, 'agreements:write');
      await assertAgreementInScope(db, actor, id);
      const a = await load(id);
      if (!a.predecessorId) throw new AppError('invalid_state', 'Perjanjian ini bukan perpanjangan; tidak ada peserta yang dilanjutkan');
      if (!a.signedOn) throw new AppError('invalid_state', 'Perpanjangan belum ditandatangani; peserta dilanjutkan setelah penandatanganan');
      const n = await db.transaction().execute((trx) => carryOverIn(trx, actor, id));
      return { agreement: await load(id), carriedOver: n, warnings: [] };
    },
  };
}
