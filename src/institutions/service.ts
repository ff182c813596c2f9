/**
 * Institutions: a regency/city/province government or a BPJS branch. The system administrator
 * creates and edits them; every other user reads only its own (404 for any other).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { AppError, notFound } from '../core/errors.ts';
import { parseOrThrow } from '../core/validation.ts';
import { recordAudit } from '../audit/index.ts';
import { isInstallationAdmin } from './access.ts';
import * as repo from './repo.ts';
import { createInstitutionSchema, updateInstitutionSchema, type InstitutionOut } from './schemas.ts';

type Row = Awaited<ReturnType<typeof repo.listInstitutions>>[number];
const present = (r: Row): InstitutionOut => ({
  id: r.id,
  kind: r.kind,
  level: r.level,
  name: r.name,
  address: r.address,
  phone: r.phone,
  users: Number(r.users ?? 0),
  units: Number(r.units ?? 0),
});

function checkLevel(kind: 'government' | 'bpjs_branch', level: string | null): void {
  if (kind === 'government' && !level) throw new AppError('validation_failed', 'Tingkat pemerintah wajib: kabupaten, kota atau provinsi', { field: 'level' });
  if (kind === 'bpjs_branch' && level) throw new AppError('validation_failed', 'Kantor cabang BPJS tidak mempunyai tingkat pemerintah', { field: 'level' });
}

export function createInstitutionsService({ db }: { db: Kysely<DB> }) {
  return {
    /** Every institution for the system administrator; one's own institution for anyone else. */
    async list(actor: Actor): Promise<InstitutionOut[]> {
      if (isInstallationAdmin(actor)) return (await repo.listInstitutions(db, {})).map(present);
      if (actor.institutionId === null) return [];
      return (await repo.listInstitutions(db, { id: actor.institutionId })).map(present);
    },

    async get(actor: Actor, id: number): Promise<InstitutionOut> {
      if (!isInstallationAdmin(actor) && actor.institutionId !== id) throw notFound('Instansi', id);
      const [row] = await repo.listInstitutions(db, { id });
      if (!row) throw notFound('Instansi', id);
      return present(row);
    },

    async create(actor: Actor, raw: unknown): Promise<InstitutionOut> {
      if (!isInstallationAdmin(actor)) authorize(actor, 'institutions:manage');
      const input = parseOrThrow(createInstitutionSchema, raw);
      checkLevel(input.kind, input.level);
      const id = await db.transaction().execute(async (trx) => {
        if (await repo.findInstitutionByName(trx, input.kind, input.name)) throw new AppError('conflict', `Instansi "${input.name}" sudah ada`);
        const newId = await repo.insertInstitution(trx, input);
        await recordAudit(trx, actor, { action: 'institution.create', entityType: 'institution', entityId: newId, after: input, institutionId: newId });
        return newId;
      });
      return this.get(actor, id);
    },

    async update(actor: Actor, id: number, raw: unknown): Promise<InstitutionOut> {
      if (!isInstallationAdmin(actor)) authorize(actor, 'institutions:manage');
      const input = parseOrThrow(updateInstitutionSchema, raw);
      await db.transaction().execute(async (trx) => {
        const before = await repo.getInstitution(trx, id);
        if (!before) throw notFound('Instansi', id);
        checkLevel(before.kind, input.level === undefined ? before.level : input.level);
        if (input.name && input.name !== before.name && (await repo.findInstitutionByName(trx, before.kind, input.name))) {
          throw new AppError('conflict', `Instansi "${input.name}" sudah ada`);
        }
        await repo.updateInstitution(trx, id, input);
        await recordAudit(trx, actor, {
          action: 'institution.update',
          entityType: 'institution',
          entityId: id,
          before: { level: before.level, name: before.name, address: before.address, phone: before.phone },
          after: input,
          institutionId: id,
        });
      });
      return this.get(actor, id);
    },
  };
}

export type InstitutionsService = ReturnType<typeof createInstitutionsService>;
