/**
 * Who may do what. Each feature names its actions here as a table, so the rule for a role is
 * read in one place and tested as a table. Which rows an actor may touch (its institution's
 * agreements, an OPD operator's own unit) is decided once, in src/core/scope.ts, on top of this.
 *
 * `system_admin` runs the installation (institutions, first users, unit trees, the holiday calendar)
 * and reads agreements' header data (parties, numbers, dates, terms, addenda) for support; it holds no
 * action on participants' personal data (roster, enrolment, cards, bills and their lines, payments,
 * claims, registers), and its audit view is limited to administrative entries (src/audit/service.ts).
 */
import { forbidden } from './errors.ts';
import type { Actor, Role } from './actor.ts';

export type Action =
  | 'agreements:read'
  | 'agreements:write'
  | 'audit:read'
  | 'selfcheck:log'
  | 'roster:read'
  | 'roster:write'
  | 'roster:override_nik'
  | 'units:write'
  | 'enrolment:read'
  | 'enrolment:prepare'
  | 'enrolment:process'
  | 'enrolment:reconcile'
  | 'cards:print'
  | 'contributions:read'
  | 'contributions:bill'
  | 'contributions:pay'
  | 'monitoring:read'
  | 'monitoring:write'
  | 'claims:read'
  | 'claims:file'
  | 'claims:process'
  | 'users:manage'
  | 'institutions:manage'
  | 'holidays:read'
  | 'holidays:write';

const ALLOWED: Record<Action, readonly Role[]> = {
  'agreements:read': ['system_admin', 'admin', 'opd_operator', 'bpjs_officer', 'viewer'],
  'agreements:write': ['admin'],
  'audit:read': ['system_admin', 'admin'],
  'selfcheck:log': ['system_admin', 'admin'],
  'roster:read': ['admin', 'opd_operator', 'bpjs_officer', 'viewer'],
  'roster:write': ['admin', 'opd_operator'],
  'roster:override_nik': ['admin'],
  'units:write': ['system_admin', 'admin'],
  'enrolment:read': ['admin', 'opd_operator', 'bpjs_officer', 'viewer'],
  'enrolment:prepare': ['admin', 'opd_operator'],
  // The branch registers; the regency's admin may record results the branch sent it.
  'enrolment:process': ['bpjs_officer', 'admin'],
  'enrolment:reconcile': ['bpjs_officer', 'admin'],
  'cards:print': ['admin', 'opd_operator', 'bpjs_officer'],
  'contributions:read': ['admin', 'opd_operator', 'bpjs_officer', 'viewer'],
  // Bills are issued by the branch to the regency; the regency's admin may issue them too from the agreed terms.
  'contributions:bill': ['admin', 'bpjs_officer'],
  'contributions:pay': ['admin'],
  'monitoring:read': ['admin', 'opd_operator', 'bpjs_officer', 'viewer'],
  // Both parties keep the registers (Pasal 3: monitoring and evaluation together or alone).
  'monitoring:write': ['admin', 'bpjs_officer'],
  'claims:read': ['admin', 'opd_operator', 'bpjs_officer', 'viewer'],
  'claims:file': ['admin', 'opd_operator'],
  // Verification, approval and payment are the branch's (PKS Pasal 3 ayat 1 huruf b).
  'claims:process': ['bpjs_officer'],
  // The system administrator manages every institution's users; an admin those of its own institution.
  'users:manage': ['system_admin', 'admin'],
  'institutions:manage': ['system_admin'],
  'holidays:read': ['system_admin', 'admin', 'opd_operator', 'bpjs_officer', 'viewer'],
  // The system administrator keeps the national holiday calendar (it is the installation's, not a regency's).
  'holidays:write': ['system_admin'],
};

/** Installation-wide actions the CLI's local administrator may take as well (it holds the database file). */
const INSTALLATION_ACTIONS: ReadonlySet<Action> = new Set<Action>(['institutions:manage', 'holidays:write', 'users:manage', 'units:write']);

/** Whether a signed-in user of this role may take the action (the web shows its buttons from this too). */
export function roleMay(role: Role, action: Action): boolean {
  return ALLOWED[action].includes(role);
}

export function can(actor: Actor, action: Action): boolean {
  if (actor.local && INSTALLATION_ACTIONS.has(action)) return true;
  return roleMay(actor.role, action);
}

export function authorize(actor: Actor, action: Action): void {
  if (!can(actor, action)) throw forbidden(`Peran "${actor.role}" tidak berwenang untuk ${action}`);
}
