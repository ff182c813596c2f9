// Dumps the OpenAPI document and every route's options (config, body limit, attachValidation, the
// schema's plain keys) as JSON, to compare the routes before and after a refactoring:
//   node --import tsx scripts/openapi-dump.ts > routes.json
// A resolve hook hands src/http/app.ts a Fastify that records each route as it is added.
import { register } from 'node:module';

const recorder = `
import { createRequire } from 'node:module';
const real = createRequire(${JSON.stringify(import.meta.url)})('fastify');
export const routes = (globalThis.__routes = {});
export default function recording(opts) {
  const app = real(opts);
  app.addHook('onRoute', (route) => {
    const { method, url, config, bodyLimit, attachValidation, preHandler, onRequest, schema } = route;
    const plain = Object.fromEntries(Object.entries(schema ?? {}).filter(([k]) => !['params', 'querystring', 'body', 'response', 'headers'].includes(k)));
    routes[method + ' ' + url] = { config, bodyLimit, attachValidation, preHandler: preHandler && String(preHandler), onRequest: onRequest && String(onRequest), schemaKeys: Object.keys(schema ?? {}).sort(), plain };
  });
  return app;
}`;
const hooks = `
export async function resolve(specifier, context, next) {
  if (specifier === 'fastify' && context.parentURL?.endsWith('/src/http/app.ts')) return { url: 'data:text/javascript,' + encodeURIComponent(${JSON.stringify(recorder)}), shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

const { createHarness } = await import('../src/testing/harness.ts');
const h = await createHarness();
await h.app.ready();
const routes = (globalThis as { __routes?: unknown }).__routes;
process.stdout.write(`${JSON.stringify({ doc: h.app.swagger(), routes }, null, 2)}\n`);
await h.close();
