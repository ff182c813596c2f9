/** Builds the Fastify app: API under /api/v1, OpenAPI at /api/docs, the web UI at /. */
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from '../core/config.ts';
import type { Services } from '../services.ts';
import { installRequestLanguage } from './language.ts';
import { installErrorHandling } from './errors.ts';
import { sanitizeInput } from '../core/validation.ts';
import { installAuth } from './auth.ts';
import { installSecurityHeaders } from './security-headers.ts';
import { z } from 'zod';
import { cardVerificationSchema } from '../enrolment/schemas.ts';
import { finishOpenApi, type OpenApiDocument } from './openapi.ts';
import { pingDatabase } from '../db/health.ts';
import { agreementsRoutes } from '../agreements/routes.ts';
import { authRoutes } from '../auth/routes.ts';
import { auditRoutes } from '../audit/routes.ts';
import { workUnitsRoutes } from '../work-units/routes.ts';
import { institutionsRoutes } from '../institutions/routes.ts';
import { rosterRoutes } from '../roster/routes.ts';
import { rosterFilesRoutes } from '../roster/files-routes.ts';
import multipart from '@fastify/multipart';
import { enrolmentRoutes } from '../enrolment/routes.ts';
import { contributionsRoutes } from '../contributions/routes.ts';
import { monitoringRoutes } from '../monitoring/routes.ts';
import { benefitsRoutes } from '../benefits/routes.ts';
import { claimsRoutes } from '../claims/routes.ts';
import { claimFormsRoutes } from '../claim-forms/routes.ts';
import { holidaysRoutes } from '../holidays/routes.ts';
import { fieldReportsRoutes } from '../field-reports/routes.ts';
import { selfCheckRoutes } from '../self-check/routes.ts';

export interface AppOptions {
  services: Services;
  config: Pick<Config, 'secureCookies' | 'webDist' | 'loginRateLimit' | 'logLevel' | 'timeZone'> & {
    publicUrl?: string | undefined;
    trustProxy?: Config['trustProxy'];
  };
  logger?: boolean;
}

/**
 * The schemas' serializer, except that a frozen answer (one kept and given again: the protection
 * check's, contributions/protection-service.ts) is encoded once per route and its text given again —
 * frozen, it cannot have changed since.
 */
const encodingFrozenOnce: typeof serializerCompiler = (route) => {
  const encode = serializerCompiler(route);
  const texts = new WeakMap<object, string>();
  return (data: unknown) => {
    if (typeof data !== 'object' || data === null || !Object.isFrozen(data)) return encode(data);
    let text = texts.get(data);
    if (text === undefined) {
      text = encode(data);
      texts.set(data, text);
    }
    return text;
  };
};

export async function buildApp({ services, config, logger = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ? { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] } : false,
    bodyLimit: 2 * 1024 * 1024,
    // X-Forwarded-For is believed only from the configured proxies (LINDUNG_TRUST_PROXY); default none.
    trustProxy: config.trustProxy || false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(encodingFrozenOnce);
  installErrorHandling(app);
  installRequestLanguage(app);
  // One input sanitiser (src/core/validation.ts) for every body, query string and path parameter, before any schema runs.
  app.addHook('preValidation', async (req) => {
    if (req.body && typeof req.body === 'object' && !Buffer.isBuffer(req.body)) req.body = sanitizeInput(req.body);
    if (req.query && typeof req.query === 'object') req.query = sanitizeInput(req.query);
    if (req.params && typeof req.params === 'object') req.params = sanitizeInput(req.params);
  });

  installSecurityHeaders(app);
  await app.register(cookie);
  await app.register(multipart);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Lindung API',
        version: '1',
        description:
          'Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian (JKM) BPJS Ketenagakerjaan bagi pegawai pemerintah non-ASN. Pesan galat dalam Bahasa Indonesia.',
        license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'lindung_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (documentObject) => finishOpenApi((documentObject as { openapiObject: OpenApiDocument }).openapiObject, config.publicUrl),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  installAuth(app, services.auth);

  app.get(
    '/api/v1/health',
    {
      config: { public: true },
      schema: {
        summary: 'Kesehatan layanan (health): database terjangkau, tanggal kantor',
        response: { 200: z.object({ ok: z.literal(true), today: z.string(), timeZone: z.string() }) },
      },
    },
    async () => {
      await pingDatabase(services.db);
      return { ok: true as const, today: services.today(), timeZone: config.timeZone };
    },
  );
  await app.register(authRoutes, { prefix: '/api/v1', service: services.auth, secureCookies: config.secureCookies, loginRateLimit: config.loginRateLimit });
  await app.register(agreementsRoutes, { prefix: '/api/v1/agreements', service: services.agreements });
  await app.register(auditRoutes, { prefix: '/api/v1/audit', service: services.audit });
  await app.register(institutionsRoutes, { prefix: '/api/v1/institutions', service: services.institutions });
  await app.register(workUnitsRoutes, { prefix: '/api/v1/units', service: services.units });
  await app.register(rosterFilesRoutes, { prefix: '/api/v1', service: services.rosterFiles, today: services.today });
  await app.register(rosterRoutes, { prefix: '/api/v1/employees', service: services.roster });
  await app.register(enrolmentRoutes, { prefix: '/api/v1/enrolment', service: services.enrolment, cards: services.cards, publicUrl: config.publicUrl });
  // The public card verification page the QR code opens: minimal data, no sign-in.
  app.get('/verify/:token', { config: { public: true }, schema: { summary: 'Halaman verifikasi kartu peserta (HTML, dari kode QR)' } }, async (req, reply) => {
    const { renderVerifyPage } = await import('../enrolment/verify-page.ts');
    const data = await services.cards.verify(String((req.params as { token: string }).token));
    return reply
      .status(data.found ? 200 : 404)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(renderVerifyPage(data));
  });
  app.get(
    '/api/v1/verify/:token',
    { config: { public: true }, schema: { summary: 'Verifikasi kartu peserta (JSON)', response: { 200: cardVerificationSchema } } },
    async (req) => services.cards.verify(String((req.params as { token: string }).token)),
  );
  await app.register(contributionsRoutes, {
    prefix: '/api/v1',
    service: services.contributions,
    reports: services.contributionReports,
    documents: services.billDocuments,
  });
  await app.register(benefitsRoutes, { prefix: '/api/v1/benefits', service: services.benefits });
  await app.register(claimsRoutes, {
    prefix: '/api/v1/claims',
    service: services.claims,
    letter: services.claimLetter,
    heirsLetter: services.heirsLetter,
    register: services.claimsRegister,
  });
  await app.register(claimFormsRoutes, { prefix: '/api/v1/claims', forms: services.claimForms });
  await app.register(fieldReportsRoutes, { prefix: '/api/v1/field-reports', service: services.fieldReports });
  await app.register(selfCheckRoutes, { prefix: '/api/v1/self-check', service: services.selfCheck, publicUrl: config.publicUrl });
  await app.register(holidaysRoutes, { prefix: '/api/v1/holidays', service: services.holidays });
  await app.register(monitoringRoutes, {
    prefix: '/api/v1/monitoring',
    dashboard: services.dashboard,
    registers: services.registers,
    reminders: services.reminders,
    meReport: services.meReport,
  });

  const webRoot = resolve(config.webDist);
  if (existsSync(resolve(webRoot, 'index.html'))) {
    // Hashed assets (web/dist/assets/name-HASH.js) never change under their name: cached for a
    // year. index.html names the current assets, so browsers revalidate it on every visit.
    // Brotli and gzip copies are made at build:web (scripts/compress-web.mjs) and chosen by
    // Accept-Encoding, with Vary: Accept-Encoding.
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      wildcard: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => {
        reply.header('cache-control', path.startsWith(resolve(webRoot, 'assets') + sep) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // Client-side routes (/perjanjian/1, …) all load the single page.
    app.get('/*', { config: { public: true } }, (req, reply) => {
      if (req.url.startsWith('/api/')) return reply.callNotFound();
      return reply.sendFile('index.html');
    });
  }
  return app;
}
