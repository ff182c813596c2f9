import { test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyHelmet from '@fastify/helmet';
import { HELMET_OPTIONS, installSecurityHeaders } from './security-headers.ts';
import { createHarness } from '../testing/harness.ts';

async function withRoutes(install: (app: FastifyInstance) => Promise<void> | void): Promise<FastifyInstance> {
  const app = Fastify();
  await install(app);
  app.get('/json', async () => ({ ok: true }));
  app.get('/html', async (_req, reply) => reply.type('text/html').send('<p>ok</p>'));
  app.get('/fails', async () => {
    throw new Error('boom');
  });
  return app;
}

const headersOf = async (app: FastifyInstance, url: string) => {
  const res = await app.inject({ method: 'GET', url });
  const { date: _date, ...rest } = res.headers;
  return { status: res.statusCode, headers: rest };
};

test('the security headers are those @fastify/helmet sets with the same options, on every kind of answer', async () => {
  const plugin = await withRoutes(async (app) => {
    await app.register(fastifyHelmet, HELMET_OPTIONS as never);
  });
  const ours = await withRoutes((app) => installSecurityHeaders(app));
  try {
    for (const url of ['/json', '/html', '/fails', '/not-here']) {
      const expected = await headersOf(plugin, url);
      assert.ok(expected.headers['content-security-policy'], 'the plugin sets a CSP');
      assert.deepEqual(await headersOf(ours, url), expected, url);
    }
  } finally {
    await plugin.close();
    await ours.close();
  }
});

test('the app sends them on API answers, with the CSP of the options', async () => {
  const h = await createHarness();
  try {
    const res = await h.app.inject({ method: 'GET', url: '/api/v1/health' });
    assert.equal(
      res.headers['content-security-policy'],
      "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';img-src 'self' data: blob:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline'",
    );
    assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.match(String(res.headers['strict-transport-security']), /max-age=\d+/);
  } finally {
    await h.close();
  }
});
