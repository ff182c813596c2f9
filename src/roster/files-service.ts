/**
 * Roster files: import (upload → preview → confirm), the error report, export and the template.
 * A confirmed import writes all good rows in ONE transaction — all of them or nothing — and is
 * recorded as one audit entry; bad rows are skipped and stay in the report.
 */
import { safeXlsxBuffer } from '../core/spreadsheet.ts';
import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { AppError, forbidden, notFound } from '../core/errors.ts';
import { parseOrThrow } from '../core/validation.ts';
import { recordAudit } from '../audit/index.ts';
import * as unitsRepo from '../work-units/index.ts';
import * as repo from './repo.ts';
import {
  analyseRosterFile,
  analyseStagedRows,
  ANALYSIS_CHUNK,
  type AnalysedRow,
  type Analysis,
  type AnalysisOptions,
  type AnalysisTarget,
  type ImportError,
} from './import-analysis.ts';
import { assertUnitInScope, rosterScope } from './service.ts';
import { employeeColumns, presentEmployee } from './employee-row.ts';
import { canSeeAgreement, canSeeUnit, unitLimit, visibleGovernmentIds } from '../core/scope.ts';
import { stagingWriter } from './import-staging.ts';
import { rosterTemplateXlsx, toRecord, writeRosterCsv, writeRosterXlsx } from './export.ts';
import { listEmployeesQuery } from './schemas.ts';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const PREVIEW_ROWS = 500;
const WRITE_CHUNK = 500;

export interface ImportRequest {
  fileName: string;
  content: Buffer;
  unitId?: number | undefined;
  agreementId?: number | undefined;
}

export interface ImportProgress {
  phase: 'read' | 'write';
  rows: number;
  total?: number;
}

function summarise(id: number, fileName: string, status: 'previewed' | 'committed', analysis: Analysis) {
  return {
    id,
    fileName,
    status,
    counts: analysis.counts,
    rows: analysis.rows
      .slice(0, PREVIEW_ROWS)
      .map((r) => ({ row: r.row, nik: r.nik, fullName: r.fullName, unitCode: r.unitCode, status: r.status, changes: r.changes })),
    errors: analysis.errors,
    notes: analysis.notes,
  };
}
export type ImportPreview = ReturnType<typeof summarise>;

/** Errors kept in a stored preview (the rest are re-read from the stored file when asked for). */
const STORED_ERRORS = 1000;

/** What an import keeps of its analysis: the counts and the first errors. */
const storedSummary = (analysis: Analysis) => JSON.stringify({ counts: analysis.counts, errors: analysis.errors.slice(0, STORED_ERRORS) });

export function createRosterFilesService({ db, today }: { db: Kysely<DB>; today: () => string }) {
  /**
   * No parsed file is kept in memory after its preview: confirming reads the stored file again
   * (bounded by file-bounds.ts), and the comparison with the database is always redone then. The
   * stored preview is compact: the counts and at most STORED_ERRORS errors (the error report
   * re-reads the file when there were more).
   */

  async function targetFor(
    actor: Actor,
    request: { unitId?: number | undefined; agreementId?: number | undefined },
  ): Promise<AnalysisTarget & { unitId: number | null }> {
    if (!request.unitId === !request.agreementId) {
      throw new AppError('validation_failed', 'Pilih salah satu tujuan impor: satu unit kerja (unitId) atau satu perjanjian (agreementId)');
    }
    // Names of employees already registered elsewhere are shown only to callers who see every unit.
    const revealNames = unitLimit(actor) === undefined;
    if (request.unitId) {
      assertUnitInScope(actor, request.unitId);
      const unit = await unitsRepo.getUnit(db, request.unitId);
      if (!unit || !(await canSeeUnit(db, actor, unit))) throw notFound('Unit kerja', request.unitId);
      return { institutionId: unit.institution_id, unit, units: [unit], unitId: unit.id, revealNames };
    }
    if (unitLimit(actor) !== undefined) throw forbidden('Operator OPD hanya dapat mengimpor untuk unit kerjanya sendiri');
    const gov = await unitsRepo.governmentOfAgreement(db, request.agreementId!);
    if (!gov || !(await canSeeAgreement(db, actor, request.agreementId!))) throw notFound('Perjanjian', request.agreementId);
    const units = await repo.unitsOfGovernment(db, gov.institution_id);
    return { institutionId: gov.institution_id, unit: null, units, unitId: null, revealNames };
  }

  function checkSize(content: Buffer) {
    if (content.length === 0) throw new AppError('bad_file', 'Berkas kosong');
    if (content.length > MAX_IMPORT_BYTES)
      throw new AppError('bad_file', `Berkas lebih dari ${MAX_IMPORT_BYTES / 1024 / 1024} MB; pecah menjadi beberapa berkas`);
  }

  async function loadImport(actor: Actor, id: number) {
    const row = await repo.getImport(db, id);
    if (!row) throw notFound('Impor', id);
    // Out of scope answers like a missing import: another government's, or another unit's for an operator.
    const govs = await visibleGovernmentIds(db, actor);
    if (govs && !govs.includes(row.institution_id)) throw notFound('Impor', id);
    const limit = unitLimit(actor);
    if (limit !== undefined && row.work_unit_id !== limit) throw notFound('Impor', id);
    return row;
  }

  async function targetOfStored(actor: Actor, stored: { work_unit_id: number | null; institution_id: number }) {
    if (stored.work_unit_id) return targetFor(actor, { unitId: stored.work_unit_id });
    const units = await repo.unitsOfGovernment(db, stored.institution_id);
    return { institutionId: stored.institution_id, unit: null, units, unitId: null, revealNames: unitLimit(actor) === undefined };
  }

  /** Writes one analysed chunk: new employees in one insert, changed ones one by one, each with its history. */
  async function writeRows(trx: Kysely<DB>, actor: Actor, rows: AnalysedRow[]): Promise<{ created: number; updated: number }> {
    const now = new Date().toISOString();
    const day = today();
    const fresh = rows.filter((r) => r.status === 'new');
    const changed = rows.filter((r) => r.status === 'changed');
    for (let i = 0; i < fresh.length; i += WRITE_CHUNK) {
      const chunk = fresh.slice(i, i + WRITE_CHUNK);
      const ids = await repo.insertEmployees(trx, chunk, now);
      await repo.insertImportedHistories(
        trx,
        { at: now, day, actorLabel: actor.label },
        chunk.map((r, i) => ({ id: ids[i]!, row: r.row, startDate: r.employee!.startDate })),
      );
    }
    for (const r of changed) {
      await repo.updateEmployee(trx, r.existingId!, { ...employeeColumns(r.employee!), work_unit_id: r.unit!.id, updated_at: now });
      const e = r.employee!;
      const kind = r.unit!.id !== r.existingUnitId ? 'moved' : e.position !== r.existingPosition ? 'position_changed' : 'updated';
      await repo.insertHistory(trx, {
        employee_id: r.existingId!,
        effective_on: today(),
        kind,
        actor_label: actor.label,
        before_json: JSON.stringify(Object.fromEntries(r.changes.map((c) => [c.field === 'unitCode' ? 'unit' : c.field, c.before]))),
        after_json: JSON.stringify(Object.fromEntries(r.changes.map((c) => [c.field === 'unitCode' ? 'unit' : c.field, c.after]))),
      });
    }
    return { created: fresh.length, updated: changed.length };
  }

  return {
    /** Reads the file, stores it, and answers what confirming would do. */
    async preview(actor: Actor, request: ImportRequest, onProgress?: (p: ImportProgress) => void): Promise<ImportPreview> {
      authorize(actor, 'roster:write');
      checkSize(request.content);
      const target = await targetFor(actor, request);
      const stage = stagingWriter(ANALYSIS_CHUNK);
      const analysis = await analyseRosterFile(db, request.content, request.fileName, target, today(), {
        keepRows: PREVIEW_ROWS,
        stage,
        onRead: (rows) => onProgress?.({ phase: 'read', rows }),
      });
      const staged = stage.finish();
      const id = await db.transaction().execute(async (trx) => {
        const fileId = await repo.insertImportFile(trx, {
          name: request.fileName,
          mime: request.fileName.toLowerCase().endsWith('.csv') ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          size: request.content.length,
          sha256: createHash('sha256').update(request.content).digest('hex'),
          content: request.content,
        });
        return repo.insertImport(trx, {
          institution_id: target.institutionId,
          work_unit_id: target.unitId,
          file_id: fileId,
          status: 'previewed',
          summary_json: storedSummary(analysis),
          staged_rows: staged,
          created_by: actor.label,
        });
      });
      return summarise(id, request.fileName, 'previewed', analysis);
    },

    /**
     * Confirms a previewed import: the preview's validated rows (or, for a preview made before they
     * were kept, the file read again) are compared with today's database and written in one transaction.
     */
    async commit(actor: Actor, importId: number, onProgress?: (p: ImportProgress) => void) {
      authorize(actor, 'roster:write');
      const stored = await loadImport(actor, importId);
      if (stored.status === 'committed') throw new AppError('invalid_state', 'Impor ini sudah dikonfirmasi');
      const target = await targetOfStored(actor, stored);
      const previewed = (JSON.parse(stored.summary_json) as { counts: { new: number; changed: number } }).counts;
      const total = previewed.new + previewed.changed; // what the preview promised: the progress bar's length
      // One transaction for the whole file: it is read, compared and written a chunk at a time inside it.
      const { analysis, written } = await db.transaction().execute(async (trx) => {
        if (!(await repo.markImportCommitted(trx, importId, new Date().toISOString()))) throw new AppError('invalid_state', 'Impor ini sudah dikonfirmasi');
        const written = { created: 0, updated: 0 };
        const options: AnalysisOptions = {
          keepRows: PREVIEW_ROWS,
          onRead: (rows) => onProgress?.({ phase: 'read', rows }),
          onChunk: async (rows) => {
            const chunk = await writeRows(trx, actor, rows);
            written.created += chunk.created;
            written.updated += chunk.updated;
            onProgress?.({ phase: 'write', rows: written.created + written.updated, total: Math.max(total, written.created + written.updated) });
          },
        };
        const analysis = await repo.withEmployeeIndexesDeferred(trx, previewed.new, async (findByNiks) => {
          const withLookup = { ...options, findByNiks };
          return stored.staged_rows
            ? analyseStagedRows(trx, stored.staged_rows, target, today(), withLookup)
            : analyseRosterFile(trx, await repo.importContent(trx, importId), stored.name, target, today(), withLookup);
        });
        // The staged rows have served: the file stays (the error report may read it again).
        await repo.finishImport(trx, importId, storedSummary(analysis));
        await recordAudit(trx, actor, {
          action: 'roster.import',
          entityType: 'roster_import',
          entityId: importId,
          after: { file: stored.name, counts: analysis.counts, ...written },
        });
        return { analysis, written };
      });
      return { ...summarise(importId, stored.name, 'committed', analysis), ...written };
    },

    /** Import reports belong to those who import (admin, the unit's operator): a viewer or a BPJS officer is refused. */
    async errors(actor: Actor, importId: number): Promise<{ fileName: string; errors: ImportError[] }> {
      authorize(actor, 'roster:write');
      const stored = await loadImport(actor, importId);
      const summary = JSON.parse(stored.summary_json) as { counts: { errors: number }; errors: ImportError[] };
      if (summary.errors.length >= summary.counts.errors) return { fileName: stored.name, errors: summary.errors };
      // More errors than the stored preview keeps: read the stored file again.
      const target = await targetOfStored(actor, stored);
      const analysis = await analyseRosterFile(db, await repo.importContent(db, importId), stored.name, target, today());
      return { fileName: stored.name, errors: analysis.errors };
    },

    /** The bad rows as an XLSX people can fix from: Baris, Kolom, Pesan. */
    async errorReport(actor: Actor, importId: number): Promise<Buffer> {
      const { fileName, errors } = await this.errors(actor, importId);
      const { default: ExcelJS } = await import('exceljs'); // loaded when used: the CLI and the server start without it
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Baris bermasalah');
      sheet.columns = [
        { header: 'Baris', key: 'row', width: 8 },
        { header: 'Kolom', key: 'column', width: 22 },
        { header: 'Pesan', key: 'message', width: 90 },
      ];
      sheet.getRow(1).font = { bold: true };
      for (const e of errors) sheet.addRow(e);
      sheet.addRow([]);
      sheet.addRow(['', 'Berkas', fileName]);
      return safeXlsxBuffer(workbook);
    },

    /** Checks an export before its response starts streaming (an agreement outside the scope answers 404, not a broken download). */
    async checkExport(actor: Actor, rawFilter: unknown): Promise<void> {
      authorize(actor, 'roster:read');
      const q = parseOrThrow(listEmployeesQuery, rawFilter ?? {});
      await rosterScope(db, actor, today(), q.agreementId);
    },

    async export(actor: Actor, rawFilter: unknown, format: 'xlsx' | 'csv', output: Writable, onProgress?: (rows: number) => void): Promise<number> {
      authorize(actor, 'roster:read');
      const q = parseOrThrow(listEmployeesQuery, rawFilter ?? {});
      const scope = await rosterScope(db, actor, today(), q.agreementId);
      const day = today();
      async function* batches() {
        for await (const rows of repo.iterateEmployees(db, q, scope)) yield rows.map((r) => toRecord(presentEmployee(r, day)));
      }
      return format === 'csv' ? writeRosterCsv(batches(), output, onProgress) : writeRosterXlsx(batches(), output, onProgress);
    },

    template: rosterTemplateXlsx,
  };
}

export type RosterFilesService = ReturnType<typeof createRosterFilesService>;
