/**
 * Registration batches (PKS Pasal 3): the regency picks eligible employees into a draft batch,
 * may take people out while it is a draft, and submits it to the BPJS branch. Every change is
 * one transaction under the agreement's lock, with its audit entry.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { AppError, notFound } from '../core/errors.ts';
import { compareDates, formatDateId } from '../core/dates.ts';
import { parseOrThrow } from '../core/validation.ts';
import { canSeeEmployee, unitLimit, visibleAgreementIds } from '../core/scope.ts';
import { lockAgreement, nextNumber } from '../db/counters.ts';
import { recordAudit } from '../audit/index.ts';
import { actorNamer } from '../auth/index.ts';
import { employeesByIds } from '../roster/index.ts';
import * as repo from './repo.ts';
import { STATUS_LABEL } from './rules.ts';
import { createBatchSchema, type BatchOut } from './schemas.ts';
import { presentParticipant } from './present.ts';
import { loadBatch, loadParticipant, parties, type BatchRecord, type Parties } from './loads.ts';
import { assertOpenForEnrolment, move } from './transitions.ts';

type Employee = Awaited<ReturnType<typeof employeesByIds>>[number];
type ExistingParticipant = Awaited<ReturnType<typeof repo.findParticipantsForEmployees>>[number];

/**
 * Why these employees cannot be put in a batch under the agreement: missing (or outside the
 * caller's scope), of another government, left before `day`, or already in enrolment under it
 * (a rejected one may be submitted again).
 */
function batchProblems(ids: number[], employees: Employee[], existing: ExistingParticipant[], a: Parties, day: string) {
  const problems: { path: string; message: string }[] = [];
  for (const missing of ids.filter((i) => !employees.some((e) => e.id === i)))
    problems.push({ path: `employeeIds.${missing}`, message: `Pegawai ID ${missing} tidak ada di daftar pegawai` });
  for (const e of employees) {
    if (e.institution_id !== a.party_one_institution_id) problems.push({ path: `employeeIds.${e.id}`, message: `${e.full_name} bukan pegawai ${a.party_one}` });
    if (e.end_date && compareDates(e.end_date, day) < 0)
      problems.push({ path: `employeeIds.${e.id}`, message: `${e.full_name} sudah berhenti sejak ${formatDateId(e.end_date)}` });
  }
  for (const p of existing.filter((x) => x.status !== 'rejected')) {
    const e = employees.find((x) => x.id === p.employee_id);
    problems.push({ path: `employeeIds.${p.employee_id}`, message: `${e?.full_name ?? p.employee_id} sudah ${STATUS_LABEL[p.status]} pada perjanjian ini` });
  }
  return problems;
}

async function presentBatch(executor: Kysely<DB>, batch: BatchRecord): Promise<BatchOut> {
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

export function createBatchesService({ db, today }: { db: Kysely<DB>; today: () => string }) {
  /** A new draft batch numbered from the year's counter (the counter's number is given back on rollback). */
  async function openBatch(trx: Kysely<DB>, actor: Actor, input: { agreementId: number; note: string }, day: string): Promise<number> {
    const batchId = await repo.insertBatch(trx, {
      agreement_id: input.agreementId,
      number: `tmp-${crypto.randomUUID()}`,
      status: 'draft',
      work_unit_id: unitLimit(actor) ?? null,
      note: input.note,
      created_by: actor.label,
    });
    await repo.updateBatch(trx, batchId, { number: `PENDAFTARAN-${day.slice(0, 4)}-${String(await nextNumber(trx, 'enrolment_batch')).padStart(4, '0')}` });
    return batchId;
  }

  /** The employees as draft participants of the batch: a rejected participant again, anyone else as a new one. */
  async function putInBatch(trx: Kysely<DB>, actor: Actor, agreementId: number, batchId: number, employees: Employee[], existing: ExistingParticipant[]) {
    for (const e of employees) {
      const previous = existing.find((p) => p.employee_id === e.id);
      if (previous) {
        await move(trx, actor, previous, 'draft', 'diajukan kembali');
        await repo.updateParticipant(trx, previous.id, { status: 'draft', batch_id: batchId, rejection_reason: null });
      } else {
        const participantId = await repo.insertParticipant(trx, { agreement_id: agreementId, employee_id: e.id, batch_id: batchId, status: 'draft' });
        await repo.insertEvent(trx, { participant_id: participantId, actor_label: actor.label, from_status: null, to_status: 'draft', note: null });
      }
    }
  }

  async function getBatch(actor: Actor, id: number) {
    authorize(actor, 'enrolment:read');
    const batch = await loadBatch(actor, db, id);
    const day = today();
    return { ...(await presentBatch(db, batch)), participants: (await repo.participantsOfBatch(db, id)).map((p) => presentParticipant(p, day)) };
  }

  return {
    /** Employees who can be put in a new batch: active, of the agreement's regency, not enrolled yet (or rejected). */
    async eligibleEmployees(actor: Actor, agreementId: number, unitId?: number) {
      authorize(actor, 'enrolment:read');
      const a = await parties(db, agreementId, actor);
      const scopeUnit = unitLimit(actor) ?? unitId;
      const rows = await repo.eligibleEmployees(db, agreementId, a.party_one_institution_id, today(), scopeUnit);
      return rows.map((r) => ({
        id: r.id,
        nik: r.nik,
        fullName: r.full_name,
        unitId: r.work_unit_id,
        unitCode: r.unit_code,
        unitName: r.unit_name,
        previouslyRejected: r.participant_status === 'rejected',
      }));
    },

    async listBatches(actor: Actor, filter: { agreementId?: number | undefined }) {
      authorize(actor, 'enrolment:read');
      const visible = await visibleAgreementIds(db, actor);
      const batches = (await repo.listBatches(db, { agreementId: filter.agreementId, unitId: unitLimit(actor) })).filter(
        (b) => visible === null || visible.includes(b.agreement_id),
      );
      return Promise.all(batches.map((b) => presentBatch(db, b)));
    },

    getBatch,

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
        const employees: Employee[] = [];
        for (const e of await employeesByIds(trx, ids)) if (await canSeeEmployee(trx, actor, e)) employees.push(e);
        const existing = await repo.findParticipantsForEmployees(
          trx,
          input.agreementId,
          employees.map((e) => e.id),
        );
        const problems = batchProblems(ids, employees, existing, a, day);
        if (problems.length)
          throw new AppError(problems.some((p) => p.message.includes('sudah')) ? 'conflict' : 'validation_failed', problems.map((p) => p.message).join('; '), {
            issues: problems,
          });
        const batchId = await openBatch(trx, actor, input, day);
        await putInBatch(trx, actor, input.agreementId, batchId, employees, existing);
        await recordAudit(trx, actor, { action: 'enrolment.batch_create', entityType: 'enrolment_batch', entityId: batchId, after: input });
        return batchId;
      });
      return getBatch(actor, id);
    },

    async removeFromBatch(actor: Actor, batchId: number, participantId: number) {
      authorize(actor, 'enrolment:prepare');
      await db.transaction().execute(async (trx) => {
        await lockAgreement(trx, (await loadBatch(actor, trx, batchId)).agreement_id);
        const batch = await loadBatch(actor, trx, batchId);
        if (batch.status !== 'draft') throw new AppError('invalid_state', 'Hanya pengajuan berstatus draf yang dapat diubah');
        const p = await loadParticipant(trx, participantId, actor);
        if (p.batch_id !== batchId || p.status !== 'draft') throw notFound('Peserta dalam pengajuan ini', participantId);
        await repo.deleteParticipant(trx, participantId);
        await recordAudit(trx, actor, {
          action: 'enrolment.batch_remove',
          entityType: 'enrolment_batch',
          entityId: batchId,
          before: { participantId, employeeId: p.employee_id },
        });
      });
      return getBatch(actor, batchId);
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
        await repo.updateBatch(trx, batchId, { status: 'submitted', submitted_by: actor.label, submitted_at: now });
        await recordAudit(trx, actor, {
          action: 'enrolment.batch_submit',
          entityType: 'enrolment_batch',
          entityId: batchId,
          after: { participants: participants.length },
        });
      });
      return getBatch(actor, batchId);
    },
  };
}
