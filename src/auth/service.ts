/**
 * Users, sessions and API tokens. Sessions live in the database (so several instances behind
 * a proxy share them); only the SHA-256 of a session or API token is stored.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { assertBound } from '../core/scope.ts';
import { AppError, notFound } from '../core/errors.ts';
import { authorize } from '../core/policy.ts';
import { parseOrThrow } from '../core/validation.ts';
import { recordAudit } from '../audit/repo.ts';
import * as repo from './repo.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { newSecret, sha256 } from './tokens.ts';
import { createTokenSchema, createUserSchema, loginSchema, type UserOut } from './schemas.ts';

export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/**
 * The sliding expiry is written only when the session was last seen more than this long ago, not
 * on every request (a write per request would serialise reads behind SQLite's one writer). A
 * session therefore ends between 12 h − 1 min and 12 h after its last request.
 */
export const SESSION_TOUCH_AFTER_MS = 60 * 1000;
// Verified against when the user does not exist, so a wrong username costs the same time.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$itxKdHj9XYMrB+NbjXfW5A$AaYYqiLa9h64leA1wHfZ3cY+F9udOhdMa2cRYw+h9F0';

interface UserLike {
  id: number;
  username: string;
  full_name: string;
  role: UserOut['role'];
  work_unit_id: number | null;
  institution_id: number | null;
  status: 'active' | 'disabled';
}

export function presentUser(u: UserLike): UserOut {
  return { id: u.id, username: u.username, fullName: u.full_name, role: u.role, workUnitId: u.work_unit_id, institutionId: u.institution_id, status: u.status };
}

export function actorOf(u: UserLike, via?: string): Actor {
  return {
    userId: u.id,
    label: via ? `token:${via} (${u.username})` : `user:${u.username}`,
    role: u.role,
    workUnitId: u.work_unit_id,
    institutionId: u.institution_id,
  };
}

export interface SessionInfo {
  actor: Actor;
  user: UserOut;
  csrfToken: string;
}

export function createAuthService({ db }: { db: Kysely<DB> }) {
  return {
    async login(raw: unknown, meta: { ip?: string | null; userAgent?: string | null } = {}) {
      const input = parseOrThrow(loginSchema, raw);
      const user = await repo.findUserByUsername(db, input.username.toLowerCase());
      const ok = await verifyPassword(user?.password_hash ?? DUMMY_HASH, input.password);
      if (!user || !ok || user.status !== 'active') {
        throw new AppError('unauthenticated', 'Nama pengguna atau kata sandi salah');
      }
      assertBound({ role: user.role, institutionId: user.institution_id, workUnitId: user.work_unit_id });
      const token = newSecret();
      const csrfToken = newSecret();
      const now = Date.now();
      await repo.insertSession(db, {
        token_hash: sha256(token),
        user_id: user.id,
        csrf_token: csrfToken,
        expires_at: new Date(now + SESSION_IDLE_MS).toISOString(),
        last_seen_at: new Date(now).toISOString(),
        ip: meta.ip ?? null,
        user_agent: meta.userAgent?.slice(0, 300) ?? null,
      });
      return { token, csrfToken, user: presentUser(user) };
    },

    async logout(token: string): Promise<void> {
      await repo.deleteSession(db, sha256(token));
    },

    /** The session's user, sliding its idle expiry (at most once a minute); null when unknown, expired or disabled. */
    async authenticateSession(token: string): Promise<SessionInfo | null> {
      const row = await repo.findSession(db, sha256(token));
      const now = Date.now();
      if (!row || row.status !== 'active' || Date.parse(row.expires_at) <= now) return null;
      if (now - Date.parse(row.last_seen_at) > SESSION_TOUCH_AFTER_MS) {
        await repo.touchSession(db, row.session_id, new Date(now).toISOString(), new Date(now + SESSION_IDLE_MS).toISOString());
      }
      return { actor: actorOf(row), user: presentUser(row), csrfToken: row.csrf_token };
    },

    async authenticateApiToken(token: string): Promise<{ actor: Actor; user: UserOut } | null> {
      const row = await repo.findApiToken(db, sha256(token));
      if (!row || row.revoked_at || row.status !== 'active') return null;
      await repo.markTokenUsed(db, row.token_id, new Date().toISOString());
      return { actor: actorOf(row, row.token_name), user: presentUser(row) };
    },

    async createUser(actor: Actor, raw: unknown): Promise<UserOut> {
      authorize(actor, 'users:manage');
      const input = parseOrThrow(createUserSchema, raw);
      if (input.role === 'opd_operator' && !input.workUnitId) {
        throw new AppError('validation_failed', 'Operator OPD harus terikat pada satu unit kerja (workUnitId)');
      }
      if (input.role !== 'opd_operator' && input.workUnitId) {
        throw new AppError('validation_failed', 'Hanya operator OPD yang terikat pada unit kerja');
      }
      const passwordHash = await hashPassword(input.password);
      const id = await db.transaction().execute(async (trx) => {
        if (await repo.findUserByUsername(trx, input.username)) {
          throw new AppError('conflict', `Nama pengguna "${input.username}" sudah dipakai`);
        }
        const unit = input.workUnitId ? await trx.selectFrom('work_units').select('institution_id').where('id', '=', input.workUnitId).executeTakeFirst() : null;
        if (input.workUnitId && !unit) throw notFound('Unit kerja', input.workUnitId);
        // An operator belongs to its unit's government (src/core/scope.ts).
        if (unit && !input.institutionId) input.institutionId = unit.institution_id;
        if (input.institutionId && !(await trx.selectFrom('institutions').select('id').where('id', '=', input.institutionId).executeTakeFirst())) {
          throw notFound('Instansi', input.institutionId);
        }
        const newId = await repo.insertUser(trx, {
          username: input.username,
          full_name: input.fullName,
          password_hash: passwordHash,
          role: input.role,
          work_unit_id: input.workUnitId,
          institution_id: input.institutionId,
        });
        const { password: _p, ...logged } = input;
        await recordAudit(trx, actor, { action: 'user.create', entityType: 'user', entityId: newId, after: logged });
        return newId;
      });
      const user = await repo.getUser(db, id);
      if (!user) throw notFound('Pengguna', id);
      return presentUser(user);
    },

    async setPassword(actor: Actor, userId: number, password: string): Promise<void> {
      if (actor.userId !== userId) authorize(actor, 'users:manage');
      const passwordHash = await hashPassword(password);
      await db.transaction().execute(async (trx) => {
        if (!(await repo.getUser(trx, userId))) throw notFound('Pengguna', userId);
        await repo.updateUser(trx, userId, { password_hash: passwordHash });
        await repo.deleteUserSessions(trx, userId);
        await recordAudit(trx, actor, { action: 'user.set_password', entityType: 'user', entityId: userId });
      });
    },

    async listUsers(actor: Actor): Promise<UserOut[]> {
      authorize(actor, 'users:manage');
      return (await repo.listUsers(db)).map(presentUser);
    },

    async findByUsername(username: string): Promise<UserOut | null> {
      const u = await repo.findUserByUsername(db, username);
      return u ? presentUser(u) : null;
    },

    async countUsers(): Promise<number> {
      return repo.countUsers(db);
    },

    /** A new API token for the acting user; the secret is shown once. */
    async createApiToken(actor: Actor, raw: unknown): Promise<{ id: number; name: string; token: string }> {
      if (!actor.userId) throw new AppError('validation_failed', 'Token API dibuat untuk pengguna tertentu (gunakan --user)');
      const input = parseOrThrow(createTokenSchema, raw);
      const token = newSecret('lin_');
      const id = await db.transaction().execute(async (trx) => {
        const tokenId = await repo.insertApiToken(trx, { user_id: actor.userId as number, name: input.name, token_hash: sha256(token) });
        await recordAudit(trx, actor, { action: 'api_token.create', entityType: 'api_token', entityId: tokenId, after: { name: input.name } });
        return tokenId;
      });
      return { id, name: input.name, token };
    },

    async listApiTokens(actor: Actor) {
      if (!actor.userId) return [];
      return repo.listApiTokens(db, actor.userId);
    },

    async revokeApiToken(actor: Actor, tokenId: number): Promise<void> {
      if (!actor.userId) throw notFound('Token API', tokenId);
      await db.transaction().execute(async (trx) => {
        if (!(await repo.revokeApiToken(trx, actor.userId as number, tokenId, new Date().toISOString()))) throw notFound('Token API', tokenId);
        await recordAudit(trx, actor, { action: 'api_token.revoke', entityType: 'api_token', entityId: tokenId });
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
