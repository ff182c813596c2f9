/**
 * The files exchanged with the BPJS branch (PKS Pasal 3): a submitted batch as the branch's
 * bulk-registration XLSX, the branch's result file of participant numbers (all rows checked
 * before any number is recorded), and the branch's participant list reconciled against ours.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { AppError } from '../core/errors.ts';
import { lockAgreement } from '../db/counters.ts';
import { recordAudit } from '../audit/index.ts';
import { termsInForce, carryIntoSignedRenewals } from '../agreements/index.ts';
import * as repo from './repo.ts';
import { isEnrolledOn, isValidKpj, KPJ_RULE, reconcile, STATUS_LABEL, type Reconciliation } from './rules.ts';
import { readBranchFile, type BranchFileError, type BranchRow } from './branch-file.ts';
import { branchExportXlsx } from './branch-export.ts';
import { loadBatch, parties, type Parties } from './loads.ts';
import { acceptIn, refreshBatchStatus } from './transitions.ts';

type Upload = { fileName: string; content: Buffer };

/**
 * The rows of the branch's number file that cannot be recorded: NIK or number missing or malformed,
 * a NIK not submitted under the agreement (a row repeating a number already recorded for it is fine),
 * a number of another person, a NIK or number given twice.
 */
function numberFileProblems(rows: BranchRow[], found: Map<string, repo.ParticipantRecord>, taken: Map<string | null, number>): BranchFileError[] {
  const problems: BranchFileError[] = [];
  const seenNik = new Map<string, number>();
  const seenKpj = new Map<string, number>();
  for (const r of rows) {
    const fail = (column: string, message: string) => problems.push({ row: r.row, column, message });
    if (!r.nik) fail('NIK', 'NIK wajib diisi');
    if (!r.kpj) fail('KPJ', 'Nomor peserta wajib diisi');
    else if (!isValidKpj(r.kpj)) fail('KPJ', `${KPJ_RULE}: "${r.kpj}"`);
    if (r.nik) {
      const p = found.get(r.nik);
      if (!p) fail('NIK', `NIK ${r.nik} tidak dikenal pada perjanjian ini`);
      else if (p.status !== 'submitted' && !(p.status === 'registered' && p.kpj === r.kpj))
        fail('NIK', `${p.full_name} berstatus ${STATUS_LABEL[p.status]}, bukan diajukan`);
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
  return problems;
}

export function createBranchFilesService({ db, today }: { db: Kysely<DB>; today: () => string }) {
  /** Registers the checked rows' participants (those already registered stay as they are); returns how many were assigned. */
  async function assignNumbers(
    trx: Kysely<DB>,
    actor: Actor,
    a: Parties,
    rows: BranchRow[],
    found: Map<string, repo.ParticipantRecord>,
    day: string,
  ): Promise<number> {
    let assigned = 0;
    const batches = new Set<number>();
    for (const r of rows) {
      const p = found.get(r.nik!)!;
      if (p.status === 'registered') continue;
      await acceptIn(trx, actor, p, r.kpj!, r.registeredOn ?? day, a);
      batches.add(p.batch_id);
      assigned++;
    }
    for (const b of batches) await refreshBatchStatus(trx, b);
    return assigned;
  }

  return {
    /**
     * The branch's result file (NIK → participant number, optional registration date): all
     * rows are checked first; any bad row and nothing is assigned.
     */
    async importNumbers(actor: Actor, agreementId: number, file: Upload) {
      authorize(actor, 'enrolment:process');
      const a = await parties(db, agreementId, actor);
      const { rows, errors } = await readBranchFile(file.content, ['nik', 'kpj']);
      const found = new Map(
        (
          await repo.submittedByNik(
            db,
            agreementId,
            rows.flatMap((r) => (r.nik ? [r.nik] : [])),
          )
        ).map((p) => [p.nik, p]),
      );
      const taken = new Map(
        (
          await repo.findByKpj(
            db,
            rows.flatMap((r) => (r.kpj ? [r.kpj] : [])),
          )
        ).map((t) => [t.kpj, t.employee_id]),
      );
      const problems: BranchFileError[] = [...errors, ...numberFileProblems(rows, found, taken)];
      const day = today();
      if (rows.length === 0) throw new AppError('bad_file', 'Berkas tidak berisi baris data');
      if (problems.length) {
        problems.sort((x, y) => x.row - y.row);
        throw new AppError(
          'validation_failed',
          `${problems.length} baris bermasalah; tidak ada nomor peserta yang dicatat. Baris ${problems[0]!.row}: ${problems[0]!.message}`,
          { issues: problems.map((p) => ({ path: `baris ${p.row}, ${p.column}`, message: p.message, row: p.row, column: p.column })) },
        );
      }
      const assigned = await db.transaction().execute(async (trx) => {
        await lockAgreement(trx, a.id);
        const count = await assignNumbers(trx, actor, a, rows, found, day);
        // Those registered after the agreement's renewal was signed: carried into it, once for the file.
        if (count > 0) await carryIntoSignedRenewals(trx, actor, a.id);
        await recordAudit(trx, actor, {
          action: 'enrolment.import_numbers',
          entityType: 'agreement',
          entityId: agreementId,
          after: { file: file.fileName, rows: rows.length, assigned: count },
        });
        return count;
      });
      return { rows: rows.length, assigned, unchanged: rows.length - assigned };
    },

    /** The submitted batch as the branch's bulk-registration XLSX (layout in branch-export.ts). */
    async exportBatch(actor: Actor, batchId: number): Promise<{ fileName: string; content: Buffer }> {
      authorize(actor, 'enrolment:read');
      const batch = await loadBatch(actor, db, batchId);
      const participants = await repo.participantsOfBatch(db, batchId);
      // The reported wage of the terms in force when the batch was submitted (never a silent 0).
      const on = batch.submitted_at?.slice(0, 10) ?? today();
      const { reportedWage: wage } = await termsInForce(db, batch.agreement_id, on);
      return { fileName: `${batch.number}.xlsx`, content: await branchExportXlsx(participants, wage) };
    },

    /** The branch's participant list against Lindung's registered, active participants. */
    async reconcile(actor: Actor, agreementId: number, file: Upload): Promise<Reconciliation & { unreadable: BranchFileError[] }> {
      authorize(actor, 'enrolment:reconcile');
      await parties(db, agreementId, actor); // the agreement in the caller's scope, else 404
      const { rows, errors } = await readBranchFile(file.content, []);
      const day = today();
      const ours = (await repo.registeredOf(db, agreementId)).filter((p) =>
        isEnrolledOn({ status: p.status, registeredOn: p.registered_on, deactivatedOn: p.deactivated_on }, day),
      );
      const result = reconcile(
        ours.map((p) => ({ nik: p.nik, kpj: p.kpj, fullName: p.full_name, birthDate: p.birth_date, unitName: p.unit_name })),
        rows.map((r) => ({ row: r.row, nik: r.nik, kpj: r.kpj, fullName: r.fullName, birthDate: r.birthDate })),
      );
      return { ...result, unreadable: errors };
    },
  };
}
