/**
 * Which rows an actor may see and change, written once. Every list filter, id lookup and export
 * takes its scope from here; a row outside the scope answers exactly like a missing one
 * (`notFound`), and no message names a person or unit outside it.
 *
 * - The CLI's local administrator (`cliActor()`, `local: true`) sees everything: it holds the
 *   database file.
 * - `system_admin` runs the installation: it sees every agreement's header data (parties,
 *   numbers, dates, terms, addenda) and nothing below it; src/core/policy.ts gives it no action on
 *   personal data, so the wider agreement scope here never reaches a roster, bill or claim.
 * - Every other user sees the agreements where its institution is party one (its government) or
 *   party two (its BPJS branch), and everything under them. Units (and employees) visible are
 *   those of the visible agreements' governments; an `opd_operator` (and a viewer bound to a unit)
 *   only its own unit.
 * - A user bound to no institution (or an operator without a unit) sees nothing and is refused
 *   at login and on each request (`assertBound`).
 *
 * The decisions are here; the lookups they need are SQL in ./scope-repo.ts.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from './actor.ts';
import { AppError, notFound } from './errors.ts';
import { needsUnit } from './bindings.ts';
import { agreementIdsOfParty, employeePlace, governmentsVisibleTo, unitPlace } from './scope-repo.ts';

type Db = Kysely<DB>;

export const UNBOUND_MESSAGE = 'Akun belum terikat pada instansi (pemerintah daerah atau kantor cabang BPJS); minta administrator sistem mengikat akun Anda';
export const OPERATOR_WITHOUT_UNIT_MESSAGE = 'Akun operator OPD belum terikat pada unit kerja; minta administrator mengikat akun Anda';

/** Whether the user can act at all: bound to an institution (and an operator to a unit). */
export function bindingProblem(u: { role: Actor['role']; institutionId: number | null; workUnitId: number | null; local?: true }): string | null {
  if (u.local || u.role === 'system_admin') return null;
  if (!u.institutionId) return UNBOUND_MESSAGE;
  if (needsUnit(u.role) && !u.workUnitId) return OPERATOR_WITHOUT_UNIT_MESSAGE;
  return null;
}

export function assertBound(u: Parameters<typeof bindingProblem>[0]): void {
  const problem = bindingProblem(u);
  if (problem) throw new AppError('forbidden', problem);
}

/** True for the actors that see every agreement (the CLI; system_admin for header data only). */
export function seesAllAgreements(actor: Actor): boolean {
  return !!actor.local || actor.role === 'system_admin';
}

/** The unit an actor is confined to: an operator's (or a unit-bound viewer's) own; undefined = no unit limit. -1 when it has none. */
export function unitLimit(actor: Actor): number | undefined {
  if (actor.local) return undefined;
  if (actor.role === 'opd_operator') return actor.workUnitId ?? -1;
  if (actor.role === 'viewer' && actor.workUnitId) return actor.workUnitId;
  return undefined;
}

/** Visible agreement ids; null = every agreement. */
export async function visibleAgreementIds(db: Db, actor: Actor): Promise<number[] | null> {
  if (seesAllAgreements(actor)) return null;
  if (bindingProblem(actor) || !actor.institutionId) return [];
  return agreementIdsOfParty(db, actor.institutionId);
}

/**
 * Governments whose units and employees are visible; null = all. `ofInstitution` gives the
 * governments visible to the actor's institution (scope-repo governmentsVisibleTo) when they were
 * already read, in the same statement as the row they decide on (the protection check).
 */
export async function visibleGovernmentIds(db: Db, actor: Actor, ofInstitution?: readonly number[]): Promise<number[] | null> {
  if (actor.local) return null;
  if (actor.role === 'system_admin' || bindingProblem(actor) || !actor.institutionId) return [];
  const ids = ofInstitution ?? (await governmentsVisibleTo(db, actor.institutionId)).map((r) => r.id);
  return [...new Set(ids)].sort((a, b) => a - b);
}

/** A list usable in `where(col, 'in', …)`: never empty (an empty IN is a syntax error on both databases). */
export function inList(ids: readonly number[]): number[] {
  return ids.length ? [...ids] : [-1];
}

export async function canSeeAgreement(db: Db, actor: Actor, agreementId: number): Promise<boolean> {
  const ids = await visibleAgreementIds(db, actor);
  return ids === null || ids.includes(agreementId);
}

/** Throws the same 404 as a missing row when the agreement is outside the actor's scope. */
export async function assertAgreementInScope(
  db: Db,
  actor: Actor,
  agreementId: number,
  what = 'Perjanjian',
  shownId: number | string = agreementId,
): Promise<void> {
  if (!(await canSeeAgreement(db, actor, agreementId))) throw notFound(what, shownId);
}

/**
 * Whether a unit (by its id and its government) is in the actor's scope. `ofInstitution`: the
 * governments visible to the actor's institution, already read (visibleGovernmentIds); it may be
 * narrowed to those among the unit's own government, the only one the decision looks at.
 */
export async function canSeeUnit(db: Db, actor: Actor, unit: { id: number; institution_id: number }, ofInstitution?: readonly number[]): Promise<boolean> {
  const limit = unitLimit(actor);
  if (limit !== undefined && limit !== unit.id) return false;
  const govs = await visibleGovernmentIds(db, actor, ofInstitution);
  return govs === null || govs.includes(unit.institution_id);
}

export async function assertUnitInScope(db: Db, actor: Actor, unitId: number, what = 'Unit kerja'): Promise<void> {
  const unit = await unitPlace(db, unitId);
  if (!unit || !(await canSeeUnit(db, actor, unit))) throw notFound(what, unitId);
}

/** Whether an employee (its unit and government) is in scope. */
export async function canSeeEmployee(
  db: Db,
  actor: Actor,
  e: { work_unit_id: number; institution_id: number },
  ofInstitution?: readonly number[],
): Promise<boolean> {
  return canSeeUnit(db, actor, { id: e.work_unit_id, institution_id: e.institution_id }, ofInstitution);
}

export async function assertEmployeeInScope(db: Db, actor: Actor, employeeId: number, what = 'Pegawai'): Promise<void> {
  const e = await employeePlace(db, employeeId);
  if (!e || !(await canSeeEmployee(db, actor, e))) throw notFound(what, employeeId);
}

/**
 * The scope of a list query in one value: agreements (null = all), governments (null = all),
 * and the unit limit. Services pass it to their repo filters.
 */
export interface ListScope {
  agreementIds: number[] | null;
  governmentIds: number[] | null;
  unitId: number | undefined;
}

export async function listScope(db: Db, actor: Actor): Promise<ListScope> {
  return { agreementIds: await visibleAgreementIds(db, actor), governmentIds: await visibleGovernmentIds(db, actor), unitId: unitLimit(actor) };
}
