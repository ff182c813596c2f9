/**
 * Users, sessions and API tokens. Sessions live in the database (so several instances behind
 * a proxy share them); only the SHA-256 of a session or API token is stored. The login limit is
 * counted in the database too (`login_failures`), per username and per address.
 */
import type { Kysely } from 'kysely';
import type { DB, Role } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { assertBound } from '../core/scope.ts';
import { AppError, forbidden, notFound } from '../core/errors.ts';
import { authorize } from '../core/policy.ts';
import { parseOrThrow } from '../core/validation.ts';
import { recordAudit } from '../audit/index.ts';
import { administeredInstitution, administeredOrNotFound, isInstallationAdmin, getInstitution } from '../institutions/index.ts';
import { getUnit } from '../work-units/index.ts';
import * as repo from './repo.ts';
import { accountBindingProblem, takesUnit, type BindingInstitution, type BindingRefusal } from '../core/bindings.ts';
import { checkPasswordStrength, hashPassword, oneTimePassword, verifyPassword } from './passwords.ts';
import { newSecret, sha256 } from './tokens.ts';
import { changePasswordSchema, createTokenSchema, createUserSchema, loginSchema, updateUserSchema, type UserListItem, type UserOut } from './schemas.ts';

export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/**
 * The sliding expiry is written only when the session was last seen more than this long ago, not
 * on every request (a write per request would serialise reads behind SQLite's one writer). A
 * session therefore ends between 12 h − 1 min and 12 h after its last request.
 */
export const SESSION_TOUCH_AFTER_MS = 60 * 1000;
/** Failed logins are counted over this window, per username and per address. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const DEFAULT_LOGIN_LIMIT = 10;
// Verified against when the user does not exist, so a wrong username costs the same time.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$itxKdHj9XYMrB+NbjXfW5A$AaYYqiLa9h64leA1wHfZ3cY+F9udOhdMa2cRYw+h9F0';

interface UserLike {
  id: number;
  username: string;
  full_name: string;
  role: Role;
  work_unit_id: number | null;
  institution_id: number | null;
  status: 'active' | 'disabled';
  must_change_password?: number;
}

export function presentUser(u: UserLike): UserOut {
  return {
    id: u.id,
    username: u.username,
    fullName: u.full_name,
    role: u.role,
    workUnitId: u.work_unit_id,
    institutionId: u.institution_id,
    status: u.status,
    mustChangePassword: Number(u.must_change_password ?? 0) === 1,
  };
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

/** "Terlalu banyak percobaan masuk. Coba lagi dalam 4 menit." */
export function loginLimitMessage(waitMs: number): string {
  return `Terlalu banyak percobaan masuk. Coba lagi dalam ${Math.max(1, Math.ceil(waitMs / 60_000))} menit.`;
}

/** Roles an institution's admin may give; the system administrator gives any. */
const ADMIN_GIVES: readonly Role[] = ['admin', 'opd_operator', 'viewer'];

/** A refused binding is a 400 on the field it is about. */
function refuseBinding(refusal: BindingRefusal | null): void {
  if (refusal) throw new AppError('validation_failed', refusal.message, refusal.field ? { field: refusal.field } : undefined);
}

export function createAuthService({ db, today }: { db: Kysely<DB>; today?: () => string }) {
  /**
   * Checks that role, institution and unit fit together and lie in the actor's scope; returns the
   * institution (derived from the unit when only the unit is given). Nothing is written.
   */
  async function checkBinding(
    trx: Kysely<DB>,
    actor: Actor,
    b: { role: Role; institutionId: number | null; workUnitId: number | null },
  ): Promise<number | null> {
    const own = administeredInstitution(actor);
    if (own !== null && !ADMIN_GIVES.includes(b.role)) {
      throw forbidden('Administrator instansi hanya dapat memberi peran admin, operator OPD atau pemantau');
    }
    if (b.role === 'system_admin') {
      // Bound to nothing, whatever the ids name: refused before any lookup.
      refuseBinding(accountBindingProblem(b.role, b.institutionId, b.workUnitId));
      return null;
    }
    const unit = b.workUnitId ? administeredOrNotFound(actor, await getUnit(trx, b.workUnitId), 'Unit kerja', b.workUnitId) : null;
    const institutionId = b.institutionId ?? own ?? unit?.institution_id ?? null;
    let institution: BindingInstitution | null = null;
    if (institutionId !== null) {
      if (own !== null && institutionId !== own) throw notFound('Instansi', institutionId);
      institution = (await getInstitution(trx, institutionId)) ?? null;
      if (!institution) throw notFound('Instansi', institutionId);
    }
    refuseBinding(accountBindingProblem(b.role, institution, unit, today?.()));
    return institution?.id ?? null;
  }

  /** A user the actor administers (404 for one outside its institution, like a missing one). */
  async function userInScope(trx: Kysely<DB>, actor: Actor, userId: number) {
    return administeredOrNotFound(actor, await repo.getUser(trx, userId), 'Pengguna', userId);
  }

  const listItem = (r: Awaited<ReturnType<typeof repo.listUsers>>[number]): UserListItem => ({
    ...presentUser(r),
    workUnit: r.work_unit,
    institution: r.institution,
    lastLoginAt: r.last_login_at,
  });

  const judgedRows = new WeakMap<repo.SessionRow, { expires: number; lastSeen: number; info: SessionInfo }>();

  /**
   * The session check on a session row already read (repo.findSession's, or the same columns read
   * by a hot path's own statement: the protection check): an active user, not expired, the sliding
   * expiry written when due. Null when the session does not admit.
   */
  async function admitSessionRow(row: repo.SessionRow | undefined): Promise<SessionInfo | null> {
    if (row?.status !== 'active') return null;
    // What a row says is worked out once per row object: a kept row (the protection check's kept
    // answers) is judged again on every request, and only its times matter then. Frozen: shared.
    let known = judgedRows.get(row);
    if (!known) {
      const info: SessionInfo = Object.freeze({ actor: Object.freeze(actorOf(row)), user: Object.freeze(presentUser(row)), csrfToken: row.csrf_token });
      known = { expires: Date.parse(row.expires_at), lastSeen: Date.parse(row.last_seen_at), info };
      judgedRows.set(row, known);
    }
    const now = Date.now();
    if (known.expires <= now) return null;
    if (now - known.lastSeen > SESSION_TOUCH_AFTER_MS) {
      known.lastSeen = now;
      known.expires = now + SESSION_IDLE_MS;
      await repo.touchSession(db, row.session_id, new Date(now).toISOString(), new Date(now + SESSION_IDLE_MS).toISOString());
    }
    return known.info;
  }

  return {
    async login(raw: unknown, meta: { ip?: string | null; userAgent?: string | null; limit?: number } = {}) {
      const input = parseOrThrow(loginSchema, raw);
      const username = input.username.toLowerCase();
      const ip = meta.ip ?? 'unknown';
      const limit = meta.limit ?? DEFAULT_LOGIN_LIMIT;
      const now = Date.now();
      const since = new Date(now - LOGIN_WINDOW_MS).toISOString();
      const failures = await repo.loginFailuresSince(db, { username, ip }, since, limit);
      const blockedSince = [failures.username.limitTh, failures.ip.limitTh]
        .filter((x): x is string => x !== null)
        .sort()
        .at(-1);
      if (blockedSince) {
        throw new AppError('rate_limited', loginLimitMessage(Date.parse(blockedSince) + LOGIN_WINDOW_MS - now));
      }
      const user = await repo.findUserByUsername(db, username);
      const ok = await verifyPassword(user?.password_hash ?? DUMMY_HASH, input.password);
      if (!user || !ok || user.status !== 'active') {
        await repo.recordLoginFailure(db, { at: new Date().toISOString(), username, ip });
        throw new AppError('unauthenticated', 'Nama pengguna atau kata sandi salah');
      }
      assertBound({ role: user.role, institutionId: user.institution_id, workUnitId: user.work_unit_id });
      const token = newSecret();
      const csrfToken = newSecret();
      await db.transaction().execute(async (trx) => {
        await repo.clearLoginFailures(trx, username);
        await repo.deleteOldLoginFailures(trx, since);
        await repo.updateUser(trx, user.id, { last_login_at: new Date(now).toISOString() });
        await repo.insertSession(trx, {
          token_hash: sha256(token),
          user_id: user.id,
          csrf_token: csrfToken,
          expires_at: new Date(now + SESSION_IDLE_MS).toISOString(),
          last_seen_at: new Date(now).toISOString(),
          ip: meta.ip ?? null,
          user_agent: meta.userAgent?.slice(0, 300) ?? null,
        });
      });
      return { token, csrfToken, user: presentUser(user) };
    },

    async logout(token: string): Promise<void> {
      await repo.deleteSession(db, sha256(token));
    },

    /** The session's user, sliding its idle expiry (at most once a minute); null when unknown, expired or disabled. */
    async authenticateSession(token: string): Promise<SessionInfo | null> {
      return admitSessionRow(await repo.findSession(db, sha256(token)));
    },

    admitSessionRow,

    /** The session row of a cookie's token, unchecked (admitSessionRow judges it). */
    findSessionRow: (token: string) => repo.findSession(db, sha256(token)),

    async authenticateApiToken(token: string): Promise<{ actor: Actor; user: UserOut } | null> {
      const row = await repo.findApiToken(db, sha256(token));
      if (!row || row.revoked_at || row.status !== 'active') return null;
      // Marked used at most once a minute, as a session is slid: a write per request would cost every
      // machine caller's request a transaction, and every kept answer its keeping (db/data-version.ts).
      const now = Date.now();
      if (!row.last_used_at || now - Date.parse(row.last_used_at) > SESSION_TOUCH_AFTER_MS)
        await repo.markTokenUsed(db, row.token_id, new Date(now).toISOString());
      return { actor: actorOf(row, row.token_name), user: presentUser(row) };
    },

    /**
     * A new user bound to its institution (and unit). Without a password a one-time password is
     * generated and returned once; the user must replace it at first login.
     */
    async createUser(actor: Actor, raw: unknown): Promise<UserOut & { oneTimePassword?: string }> {
      authorize(actor, 'users:manage');
      const input = parseOrThrow(createUserSchema, raw);
      const generated = input.password === undefined ? oneTimePassword() : undefined;
      const password = input.password ?? generated!;
      const passwordHash = await hashPassword(password, input.username);
      const id = await db.transaction().execute(async (trx) => {
        const institutionId = await checkBinding(trx, actor, input);
        if (await repo.findUserByUsername(trx, input.username)) {
          throw new AppError('conflict', `Nama pengguna "${input.username}" sudah dipakai`);
        }
        const newId = await repo.insertUser(trx, {
          username: input.username,
          full_name: input.fullName,
          password_hash: passwordHash,
          role: input.role,
          work_unit_id: input.workUnitId,
          institution_id: institutionId,
          must_change_password: generated ? 1 : 0,
        });
        const { password: _p, ...logged } = input;
        await recordAudit(trx, actor, { action: 'user.create', entityType: 'user', entityId: newId, after: { ...logged, institutionId }, institutionId });
        return newId;
      });
      const user = await repo.getUser(db, id);
      if (!user) throw notFound('Pengguna', id);
      return generated ? { ...presentUser(user), oneTimePassword: generated } : presentUser(user);
    },

    /** Role, unit, name or status; disabling ends the user's sessions. */
    async updateUser(actor: Actor, userId: number, raw: unknown): Promise<UserListItem> {
      authorize(actor, 'users:manage');
      const input = parseOrThrow(updateUserSchema, raw);
      await db.transaction().execute(async (trx) => {
        const before = await userInScope(trx, actor, userId);
        if (actor.userId === userId && (input.status === 'disabled' || (input.role !== undefined && input.role !== before.role))) {
          throw new AppError('validation_failed', 'Anda tidak dapat menonaktifkan akun sendiri atau mengubah peran sendiri');
        }
        const role = input.role ?? before.role;
        let workUnitId = input.workUnitId === undefined ? before.work_unit_id : input.workUnitId;
        if (input.role !== undefined && input.workUnitId === undefined && !takesUnit(role)) workUnitId = null;
        if (input.role !== undefined || input.workUnitId !== undefined) {
          if (administeredInstitution(actor) !== null && !ADMIN_GIVES.includes(before.role)) throw notFound('Pengguna', userId);
          await checkBinding(trx, actor, { role, institutionId: before.institution_id, workUnitId });
        }
        const patch: Parameters<typeof repo.updateUser>[2] = {};
        if (input.fullName !== undefined) patch.full_name = input.fullName;
        if (input.role !== undefined) patch.role = input.role;
        if (workUnitId !== before.work_unit_id) patch.work_unit_id = workUnitId;
        if (input.status !== undefined) patch.status = input.status;
        await repo.updateUser(trx, userId, patch);
        if (input.status === 'disabled') await repo.deleteUserSessions(trx, userId);
        const action =
          input.status === 'disabled' && before.status === 'active'
            ? 'user.deactivate'
            : input.status === 'active' && before.status === 'disabled'
              ? 'user.reactivate'
              : 'user.update';
        await recordAudit(trx, actor, {
          action,
          entityType: 'user',
          entityId: userId,
          before: { fullName: before.full_name, role: before.role, workUnitId: before.work_unit_id, status: before.status },
          after: input,
          institutionId: before.institution_id,
        });
      });
      return this.getUser(actor, userId);
    },

    async getUser(actor: Actor, userId: number): Promise<UserListItem> {
      authorize(actor, 'users:manage');
      const own = administeredInstitution(actor);
      const [row] = await repo.listUsers(db, { institutionId: own, id: userId });
      if (!row) throw notFound('Pengguna', userId);
      return listItem(row);
    },

    /** A new one-time password for the user, shown once; its sessions end and it must choose its own at next login. */
    async resetPassword(actor: Actor, userId: number): Promise<{ oneTimePassword: string }> {
      authorize(actor, 'users:manage');
      const generated = oneTimePassword();
      const passwordHash = await hashPassword(generated);
      await db.transaction().execute(async (trx) => {
        const user = await userInScope(trx, actor, userId);
        await repo.updateUser(trx, userId, { password_hash: passwordHash, must_change_password: 1 });
        await repo.deleteUserSessions(trx, userId);
        await recordAudit(trx, actor, { action: 'user.reset_password', entityType: 'user', entityId: userId, institutionId: user.institution_id });
      });
      return { oneTimePassword: generated };
    },

    /** The CLI's `user password`: sets a password chosen by the administrator. */
    async setPassword(actor: Actor, userId: number, password: string): Promise<void> {
      if (actor.userId !== userId) authorize(actor, 'users:manage');
      await db.transaction().execute(async (trx) => {
        const user = actor.userId === userId ? await repo.getUser(trx, userId) : await userInScope(trx, actor, userId);
        if (!user) throw notFound('Pengguna', userId);
        const passwordHash = await hashPassword(password, user.username);
        await repo.updateUser(trx, userId, { password_hash: passwordHash, must_change_password: 0 });
        await repo.deleteUserSessions(trx, userId);
        await recordAudit(trx, actor, { action: 'user.set_password', entityType: 'user', entityId: userId, institutionId: user.institution_id });
      });
    },

    /** The signed-in user replaces its own password (the one-time one at first login); its other sessions end. */
    async changeOwnPassword(actor: Actor, raw: unknown, currentSessionToken?: string | null): Promise<UserOut> {
      if (!actor.userId) throw new AppError('validation_failed', 'Hanya pengguna yang masuk yang dapat mengganti kata sandinya');
      const input = parseOrThrow(changePasswordSchema, raw);
      const user = await repo.getUserWithHash(db, actor.userId);
      if (!user) throw notFound('Pengguna', actor.userId);
      if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
        throw new AppError('validation_failed', 'Kata sandi saat ini salah', { field: 'currentPassword' });
      }
      checkPasswordStrength(input.newPassword, user.username);
      if (input.newPassword === input.currentPassword)
        throw new AppError('validation_failed', 'Kata sandi baru harus berbeda dari yang lama', { field: 'newPassword' });
      const passwordHash = await hashPassword(input.newPassword, user.username);
      await db.transaction().execute(async (trx) => {
        await repo.updateUser(trx, user.id, { password_hash: passwordHash, must_change_password: 0 });
        await repo.deleteUserSessions(trx, user.id, currentSessionToken ? sha256(currentSessionToken) : undefined);
        await recordAudit(trx, actor, { action: 'user.change_password', entityType: 'user', entityId: user.id });
      });
      return presentUser({ ...user, must_change_password: 0 });
    },

    async listUsers(actor: Actor): Promise<UserListItem[]> {
      authorize(actor, 'users:manage');
      return (await repo.listUsers(db, { institutionId: administeredInstitution(actor) })).map(listItem);
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

    isInstallationAdmin,
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
