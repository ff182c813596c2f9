/**
 * Every error leaves the API as { error: { code, message, details } } with a Bahasa message; on `Accept-Language: en`
 * validation messages are parsed again in English and business-rule messages go through the table of
 * src/core/errors-en.ts (one translation step here, none in the services).
 */
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodType } from 'zod';
import { AppError } from '../core/errors.ts';
import { englishMessage } from '../core/errors-en.ts';
import { englishVersion, inLanguage, languageOf } from '../core/validation.ts';
import { appErrorFromDb } from '../db/db-errors.ts';

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: (string | number)[]; message?: string } };
}

/** The route schema's issues again, in English (the same schema on the same input; parsing is synchronous). */
function englishIssues(error: FastifyError, request: FastifyRequest): { path: string; message: string }[] | null {
  const context = error.validationContext as 'body' | 'querystring' | 'params' | 'headers' | undefined;
  const schema = context ? (request.routeOptions.schema?.[context] as ZodType | undefined) : undefined;
  if (!context || !schema || typeof schema.safeParse !== 'function') return null;
  const input = context === 'querystring' ? request.query : context === 'params' ? request.params : context === 'headers' ? request.headers : request.body;
  // Zod finalises the messages when the error is read: read it inside the English parse.
  return inLanguage('en', () => {
    const result = schema.safeParse(input);
    return result.success ? null : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  });
}

function validationBody(error: FastifyError, request: FastifyRequest) {
  const en = languageOf(request.headers['accept-language']) === 'en';
  const issues =
    (en ? englishIssues(error, request) : null) ??
    (error.validation as ValidationIssue[]).map((v) => {
      const path = v.params?.issue?.path?.join('.') ?? (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
      return { path, message: v.params?.issue?.message ?? v.message ?? (en ? 'invalid' : 'tidak sah') };
    });
  const first = issues[0];
  const where = en
    ? error.validationContext === 'querystring'
      ? 'parameters'
      : error.validationContext === 'params'
        ? 'address'
        : 'data'
    : error.validationContext === 'querystring'
      ? 'parameter'
      : error.validationContext === 'params'
        ? 'alamat'
        : 'data';
  const message = first
    ? `${where} ${en ? 'invalid' : 'tidak sah'} — ${first.path ? first.path + ': ' : ''}${first.message}`
    : en
      ? 'Invalid data'
      : 'Data tidak sah';
  return { code: 'validation_failed', message: message.charAt(0).toUpperCase() + message.slice(1), details: { issues } };
}

/** A validation error parsed again in English; any other AppError with its message from the English table. */
function inEnglish(error: AppError): AppError {
  const again = englishVersion(error);
  if (again !== error) return again;
  const message = englishMessage(error.message);
  return message === error.message ? error : new AppError(error.code, message, error.details);
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const own = error instanceof AppError ? error : appErrorFromDb(error);
    // Validation messages (sanitiser, zod) in English when the web asks for it; Bahasa otherwise.
    const known = own && languageOf(request.headers['accept-language']) === 'en' ? inEnglish(own) : own;
    if (known) {
      return reply.status(known.status).send({ error: { code: known.code, message: known.message, details: known.details } });
    }
    if (error.validation) return reply.status(400).send({ error: validationBody(error, request) });
    if (error.statusCode === 429) {
      return reply.status(429).send({ error: { code: 'rate_limited', message: 'Terlalu banyak percobaan; coba lagi dalam satu menit', details: null } });
    }
    if (error.statusCode === 413) {
      return reply.status(413).send({ error: { code: 'bad_file', message: 'Data yang dikirim terlalu besar', details: null } });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const message =
        error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
          ? 'Jenis konten tidak didukung'
          : error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
            ? 'Isi permintaan bukan JSON yang sah'
            : 'Permintaan tidak sah';
      return reply.status(error.statusCode).send({ error: { code: 'bad_request', message, details: { reason: error.message } } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'internal', message: 'Terjadi kesalahan pada server', details: null } });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ error: { code: 'not_found', message: `Alamat ${request.method} ${request.url.split('?')[0]} tidak ditemukan`, details: null } });
  });
}
