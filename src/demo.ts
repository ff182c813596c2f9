/**
 * The demo: the Buton Utara PKS and one user per role, loaded into an empty database so a
 * newcomer can sign in at once. Never loaded when the database already has agreements/users.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cliActor } from './core/actor.ts';
import type { Services } from './services.ts';
import type { Role } from './db/schema.ts';
import { loadDemoDataset } from './demo/dataset.ts';

export const DEMO_AGREEMENT_PATH = fileURLToPath(new URL('../data-files/agreements/buton-utara-2022.json', import.meta.url));
export const DEMO_PASSWORD = 'lindung-demo';
export const DEMO_USERS: { username: string; fullName: string; role: Role }[] = [
  { username: 'admin', fullName: 'Admin BKPSDM (demo)', role: 'admin' },
  { username: 'bpjs', fullName: 'Petugas BPJS Kendari (demo)', role: 'bpjs_officer' },
  { username: 'pengawas', fullName: 'Pengawas (demo)', role: 'viewer' },
];

export interface DemoOptions {
  /** Also build the fictional dataset (src/demo/dataset.ts) when the agreement is loaded now. */
  dataset?: boolean;
  /** The office's zone for the dataset's clock (default Asia/Makassar). */
  timeZone?: string;
}

export async function loadDemo(services: Services, options: DemoOptions = {}): Promise<{ agreementLoaded: boolean; usersCreated: string[]; datasetLoaded: boolean }> {
  const actor = cliActor();
  let agreementLoaded = false;
  let datasetLoaded = false;
  if ((await services.agreements.count()) === 0) {
    const agreement = await services.agreements.importFile(actor, JSON.parse(readFileSync(DEMO_AGREEMENT_PATH, 'utf8')));
    agreementLoaded = true;
    if (options.dataset) {
      await loadDemoDataset(services, agreement.id, options.timeZone ?? 'Asia/Makassar');
      datasetLoaded = true;
    }
  }
  const usersCreated: string[] = [];
  if ((await services.auth.countUsers()) === 0) {
    for (const u of DEMO_USERS) {
      await services.auth.createUser(actor, { ...u, password: DEMO_PASSWORD });
      usersCreated.push(u.username);
    }
  }
  return { agreementLoaded, usersCreated, datasetLoaded };
}
