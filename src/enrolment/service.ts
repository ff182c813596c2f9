/**
 * Enrolment (PKS Pasal 3): the regency submits employees in batches, the BPJS branch registers
 * each (participant number) or rejects it with a reason; a participant who leaves is
 * deactivated from a date. Every transition records who and when.
 */
import { actorNamer } from '../auth/actor-names.ts';
import { safeXlsxBuffer } from '../core/spreadsheet.ts';
import type { Kysely } from 'kysely';
import type { DB, ParticipantStatus } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { AppError, notFound } from '../core/errors.ts';
import { compareDates, formatDateId } from '../core/dates.ts';
import { parseOrThrow } from '../core/validation.ts';
import { lockAgreement, nextNumber } from '../db/counters.ts';
import { recordAudit } from '../audit/repo.ts';
import { effectiveEnd, isWithinValidity, validFrom, type AgreementDates } from '../agreements/rules.ts';
import { datesOf } from '../agreements/present.ts';
import { termsInForce } from '../agreements/terms-lookup.ts';
import { carryIntoSignedRenewals } from '../agreements/carry-over.ts';
import { canSeeAgreement, canSeeEmployee, unitLimit, visibleAgreementIds } from '../core/scope.ts';
import * as repo from './repo.ts';
import { canMove, isEnrolledOn, isValidKpj, KPJ_RULE, reconcile, STATUS_LABEL, type Reconciliation } from './rules.ts';
import { readBranchFile, type BranchFileError } from './branch-file.ts';
import { BRANCH_EXPORT_COLUMNS } from './branch-export.ts';
import {
  acceptSchema,
  createBatchSchema,
  deactivateSchema,
  listParticipantsQuery,
  rejectSchema,
  type BatchOut,
  type ParticipantOut,
} from './schemas.ts';

type Parties = NonNullable<Awaited<ReturnType<typeof repo.agreementParties>>>;

export function presentParticipant(p: repo.ParticipantRecord, today: string): ParticipantOut {
  return {
    id: p.id,
    agreementId: p.agreement_id,
    employeeId: p.employee_id,
    nik: p.nik,
    fullName: p.full_name,
    sex: p.sex,
    birthDate: p.birth_date,
    unitId: p.work_unit_id,
    unitCode: p.unit_code,
    unitName: p.unit_name,
    batchId: p.batch_id,
    batchNumber: p.batch_number,
    status: p.status,
    kpj: p.kpj,
    registeredOn: p.registered_on,
    rejectionReason: p.rejection_reason,
    deactivatedOn: p.deactivated_on,
    deactivationReason: p.deactivation_reason,
    cardIssuedAt: p.card_issued_at,
    enrolledToday: isEnrolledOn({ status: p.status, registeredOn: p.registered_on, deactivatedOn: p.deactivated_on }, today),
  };
}

export function createEnrolmentService({ db, today }: { db: Kysely<DB>; today: () => string }) {
  /** The agreement's parties; outside the actor's scope it answers like a missing agreement. */
  async function parties(executor: Kysely<DB>, agreementId: number, actor?: Actor): Promise<Parties> {
    const a = await repo.agreementParties(executor, agreementId);
    if (!a || (actor && !(await canSeeAgreement(executor, actor, agreementId)))) throw notFound('Perjanjian', agreementId);
    return a;
  }

  /** A participant; outside the actor's scope (agreement, an operator's unit) it answers like a missing one. */
  async function loadParticipant(executor: Kysely<DB>, id: number, actor?: Actor) {
    const p = await repo.getParticipant(executor, id);
    if (!p) throw notFound('Peserta', id);
    if (actor) {
      const limit = unitLimit(actor);
      if ((limit !== undefined && p.work_unit_id !== limit) || !(await canSeeAgreement(executor, actor, p.agreement_id))) throw notFound('Peserta', id);
    }
    return p;
  }

  async function move(trx: Kysely<DB>, actor: Actor, p: { id: number; status: ParticipantStatus }, to: ParticipantStatus, note: string | null) {
    if (!canMove(p.status, to)) {
      throw new AppError('invalid_state', `Status peserta ${STATUS_LABEL[p.status]} tidak dapat diubah menjadi ${STATUS_LABEL[to]}`);
    }
    await repo.insertEvent(trx, { participant_id: p.id, actor_label: actor.label, from_status: p.status, to_status: to, note });
  }

  async function refreshBatchStatus(trx: Kysely<DB>, batchId: number) {
    const batch = await repo.getBatch(trx, batchId);
    if (batch?.status !== 'submitted') return;
    const pending = (await repo.batchCounts(trx, [batchId])).some((c) => c.status === 'submitted' && Number(c.n) > 0);
    if (!pending) await trx.updateTable('enrolment_batches').set({ status: 'processed' }).where('id', '=', batchId).execute();
  }

  async function presentBatch(executor: Kysely<DB>, batch: NonNullable<Awaited<ReturnType<typeof repo.getBatch>>>): Promise<BatchOut> {
    const counts = { total: 0, draft: 0, submitted: 0, registered: 0, rejected: 0 };
    for (const c of await repo.batchCounts(executor, [batch.id])) {
      counts[c.status] = Number(c.n);
      counts.total += Number(c.n);
    }
    return {
      id: batch.id,
      agreementId: batch.agreement_id,
      number: batch.number,
      status: batch.status,
      workUnitId: batch.work_unit_id,
      note: batch.note,
      createdBy: batch.created_by,
      createdAt: batch.created_at,
      submittedBy: batch.submitted_by,
      submittedByName: batch.submitted_by ? (await actorNamer(executor, [batch.submitted_by]))(batch.submitted_by) : null,
      submittedAt: batch.submitted_at,
      counts,
    };
  }

  async function loadBatch(actor: Actor, executor: Kysely<DB>, id: number) {
    const batch = await repo.getBatch(executor, id);
    if (!batch) throw notFound('Pengajuan', id);
    const limit = unitLimit(actor);
    if ((limit !== undefined && batch.work_unit_id !== limit) || !(await canSeeAgreement(executor, actor, batch.agreement_id))) throw notFound('Pengajuan', id);
    return batch;
  }

  const datesOfParties = (a: Parties): AgreementDates => (datesOf(a));

  /** "Perjanjian X berlaku 14 Maret 2022 s.d. 13 Maret 2024" (or "belum ditandatangani"). */
  function validityText(a: Parties): string {
    const d = datesOfParties(a);
    const from = validFrom(d);
    const end = effectiveEnd(d);
    return from && end ? `Perjanjian ${a.number_party_one} berlaku ${formatDateId(from)} s.d. ${formatDateId(end)}` : `Perjanjian ${a.number_party_one} belum ditandatangani`;
  }

  /**
   * Enrolment lives inside the agreement: a batch is prepared or submitted only under a signed
   * agreement that has not ended (a signed renewal may be prepared before its first day); a
   * registration date must fall inside its validity.
   */
  function assertOpenForEnrolment(a: Parties, day: string): void {
    const d = datesOfParties(a);
    const end = effectiveEnd(d);
    if (!validFrom(d) || !end) throw new AppError('invalid_state', `${validityText(a)}; pendaftaran peserta belum dapat dilakukan`);
    if (compareDates(day, end) > 0) throw new AppError('invalid_state', `${validityText(a)}; pendaftaran peserta pada ${formatDateId(day)} di luar masa berlaku perjanjian`);
  }

  async function acceptIn(trx: Kysely<DB>, actor: Actor, p: repo.ParticipantRecord, kpj: string, registeredOn: string, a: Parties) {
    const clash = await repo.findByKpj(trx, [kpj]);
    if (clash.some((c) => c.employee_id !== p.employee_id)) throw new AppError('conflict', `Nomor peserta ${kpj} sudah dipakai peserta lain`);
    if (!isWithinValidity(datesOfParties(a), registeredOn)) {
      throw new AppError('validation_failed', `${validityText(a)}; tanggal kepesertaan ${formatDateId(registeredOn)} di luar masa berlaku perjanjian`, { issues: [{ path: 'registeredOn', message: 'Tanggal kepesertaan di luar masa berlaku perjanjian' }] });
    }
    await move(trx, actor, p, 'registered', `KPJ ${kpj}, berlaku ${registeredOn}`);
    await repo.updateParticipant(trx, p.id, { status: 'registered', kpj, registered_on: registeredOn, rejection_reason: null });
  }

  /**
   * A person who left, recorded on an agreement's row, leaves its renewal too: the rows carried
   * from it (carried_from_id, down the chain) end on the same day, or on their own first day when
   * the person left before the renewal began (then the renewal never covered them). Returns the
   * ids of the rows ended.
   */
  async function deactivateContinued(trx: Kysely<DB>, actor: Actor, participantId: number, from: string, reason: string): Promise<number[]> {
    const ended: number[] = [];
    for (let id = participantId; ;) {
      const next = await trx.selectFrom('participants').select(['id', 'registered_on', 'deactivated_on']).where('carried_from_id', '=', id).executeTakeFirst();
      if (!next || next.deactivated_on) return ended;
      const day = next.registered_on && compareDates(from, next.registered_on) < 0 ? next.registered_on : from;
      await repo.insertEvent(trx, { participant_id: next.id, actor_label: actor.label, from_status: 'registered', to_status: 'deactivated', note: `mulai ${day}: ${reason} (dicatat pada perjanjian sebelumnya)` });
      await repo.updateParticipant(trx, next.id, { deactivated_on: day, deactivation_reason: reason });
      ended.push(next.id);
      id = next.id;
    }
  }

  /** Undoes deactivateContinued: the rows it ended (same day and reason) become active again. */
  async function reactivateContinued(trx: Kysely<DB>, actor: Actor, participantId: number, from: string, reason: string | null): Promise<number[]> {
    const again: number[] = [];
    for (let id = participantId; ;) {
      const next = await trx.selectFrom('participants').select(['id', 'registered_on', 'deactivated_on', 'deactivation_reason']).where('carried_from_id', '=', id).executeTakeFirst();
      if (!next?.deactivated_on) return again;
      const day = next.registered_on && compareDates(from, next.registered_on) < 0 ? next.registered_on : from;
      if (next.deactivated_on !== day || next.deactivation_reason !== reason) return again;
      await repo.insertEvent(trx, { participant_id: next.id, actor_label: actor.label, from_status: 'registered', to_status: 'reactivated', note: `sebelumnya nonaktif sejak ${day} (dicatat pada perjanjian sebelumnya)` });
      await repo.updateParticipant(trx, next.id, { deactivated_on: null, deactivation_reason: null });
      again.push(next.id);
      id = next.id;
    }
  }

  return {
    loadParticipant,
    parties,

    /** Employees who can be put in a new batch: active, of the agreement's regency, not enrolled yet (or rejected). */
    async eligibleEmployees(actor: Actor, agreementId: number, unitId?: number) {
      authorize(actor, 'enrolment:read');
      const a = await parties(db, agreementId, actor);
      const scopeUnit = unitLimit(actor) ?? unitId;
      const rows = await repo.eligibleEmployees(db, agreementId, a.party_one_institution_id, today(), scopeUnit);
      return rows.map((r) => ({ id: r.id, nik: r.nik, fullName: r.full_name, unitId: r.work_unit_id, unitCode: r.unit_code, unitName: r.unit_name, previouslyRejected: r.participant_status === 'rejected' }));
    },

    async listBatches(actor: Actor, filter: { agreementId?: number | undefined }) {
      authorize(actor, 'enrolment:read');
      const visible = await visibleAgreementIds(db, actor);
      const batches = (await repo.listBatches(db, { agreementId: filter.agreementId, unitId: unitLimit(actor) })).filter((b) => visible === null || visible.includes(b.agreement_id));
      return Promise.all(batches.map((b) => presentBatch(db, b)));
    },

    async getBatch(actor: Actor, id: number) {
      authorize(actor, 'enrolment:read');
      const batch = await loadBatch(actor, db, id);
      const day = today();
      return { ...(await presentBatch(db, batch)), participants: (await repo.participantsOfBatch(db, id)).map((p) => presentParticipant(p, day)) };
    },

    /** A draft batch of employees for an agreement. Operators: employees of their own unit only. */
    async createBatch(actor: Actor, raw: unknown) {
      authorize(actor, 'enrolment:prepare');
      const input = parseOrThrow(createBatchSchema, raw);
      const day = today();
      const id = await db.transaction().execute(async (trx) => {
        await lockAgreement(trx, input.agreementId);
        const a = await parties(trx, input.agreementId, actor);
        assertOpenForEnrolment(a, day);
        const ids = [...new Set(input.employeeIds)];
        // An employee outside the caller's scope (another government, another unit for an operator) is reported exactly like a missing one.
        const found = await trx.selectFrom('employees').select(['id', 'nik', 'full_name', 'institution_id', 'work_unit_id', 'end_date']).where('id', 'in', ids).execute();
        const employees: typeof found = [];
        for (const e of found) if (await canSeeEmployee(trx, actor, e)) employees.push(e);
        const problems: { path: string; message: string }[] = [];
        for (const missing of ids.filter((i) => !employees.some((e) => e.id === i))) problems.push({ path: `employeeIds.${missing}`, message: `Pegawai ID ${missing} tidak ada di daftar pegawai` });
        for (const e of employees) {
          if (e.institution_id !== a.party_one_institution_id) problems.push({ path: `employeeIds.${e.id}`, message: `${e.full_name} bukan pegawai ${a.party_one}` });
          if (e.end_date && compareDates(e.end_date, day) < 0) problems.push({ path: `employeeIds.${e.id}`, message: `${e.full_name} sudah berhenti sejak ${formatDateId(e.end_date)}` });
        }
        const existing = await repo.findParticipantsForEmployees(trx, input.agreementId, employees.map((e) => e.id));
        for (const p of existing.filter((x) => x.status !== 'rejected')) {
          const e = employees.find((x) => x.id === p.employee_id);
          problems.push({ path: `employeeIds.${p.employee_id}`, message: `${e?.full_name ?? p.employee_id} sudah ${STATUS_LABEL[p.status]} pada perjanjian ini` });
        }
        if (problems.length) throw new AppError(problems.some((p) => p.message.includes('sudah')) ? 'conflict' : 'validation_failed', problems.map((p) => p.message).join('; '), { issues: problems });
        const { id: batchId } = await trx
          .insertInto('enrolment_batches')
          .values({ agreement_id: input.agreementId, number: `tmp-${crypto.randomUUID()}`, status: 'draft', work_unit_id: unitLimit(actor) ?? null, note: input.note, created_by: actor.label })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx.updateTable('enrolment_batches').set({ number: `PENDAFTARAN-${day.slice(0, 4)}-${String(await nextNumber(trx, 'enrolment_batch')).padStart(4, '0')}` }).where('id', '=', batchId).execute();
        for (const e of employees) {
          const previous = existing.find((p) => p.employee_id === e.id);
          let participantId: number;
          if (previous) {
            participantId = previous.id;
            await move(trx, actor, previous, 'draft', 'diajukan kembali');
            await repo.updateParticipant(trx, previous.id, { status: 'draft', batch_id: batchId, rejection_reason: null });
          } else {
            participantId = (await trx.insertInto('participants').values({ agreement_id: input.agreementId, employee_id: e.id, batch_id: batchId, status: 'draft' }).returning('id').executeTakeFirstOrThrow()).id;
            await repo.insertEvent(trx, { participant_id: participantId, actor_label: actor.label, from_status: null, to_status: 'draft', note: null });
          }
        }
        await recordAudit(trx, actor, { action: 'enrolment.batch_create', entityType: 'enrolment_batch', entityId: batchId, after: input });
        return batchId;
      });
      return this.getBatch(actor, id);
    },

    async removeFromBatch(actor: Actor, batchId: number, participantId: number) {
      authorize(actor, 'enrolment:prepare');
      await db.transaction().execute(async (trx) => {
        await lockAgreement(trx, (await loadBatch(actor, trx, batchId)).agreement_id);
        const batch = await loadBatch(actor, trx, batchId);
        if (batch.status !== 'draft') throw new AppError('invalid_state', 'Hanya pengajuan berstatus draf yang dapat diubah');
        const p = await loadParticipant(trx, participantId, actor);
        if (p.batch_id !== batchId || p.status !== 'draft') throw notFound('Peserta dalam pengajuan ini', participantId);
        await trx.deleteFrom('participant_events').where('participant_id', '=', participantId).execute();
        await trx.deleteFrom('participants').where('id', '=', participantId).execute();
        await recordAudit(trx, actor, { action: 'enrolment.batch_remove', entityType: 'enrolment_batch', entityId: batchId, before: { participantId, employeeId: p.employee_id } });
      });
      return this.getBatch(actor, batchId);
    },

    async submitBatch(actor: Actor, batchId: number) {
      authorize(actor, 'enrolment:prepare');
      await db.transaction().execute(async (trx) => {
        // A parallel second submission waits for the first, then finds the batch submitted.
        await lockAgreement(trx, (await loadBatch(actor, trx, batchId)).agreement_id);
        const batch = await loadBatch(actor, trx, batchId);
        if (batch.status !== 'draft') throw new AppError('invalid_state', `Pengajuan ${batch.number} sudah diajukan`);
        assertOpenForEnrolment(await parties(trx, batch.agreement_id), today());
        const participants = await repo.participantsOfBatch(trx, batchId);
        if (participants.length === 0) throw new AppError('invalid_state', 'Pengajuan kosong; tambahkan pegawai terlebih dahulu');
        for (const p of participants) {
          await move(trx, actor, p, 'submitted', batch.number);
          await repo.updateParticipant(trx, p.id, { status: 'submitted' });
        }
        const now = new Date().toISOString();
        await trx.updateTable('enrolment_batches').set({ status: 'submitted', submitted_by: actor.label, submitted_at: now }).where('id', '=', batchId).execute();
        await recordAudit(trx, actor, { action: 'enrolment.batch_submit', entityType: 'enrolment_batch', entityId: batchId, after: { participants: participants.length } });
      });
      return this.getBatch(actor, batchId);
    },

    async accept(actor: Actor, participantId: number, raw: unknown): Promise<ParticipantOut> {
      authorize(actor, 'enrolment:process');
      const input = parseOrThrow(acceptSchema, raw);
      const day = today();
      await db.transaction().execute(async (trx) => {
        // Decisions on one agreement's participants one at a time (a KPJ is unique across them); then read the participant as committed.
        await lockAgreement(trx, (await loadParticipant(trx, participantId, actor)).agreement_id);
        const p = await loadParticipant(trx, participantId, actor);
        // The scope (src/core/scope.ts) already confines a BPJS officer to its branch's agreements.
        const a = await parties(trx, p.agreement_id);
        await acceptIn(trx, actor, p, input.kpj, input.registeredOn ?? day, a);
        // Registered after the agreement's renewal was signed: carried into it at once, same KPJ.
        await carryIntoSignedRenewals(trx, actor, p.agreement_id);
        await refreshBatchStatus(trx, p.batch_id);
        await recordAudit(trx, actor, { action: 'enrolment.accept', entityType: 'participant', entityId: participantId, before: { status: p.status }, after: input });
      });
      return presentParticipant(await loadParticipant(db, participantId), day);
    },

    async reject(actor: Actor, participantId: number, raw: unknown): Promise<ParticipantOut> {
      authorize(actor, 'enrolment:process');
      const input = parseOrThrow(rejectSchema, raw);
      await db.transaction().execute(async (trx) => {
        await lockAgreement(trx, (await loadParticipant(trx, participantId, actor)).agreement_id);
        const p = await loadParticipant(trx, participantId, actor);
        await move(trx, actor, p, 'rejected', input.reason);
        await repo.updateParticipant(trx, p.id, { status: 'rejected', rejection_reason: input.reason });
        await refreshBatchStatus(trx, p.batch_id);
        await recordAudit(trx, actor, { action: 'enrolment.reject', entityType: 'participant', entityId: participantId, before: { status: p.status }, after: input });
      });
      return presentParticipant(await loadParticipant(db, participantId), today());
    },

    /**
     * The branch's result file (NIK → participant number, optional registration date): all
     * rows are checked first; any bad row and nothing is assigned.
     */
    async importNumbers(actor: Actor, agreementId: number, file: { fileName: string; content: Buffer }) {
      authorize(actor, 'enrolment:process');
      const a = await parties(db, agreementId, actor);
      const { rows, errors } = await readBranchFile(file.content, ['nik', 'kpj']);
      const problems: BranchFileError[] = [...errors];
      const found = new Map((await repo.submittedByNik(db, agreementId, rows.flatMap((r) => (r.nik ? [r.nik] : [])))).map((p) => [p.nik, p]));
      const taken = new Map((await repo.findByKpj(db, rows.flatMap((r) => (r.kpj ? [r.kpj] : [])))).map((t) => [t.kpj, t.employee_id]));
      const seenNik = new Map<string, number>();
      const seenKpj = new Map<string, number>();
      const day = today();
      for (const r of rows) {
        const fail = (column: string, message: string) => problems.push({ row: r.row, column, message });
        if (!r.nik) fail('NIK', 'NIK wajib diisi');
        if (!r.kpj) fail('KPJ', 'Nomor peserta wajib diisi');
        else if (!isValidKpj(r.kpj)) fail('KPJ', `${KPJ_RULE}: "${r.kpj}"`);
        if (r.nik) {
          const p = found.get(r.nik);
          if (!p) fail('NIK', `NIK ${r.nik} tidak dikenal pada perjanjian ini`);
          else if (p.status !== 'submitted' && !(p.status === 'registered' && p.kpj === r.kpj)) fail('NIK', `${p.full_name} berstatus ${STATUS_LABEL[p.status]}, bukan diajukan`);
          if (seenNik.has(r.nik)) fail('NIK', `NIK ${r.nik} sama dengan baris ${seenNik.get(r.nik)}`);
          seenNik.set(r.nik, r.row);
        }
        if (r.kpj) {
          const owner = taken.get(r.kpj);
          if (owner !== undefined && owner !== found.get(r.nik ?? '')?.employee_id) fail('KPJ', `Nomor peserta ${r.kpj} sudah dipakai peserta lain`);
          if (seenKpj.has(r.kpj)) fail('KPJ', `Nomor peserta ${r.kpj} sama dengan baris ${seenKpj.get(r.kpj)}`);
          seenKpj.set(r.kpj, r.row);
        }
      }
      if (rows.length === 0) throw new AppError('bad_file', 'Berkas tidak berisi baris data');
      if (problems.length) {
        problems.sort((x, y) => x.row - y.row);
        throw new AppError('validation_failed', `${problems.length} baris bermasalah; tidak ada nomor peserta yang dicatat. Baris ${problems[0]!.row}: ${problems[0]!.message}`, { issues: problems.map((p) => ({ path: `baris ${p.row}, ${p.column}`, message: p.message, row: p.row, column: p.column })) });
      }
      let assigned = 0;
      await db.transaction().execute(async (trx) => {
        await lockAgreement(trx, a.id);
        const batches = new Set<number>();
        for (const r of rows) {
          const p = found.get(r.nik!)!;
          if (p.status === 'registered') continue;
          await acceptIn(trx, actor, p, r.kpj!, r.registeredOn ?? day, a);
          batches.add(p.batch_id);
          assigned++;
        }
        for (const b of batches) await refreshBatchStatus(trx, b);
        // Those registered after the agreement's renewal was signed: carried into it, once for the file.
        if (assigned > 0) await carryIntoSignedRenewals(trx, actor, a.id);
        await recordAudit(trx, actor, { action: 'enrolment.import_numbers', entityType: 'agreement', entityId: agreementId, after: { file: file.fileName, rows: rows.length, assigned } });
      });
      return { rows: rows.length, assigned, unchanged: rows.length - assigned };
    },

    async deactivate(actor: Actor, participantId: number, raw: unknown): Promise<ParticipantOut> {
      authorize(actor, 'enrolment:prepare');
      const input = parseOrThrow(deactivateSchema, raw);
      await db.transaction().execute(async (trx) => {
        // One decision at a time per agreement (as accept/reject): a parallel second deactivation waits, then sees the first.
        await lockAgreement(trx, (await loadParticipant(trx, participantId, actor)).agreement_id);
        const p = await loadParticipant(trx, participantId, actor);
        if (p.status !== 'registered') throw new AppError('invalid_state', `Hanya peserta terdaftar yang dapat dinonaktifkan (status: ${STATUS_LABEL[p.status]})`);
        if (p.deactivated_on) throw new AppError('invalid_state', `Peserta sudah nonaktif sejak ${formatDateId(p.deactivated_on)}`);
        if (p.registered_on && compareDates(input.from, p.registered_on) <= 0) throw new AppError('validation_failed', 'Tanggal nonaktif harus setelah tanggal kepesertaan');
        await repo.insertEvent(trx, { participant_id: p.id, actor_label: actor.label, from_status: 'registered', to_status: 'deactivated', note: `mulai ${input.from}: ${input.reason}` });
        await repo.updateParticipant(trx, p.id, { deactivated_on: input.from, deactivation_reason: input.reason });
        const continued = await deactivateContinued(trx, actor, p.id, input.from, input.reason);
        await recordAudit(trx, actor, { action: 'enrolment.deactivate', entityType: 'participant', entityId: participantId, before: { deactivatedOn: null }, after: continued.length ? { ...input, continuedIn: continued } : input });
      });
      return presentParticipant(await loadParticipant(db, participantId), today());
    },

    async reactivate(actor: Actor, participantId: number): Promise<ParticipantOut> {
      authorize(actor, 'enrolment:prepare');
      await db.transaction().execute(async (trx) => {
        await lockAgreement(trx, (await loadParticipant(trx, participantId, actor)).agreement_id);
        const p = await loadParticipant(trx, participantId, actor);
        if (!p.deactivated_on) throw new AppError('invalid_state', 'Peserta tidak sedang nonaktif');
        await repo.insertEvent(trx, { participant_id: p.id, actor_label: actor.label, from_status: 'registered', to_status: 'reactivated', note: `sebelumnya nonaktif sejak ${p.deactivated_on}` });
        await repo.updateParticipant(trx, p.id, { deactivated_on: null, deactivation_reason: null });
        const continued = await reactivateContinued(trx, actor, p.id, p.deactivated_on, p.deactivation_reason);
        await recordAudit(trx, actor, { action: 'enrolment.reactivate', entityType: 'participant', entityId: participantId, before: { deactivatedOn: p.deactivated_on }, after: continued.length ? { deactivatedOn: null, continuedIn: continued } : { deactivatedOn: null } });
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
      const actorName = await actorNamer(db, events.map((e) => e.actor_label));
      return { ...presentParticipant(p, today()), events: events.map((e) => ({ id: e.id, at: e.at, actor: e.actor_label, actorName: actorName(e.actor_label), fromStatus: e.from_status, toStatus: e.to_status, note: e.note })) };
    },

    /** The submitted batch as the branch's bulk-registration XLSX (layout in branch-export.ts). */
    async exportBatch(actor: Actor, batchId: number): Promise<{ fileName: string; content: Buffer }> {
      authorize(actor, 'enrolment:read');
      const batch = await loadBatch(actor, db, batchId);
      const participants = await repo.participantsOfBatch(db, batchId);
      // The reported wage of the terms in force when the batch was submitted (never a silent 0).
      const on = batch.submitted_at?.slice(0, 10) ?? today();
      const { reportedWage: wage } = await termsInForce(db, batch.agreement_id, on);
      const { default: ExcelJS } = await import('exceljs'); // loaded when used: the CLI and the server start without it
      const workbook = new ExcelJS.Workbook();
      workbook.creator = 'Lindung';
      const sheet = workbook.addWorksheet('Pendaftaran');
      sheet.columns = BRANCH_EXPORT_COLUMNS.map((c) => ({ header: c.header, key: c.header, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
      sheet.getRow(1).font = { bold: true };
      for (const [i, p] of participants.entries()) sheet.addRow(BRANCH_EXPORT_COLUMNS.map((c) => c.value({ index: i + 1, participant: p, wage })));
      return { fileName: `${batch.number}.xlsx`, content: await safeXlsxBuffer(workbook) };
    },

    /** The branch's participant list against Lindung's registered, active participants. */
    async reconcile(actor: Actor, agreementId: number, file: { fileName: string; content: Buffer }): Promise<Reconciliation & { unreadable: BranchFileError[] }> {
      authorize(actor, 'enrolment:reconcile');
      await parties(db, agreementId, actor); // the agreement in the caller's scope, else 404
      const { rows, errors } = await readBranchFile(file.content, []);
      const day = today();
      const ours = (await repo.registeredOf(db, agreementId)).filter((p) => isEnrolledOn({ status: p.status, registeredOn: p.registered_on, deactivatedOn: p.deactivated_on }, day));
      const result = reconcile(
        ours.map((p) => ({ nik: p.nik, kpj: p.kpj, fullName: p.full_name, birthDate: p.birth_date, unitName: p.unit_name })),
        rows.map((r) => ({ row: r.row, nik: r.nik, kpj: r.kpj, fullName: r.fullName, birthDate: r.birthDate })),
      );
      return { ...result, unreadable: errors };
    },
  };
}

export type EnrolmentService = ReturnType<typeof createEnrolmentService>;
