/** Every error leaves the API as { error: { code, message, details } } with a Bahasa message. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from '../core/errors.ts';
import { appErrorFromDb } from '../db/db-errors.ts';

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: (string | number)[]; message?: string } };
}

function validationBody(error: FastifyError) {
  const issues = (error.validation as ValidationIssue[]).map((v) => {
    const path = v.params?.issue?.path?.join('.') ?? (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    return { path, message: v.params?.issue?.message ?? v.message ?? 'tidak sah' };
  });
  const first = issues[0];
  const where = error.validationContext === 'querystring' ? 'parameter' : error.validationContext === 'params' ? 'alamat' : 'data';
  const message = first ? `${where} tidak sah — ${first.path ? first.path + ': ' : ''}${first.message}` : 'Data tidak sah';
  return { code: 'validation_failed', message: message.charAt(0).toUpperCase() + message.slice(1), details: { issues } };
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = error instanceof AppError ? error : appErrorFromDb(error);
    if (known) {
      return reply.status(known.status).send({ error: { code: known.code, message: known.message, details: known.details } });
    }
    if (error.validation) return reply.status(400).send({ error: validationBody(error) });
    if (error.statusCode === 429) {
      return reply.status(429).send({ error: { code: 'rate_limited', message: 'Terlalu banyak percobaan; coba lagi dalam satu menit', details: null } });
    }
    if (error.statusCode === 413) {
      return reply.status(413).send({ error: { code: 'bad_file', message: 'Data yang dikirim terlalu besar', details: null } });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const message = error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'Jenis konten tidak didukung' : error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? 'Isi permintaan bukan JSON yang sah' : 'Permintaan tidak sah';
      return reply.status(error.statusCode).send({ error: { code: 'bad_request', message, details: { reason: error.message } } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'internal', message: 'Terjadi kesalahan pada server', details: null } });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ error: { code: 'not_found', message: `Alamat ${request.method} ${request.url.split('?')[0]} tidak ditemukan`, details: null } });
  });
}
