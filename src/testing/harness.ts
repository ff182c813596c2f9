/**
 * Test harness: a fresh migrated database (SQLite in memory, or a new PostgreSQL schema when
 * TEST_DATABASE_URL is set), the services with a fixed "today", the HTTP app, and users of
 * every role with a helper that logs in and sends requests with cookie + CSRF.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { createTestDb } from '../db/testing.ts';
import type { Db } from '../db/connect.ts';
import { createServices, type Services } from '../services.ts';
import { buildApp } from '../http/app.ts';
import { cliActor, type Actor } from '../core/actor.ts';
import type { Role } from '../db/schema.ts';
import { needsUnit } from '../core/bindings.ts';

export const DEMO_AGREEMENT_FILE = 'data-files/agreements/buton-utara-2022.json';
export const PASSWORD = 'rahasia-uji-123';

export function demoAgreementData(): Record<string, unknown> {
  return JSON.parse(readFileSync(DEMO_AGREEMENT_FILE, 'utf8')) as Record<string, unknown>;
}

/** The demo agreement's government or branch, found or created by name exactly as importing the agreement does. */
export async function demoParty(handle: Db, kind: 'government' | 'bpjs_branch'): Promise<number> {
  const party = demoAgreementData()[kind === 'government' ? 'partyOne' : 'partyTwo'] as { institution: string; address: string };
  const found = await handle.db.selectFrom('institutions').select('id').where('kind', '=', kind).where('name', '=', party.institution).executeTakeFirst();
  if (found) return found.id;
  return (
    await handle.db.insertInto('institutions').values({ kind, name: party.institution, address: party.address }).returning('id').executeTakeFirstOrThrow()
  ).id;
}

export interface Harness {
  handle: Db;
  services: Services;
  app: FastifyInstance;
  admin: Actor;
  setToday(date: string): void;
  /** The services' "today" (as set by setToday). */
  today(): string;
  /**
   * Creates a user of the role and returns a logged-in client. Bound by default like migration
   * 0009 binds users: admin/viewer to the demo agreement's government, bpjs_officer to its branch
   * (the institutions are created by name, as importing the demo agreement finds them), an
   * operator to a new unit (U1, U2, …) of the demo government. `bind` overrides the institution and unit.
   */
  login(role: Role, username?: string, bind?: { institutionId?: number | null; workUnitId?: number | null }): Promise<Client>;
  close(): Promise<void>;
}

export interface Client {
  csrfToken: string;
  cookie: string;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
}

export async function createHarness(options: { today?: string; webDist?: string; sqliteFile?: string } = {}): Promise<Harness> {
  const handle = await createTestDb(options.sqliteFile ? { sqliteFile: options.sqliteFile } : {});
  let today = options.today ?? '2023-01-10';
  const services = createServices(handle, { timeZone: 'Asia/Makassar', today: () => today });
  const app = await buildApp({
    services,
    config: {
      secureCookies: false,
      webDist: options.webDist ?? 'no-web-dist-in-unit-tests',
      loginRateLimit: 1000,
      logLevel: 'error',
      timeZone: 'Asia/Makassar',
    },
  });
  const admin = cliActor();
  let unitSeq = 0;

  return {
    handle,
    services,
    app,
    admin,
    setToday(date) {
      today = date;
    },
    today: () => today,
    async login(role, username, bind) {
      const name = username ?? `${role.replace('_', '-')}-${Math.random().toString(36).slice(2, 8)}`;
      let workUnitId: number | null = bind?.workUnitId ?? null;
      let institutionId: number | null = bind?.institutionId ?? null;
      if (needsUnit(role) && !workUnitId) {
        const gov = bind?.institutionId ?? (await demoParty(handle, 'government'));
        const unit = await handle.db
          .insertInto('work_units')
          .values({ institution_id: gov, code: `U${++unitSeq}`, name: `Unit ${unitSeq}`, parent_id: null })
          .returning('id')
          .executeTakeFirstOrThrow();
        workUnitId = unit.id;
      }
      if (!bind || !('institutionId' in bind)) {
        if (role === 'admin' || role === 'viewer') institutionId = await demoParty(handle, 'government');
        if (role === 'bpjs_officer') institutionId = await demoParty(handle, 'bpjs_branch');
      }
      await services.auth.createUser(admin, { username: name, fullName: `Pengguna ${name}`, password: PASSWORD, role, workUnitId, institutionId });
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: name, password: PASSWORD } });
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
      const setCookie = res.headers['set-cookie'];
      const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)!.split(';')[0]!;
      const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
      return {
        csrfToken,
        cookie,
        request(opts) {
          return app.inject({ ...opts, headers: { cookie, 'x-csrf-token': csrfToken, ...(opts.headers ?? {}) } });
        },
      };
    },
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
