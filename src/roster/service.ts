/**
 * The roster: employees of a regency's work units. Nobody is deleted, only ended; moves and
 * position changes are kept as history. An OPD operator sees and changes only its own unit.
 */
import { actorNamer } from '../auth/index.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize, can } from '../core/policy.ts';
import { AppError, forbidden, notFound } from '../core/errors.ts';
import { canSeeAgreement, canSeeEmployee, canSeeUnit, inList, unitLimit, visibleGovernmentIds } from '../core/scope.ts';
import { compareDates } from '../core/dates.ts';
import { parseOrThrow } from '../core/validation.ts';
import { recordAudit } from '../audit/index.ts';
import * as repo from './repo.ts';
import * as unitsRepo from '../work-units/index.ts';
import { checkEmployeeFacts } from './facts.ts';
import { employeeColumns, presentEmployee } from './employee-row.ts';
import { closedUnitProblem } from './closed-units.ts';
import { lockEmployee } from '../db/counters.ts';
import { employeeInputSchema, employeeUpdateSchema, endEmployeeSchema, listEmployeesQuery, type EmployeeOut } from './schemas.ts';

/** The employee list's scope (src/core/scope.ts): visible governments, an operator's unit, and the agreement asked for. */
export async function rosterScope(db: Kysely<DB>, actor: Actor, today: string, agreementId?: number): Promise<repo.ListScope> {
  const scope: repo.ListScope = { today };
  scope.unitId = unitLimit(actor);
  const govs = await visibleGovernmentIds(db, actor);
  if (govs) scope.institutionIds = inList(govs);
  if (agreementId) {
    const gov = await unitsRepo.governmentOfAgreement(db, agreementId);
    if (!gov || !(await canSeeAgreement(db, actor, agreementId))) throw notFound('Perjanjian', agreementId);
    scope.institutionId = gov.institution_id;
  }
  return scope;
}

/** An operator may only write to its own unit (a unit of its own government it knows of: 403, not 404). */
export function assertUnitInScope(actor: Actor, workUnitId: number): void {
  const limit = unitLimit(actor);
  if (limit !== undefined && limit !== workUnitId) {
    throw forbidden('Operator OPD hanya dapat mengakses pegawai unit kerjanya sendiri');
  }
}

/** Throws the facts' issues; a NIK mismatch passes only for an admin who gives a reason. */
export function enforceFacts(actor: Actor, facts: Parameters<typeof checkEmployeeFacts>[0], overrideReason: string | null, today: string): void {
  const issues = checkEmployeeFacts(facts, today);
  const blocking = issues.filter((i) => i.code !== 'nik_mismatch' || !overrideReason);
  if (overrideReason && issues.some((i) => i.code === 'nik_mismatch') && !can(actor, 'roster:override_nik')) {
    throw forbidden('Hanya admin yang dapat mengecualikan ketidaksesuaian NIK');
  }
  if (blocking.length > 0) {
    throw new AppError('validation_failed', blocking.map((i) => i.message).join('; '), {
      issues: blocking.map((i) => ({ path: i.field, message: i.message, code: i.code })),
    });
  }
}

export function createRosterService({ db, today }: { db: Kysely<DB>; today: () => string }) {
  async function load(id: number, executor: Kysely<DB> = db) {
    const e = await repo.getEmployee(executor, id);
    if (!e) throw notFound('Pegawai', id);
    return e;
  }

  /** An employee in the actor's scope; outside it answers exactly like a missing one. */
  async function loadInScope(actor: Actor, id: number, executor: Kysely<DB> = db) {
    const e = await repo.getEmployee(executor, id);
    if (!e || !(await canSeeEmployee(executor, actor, e))) throw notFound('Pegawai', id);
    return e;
  }

  async function unitOrThrow(executor: Kysely<DB>, unitId: number, actor?: Actor) {
    const unit = await unitsRepo.getUnit(executor, unitId);
    if (!unit || (actor && !(await canSeeUnit(executor, actor, unit)))) throw notFound('Unit kerja', unitId);
    return unit;
  }

  const scopeOf = (actor: Actor, agreementId?: number) => rosterScope(db, actor, today(), agreementId);

  /**
   * A change to one existing employee, after the caller has authorised and read its input: one
   * transaction holding the employee row's lock (a parallel second change waits, then reads the
   * first's result) over the employee as it is then, in scope; answers the employee afterwards.
   */
  async function changeEmployee(
    actor: Actor,
    id: number,
    write: (trx: Kysely<DB>, before: repo.EmployeeRecord, day: string) => Promise<void>,
  ): Promise<EmployeeOut> {
    const day = today();
    await db.transaction().execute(async (trx) => {
      await lockEmployee(trx, id);
      await write(trx, await loadInScope(actor, id, trx), day);
    });
    return presentEmployee(await load(id), day);
  }

  return {
    scopeOf,

    async list(actor: Actor, raw: unknown) {
      authorize(actor, 'roster:read');
      const q = parseOrThrow(listEmployeesQuery, raw ?? {});
      const { rows, total } = await repo.listEmployees(db, q, await scopeOf(actor, q.agreementId));
      const day = today();
      return { items: rows.map((r) => presentEmployee(r, day)), total, page: q.page, pageSize: q.pageSize };
    },

    async get(actor: Actor, id: number) {
      authorize(actor, 'roster:read');
      const e = await loadInScope(actor, id);
      const history = await repo.listHistory(db, id);
      const actorName = await actorNamer(
        db,
        history.map((h) => h.actor_label),
      );
      return {
        ...presentEmployee(e, today()),
        history: history.map((h) => ({
          id: h.id,
          at: h.at,
          effectiveOn: h.effective_on,
          kind: h.kind,
          actor: h.actor_label,
          actorName: actorName(h.actor_label),
          before: h.before_json ? (JSON.parse(h.before_json) as unknown) : null,
          after: h.after_json ? (JSON.parse(h.after_json) as unknown) : null,
        })),
      };
    },

    async create(actor: Actor, raw: unknown): Promise<EmployeeOut> {
      authorize(actor, 'roster:write');
      const input = parseOrThrow(employeeInputSchema, raw);
      assertUnitInScope(actor, input.workUnitId);
      const day = today();
      enforceFacts(actor, input, input.nikOverrideReason, day);
      const id = await db.transaction().execute(async (trx) => {
        const unit = await unitOrThrow(trx, input.workUnitId, actor);
        const closed = closedUnitProblem(unit, input.startDate ?? day, day, input.endDate);
        if (closed) throw new AppError('validation_failed', closed, { field: 'workUnitId' });
        const existing = await repo.findByNik(trx, input.nik);
        if (existing) {
          // Name, unit and id only when the existing employee is in the caller's scope.
          if (await canSeeEmployee(trx, actor, existing)) {
            throw new AppError('conflict', `NIK ${input.nik} sudah terdaftar atas nama ${existing.full_name} di unit ${existing.unit_name}`, {
              employeeId: existing.id,
            });
          }
          throw new AppError('conflict', `NIK ${input.nik} sudah terdaftar pada pegawai lain di luar cakupan Anda; hubungi administrator pemerintah daerah`);
        }
        const now = new Date().toISOString();
        const newId = await repo.insertEmployee(trx, {
          institution_id: unit.institution_id,
          nik: input.nik,
          ...employeeColumns(input),
          work_unit_id: input.workUnitId,
          nik_override_reason: input.nikOverrideReason,
          created_at: now,
          updated_at: now,
        });
        await repo.insertHistory(trx, {
          employee_id: newId,
          effective_on: input.startDate ?? day,
          kind: 'created',
          actor_label: actor.label,
          before_json: null,
          after_json: JSON.stringify(input),
        });
        await recordAudit(trx, actor, {
          action: input.nikOverrideReason ? 'employee.create_nik_override' : 'employee.create',
          entityType: 'employee',
          entityId: newId,
          after: input,
        });
        return newId;
      });
      return presentEmployee(await load(id), day);
    },

    async update(actor: Actor, id: number, raw: unknown): Promise<EmployeeOut> {
      authorize(actor, 'roster:write');
      const input = parseOrThrow(employeeUpdateSchema, raw);
      return changeEmployee(actor, id, async (trx, before, day) => {
        if (input.workUnitId !== undefined && input.workUnitId !== before.work_unit_id) {
          assertUnitInScope(actor, input.workUnitId);
          const unit = await unitOrThrow(trx, input.workUnitId, actor);
          if (unit.institution_id !== before.institution_id) throw new AppError('validation_failed', 'Unit tujuan milik pemerintah daerah lain');
          const endDate = input.endDate === undefined ? before.end_date : input.endDate;
          const closed = closedUnitProblem(unit, input.effectiveOn ?? day, day, endDate);
          if (closed) throw new AppError('validation_failed', closed, { field: 'workUnitId' });
        }
        const next = { ...presentEmployee(before, day), ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as EmployeeOut & {
          nikOverrideReason: string | null;
        };
        enforceFacts(
          actor,
          { nik: before.nik, sex: next.sex, birthDate: next.birthDate, startDate: next.startDate, endDate: next.endDate },
          next.nikOverrideReason,
          day,
        );
        await repo.updateEmployee(trx, id, {
          ...employeeColumns(next),
          work_unit_id: next.workUnitId,
          nik_override_reason: next.nikOverrideReason,
          updated_at: new Date().toISOString(),
        });
        const effectiveOn = input.effectiveOn ?? day;
        const kind = next.workUnitId !== before.work_unit_id ? 'moved' : next.position !== before.position ? 'position_changed' : 'updated';
        const beforeOut = presentEmployee(before, day);
        const changedKeys = Object.keys(input).filter(
          (k) => k !== 'effectiveOn' && JSON.stringify((beforeOut as Record<string, unknown>)[k]) !== JSON.stringify((next as Record<string, unknown>)[k]),
        );
        const pick = (o: Record<string, unknown>) => Object.fromEntries(changedKeys.map((k) => [k, o[k]]));
        if (changedKeys.length === 0) return;
        const beforeJson = pick(beforeOut as unknown as Record<string, unknown>);
        const afterJson = pick(next as unknown as Record<string, unknown>);
        if (kind === 'moved') {
          beforeJson.unit = `${before.unit_code} ${before.unit_name}`;
          const unit = await unitOrThrow(trx, next.workUnitId);
          afterJson.unit = `${unit.code} ${unit.name}`;
        }
        await repo.insertHistory(trx, {
          employee_id: id,
          effective_on: effectiveOn,
          kind,
          actor_label: actor.label,
          before_json: JSON.stringify(beforeJson),
          after_json: JSON.stringify(afterJson),
        });
        await recordAudit(trx, actor, { action: `employee.${kind}`, entityType: 'employee', entityId: id, before: beforeJson, after: afterJson });
      });
    },

    /** Ends employment (never deletes). */
    async end(actor: Actor, id: number, raw: unknown): Promise<EmployeeOut> {
      authorize(actor, 'roster:write');
      const input = parseOrThrow(endEmployeeSchema, raw);
      return changeEmployee(actor, id, async (trx, before) => {
        if (before.end_date) throw new AppError('invalid_state', `Pegawai sudah berhenti sejak ${before.end_date}`);
        if (before.start_date && compareDates(input.endDate, before.start_date) < 0)
          throw new AppError('validation_failed', 'Tanggal berhenti sebelum tanggal mulai kerja');
        await repo.updateEmployee(trx, id, { end_date: input.endDate, end_reason: input.endReason, updated_at: new Date().toISOString() });
        await repo.insertHistory(trx, {
          employee_id: id,
          effective_on: input.endDate,
          kind: 'ended',
          actor_label: actor.label,
          before_json: null,
          after_json: JSON.stringify(input),
        });
        await recordAudit(trx, actor, { action: 'employee.end', entityType: 'employee', entityId: id, before: { endDate: null }, after: input });
      });
    },

    async reactivate(actor: Actor, id: number): Promise<EmployeeOut> {
      authorize(actor, 'roster:write');
      return changeEmployee(actor, id, async (trx, before, day) => {
        if (!before.end_date) throw new AppError('invalid_state', 'Pegawai masih aktif');
        await repo.updateEmployee(trx, id, { end_date: null, end_reason: null, updated_at: new Date().toISOString() });
        await repo.insertHistory(trx, {
          employee_id: id,
          effective_on: day,
          kind: 'reactivated',
          actor_label: actor.label,
          before_json: JSON.stringify({ endDate: before.end_date, endReason: before.end_reason }),
          after_json: null,
        });
        await recordAudit(trx, actor, {
          action: 'employee.reactivate',
          entityType: 'employee',
          entityId: id,
          before: { endDate: before.end_date },
          after: { endDate: null },
        });
      });
    },
  };
}

export type RosterService = ReturnType<typeof createRosterService>;
