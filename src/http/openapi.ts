/**
 * The OpenAPI document as a client meets it (Redocly's recommended rules, `openapi.test.ts`): every
 * operation has an operationId, the API names its server, no path ends in a slash (Fastify registers
 * a prefixed '/' route under both forms), downloads declare their media type, and every operation
 * declares the error envelope for its 4xx answers.
 */
import { z } from 'zod';
import { errorSchema } from './common.ts';

type Operation = { operationId?: string; summary?: string; responses?: Record<string, unknown>; [key: string]: unknown };
type PathItem = Record<string, Operation>;
export interface OpenApiDocument {
  servers?: { url: string; description?: string }[];
  paths?: Record<string, PathItem>;
  components?: { schemas?: Record<string, unknown>; responses?: Record<string, unknown>; [key: string]: unknown };
  [key: string]: unknown;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** Media types of the files Lindung sends, by the path's extension or its last segment. */
export const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  zip: 'application/zip',
};

/** Downloads whose path does not name their type: a stored document keeps the type it was uploaded with. */
const DOWNLOAD_PATHS: Record<string, string[]> = {
  '/api/v1/agreements/{id}/amendments/{amendmentId}/document': ['application/pdf', 'application/octet-stream'],
  '/api/v1/claims/{id}/documents/{documentId}': ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'application/octet-stream'],
  '/api/v1/employees/export': [MEDIA_TYPES.xlsx!, MEDIA_TYPES.csv!],
  '/api/v1/monitoring/report': [MEDIA_TYPES.pdf!, MEDIA_TYPES.xlsx!],
  '/verify/{token}': ['text/html'],
};

/** The media types a download path answers with (none: a JSON route). */
export function downloadMediaTypes(path: string): string[] {
  if (DOWNLOAD_PATHS[path]) return DOWNLOAD_PATHS[path];
  const single = downloadMediaType(path);
  return single ? [single] : [];
}

export function downloadMediaType(path: string): string | undefined {
  const last = path.split('/').pop() ?? '';
  const ext = last.includes('.') ? last.slice(last.lastIndexOf('.') + 1) : last;
  return MEDIA_TYPES[ext];
}

/** `GET /api/v1/claims/{id}/letter.pdf` → `getClaimsByIdLetterPdf`. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api\/v1/, '')
    .split(/[/.\-_]/)
    .filter(Boolean)
    .map((part) => (part.startsWith('{') ? `By${cap(part.slice(1, -1))}` : cap(part)));
  return method.toLowerCase() + (words.join('') || 'Root');
}

const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function finishOpenApi(doc: OpenApiDocument, publicUrl?: string): OpenApiDocument {
  const paths: Record<string, PathItem> = {};
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const bare = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
    if (bare !== path && doc.paths?.[bare]) continue; // the same route without its slash is already there
    paths[bare] = item;
  }
  const taken = new Set<string>();
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      let id = op.operationId ?? operationIdOf(method, path);
      for (let n = 2; taken.has(id); n++) id = `${operationIdOf(method, path)}${n}`;
      taken.add(id);
      op.operationId = id;
      op.responses ??= {};
      const responses = op.responses;
      const media = downloadMediaTypes(path);
      if (media.length) {
        const ok = (responses['200'] ?? {}) as { description?: string };
        const binary = { schema: { type: 'string', format: 'binary' } };
        responses['200'] = { description: ok.description ?? 'Berkas (file)', content: Object.fromEntries(media.map((m) => [m, binary])) };
      }
      if (!Object.keys(responses).some((code) => code.startsWith('4'))) responses['4XX'] = { $ref: '#/components/responses/Error' };
    }
  }
  const components = doc.components ?? {};
  return {
    ...doc,
    servers: [{ url: publicUrl ?? '/', description: publicUrl ? 'Lindung' : 'Lindung (alamat server ini, this server)' }],
    paths,
    components: {
      ...components,
      schemas: { ...components.schemas, Error: z.toJSONSchema(errorSchema, { target: 'openapi-3.0' }) },
      responses: {
        ...components.responses,
        Error: {
          description: 'Galat dalam Bahasa Indonesia (English with Accept-Language: en)',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    },
  };
}
