/**
 * Every request runs in its text language (src/core/language.ts): English when the JSON answer is
 * asked for in English (`Accept-Language: en`, the web's switch), else Bahasa. Documents (PDF,
 * XLSX, CSV) and the public card page stay Bahasa whatever the browser asks: they are official
 * papers. The language is entered in onRequest and again in preHandler (body parsing can lose
 * the async context), so the handler and everything it awaits see it.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { withTextLanguage, type Language } from '../core/language.ts';
import { languageOf } from '../core/validation.ts';

/** Routes that answer a document (a file, or the public card page): always Bahasa. */
const DOCUMENT = /[./](pdf|xlsx|csv)$|\/monitoring\/report$|\/employees\/export$|^\/verify\//;

export function requestLanguage(request: FastifyRequest): Language {
  const url = request.routeOptions.url ?? request.url.split('?')[0] ?? '';
  if (DOCUMENT.test(url)) return 'id';
  return languageOf(request.headers['accept-language']);
}

export function installRequestLanguage(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => withTextLanguage(requestLanguage(request), done));
  app.addHook('preHandler', (request, _reply, done) => withTextLanguage(requestLanguage(request), done));
}
