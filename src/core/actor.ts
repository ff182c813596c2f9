/** Who is acting: a signed-in user, an API token, or the local administrator at the CLI. */
import type { Role } from '../db/schema.ts';

export type { Role };
export const ROLES: readonly Role[] = ['system_admin', 'admin', 'opd_operator', 'bpjs_officer', 'viewer'];

export interface Actor {
  userId: number | null;
  /** For the audit log: "user:budi", "token:skrip-bpjs (budi)", "cli:root". */
  label: string;
  role: Role;
  /** An opd_operator's own work unit. */
  workUnitId: number | null;
  /** A BPJS officer's branch (or a regency user's government), when bound to one. */
  institutionId: number | null;
}

/** The CLI works on the database directly as the local administrator. */
export function cliActor(): Actor {
  const who = process.env.USER ?? process.env.USERNAME ?? 'lokal';
  return { userId: null, label: `cli:${who}`, role: 'admin', workUnitId: null, institutionId: null };
}
