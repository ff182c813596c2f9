/**
 * The registers both parties keep (PKS Pasal 2 huruf d–e, Pasal 8, Pasal 9): outreach and
 * education activities, coordination forum meetings with follow-ups, force-majeure events with
 * the 7-day notice rule, and disputes by stage.
 */
import { createHash } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { DB, ForceMajeureEventsTable } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { canSeeAgreement } from '../core/scope.ts';
import { AppError, notFound } from '../core/errors.ts';
import { compareDates, formatDateId } from '../core/dates.ts';
import { parseOrThrow } from '../core/validation.ts';
import { recordAudit } from '../audit/index.ts';
import { canAdvanceDispute, DISPUTE_STAGE_LABEL, FORCE_MAJEURE_KINDS, noticeVerdict } from './rules.ts';
import * as repo from './repo.ts';
import { activitySchema, disputeSchema, disputeStepSchema, forceMajeureSchema, meetingSchema, noticeSchema, resolveSchema } from './schemas.ts';

export function createRegisters({ db, today }: { db: Kysely<DB>; today: () => string }) {
  async function assertAgreement(executor: Kysely<DB>, id: number, actor?: Actor) {
    const a = await repo.agreementSigning(executor, id);
    if (!a || (actor && !(await canSeeAgreement(executor, actor, id)))) throw notFound('Perjanjian', id);
    return a;
  }

  /** A register row of an agreement outside the actor's scope answers like a missing one. */
  async function rowInScope<T extends { agreement_id: number }>(executor: Kysely<DB>, actor: Actor, row: T | undefined, what: string, id: number): Promise<T> {
    if (!row || !(await canSeeAgreement(executor, actor, row.agreement_id))) throw notFound(what, id);
    return row;
  }

  /** A force-majeure event in the actor's scope (else a 404). */
  async function forceMajeureInScope(executor: Kysely<DB>, actor: Actor, id: number) {
    return rowInScope(executor, actor, await repo.forceMajeureEvent(executor, id), 'Kejadian force majeure', id);
  }

  const presentEvent = (e: Selectable<ForceMajeureEventsTable>) => ({
    id: e.id,
    agreementId: e.agreement_id,
    affectedParty: e.affected_party,
    kind: e.kind,
    kindLabel: FORCE_MAJEURE_KINDS[e.kind],
    eventDate: e.event_date,
    description: e.description,
    affectedObligations: e.affected_obligations,
    noticeDate: e.notice_date,
    notice: noticeVerdict(e.event_date, e.notice_date, today()),
    resolvedOn: e.resolved_on,
    resolution: e.resolution,
    open: !e.resolved_on,
  });

  return {
    async listActivities(actor: Actor, agreementId: number) {
      authorize(actor, 'monitoring:read');
      await assertAgreement(db, agreementId, actor);
      const rows = await repo.activitiesOf(db, agreementId);
      return rows.map((r) => ({
        id: r.id,
        agreementId: r.agreement_id,
        kind: r.kind,
        heldOn: r.held_on,
        place: r.place,
        title: r.title,
        audienceUnitIds: JSON.parse(r.audience_unit_ids) as number[],
        attendees: r.attendees,
        speakers: r.speakers,
        summary: r.summary,
        materialFileIds: JSON.parse(r.material_file_ids) as number[],
      }));
    },

    async addActivity(actor: Actor, raw: unknown) {
      authorize(actor, 'monitoring:write');
      const input = parseOrThrow(activitySchema, raw);
      if (compareDates(input.heldOn, today()) > 0)
        throw new AppError('validation_failed', `Tanggal kegiatan ${formatDateId(input.heldOn)} ada di masa depan; catat setelah kegiatan berlangsung`);
      return db.transaction().execute(async (trx) => {
        await assertAgreement(trx, input.agreementId, actor);
        if (input.audienceUnitIds.length) {
          const known = await repo.existingUnitIds(trx, input.audienceUnitIds);
          const unknown = input.audienceUnitIds.filter((id) => !known.includes(id));
          if (unknown.length) throw new AppError('validation_failed', `Unit kerja tidak dikenal: ${unknown.join(', ')}`);
        }
        const fileIds: number[] = [];
        for (const m of input.materials) {
          const content = Buffer.from(m.contentBase64, 'base64');
          fileIds.push(
            await repo.insertFile(trx, {
              name: m.name,
              mime: m.mime,
              size: content.length,
              sha256: createHash('sha256').update(content).digest('hex'),
              content,
            }),
          );
        }
        const id = await repo.insertActivity(trx, {
          agreement_id: input.agreementId,
          kind: input.kind,
          held_on: input.heldOn,
          place: input.place,
          title: input.title,
          audience_unit_ids: JSON.stringify(input.audienceUnitIds),
          attendees: input.attendees,
          speakers: input.speakers,
          summary: input.summary,
          material_file_ids: JSON.stringify(fileIds),
          created_by: actor.label,
        });
        const { materials: _m, ...logged } = input;
        await recordAudit(trx, actor, { action: 'activity.create', entityType: 'activity', entityId: id, after: { ...logged, fileIds } });
        return { id };
      });
    },

    async listMeetings(actor: Actor, agreementId: number) {
      authorize(actor, 'monitoring:read');
      await assertAgreement(db, agreementId, actor);
      const meetings = await repo.meetingsOf(db, agreementId);
      const followUps = await repo.followUpsOf(
        db,
        meetings.map((m) => m.id),
      );
      const day = today();
      return meetings.map((m) => ({
        id: m.id,
        agreementId: m.agreement_id,
        heldOn: m.held_on,
        place: m.place,
        agenda: m.agenda,
        minutes: m.minutes,
        decisions: JSON.parse(m.decisions) as string[],
        followUps: followUps
          .filter((f) => f.meeting_id === m.id)
          .map((f) => ({ id: f.id, action: f.action, owner: f.owner, dueOn: f.due_on, doneOn: f.done_on, overdue: !f.done_on && f.due_on < day })),
      }));
    },

    async addMeeting(actor: Actor, raw: unknown) {
      authorize(actor, 'monitoring:write');
      const input = parseOrThrow(meetingSchema, raw);
      for (const f of input.followUps) {
        if (compareDates(f.dueOn, input.heldOn) < 0)
          throw new AppError('validation_failed', `Batas waktu tindak lanjut "${f.action}" (${formatDateId(f.dueOn)}) sebelum tanggal rapat`);
      }
      return db.transaction().execute(async (trx) => {
        await assertAgreement(trx, input.agreementId, actor);
        const id = await repo.insertMeeting(trx, {
          agreement_id: input.agreementId,
          held_on: input.heldOn,
          place: input.place,
          agenda: input.agenda,
          minutes: input.minutes,
          decisions: JSON.stringify(input.decisions),
          created_by: actor.label,
        });
        await repo.insertFollowUps(trx, id, input.followUps);
        await recordAudit(trx, actor, { action: 'forum.meeting', entityType: 'forum_meeting', entityId: id, after: input });
        return { id };
      });
    },

    async completeFollowUp(actor: Actor, id: number, doneOn: string) {
      authorize(actor, 'monitoring:write');
      await db.transaction().execute(async (trx) => {
        const f = await repo.followUp(trx, id);
        const meeting = f ? await repo.meetingAgreement(trx, f.meeting_id) : undefined;
        await rowInScope(trx, actor, meeting, 'Tindak lanjut', id);
        if (!f) throw notFound('Tindak lanjut', id);
        if (f.done_on) throw new AppError('invalid_state', `Tindak lanjut sudah selesai pada ${formatDateId(f.done_on)}`);
        await repo.setFollowUpDone(trx, id, doneOn);
        await recordAudit(trx, actor, { action: 'forum.follow_up_done', entityType: 'follow_up', entityId: id, before: { doneOn: null }, after: { doneOn } });
      });
    },

    async listForceMajeure(actor: Actor, agreementId: number) {
      authorize(actor, 'monitoring:read');
      await assertAgreement(db, agreementId, actor);
      const rows = await repo.forceMajeureOf(db, agreementId);
      return rows.map((r) => presentEvent(r));
    },

    async addForceMajeure(actor: Actor, raw: unknown) {
      authorize(actor, 'monitoring:write');
      const input = parseOrThrow(forceMajeureSchema, raw);
      if (compareDates(input.eventDate, today()) > 0) throw new AppError('validation_failed', 'Tanggal kejadian ada di masa depan');
      if (input.noticeDate && compareDates(input.noticeDate, input.eventDate) < 0)
        throw new AppError(
          'validation_failed',
          `Tanggal pemberitahuan (${formatDateId(input.noticeDate)}) sebelum kejadian (${formatDateId(input.eventDate)})`,
        );
      const id = await db.transaction().execute(async (trx) => {
        await assertAgreement(trx, input.agreementId, actor);
        const newId = await repo.insertForceMajeure(trx, {
          agreement_id: input.agreementId,
          affected_party: input.affectedParty,
          kind: input.kind,
          event_date: input.eventDate,
          description: input.description,
          affected_obligations: input.affectedObligations,
          notice_date: input.noticeDate,
          resolved_on: null,
          resolution: null,
          created_by: actor.label,
        });
        await recordAudit(trx, actor, { action: 'force_majeure.create', entityType: 'force_majeure', entityId: newId, after: input });
        return newId;
      });
      return this.getForceMajeure(actor, id);
    },

    async getForceMajeure(actor: Actor, id: number) {
      authorize(actor, 'monitoring:read');
      const row = await forceMajeureInScope(db, actor, id);
      return presentEvent(row);
    },

    async recordNotice(actor: Actor, id: number, raw: unknown) {
      authorize(actor, 'monitoring:write');
      const input = parseOrThrow(noticeSchema, raw);
      await db.transaction().execute(async (trx) => {
        const e = await forceMajeureInScope(trx, actor, id);
        if (e.notice_date) throw new AppError('invalid_state', `Pemberitahuan sudah tercatat pada ${formatDateId(e.notice_date)}`);
        if (compareDates(input.noticeDate, e.event_date) < 0)
          throw new AppError('validation_failed', `Tanggal pemberitahuan (${formatDateId(input.noticeDate)}) sebelum kejadian (${formatDateId(e.event_date)})`);
        await repo.updateForceMajeure(trx, id, { notice_date: input.noticeDate });
        await recordAudit(trx, actor, { action: 'force_majeure.notice', entityType: 'force_majeure', entityId: id, after: input });
      });
      return this.getForceMajeure(actor, id);
    },

    async resolveForceMajeure(actor: Actor, id: number, raw: unknown) {
      authorize(actor, 'monitoring:write');
      const input = parseOrThrow(resolveSchema, raw);
      await db.transaction().execute(async (trx) => {
        const e = await forceMajeureInScope(trx, actor, id);
        if (compareDates(input.resolvedOn, e.event_date) < 0) throw new AppError('validation_failed', 'Tanggal penyelesaian sebelum kejadian');
        await repo.updateForceMajeure(trx, id, { resolved_on: input.resolvedOn, resolution: input.resolution });
        await recordAudit(trx, actor, { action: 'force_majeure.resolve', entityType: 'force_majeure', entityId: id, after: input });
      });
      return this.getForceMajeure(actor, id);
    },

    async listDisputes(actor: Actor, agreementId: number) {
      authorize(actor, 'monitoring:read');
      await assertAgreement(db, agreementId, actor);
      const rows = await repo.disputesOf(db, agreementId);
      return rows.map((d) => ({
        id: d.id,
        agreementId: d.agreement_id,
        openedOn: d.opened_on,
        subject: d.subject,
        raisedBy: d.raised_by,
        stage: d.stage,
        stageLabel: DISPUTE_STAGE_LABEL[d.stage],
        outcome: d.outcome,
        closedOn: d.closed_on,
        history: JSON.parse(d.history) as { stage: string; on: string; note: string; by: string }[],
      }));
    },

    async openDispute(actor: Actor, raw: unknown) {
      authorize(actor, 'monitoring:write');
      const input = parseOrThrow(disputeSchema, raw);
      return db.transaction().execute(async (trx) => {
        await assertAgreement(trx, input.agreementId, actor);
        const history = [{ stage: 'deliberation', on: input.openedOn, note: 'Dibuka; diselesaikan secara musyawarah (Pasal 8 ayat 1)', by: actor.label }];
        const id = await repo.insertDispute(trx, {
          agreement_id: input.agreementId,
          opened_on: input.openedOn,
          subject: input.subject,
          raised_by: input.raisedBy,
          stage: 'deliberation',
          outcome: null,
          closed_on: null,
          history: JSON.stringify(history),
          created_by: actor.label,
        });
        await recordAudit(trx, actor, { action: 'dispute.open', entityType: 'dispute', entityId: id, after: input });
        return { id };
      });
    },

    async advanceDispute(actor: Actor, id: number, raw: unknown) {
      authorize(actor, 'monitoring:write');
      const input = parseOrThrow(disputeStepSchema, raw);
      await db.transaction().execute(async (trx) => {
        const d = await rowInScope(trx, actor, await repo.dispute(trx, id), 'Perselisihan', id);
        if (!canAdvanceDispute(d.stage, input.stage))
          throw new AppError(
            'invalid_state',
            `Perselisihan pada tahap ${DISPUTE_STAGE_LABEL[d.stage]} tidak dapat berpindah ke ${DISPUTE_STAGE_LABEL[input.stage]}`,
          );
        if (compareDates(input.on, d.opened_on) < 0) throw new AppError('validation_failed', 'Tanggal sebelum perselisihan dibuka');
        const history = [...(JSON.parse(d.history) as unknown[]), { stage: input.stage, on: input.on, note: input.note, by: actor.label }];
        await repo.updateDispute(trx, id, {
          stage: input.stage,
          history: JSON.stringify(history),
          ...(input.stage === 'closed' ? { closed_on: input.on, outcome: input.outcome ?? input.note } : {}),
        });
        await recordAudit(trx, actor, { action: 'dispute.advance', entityType: 'dispute', entityId: id, before: { stage: d.stage }, after: input });
      });
    },
  };
}

export type Registers = ReturnType<typeof createRegisters>;
