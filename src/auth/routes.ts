/** Login, logout, the current user, one's password, users and API tokens under /api/v1. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor, SESSION_COOKIE } from '../http/auth.ts';
import { errorResponses, idParams } from '../http/common.ts';
import { SESSION_IDLE_MS, type AuthService } from './service.ts';
import { changePasswordSchema, createTokenSchema, createUserSchema, loginSchema, updateUserSchema, userListItemSchema, userOutSchema } from './schemas.ts';

const meSchema = z.object({ user: userOutSchema, csrfToken: z.string().nullable() });
const oneTimeSchema = z.object({ oneTimePassword: z.string() });

export const authRoutes: FastifyPluginAsyncZod<{ service: AuthService; secureCookies: boolean; loginRateLimit: number }> = async (app, opts) => {
  const { service } = opts;
  const tags = ['Akses (auth)'];

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

  app.get(
    '/auth/me',
    {
      schema: { tags, summary: 'Pengguna saat ini dan token CSRF sesi', response: { 200: meSchema, ...errorResponses } },
    },
    async (req) => {
      requireActor(req);
      return { user: req.user!, csrfToken: req.csrfToken };
    },
  );

  app.post(
    '/auth/password',
    {
      schema: {
        tags,
        summary: 'Ganti kata sandi sendiri (wajib setelah kata sandi sekali pakai); sesi lain berakhir',
        body: changePasswordSchema,
        response: { 200: z.object({ user: userOutSchema }), ...errorResponses },
      },
    },
    async (req) => ({ user: await service.changeOwnPassword(requireActor(req), req.body, req.sessionToken) }),
  );

  app.get(
    '/auth/tokens',
    {
      schema: {
        tags,
        summary: 'Token API milik saya',
        response: {
          200: z.object({
            items: z.array(
              z.object({ id: z.number(), name: z.string(), created_at: z.string(), last_used_at: z.string().nullable(), revoked_at: z.string().nullable() }),
            ),
          }),
        },
      },
    },
    async (req) => ({ items: await service.listApiTokens(requireActor(req)) }),
  );

  app.post(
    '/auth/tokens',
    {
      schema: {
        tags,
        summary: 'Buat token API (rahasia hanya ditampilkan sekali)',
        body: createTokenSchema,
        response: { 201: z.object({ id: z.number(), name: z.string(), token: z.string() }), ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await service.createApiToken(requireActor(req), req.body)),
  );

  app.delete(
    '/auth/tokens/:id',
    {
      schema: { tags, summary: 'Cabut token API', params: idParams, response: { 200: z.object({ ok: z.boolean() }), ...errorResponses } },
    },
    async (req) => {
      await service.revokeApiToken(requireActor(req), req.params.id);
      return { ok: true };
    },
  );

  app.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'Daftar pengguna (administrator sistem: semua; admin: instansinya)',
        response: { 200: z.object({ items: z.array(userListItemSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await service.listUsers(requireActor(req)) }),
  );

  app.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Undang pengguna: tanpa kata sandi dibuatkan kata sandi sekali pakai (ditampilkan sekali)',
        body: createUserSchema,
        response: { 201: userOutSchema.extend({ oneTimePassword: z.string().optional() }), ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await service.createUser(requireActor(req), req.body)),
  );

  app.get(
    '/users/:id',
    {
      schema: { tags, summary: 'Rincian pengguna', params: idParams, response: { 200: userListItemSchema, ...errorResponses } },
    },
    async (req) => service.getUser(requireActor(req), req.params.id),
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'Ubah peran, unit, nama, atau nonaktifkan/aktifkan kembali',
        params: idParams,
        body: updateUserSchema,
        response: { 200: userListItemSchema, ...errorResponses },
      },
    },
    async (req) => service.updateUser(requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/users/:id/reset-password',
    {
      schema: {
        tags,
        summary: 'Setel ulang kata sandi: kata sandi sekali pakai baru (ditampilkan sekali)',
        params: idParams,
        response: { 200: oneTimeSchema, ...errorResponses },
      },
    },
    async (req) => service.resetPassword(requireActor(req), req.params.id),
  );
};
