/**
 * Participant cards: who gets one (registered participants), their public verification token
 * (unguessable; re-issuing the card replaces it, so the old QR stops working), and the
 * verification answer (initials, masked number, protected today).
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { canSeeAgreement, unitLimit, visibleAgreementIds } from '../core/scope.ts';
import { AppError, notFound } from '../core/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { ContributionsService } from '../contributions/index.ts';
import { agreementParties, type AgreementParties } from '../agreements/index.ts';
import * as repo from './repo.ts';
import { renderCardsPdf, type CardData } from './card-pdf.ts';
import { initialsOf, maskKpj, type VerifyData } from './verify-page.ts';

export interface CardSelection {
  participantIds?: number[] | undefined;
  batchId?: number | undefined;
  agreementId?: number | undefined;
  unitId?: number | undefined;
}

/** A new card: an unguessable token and the time it was issued. */
const newCard = () => ({ card_token: randomBytes(24).toString('base64url'), card_issued_at: new Date().toISOString() });

export function createCards({ db, today, contributions }: { db: Kysely<DB>; today: () => string; contributions: ContributionsService }) {
  async function select(actor: Actor, s: CardSelection) {
    let rows: repo.ParticipantRecord[];
    if (s.agreementId && !(await canSeeAgreement(db, actor, s.agreementId))) throw notFound('Perjanjian', s.agreementId);
    if (s.batchId) {
      const batch = await repo.getBatch(db, s.batchId);
      if (!batch || !(await canSeeAgreement(db, actor, batch.agreement_id))) throw notFound('Pengajuan', s.batchId);
    }
    let asked: (repo.ParticipantRecord | undefined)[] = [];
    if (s.participantIds?.length) {
      asked = await Promise.all(s.participantIds.map((id) => repo.getParticipant(db, id)));
      rows = asked.filter((p): p is repo.ParticipantRecord => !!p);
    } else if (s.batchId) rows = await repo.participantsOfBatch(db, s.batchId);
    else if (s.agreementId) rows = await repo.registeredOf(db, s.agreementId, s.unitId);
    else throw new AppError('validation_failed', 'Pilih peserta, pengajuan, atau perjanjian (dengan unit kerja) untuk dicetak');
    // Only participants in the actor's scope (its institution's agreements; an operator's own unit).
    const visible = await visibleAgreementIds(db, actor);
    const limit = unitLimit(actor);
    const inScope = (p: repo.ParticipantRecord) => (visible === null || visible.includes(p.agreement_id)) && (limit === undefined || p.work_unit_id === limit);
    // A participant asked for by id that is missing or outside the scope: the same 404 either way.
    const unseen = s.participantIds?.find((_id, i) => !asked[i] || !inScope(asked[i]!));
    if (unseen !== undefined) throw notFound('Peserta', unseen);
    rows = rows.filter(inScope);
    rows = rows.filter((p) => p.status === 'registered' && p.kpj);
    if (!rows.length) throw new AppError('invalid_state', 'Tidak ada peserta terdaftar (dengan nomor peserta) untuk dicetak kartunya');
    return rows;
  }

  /** One registered participant's card; a participant without a token gets one now. */
  async function cardOf(p: repo.ParticipantRecord, parties: Map<number, AgreementParties | undefined>, baseUrl: string): Promise<CardData> {
    let token = p.card_token;
    if (!token) {
      // First print: only if no other request issued the card meanwhile; then everyone prints the token that won.
      await repo.issueCardIfNone(db, p.id, newCard());
      token = (await repo.cardTokenOf(db, p.id))!;
    }
    if (!parties.has(p.agreement_id)) parties.set(p.agreement_id, await agreementParties(db, p.agreement_id));
    const a = parties.get(p.agreement_id)!;
    return {
      fullName: p.full_name,
      nik: p.nik,
      kpj: p.kpj!,
      programs: 'JKK + JKM',
      unitName: p.unit_name,
      regency: a.party_one,
      branch: a.party_two,
      agreementNumbers: `${a.number_party_one} — ${a.number_party_two}`,
      registeredOn: p.registered_on!,
      verifyUrl: `${baseUrl.replace(/\/$/, '')}/verify/${token}`,
    };
  }

  return {
    /** Card data for the selection; participants without a token get one now. */
    async cardData(actor: Actor, s: CardSelection, baseUrl: string): Promise<CardData[]> {
      authorize(actor, 'cards:print');
      const rows = await select(actor, s);
      const out: CardData[] = [];
      const parties = new Map<number, AgreementParties | undefined>();
      for (const p of rows) out.push(await cardOf(p, parties, baseUrl));
      return out;
    },

    async renderPdf(actor: Actor, s: CardSelection, baseUrl: string, layout: 'single' | 'sheet', output: NodeJS.WritableStream) {
      const cards = await this.cardData(actor, s, baseUrl);
      return renderCardsPdf(cards, output, { layout });
    },

    /**
     * The card of one participant for the person themselves ("Cek perlindungan saya"): no actor —
     * the caller has proven who they are and holds a short-lived token bound to this participant.
     */
    async ownCard(participantId: number, baseUrl: string): Promise<CardData> {
      const p = await repo.getParticipant(db, participantId);
      if (p?.status !== 'registered' || !p.kpj) throw notFound('Peserta', participantId);
      return cardOf(p, new Map(), baseUrl);
    },

    /** A new card: a new token, so the old card's QR no longer verifies. */
    async reissue(actor: Actor, participantId: number): Promise<void> {
      authorize(actor, 'cards:print');
      await db.transaction().execute(async (trx) => {
        const p = await repo.getParticipant(trx, participantId);
        if (!p) throw notFound('Peserta', participantId);
        const limit = unitLimit(actor);
        if ((limit !== undefined && p.work_unit_id !== limit) || !(await canSeeAgreement(trx, actor, p.agreement_id))) throw notFound('Peserta', participantId);
        await repo.replaceCard(trx, participantId, newCard());
        await recordAudit(trx, actor, { action: 'card.reissue', entityType: 'participant', entityId: participantId });
      });
    },

    /** Public: what the QR code shows. */
    async verify(token: string): Promise<VerifyData> {
      if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return { found: false };
      const p = await repo.findParticipantByToken(db, token);
      if (!p?.kpj) return { found: false };
      const a = await agreementParties(db, p.agreement_id);
      const day = today();
      const verdict = await contributions.protectionOf(p.employee_id, day);
      return {
        found: true,
        initials: initialsOf(p.full_name),
        maskedKpj: maskKpj(p.kpj),
        protectedToday: verdict.protected,
        state: verdict.state,
        asOf: day,
        programs: 'JKK + JKM',
        branch: a?.party_two ?? '',
      };
    },
  };
}

export type Cards = ReturnType<typeof createCards>;
