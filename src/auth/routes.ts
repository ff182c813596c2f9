/** Login, logout, the current user, users and API tokens under /api/v1. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor, SESSION_COOKIE } from '../http/auth.ts';
import { errorResponses, idParams } from '../http/common.ts';
import { SESSION_IDLE_MS, type AuthService } from './service.ts';
import { createTokenSchema, createUserSchema, loginSchema, userOutSchema } from './schemas.ts';

const meSchema = z.object({ user: userOutSchema, csrfToken: z.string().nullable() });

export const authRoutes: FastifyPluginAsyncZod<{ service: AuthService; secureCookies: boolean; loginRateLimit: number }> = async (app, opts) => {
  const { service } = opts;
  const tags = ['Akses (auth)'];

  app.post('/auth/login', {
    config: { public: true, rateLimit: { max: opts.loginRateLimit, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Masuk; menyetel cookie sesi', body: loginSchema, response: { 200: meSchema, ...errorResponses } },
  }, async (req, reply) => {
    const result = await service.login(req.body, { ip: req.ip, userAgent: req.headers['user-agent'] ?? null });
    reply.setCookie(SESSION_COOKIE, result.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: opts.secureCookies,
      maxAge: Math.floor(SESSION_IDLE_MS / 1000),
    });
    return { user: result.user, csrfToken: result.csrfToken };
  });

  app.post('/auth/logout', {
    config: { public: true },
    schema: { tags, summary: 'Keluar', response: { 200: z.object({ ok: z.boolean() }) } },
  }, async (req, reply) => {
    if (req.sessionToken) await service.logout(req.sessionToken);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/auth/me', {
    schema: { tags, summary: 'Pengguna saat ini dan token CSRF sesi', response: { 200: meSchema, ...errorResponses } },
  }, async (req) => {
    requireActor(req);
    return { user: req.user!, csrfToken: req.csrfToken };
  });

  app.get('/auth/tokens', {
    schema: { tags, summary: 'Token API milik saya', response: { 200: z.object({ items: z.array(z.object({ id: z.number(), name: z.string(), created_at: z.string(), last_used_at: z.string().nullable(), revoked_at: z.string().nullable() })) }) } },
  }, async (req) => ({ items: await service.listApiTokens(requireActor(req)) }));

  app.post('/auth/tokens', {
    schema: { tags, summary: 'Buat token API (rahasia hanya ditampilkan sekali)', body: createTokenSchema, response: { 201: z.object({ id: z.number(), name: z.string(), token: z.string() }), ...errorResponses } },
  }, async (req, reply) => reply.status(201).send(await service.createApiToken(requireActor(req), req.body)));

  app.delete('/auth/tokens/:id', {
    schema: { tags, summary: 'Cabut token API', params: idParams, response: { 200: z.object({ ok: z.boolean() }), ...errorResponses } },
  }, async (req) => {
    await service.revokeApiToken(requireActor(req), req.params.id);
    return { ok: true };
  });

  app.get('/users', {
    schema: { tags, summary: 'Daftar pengguna (admin)', response: { 200: z.object({ items: z.array(userOutSchema) }), ...errorResponses } },
  }, async (req) => ({ items: await service.listUsers(requireActor(req)) }));

  app.post('/users', {
    schema: { tags, summary: 'Tambah pengguna (admin)', body: createUserSchema, response: { 201: userOutSchema, ...errorResponses } },
  }, async (req, reply) => reply.status(201).send(await service.createUser(requireActor(req), req.body)));
};
