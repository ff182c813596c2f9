/**
 * One declaration per route: what varies (method, path, summary, the input schemas, the answer and its
 * status, the handler) is written at the route; what every route repeats is filled here — the
 * feature's tags, the error envelope for 4xx answers, the signed-in actor (`requireActor`), 201 for
 * a creation, and a download's media type and Content-Disposition.
 *
 *   const route = routesOf(app, ['Perjanjian (agreements)']);
 *   route.get('/:id', { summary: 'Rincian perjanjian', params: idParams, ok: agreementOutSchema }, (actor, req) => service.get(actor, req.params.id));
 *   route.post('/', { summary: 'Buat perjanjian', body: createAgreementSchema, created: agreementOutSchema }, (actor, req) => service.create(actor, req.body));
 *   route.download('/:id/pdf', { summary: 'Tagihan (PDF)', params: idParams }, async (actor, req) => ({ name: 'tagihan.pdf', inline: true, content: … }));
 *
 * The request is typed from the schemas by Fastify's zod type provider, as with `app.get`. Routes
 * that do not fit (public routes that set cookies or headers, the protection check that reads the
 * session in its own statement) are declared with `app.get`/`app.post` as before.
 */
import type { Readable } from 'node:stream';
import type {
  FastifyInstance,
  FastifyBaseLogger,
  FastifyRequest,
  FastifySchema,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../core/actor.ts';
import { requireActor } from './auth.ts';
import { attachmentDisposition, errorResponses } from './common.ts';
import { MEDIA_TYPES } from './openapi.ts';

/** The Fastify instance a feature's routes plugin gets (`FastifyPluginAsyncZod`). */
export type ZodApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

type Schema = z.ZodType | undefined;

/** The request of a route with these input schemas, typed by the zod type provider. */
export type RouteRequest<P extends Schema, Q extends Schema, B extends Schema> = FastifyRequest<
  { Params: unknown; Querystring: unknown; Body: unknown },
  RawServerDefault,
  RawRequestDefaultExpression,
  { params: P; querystring: Q; body: B },
  ZodTypeProvider
>;

/** What the route reads: path parameters, query string, JSON body (or a multipart upload), and limits. */
export interface Input<P extends Schema, Q extends Schema, B extends Schema> {
  summary: string;
  description?: string;
  params?: P;
  querystring?: Q;
  body?: B;
  /** The body is a multipart upload (read with `readUpload`). */
  multipart?: true;
  bodyLimit?: number;
}

/** A JSON route's answer: `ok` (200) or `created` (201), or both with `status` choosing by the answer. */
export interface Answer<A extends z.ZodType> {
  ok?: A;
  created?: A;
  status?: (answer: z.output<A>) => number;
  /** Error answers besides the envelope's 400/401/403/404/409 (`false`: none declared). */
  errors?: false | Record<number, z.ZodType>;
}

/** A file to send: its media type comes from the name's extension unless given. */
export interface Download {
  name: string;
  content: Buffer | Readable;
  type?: string;
  /** Shown by the browser (a PDF) rather than saved. */
  inline?: boolean;
  headers?: Record<string, string>;
}

type Handler<P extends Schema, Q extends Schema, B extends Schema, R> = (actor: Actor, req: RouteRequest<P, Q, B>) => R | Promise<R>;

/** `{ items: [...] }`, the shape of every list answer. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** One page of a paged list: its items, the total and where the page stands. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/** The Content-Type header of a download named `name` (text with its charset). */
export function mediaTypeOf(name: string): string {
  const ext = name.slice(name.lastIndexOf('.') + 1);
  const type = MEDIA_TYPES[ext];
  if (!type) throw new Error(`No media type for ${name}`);
  return type.startsWith('text/') ? `${type}; charset=utf-8` : type;
}

export function routesOf(app: ZodApp, tags: string[]) {
  // Typed as a plain FastifySchema: the request's types come from the route's own generics (RouteRequest).
  const inputSchema = <P extends Schema, Q extends Schema, B extends Schema>(input: Input<P, Q, B>): FastifySchema => ({
    tags,
    summary: input.summary,
    ...(input.description && { description: input.description }),
    ...(input.params && { params: input.params }),
    ...(input.querystring && { querystring: input.querystring }),
    ...(input.body && { body: input.body }),
    ...(input.multipart && { consumes: ['multipart/form-data'] }),
  });
  const limits = (input: { bodyLimit?: number }) => (input.bodyLimit ? { bodyLimit: input.bodyLimit } : {});
  const typed = <P extends Schema, Q extends Schema, B extends Schema>(req: FastifyRequest) => req as unknown as RouteRequest<P, Q, B>;

  const json =
    (method: 'GET' | 'POST' | 'PATCH' | 'DELETE') =>
    <P extends Schema = undefined, Q extends Schema = undefined, B extends Schema = undefined, A extends z.ZodType = z.ZodType>(
      url: string,
      spec: Input<P, Q, B> & Answer<A>,
      handler: Handler<P, Q, B, z.output<A>>,
    ): void => {
      const errors = spec.errors === false ? {} : { ...errorResponses, ...spec.errors };
      const response: FastifySchema['response'] = { ...(spec.ok && { 200: spec.ok }), ...(spec.created && { 201: spec.created }), ...errors };
      const status = spec.status ?? (() => (spec.created ? 201 : 200));
      app.route({
        method,
        url,
        schema: { ...inputSchema(spec), response },
        ...limits(spec),
        handler: async (req, reply) => {
          const answer = await handler(requireActor(req), typed<P, Q, B>(req));
          return reply.status(status(answer)).send(answer);
        },
      });
    };

  return {
    get: json('GET'),
    post: json('POST'),
    patch: json('PATCH'),
    delete: json('DELETE'),
    /** A GET answering with a file (PDF, XLSX, CSV or a stored document); its media type is stated in the OpenAPI document by path (openapi.ts). */
    download<P extends Schema = undefined, Q extends Schema = undefined>(
      url: string,
      spec: Input<P, Q, undefined>,
      handler: Handler<P, Q, undefined, Download>,
    ): void {
      app.route({
        method: 'GET',
        url,
        schema: inputSchema(spec),
        handler: async (req, reply) => {
          const file = await handler(requireActor(req), typed<P, Q, undefined>(req));
          reply.headers({ ...file.headers, 'content-type': file.type ?? mediaTypeOf(file.name) });
          return reply.header('content-disposition', attachmentDisposition(file.name, file.inline ? 'inline' : 'attachment')).send(file.content);
        },
      });
    },
  };
}
