/**
 * Who is calling: an `Authorization: Bearer lin_…` API token, or the session cookie. Cookie
 * writes must carry the session's CSRF token in `X-CSRF-Token` and, when the browser sends an
 * Origin, come from this host. Routes opt out with `config: { public: true }`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors.ts';
import { assertBound } from '../core/scope.ts';
import type { Actor } from '../core/actor.ts';
import type { AuthService } from '../auth/service.ts';
import type { UserOut } from '../auth/schemas.ts';
import { safeEqual } from '../auth/tokens.ts';

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

export function installAuth(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const isApi = request.url.startsWith('/api/v1/');
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      const found = await auth.authenticateApiToken(header.slice(7).trim());
      if (!found) throw new AppError('unauthenticated', 'Token API tidak sah atau sudah dicabut');
      request.actor = found.actor;
      request.user = found.user;
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await auth.authenticateSession(token);
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
    }
    if (isApi && !request.routeOptions.config?.public && !request.actor) {
      throw new AppError('unauthenticated', 'Silakan masuk terlebih dahulu');
    }
    // A user bound to no institution (or an operator to no unit) is refused on every request.
    if (isApi && request.actor) assertBound(request.actor);
    if (isApi && request.user?.mustChangePassword && !WHILE_PASSWORD_MUST_CHANGE.has(request.url.split('?')[0]!)) {
      throw new AppError('forbidden', 'Ganti kata sandi sekali pakai Anda terlebih dahulu', { reason: 'password_change_required' });
    }
  });
}
