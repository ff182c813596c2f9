/**
 * The demo: the Buton Utara PKS, a small tree of the regency's work units, and users of every
 * role bound to the regency or to the BPJS branch (plus one system administrator), loaded into an
 * empty database so a newcomer can sign in at once. Never loaded when the database already has
 * agreements/users.
 */
import { readFileSync } from 'node:fs';
import { cliActor, type Actor } from './core/actor.ts';
import { dataFile } from './core/project-files.ts';
import type { Services } from './services.ts';
import type { Role } from './db/schema.ts';
import { loadDemoDataset } from './demo/dataset.ts';

export const DEMO_AGREEMENT_PATH = dataFile('agreements', 'buton-utara-2022.json');
export const DEMO_PASSWORD = 'lindung-demo';

/** The regency's demo units: code, name, parent code. */
export const DEMO_UNITS: { code: string; name: string; parent: string | null }[] = [
  { code: 'SETDA', name: 'Sekretariat Daerah', parent: null },
  { code: 'SETDA.ORG', name: 'Bagian Organisasi', parent: 'SETDA' },
  { code: 'SETDA.UMUM', name: 'Bagian Umum', parent: 'SETDA' },
  { code: 'DISDIKBUD', name: 'Dinas Pendidikan dan Kebudayaan', parent: null },
];

/** With the dataset loaded, the demo operators' units are the dataset's. */
const DATASET_UNIT_OF: Record<string, string> = { DISDIKBUD: 'DINKES', 'SETDA.UMUM': 'BKPSDM' };

type Party = 'regency' | 'branch' | null;
export const DEMO_USERS: { username: string; fullName: string; role: Role; party: Party; unit?: string }[] = [
  { username: 'sistem', fullName: 'Administrator Sistem (demo)', role: 'system_admin', party: null },
  { username: 'admin', fullName: 'Admin BKPSDM (demo)', role: 'admin', party: 'regency' },
  { username: 'operator', fullName: 'Operator Disdikbud (demo)', role: 'opd_operator', party: 'regency', unit: 'DISDIKBUD' },
  { username: 'operator-setda', fullName: 'Operator Setda (demo)', role: 'opd_operator', party: 'regency', unit: 'SETDA.UMUM' },
  { username: 'pengawas', fullName: 'Pengawas Inspektorat (demo)', role: 'viewer', party: 'regency' },
  { username: 'bpjs', fullName: 'Petugas BPJS Kendari (demo)', role: 'bpjs_officer', party: 'branch' },
  { username: 'pemantau-bpjs', fullName: 'Pemantau BPJS Kendari (demo)', role: 'viewer', party: 'branch' },
];

/** API tokens of the demo users (their secrets are not kept: the page shows name, dates and state); one revoked. */
export const DEMO_TOKENS: { username: string; name: string; revoked?: true }[] = [
  { username: 'admin', name: 'Ekspor pegawai bulanan (contoh)' },
  { username: 'admin', name: 'Skrip lama (contoh)', revoked: true },
  { username: 'bpjs', name: 'Impor nomor KPJ (contoh)' },
];

export interface DemoOptions {
  /** Also build the fictional dataset (src/demo/dataset.ts) when the agreement is loaded now. */
  dataset?: boolean;
  /** The office's zone for the dataset's clock (default Asia/Makassar). */
  timeZone?: string;
}

export async function loadDemo(
  services: Services,
  options: DemoOptions = {},
): Promise<{ agreementLoaded: boolean; usersCreated: string[]; datasetLoaded: boolean }> {
  const actor = cliActor();
  const data = JSON.parse(readFileSync(DEMO_AGREEMENT_PATH, 'utf8')) as { partyOne: { institution: string }; partyTwo: { institution: string } };
  let agreementLoaded = false;
  let datasetLoaded = false;
  if ((await services.agreements.count()) === 0) {
    const agreement = await services.agreements.importFile(actor, data);
    agreementLoaded = true;
    if (options.dataset) {
      await loadDemoDataset(services, agreement.id, options.timeZone ?? 'Asia/Makassar');
      datasetLoaded = true;
    }
  }
  const usersCreated: string[] = [];
  if ((await services.auth.countUsers()) === 0) {
    const institutionOf = async (kind: 'government' | 'bpjs_branch', name: string) => {
      const found = (await services.institutions.list(actor)).find((i) => i.kind === kind && i.name === name);
      return found ?? services.institutions.create(actor, { kind, level: kind === 'government' ? 'regency' : null, name });
    };
    const regency = await institutionOf('government', data.partyOne.institution);
    const branch = await institutionOf('bpjs_branch', data.partyTwo.institution);
    const units = new Map((await services.units.list(actor, { institutionId: regency.id })).map((u) => [u.code, u.id]));
    // The administration pages' small unit tree, unless the fictional dataset brought its own units:
    // then the demo operators work in the dataset's units (DATASET_UNIT_OF), where its people are.
    const withDataset = units.size > 0;
    if (!withDataset) {
      for (const u of DEMO_UNITS) {
        const created = await services.units.create(actor, {
          institutionId: regency.id,
          code: u.code,
          name: u.name,
          parentId: u.parent ? units.get(u.parent) : null,
        });
        units.set(u.code, created.id);
      }
    }
    const unitOf = (code: string) => units.get(withDataset ? (DATASET_UNIT_OF[code] ?? code) : code) ?? null;
    for (const u of DEMO_USERS) {
      const institutionId = u.party === 'regency' ? regency.id : u.party === 'branch' ? branch.id : null;
      const user = await services.auth.createUser(actor, {
        username: u.username,
        fullName: u.fullName,
        role: u.role,
        institutionId,
        workUnitId: u.unit ? unitOf(u.unit) : null,
        password: DEMO_PASSWORD,
      });
      usersCreated.push(u.username);
      // The tokens page populated: each demo token is made as its user.
      const as: Actor = { userId: user.id, label: `user:${user.username}`, role: user.role, workUnitId: user.workUnitId, institutionId: user.institutionId };
      for (const t of DEMO_TOKENS.filter((t) => t.username === u.username)) {
        const token = await services.auth.createApiToken(as, { name: t.name });
        if (t.revoked) await services.auth.revokeApiToken(as, token.id);
      }
    }
  }
  return { agreementLoaded, usersCreated, datasetLoaded };
}
