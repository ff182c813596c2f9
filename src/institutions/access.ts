/**
 * Scope of the administration routes (institutions, users, work units, audit):
 * - `system_admin` (and the local administrator at the CLI) manages every institution;
 * - an `admin` manages its own institution only (`actor.institutionId`); anything of another
 *   institution answers 404 exactly like a missing row;
 * - any other caller bound to no institution is refused.
 */
import type { Actor } from '../core/actor.ts';
import { AppError, notFound } from '../core/errors.ts';

/** The system administrator, or the CLI's local administrator. */
export function isInstallationAdmin(actor: Actor): boolean {
  return actor.role === 'system_admin' || !!actor.local;
}

/** The one institution the actor administers, or null when it administers all of them. */
export function administeredInstitution(actor: Actor): number | null {
  if (isInstallationAdmin(actor)) return null;
  if (actor.institutionId === null) {
    throw new AppError('forbidden', 'Akun Anda belum terikat pada instansi; hubungi administrator sistem');
  }
  return actor.institutionId;
}

/** True when the actor may see or change rows of this institution. */
export function inScope(actor: Actor, institutionId: number | null): boolean {
  const own = administeredInstitution(actor);
  return own === null || own === institutionId;
}

/** The row when the actor administers its institution; a missing row and one of another institution answer the same 404. */
export function administeredOrNotFound<T extends { institution_id: number | null }>(actor: Actor, row: T | undefined, what: string, id: number): T {
  const own = administeredInstitution(actor);
  if (!row || (own !== null && row.institution_id !== own)) throw notFound(what, id);
  return row;
}
