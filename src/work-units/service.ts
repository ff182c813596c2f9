/** Work units (OPD / instansi) of a regency government. Admins manage them; everyone reads. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { canSeeUnit, unitLimit, visibleGovernmentIds } from '../core/scope.ts';
import { AppError, notFound } from '../core/errors.ts';
import { parseOrThrow } from '../core/validation.ts';
import { recordAudit } from '../audit/repo.ts';
import * as repo from './repo.ts';
import { createUnitSchema, updateUnitSchema, type UnitOut } from './schemas.ts';

type UnitRow = Awaited<ReturnType<typeof repo.listUnits>>[number];

const present = (u: UnitRow): UnitOut => ({
  id: u.id,
  institutionId: u.institution_id,
  institution: u.institution,
  code: u.code,
  name: u.name,
  parentId: u.parent_id,
  activeEmployees: Number(u.active_employees ?? 0),
});

export function createWorkUnitsService({ db, today }: { db: Kysely<DB>; today: () => string }) {
  async function resolveInstitution(executor: Kysely<DB>, input: { institutionId?: number | undefined; agreementId?: number | undefined }): Promise<number> {
    if (input.institutionId) {
      const inst = await repo.getInstitution(executor, input.institutionId);
      if (!inst || inst.kind !== 'government') throw notFound('Pemerintah daerah', input.institutionId);
      return inst.id;
    }
    if (input.agreementId) {
      const a = await repo.governmentOfAgreement(executor, input.agreementId);
      if (!a) throw notFound('Perjanjian', input.agreementId);
      return a.institution_id;
    }
    throw new AppError('validation_failed', 'Sebutkan instansi (institutionId) atau perjanjian (agreementId) unit kerja');
  }

  return {
    resolveInstitution,

    async list(actor: Actor, filter: { institutionId?: number | undefined; agreementId?: number | undefined } = {}): Promise<UnitOut[]> {
      authorize(actor, 'roster:read');
      const institutionId = filter.institutionId || filter.agreementId ? await resolveInstitution(db, filter) : undefined;
      const unitId = unitLimit(actor);
      const govs = await visibleGovernmentIds(db, actor);
      return (await repo.listUnits(db, { institutionId, unitId, today: today() })).filter((u) => govs === null || govs.includes(u.institution_id)).map(present);
    },

    async get(actor: Actor, id: number): Promise<UnitOut> {
      authorize(actor, 'roster:read');
      const [row] = await repo.listUnits(db, { unitId: id, today: today() });
      if (!row || !(await canSeeUnit(db, actor, row))) throw notFound('Unit kerja', id);
      return present(row);
    },

    /** A unit by its code within a government; when only the code is known it must be unambiguous. */
    async findByCode(code: string, institutionId?: number) {
      if (institutionId) return (await repo.findUnitByCode(db, institutionId, code)) ?? null;
      const found = await repo.findUnitsByCode(db, code);
      if (found.length > 1) throw new AppError('validation_failed', `Kode unit "${code}" dipakai di lebih dari satu pemerintah daerah; sebutkan perjanjiannya (--agreement)`);
      return found[0] ?? null;
    },

    async create(actor: Actor, raw: unknown): Promise<UnitOut> {
      authorize(actor, 'units:write');
      const input = parseOrThrow(createUnitSchema, raw);
      const id = await db.transaction().execute(async (trx) => {
        const institutionId = await resolveInstitution(trx, input);
        // An administrator adds units to its own government only (src/core/scope.ts).
        if (!actor.local && institutionId !== actor.institutionId) throw notFound('Pemerintah daerah', input.institutionId ?? input.agreementId);
        if (await repo.findUnitByCode(trx, institutionId, input.code)) {
          throw new AppError('conflict', `Kode unit "${input.code}" sudah ada`);
        }
        if (input.parentId) {
          const parent = await repo.getUnit(trx, input.parentId);
          if (!parent || parent.institution_id !== institutionId) throw notFound('Unit induk', input.parentId);
        }
        const newId = await repo.insertUnit(trx, { institution_id: institutionId, code: input.code, name: input.name, parent_id: input.parentId });
        await recordAudit(trx, actor, { action: 'work_unit.create', entityType: 'work_unit', entityId: newId, after: { ...input, institutionId } });
        return newId;
      });
      return this.get(actor, id);
    },

    async update(actor: Actor, id: number, raw: unknown): Promise<UnitOut> {
      authorize(actor, 'units:write');
      const input = parseOrThrow(updateUnitSchema, raw);
      await db.transaction().execute(async (trx) => {
        const before = await repo.getUnit(trx, id);
        if (!before || !(await canSeeUnit(trx, actor, before))) throw notFound('Unit kerja', id);
        if (input.parentId === id) throw new AppError('validation_failed', 'Unit tidak dapat menjadi induk dirinya sendiri');
        const patch: { name?: string; parent_id?: number | null } = {};
        if (input.name !== undefined) patch.name = input.name;
        if (input.parentId !== undefined) patch.parent_id = input.parentId;
        await repo.updateUnit(trx, id, patch);
        await recordAudit(trx, actor, { action: 'work_unit.update', entityType: 'work_unit', entityId: id, before, after: input });
      });
      return this.get(actor, id);
    },
  };
}

export type WorkUnitsService = ReturnType<typeof createWorkUnitsService>;
