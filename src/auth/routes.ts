/** Login, logout, the current user, one's password, users and API tokens under /api/v1. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SESSION_COOKIE } from '../http/auth.ts';
import { listOf, routesOf } from '../http/route.ts';
import { errorResponses, idParams } from '../http/common.ts';
import { SESSION_IDLE_MS, type AuthService } from './service.ts';
import { changePasswordSchema, createTokenSchema, createUserSchema, loginSchema, updateUserSchema, userListItemSchema, userOutSchema } from './schemas.ts';

const meSchema = z.object({ user: userOutSchema, csrfToken: z.string().nullable() });
const oneTimeSchema = z.object({ oneTimePassword: z.string() });

export const authRoutes: FastifyPluginAsyncZod<{ service: AuthService; secureCookies: boolean; loginRateLimit: number }> = async (app, opts) => {
  const { service } = opts;
  const tags = ['Akses (auth)'];
  const route = routesOf(app, tags);

  // Signing in and out are public and set or clear the session cookie: declared whole.
  app.post(
    '/auth/login',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Masuk; menyetel cookie sesi. Gagal berulang per nama pengguna atau per alamat dalam 15 menit dijawab 429.',
        body: loginSchema,
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const result = await service.login(req.body, { ip: req.ip, userAgent: req.headers['user-agent'] ?? null, limit: opts.loginRateLimit });
      reply.setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: opts.secureCookies,
        maxAge: Math.floor(SESSION_IDLE_MS / 1000),
      });
      return { user: result.user, csrfToken: result.csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { public: true },
      schema: { tags, summary: 'Keluar', response: { 200: z.object({ ok: z.boolean() }) } },
    },
    async (req, reply) => {
      if (req.sessionToken) await service.logout(req.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );

  route.get('/auth/me', { summary: 'Pengguna saat ini dan token CSRF sesi', ok: meSchema }, (_actor, req) => ({ user: req.user!, csrfToken: req.csrfToken }));

  route.post(
    '/auth/password',
    {
      summary: 'Ganti kata sandi sendiri (wajib setelah kata sandi sekali pakai); sesi lain berakhir',
      body: changePasswordSchema,
      ok: z.object({ user: userOutSchema }),
    },
    async (actor, req) => ({ user: await service.changeOwnPassword(actor, req.body, req.sessionToken) }),
  );

  route.get(
    '/auth/tokens',
    {
      summary: 'Token API milik saya',
      ok: listOf(
        z.object({ id: z.number(), name: z.string(), created_at: z.string(), last_used_at: z.string().nullable(), revoked_at: z.string().nullable() }),
      ),
      errors: false,
    },
    async (actor) => ({ items: await service.listApiTokens(actor) }),
  );

  route.post(
    '/auth/tokens',
    {
      summary: 'Buat token API (rahasia hanya ditampilkan sekali)',
      body: createTokenSchema,
      created: z.object({ id: z.number(), name: z.string(), token: z.string() }),
    },
    (actor, req) => service.createApiToken(actor, req.body),
  );

  route.delete('/auth/tokens/:id', { summary: 'Cabut token API', params: idParams, ok: z.object({ ok: z.boolean() }) }, async (actor, req) => {
    await service.revokeApiToken(actor, req.params.id);
    return { ok: true };
  });

  route.get('/users', { summary: 'Daftar pengguna (administrator sistem: semua; admin: instansinya)', ok: listOf(userListItemSchema) }, async (actor) => ({
    items: await service.listUsers(actor),
  }));

  route.post(
    '/users',
    {
      summary: 'Undang pengguna: tanpa kata sandi dibuatkan kata sandi sekali pakai (ditampilkan sekali)',
      body: createUserSchema,
      created: userOutSchema.extend({ oneTimePassword: z.string().optional() }),
    },
    (actor, req) => service.createUser(actor, req.body),
  );

  route.get('/users/:id', { summary: 'Rincian pengguna', params: idParams, ok: userListItemSchema }, (actor, req) => service.getUser(actor, req.params.id));

  route.patch(
    '/users/:id',
    { summary: 'Ubah peran, unit, nama, atau nonaktifkan/aktifkan kembali', params: idParams, body: updateUserSchema, ok: userListItemSchema },
    (actor, req) => service.updateUser(actor, req.params.id, req.body),
  );

  route.post(
    '/users/:id/reset-password',
    { summary: 'Setel ulang kata sandi: kata sandi sekali pakai baru (ditampilkan sekali)', params: idParams, ok: oneTimeSchema },
    (actor, req) => service.resetPassword(actor, req.params.id),
  );
};
