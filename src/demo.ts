/**
 * The demo: the Buton Utara PKS and one user per role, loaded into an empty database so a
 * newcomer can sign in at once. Never loaded when the database already has agreements/users.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cliActor } from './core/actor.ts';
import type { Services } from './services.ts';
import type { Role } from './db/schema.ts';

export const DEMO_AGREEMENT_PATH = fileURLToPath(new URL('../data-files/agreements/buton-utara-2022.json', import.meta.url));
export const DEMO_PASSWORD = 'lindung-demo';
export const DEMO_USERS: { username: string; fullName: string; role: Role }[] = [
  { username: 'admin', fullName: 'Admin BKPSDM (demo)', role: 'admin' },
  { username: 'bpjs', fullName: 'Petugas BPJS Kendari (demo)', role: 'bpjs_officer' },
  { username: 'pengawas', fullName: 'Pengawas (demo)', role: 'viewer' },
];

export async function loadDemo(services: Services): Promise<{ agreementLoaded: boolean; usersCreated: string[] }> {
  const actor = cliActor();
  let agreementLoaded = false;
  if ((await services.agreements.count()) === 0) {
    await services.agreements.importFile(actor, JSON.parse(readFileSync(DEMO_AGREEMENT_PATH, 'utf8')));
    agreementLoaded = true;
  }
  const usersCreated: string[] = [];
  if ((await services.auth.countUsers()) === 0) {
    // Bound like migration 0009 binds existing users: the branch to the earliest agreement's party two, the rest to its government.
    const first = await services.db.selectFrom('agreements').select(['party_one_institution_id as gov', 'party_two_institution_id as branch']).orderBy('id').executeTakeFirst();
    for (const u of DEMO_USERS) {
      const institutionId = first ? (u.role === 'bpjs_officer' ? first.branch : first.gov) : null;
      await services.auth.createUser(actor, { ...u, institutionId, password: DEMO_PASSWORD });
      usersCreated.push(u.username);
    }
  }
  return { agreementLoaded, usersCreated };
}
