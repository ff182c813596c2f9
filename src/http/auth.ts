/**
 * Who is calling: an `Authorization: Bearer lin_…` API token, or the session cookie. Cookie
 * writes must carry the session's CSRF token in `X-CSRF-Token` and, when the browser sends an
 * Origin, come from this host. Routes opt out with `config: { public: true }`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors.ts';
import { assertBound } from '../core/scope.ts';
import type { Actor } from '../core/actor.ts';
import type { AuthService, SessionInfo } from '../auth/service.ts';
import type { SessionRow } from '../auth/repo.ts';
import type { UserOut } from '../auth/schemas.ts';
import { safeEqual, sha256 } from '../auth/tokens.ts';

export const SESSION_COOKIE = 'lindung_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What a user holding a one-time password may call before choosing its own. */
const WHILE_PASSWORD_MUST_CHANGE = new Set(['/api/v1/auth/me', '/api/v1/auth/password', '/api/v1/auth/logout', '/api/v1/auth/login']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    user: UserOut | null;
    sessionToken: string | null;
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    public?: boolean;
    /** The route reads the session in its own statement (see SessionGate). */
    sessionInQuery?: boolean;
  }
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'Silakan masuk terlebih dahulu');
  return request.actor;
}

function originMatches(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * What the hook decides once the session is read (or found missing): the caller's identity, CSRF on
 * cookie writes, sign-in required outside public routes, a bound account, a one-time password
 * changed first. The same function serves the hook and the routes that read the session in their
 * own statement (`sessionGate`).
 */
function admitSession(request: FastifyRequest, token: string, session: SessionInfo | null): void {
  const isApi = request.url.startsWith('/api/v1/');
  if (session) {
    request.actor = session.actor;
    request.user = session.user;
    request.sessionToken = token;
    request.csrfToken = session.csrfToken;
    if (isApi && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken) || !originMatches(request)) {
        throw new AppError('csrf_failed', 'Token CSRF tidak sah; muat ulang halaman lalu coba lagi');
      }
    }
  }
  admitActor(request, isApi);
}

function admitActor(request: FastifyRequest, isApi: boolean): void {
  if (isApi && !request.routeOptions.config?.public && !request.actor) {
    throw new AppError('unauthenticated', 'Silakan masuk terlebih dahulu');
  }
  // A user bound to no institution (or an operator to no unit) is refused on every request.
  if (isApi && request.actor) assertBound(request.actor);
  if (isApi && request.user?.mustChangePassword && !WHILE_PASSWORD_MUST_CHANGE.has(request.url.split('?')[0]!)) {
    throw new AppError('forbidden', 'Ganti kata sandi sekali pakai Anda terlebih dahulu', { reason: 'password_change_required' });
  }
}

/**
 * A route that reads the session in its own statement (`config: { sessionInQuery: true }`, a GET
 * hot path: one round trip to the database instead of two) gets the cookie's session as a gate: the
 * hook has not looked it up, the route's statement reads it (auth repo.sessionQuery's columns), and
 * `admit` then runs exactly the hook's checks on that row — before the route uses anything else the
 * statement read. `check()` reads the session alone (the route's input was refused: the caller's
 * sign-in is still judged first, as on every other route). Null when the hook already decided.
 */
export interface SessionGate {
  tokenHash: string;
  admit(row: SessionRow | undefined): Promise<Actor>;
  check(): Promise<Actor>;
}

const gates = new WeakMap<FastifyRequest, SessionGate>();

export function sessionGate(request: FastifyRequest): SessionGate | null {
  return gates.get(request) ?? null;
}

/** A session token's hash, kept for the tokens seen lately: the hot check hashes the same cookie on every request. */
const tokenHashes = new Map<string, string>();
function tokenHashOf(token: string): string {
  let hash = tokenHashes.get(token);
  if (hash === undefined) {
    if (tokenHashes.size >= 1000) tokenHashes.clear();
    hash = sha256(token);
    tokenHashes.set(token, hash);
  }
  return hash;
}

export function installAuth(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      const found = await auth.authenticateApiToken(header.slice(7).trim());
      if (!found) throw new AppError('unauthenticated', 'Token API tidak sah atau sudah dicabut');
      request.actor = found.actor;
      request.user = found.user;
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token && request.routeOptions.config?.sessionInQuery && SAFE_METHODS.has(request.method)) {
      const admit = async (row: SessionRow | undefined) => {
        admitSession(request, token, await auth.admitSessionRow(row));
        return requireActor(request);
      };
      gates.set(request, { tokenHash: tokenHashOf(token), admit, check: async () => admit(await auth.findSessionRow(token)) });
      return;
    }
    admitSession(request, token ?? '', token ? await auth.authenticateSession(token) : null);
  });
}
