/**
 * routesOf fills what every route repeats: the tags, the error envelope, the signed-in actor, 201 for
 * a creation or a status chosen from the answer, and a download's media type and Content-Disposition.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { cliActor } from '../core/actor.ts';
import { installErrorHandling } from './errors.ts';
import { errorResponses, idParams } from './common.ts';
import { listOf, mediaTypeOf, routesOf } from './route.ts';

describe('routesOf', () => {
  let app: FastifyInstance;
  const routes: { url: string; tags?: unknown; response?: Record<number, unknown> }[] = [];
  before(async () => {
    const base = Fastify();
    base.setValidatorCompiler(validatorCompiler);
    base.setSerializerCompiler(serializerCompiler);
    installErrorHandling(base);
    base.decorateRequest('actor', null);
    base.addHook('onRequest', async (req) => {
      if (req.headers['x-test-actor']) req.actor = cliActor();
    });
    base.addHook('onRoute', (r) => {
      routes.push({ url: r.url, tags: r.schema?.tags, response: r.schema?.response as Record<number, unknown> });
    });
    const zapp = base.withTypeProvider<ZodTypeProvider>();
    const route = routesOf(zapp, ['Uji (test)']);
    const item = z.object({ id: z.number().int(), name: z.string() });
    route.get('/things', { summary: 'Daftar', ok: listOf(item) }, (actor) => ({ items: [{ id: 1, name: actor.role }] }));
    route.post('/things', { summary: 'Buat', body: z.object({ name: z.string() }), created: item }, (_actor, req) => ({ id: 2, name: req.body.name }));
    route.post(
      '/things/:id/check',
      { summary: 'Periksa', params: idParams, ok: item, errors: { 422: item }, status: (answer) => (answer.id > 5 ? 422 : 200) },
      (_actor, req) => ({ id: req.params.id, name: 'x' }),
    );
    route.download('/things/:id/sheet.xlsx', { summary: 'Unduh', params: idParams }, (_actor, req) => ({
      name: `barang ${req.params.id} – é.xlsx`,
      content: Buffer.from('xlsx'),
    }));
    route.download('/things/:id/letter', { summary: 'Surat', params: idParams }, () => ({ name: 'surat.pdf', inline: true, content: Buffer.from('%PDF') }));
    app = base;
    await app.ready();
  });
  after(async () => app.close());

  const as = (method: 'GET' | 'POST', url: string, payload?: object) => app.inject({ method, url, payload, headers: { 'x-test-actor': '1' } });

  test('tags and the error envelope on every JSON route, none on a download', () => {
    const things = routes.find((r) => r.url === '/things');
    assert.deepEqual(things?.tags, ['Uji (test)']);
    assert.deepEqual(Object.keys(things?.response ?? {}), ['200', ...Object.keys(errorResponses)]);
    const check = routes.find((r) => r.url === '/things/:id/check');
    assert.deepEqual(Object.keys(check?.response ?? {}), ['200', '400', '401', '403', '404', '409', '422']);
    assert.equal(routes.find((r) => r.url === '/things/:id/letter')?.response, undefined);
  });

  test('the handler gets the actor; without one the route answers 401', async () => {
    const res = await as('GET', '/things');
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { items: [{ id: 1, name: 'admin' }] });
    assert.equal((await app.inject({ method: 'GET', url: '/things' })).statusCode, 401);
  });

  test('a creation answers 201; a chosen status follows the answer', async () => {
    const created = await as('POST', '/things', { name: 'baru' });
    assert.equal(created.statusCode, 201);
    assert.deepEqual(created.json(), { id: 2, name: 'baru' });
    assert.equal((await as('POST', '/things/3/check')).statusCode, 200);
    assert.equal((await as('POST', '/things/7/check')).statusCode, 422);
    assert.equal((await as('POST', '/things/0/check')).statusCode, 400);
  });

  test('a download states its media type by name, and its disposition', async () => {
    const sheet = await as('GET', '/things/4/sheet.xlsx');
    assert.equal(sheet.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(sheet.headers['content-disposition'], `attachment; filename="barang 4 _ e.xlsx"; filename*=UTF-8''barang%204%20%E2%80%93%20%C3%A9.xlsx`);
    assert.equal(sheet.body, 'xlsx');
    const letter = await as('GET', '/things/4/letter');
    assert.equal(letter.headers['content-type'], 'application/pdf');
    assert.equal(letter.headers['content-disposition'], 'inline; filename="surat.pdf"');
    assert.equal(mediaTypeOf('pegawai-2023-01-10.csv'), 'text/csv; charset=utf-8');
  });
});
