/** HTTP routes of agreements under /api/v1/agreements. Thin: validate, call the service, present. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../http/auth.ts';
import { attachmentDisposition, errorResponses, idParams } from '../http/common.ts';
import { isoDate } from '../core/validation.ts';
import { textLanguage } from '../core/language.ts';
import { englishMessage } from '../core/errors-en.ts';
import type { AgreementsService } from './service.ts';
import {
  agreementOutSchema,
  agreementSummarySchema,
  amendmentInputSchema,
  createAgreementSchema,
  listAgreementsQuery,
  renewAgreementSchema,
  renewalOutSchema,
  signAgreementSchema,
  terminateSchema,
  termsOnOutSchema,
  updateAgreementSchema,
} from './schemas.ts';
import { TERMS_FIELDS } from './terms-fields.ts';
import { REGULATION_DEFAULT_TERMS, termsSchema } from './terms.ts';

/** A renewal's warnings (stored and written in Bahasa) in the request's language. */
const inRequestLanguage = <T extends { warnings: string[] }>(r: T): T => (textLanguage() === 'en' ? { ...r, warnings: r.warnings.map(englishMessage) } : r);

export const agreementsRoutes: FastifyPluginAsyncZod<{ service: AgreementsService }> = async (app, { service }) => {
  const tags = ['Perjanjian (agreements)'];

  app.get(
    '/',
    {
      schema: {
        tags,
        summary: 'Daftar perjanjian',
        querystring: listAgreementsQuery,
        response: { 200: z.object({ items: z.array(agreementSummarySchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await service.list(requireActor(req), req.query) }),
  );

  app.post(
    '/',
    {
      schema: { tags, summary: 'Buat perjanjian', body: createAgreementSchema, response: { 201: agreementOutSchema, ...errorResponses } },
    },
    async (req, reply) => reply.status(201).send(await service.create(requireActor(req), req.body)),
  );

  app.get(
    '/terms-fields',
    {
      schema: {
        tags,
        summary: 'Katalog ketentuan yang dapat diubah adendum, dengan nilai bawaan regulasi',
        response: {
          200: z.object({
            fields: z.array(z.object({ path: z.string(), kind: z.string(), label: z.object({ id: z.string(), en: z.string() }) })),
            defaults: termsSchema,
          }),
        },
      },
    },
    async () => ({ fields: [...TERMS_FIELDS], defaults: REGULATION_DEFAULT_TERMS }),
  );

  app.get(
    '/:id',
    {
      schema: { tags, summary: 'Rincian perjanjian', params: idParams, response: { 200: agreementOutSchema, ...errorResponses } },
    },
    async (req) => service.get(requireActor(req), req.params.id),
  );

  app.patch(
    '/:id',
    {
      schema: { tags, summary: 'Ubah perjanjian', params: idParams, body: updateAgreementSchema, response: { 200: agreementOutSchema, ...errorResponses } },
    },
    async (req) => service.update(requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/:id/amendments',
    {
      schema: {
        tags,
        summary: 'Catat adendum/amandemen (Pasal 11)',
        params: idParams,
        body: amendmentInputSchema,
        response: { 201: agreementOutSchema, ...errorResponses },
      },
      bodyLimit: 16 * 1024 * 1024,
    },
    async (req, reply) => reply.status(201).send(await service.addAmendment(requireActor(req), req.params.id, req.body)),
  );

  app.get(
    '/:id/amendments/:amendmentId/document',
    {
      schema: { tags, summary: 'Unduh dokumen adendum', params: idParams.extend({ amendmentId: z.coerce.number().int().positive() }) },
    },
    async (req, reply) => {
      const doc = await service.getDocument(requireActor(req), req.params.id, req.params.amendmentId);
      return reply.header('content-type', doc.mime).header('content-disposition', attachmentDisposition(doc.name)).send(doc.content);
    },
  );

  app.post(
    '/:id/terminate',
    {
      schema: {
        tags,
        summary: 'Akhiri perjanjian lebih awal (Pasal 10 ayat 2)',
        params: idParams,
        body: terminateSchema,
        response: { 200: agreementOutSchema, ...errorResponses },
      },
    },
    async (req) => service.terminate(requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/:id/renew',
    {
      schema: {
        tags,
        summary: 'Perpanjang: buat perjanjian penerus (nomor baru, ketentuan disalin); bila ditandatangani, peserta aktif dilanjutkan dengan KPJ yang sama',
        params: idParams,
        body: renewAgreementSchema,
        response: { 201: renewalOutSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(inRequestLanguage(await service.renew(requireActor(req), req.params.id, req.body))),
  );

  app.post(
    '/:id/sign',
    {
      schema: {
        tags,
        summary: 'Catat penandatanganan; perpanjangan lalu melanjutkan peserta perjanjian sebelumnya',
        params: idParams,
        body: signAgreementSchema,
        response: { 200: renewalOutSchema, ...errorResponses },
      },
    },
    async (req) => service.sign(requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/:id/carry-over',
    {
      schema: {
        tags,
        summary: 'Lanjutkan peserta yang terdaftar pada perjanjian sebelumnya sesudah penandatanganan (idempoten)',
        params: idParams,
        response: { 200: renewalOutSchema, ...errorResponses },
      },
    },
    async (req) => service.carryOver(requireActor(req), req.params.id),
  );

  app.get(
    '/:id/terms',
    {
      schema: {
        tags,
        summary: 'Ketentuan yang berlaku pada suatu tanggal',
        params: idParams,
        querystring: z.object({ date: isoDate('Tanggal') }),
        response: { 200: termsOnOutSchema, ...errorResponses },
      },
    },
    async (req) => service.termsOn(requireActor(req), req.params.id, req.query.date),
  );
};
