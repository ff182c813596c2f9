/**
 * Work units (OPD / instansi) of a regency government: a tree per institution. The system
 * administrator manages every institution's units, an admin those of its own institution (404 for
 * any other); everyone reads. A unit closed from a date takes no new employees or operators from
 * that date (`isClosedOn`).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { canSeeUnit, unitLimit, visibleGovernmentIds } from '../core/scope.ts';
import { AppError, notFound } from '../core/errors.ts';
import { parseOrThrow } from '../core/validation.ts';
import { formatDateId } from '../core/dates.ts';
import { recordAudit } from '../audit/index.ts';
import { administeredInstitution, administeredOrNotFound, isInstallationAdmin } from '../institutions/index.ts';
import * as repo from './repo.ts';
import { closeUnitSchema, createUnitSchema, updateUnitSchema, type UnitImportResult, type UnitOut } from './schemas.ts';
import { readUnitSheet } from './import.ts';

type UnitRow = Awaited<ReturnType<typeof repo.listUnits>>[number];

const present = (u: UnitRow): UnitOut => ({
  id: u.id,
  institutionId: u.institution_id,
  institution: u.institution,
  code: u.code,
  name: u.name,
  parentId: u.parent_id,
  closedOn: u.closed_on ?? null,
  phone: u.phone,
  address: u.address,
  activeEmployees: Number(u.active_employees ?? 0),
});

export function createWorkUnitsService({ db, today }: { db: Kysely<DB>; today: () => string }) {
  async function resolveInstitution(executor: Kysely<DB>, input: { institutionId?: number | undefined; agreementId?: number | undefined }): Promise<number> {
    if (input.institutionId) {
      const inst = await repo.getInstitution(executor, input.institutionId);
      if (inst?.kind !== 'government') throw notFound('Pemerintah daerah', input.institutionId);
      return inst.id;
    }
    if (input.agreementId) {
      const a = await repo.governmentOfAgreement(executor, input.agreementId);
      if (!a) throw notFound('Perjanjian', input.agreementId);
      return a.institution_id;
    }
    throw new AppError('validation_failed', 'Sebutkan instansi (institutionId) atau perjanjian (agreementId) unit kerja');
  }

  /** The institution the actor writes units for: the one named (in its scope) or, for an admin, its own. */
  async function writableInstitution(
    executor: Kysely<DB>,
    actor: Actor,
    input: { institutionId?: number | undefined; agreementId?: number | undefined },
  ): Promise<number> {
    const own = administeredInstitution(actor);
    if (own !== null && !input.institutionId && !input.agreementId) return own;
    const institutionId = await resolveInstitution(executor, input);
    if (own !== null && institutionId !== own)
      throw notFound(input.institutionId ? 'Pemerintah daerah' : 'Perjanjian', input.institutionId ?? input.agreementId);
    return institutionId;
  }

  /** A unit the actor may change (404 for one of another institution, like a missing one). */
  async function writableUnit(executor: Kysely<DB>, actor: Actor, id: number) {
    return administeredOrNotFound(actor, await repo.getUnit(executor, id), 'Unit kerja', id);
  }

  /** Refuses a parent that is missing, of another institution, the unit itself or one of its descendants. */
  async function checkParent(executor: Kysely<DB>, institutionId: number, unitId: number | null, parentId: number) {
    const units = await repo.unitsOfInstitution(executor, institutionId);
    const byId = new Map(units.map((u) => [u.id, u]));
    if (!byId.has(parentId)) throw notFound('Unit induk', parentId);
    for (let at: number | null = parentId, steps = 0; at !== null && steps <= units.length; at = byId.get(at)?.parent_id ?? null, steps++) {
      if (at === unitId) throw new AppError('validation_failed', 'Unit induk tidak boleh unit itu sendiri atau salah satu bawahannya');
    }
  }

  return {
    resolveInstitution,

    async list(actor: Actor, filter: { institutionId?: number | undefined; agreementId?: number | undefined } = {}): Promise<UnitOut[]> {
      // The system administrator sees every institution's unit tree (names only, no people).
      if (!isInstallationAdmin(actor)) authorize(actor, 'roster:read');
      const institutionId = filter.institutionId || filter.agreementId ? await resolveInstitution(db, filter) : undefined;
      const unitId = unitLimit(actor);
      const govs = isInstallationAdmin(actor) ? null : await visibleGovernmentIds(db, actor);
      return (await repo.listUnits(db, { institutionId, unitId, today: today() })).filter((u) => govs === null || govs.includes(u.institution_id)).map(present);
    },

    async get(actor: Actor, id: number): Promise<UnitOut> {
      if (!isInstallationAdmin(actor)) authorize(actor, 'roster:read');
      const [row] = await repo.listUnits(db, { unitId: id, today: today() });
      if (!row || !(isInstallationAdmin(actor) || (await canSeeUnit(db, actor, row)))) throw notFound('Unit kerja', id);
      return present(row);
    },

    /** A unit by its code within a government; when only the code is known it must be unambiguous. */
    async findByCode(code: string, institutionId?: number) {
      if (institutionId) return (await repo.findUnitByCode(db, institutionId, code)) ?? null;
      const found = await repo.findUnitsByCode(db, code);
      if (found.length > 1)
        throw new AppError('validation_failed', `Kode unit "${code}" dipakai di lebih dari satu pemerintah daerah; sebutkan perjanjiannya (--agreement)`);
      return found[0] ?? null;
    },

    /** True when the unit is closed on the date: it takes no new employees or operators from its closing date. */
    async isClosedOn(unitId: number, date: string): Promise<boolean> {
      return repo.isUnitClosedOn(db, unitId, date);
    },

    async create(actor: Actor, raw: unknown): Promise<UnitOut> {
      authorize(actor, 'units:write');
      const input = parseOrThrow(createUnitSchema, raw);
      const id = await db.transaction().execute(async (trx) => {
        const institutionId = await writableInstitution(trx, actor, input);
        if (await repo.findUnitByCode(trx, institutionId, input.code)) {
          throw new AppError('conflict', `Kode unit "${input.code}" sudah ada`);
        }
        if (input.parentId) await checkParent(trx, institutionId, null, input.parentId);
        const newId = await repo.insertUnit(trx, { institution_id: institutionId, code: input.code, name: input.name, parent_id: input.parentId });
        await recordAudit(trx, actor, {
          action: 'work_unit.create',
          entityType: 'work_unit',
          entityId: newId,
          after: { ...input, institutionId },
          institutionId,
        });
        return newId;
      });
      return this.get(actor, id);
    },

    /** Rename, move under another parent, or set the contact (phone, address). */
    async update(actor: Actor, id: number, raw: unknown): Promise<UnitOut> {
      authorize(actor, 'units:write');
      const input = parseOrThrow(updateUnitSchema, raw);
      await db.transaction().execute(async (trx) => {
        const before = await writableUnit(trx, actor, id);
        if (input.parentId) await checkParent(trx, before.institution_id, id, input.parentId);
        const patch: { name?: string; parent_id?: number | null; phone?: string; address?: string } = {};
        if (input.name !== undefined) patch.name = input.name;
        if (input.phone !== undefined) patch.phone = input.phone;
        if (input.address !== undefined) patch.address = input.address;
        if (input.parentId !== undefined) patch.parent_id = input.parentId;
        await repo.updateUnit(trx, id, patch);
        await recordAudit(trx, actor, {
          action: 'work_unit.update',
          entityType: 'work_unit',
          entityId: id,
          // Both sides hold every editable field, so a field the edit left alone is not shown as removed.
          before: { name: before.name, parentId: before.parent_id, phone: before.phone, address: before.address },
          after: { name: before.name, parentId: before.parent_id, phone: before.phone, address: before.address, ...input },
          institutionId: before.institution_id,
        });
      });
      return this.get(actor, id);
    },

    /** Closes the unit from a date (no new employees from then); its history stays. */
    async close(actor: Actor, id: number, raw: unknown): Promise<UnitOut> {
      authorize(actor, 'units:write');
      const input = parseOrThrow(closeUnitSchema, raw);
      await db.transaction().execute(async (trx) => {
        const before = await writableUnit(trx, actor, id);
        if (before.closed_on) throw new AppError('invalid_state', `Unit kerja "${before.name}" sudah ditutup sejak ${formatDateId(before.closed_on)}`);
        await repo.updateUnit(trx, id, { closed_on: input.closedOn });
        await recordAudit(trx, actor, {
          action: 'work_unit.close',
          entityType: 'work_unit',
          entityId: id,
          before: { closedOn: null },
          after: { closedOn: input.closedOn },
          institutionId: before.institution_id,
        });
      });
      return this.get(actor, id);
    },

    /**
     * Units from an XLSX sheet (code, name, parent code): all or nothing. A known code is renamed
     * and moved; a new one is created. Every bad row is reported by row and column in Bahasa, and
     * then nothing is stored.
     */
    async importXlsx(
      actor: Actor,
      target: { institutionId?: number | undefined; agreementId?: number | undefined },
      buffer: Uint8Array,
    ): Promise<UnitImportResult> {
      authorize(actor, 'units:write');
      const institutionId = await writableInstitution(db, actor, target);
      const { rows, errors } = await readUnitSheet(buffer);
      const existing = await repo.unitsOfInstitution(db, institutionId);
      const known = new Map(existing.map((u) => [u.code.toUpperCase(), u]));
      const inFile = new Map<string, number>();
      for (const r of rows) {
        const key = r.code.toUpperCase();
        if (inFile.has(key)) errors.push({ row: r.row, column: 'Kode Unit', message: `Kode "${r.code}" sudah ada di baris ${inFile.get(key)}` });
        else inFile.set(key, r.row);
      }
      for (const r of rows) {
        if (r.parentCode && !inFile.has(r.parentCode.toUpperCase()) && !known.has(r.parentCode.toUpperCase())) {
          errors.push({ row: r.row, column: 'Kode Induk', message: `Unit induk "${r.parentCode}" tidak ada di berkas maupun di daftar unit` });
        }
        if (r.parentCode && r.parentCode.toUpperCase() === r.code.toUpperCase()) {
          errors.push({ row: r.row, column: 'Kode Induk', message: 'Unit tidak dapat menjadi induk dirinya sendiri' });
        }
      }
      // Cycles through the file's parent links (A under B, B under A).
      const parentOf = new Map<string, string | null>(
        existing.map((u) => [u.code.toUpperCase(), existing.find((p) => p.id === u.parent_id)?.code.toUpperCase() ?? null]),
      );
      for (const r of rows) parentOf.set(r.code.toUpperCase(), r.parentCode ? r.parentCode.toUpperCase() : null);
      for (const r of rows) {
        const seen = new Set<string>();
        for (let at: string | null | undefined = r.code.toUpperCase(); at; at = parentOf.get(at)) {
          if (seen.has(at)) {
            errors.push({ row: r.row, column: 'Kode Induk', message: 'Hubungan induk membentuk lingkaran' });
            break;
          }
          seen.add(at);
        }
      }
      if (rows.length === 0 && errors.length === 0) errors.push({ row: 1, column: 'Kode Unit', message: 'Berkas tidak berisi satu pun unit' });
      errors.sort((a, b) => a.row - b.row);
      if (errors.length > 0) return { created: 0, updated: 0, errors };

      let created = 0;
      let updated = 0;
      await db.transaction().execute(async (trx) => {
        const ids = new Map(existing.map((u) => [u.code.toUpperCase(), u.id]));
        for (const r of rows) {
          const current = known.get(r.code.toUpperCase());
          if (current) {
            if (current.name !== r.name) await repo.updateUnit(trx, current.id, { name: r.name });
            updated++;
          } else {
            ids.set(r.code.toUpperCase(), await repo.insertUnit(trx, { institution_id: institutionId, code: r.code, name: r.name, parent_id: null }));
            created++;
          }
        }
        for (const r of rows) {
          await repo.updateUnit(trx, ids.get(r.code.toUpperCase())!, { parent_id: r.parentCode ? ids.get(r.parentCode.toUpperCase())! : null });
        }
        await recordAudit(trx, actor, {
          action: 'work_unit.import',
          entityType: 'work_unit',
          entityId: 'impor',
          after: { created, updated, rows: rows.length },
          institutionId,
        });
      });
      return { created, updated, errors: [] };
    },
  };
}

export type WorkUnitsService = ReturnType<typeof createWorkUnitsService>;
