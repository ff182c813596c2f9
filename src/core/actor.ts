/** Who is acting: a signed-in user, an API token, or the local administrator at the CLI. */
import type { Role } from '../db/schema.ts';

export type { Role };
export const ROLES: readonly Role[] = ['system_admin', 'admin', 'opd_operator', 'bpjs_officer', 'viewer'];

export interface Actor {
  userId: number | null;
  /** For the audit log: "user:budi", "token:skrip-bpjs (budi)", "cli:root". */
  label: string;
  role: Role;
  /** An opd_operator's own work unit (a viewer may be bound to one too). */
  workUnitId: number | null;
  /** The user's institution: its government (admin, opd_operator, viewer) or BPJS branch (bpjs_officer). */
  institutionId: number | null;
  /** The local administrator at the CLI: full scope over every institution (it holds the database file). */
  local?: true;
}

/**
 * The CLI works on the database directly as the local administrator, with full scope: whoever
 * can run it holds the database file anyway. Every other actor is scoped by src/core/scope.ts.
 */
export function cliActor(): Actor {
  const who = process.env.USER ?? process.env.USERNAME ?? 'lokal';
  return { userId: null, label: `cli:${who}`, role: 'admin', workUnitId: null, institutionId: null, local: true };
}
