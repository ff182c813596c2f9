/** HTTP routes of agreements under /api/v1/agreements. Thin: validate, call the service, present. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../http/common.ts';
import { listOf, routesOf } from '../http/route.ts';
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
  const route = routesOf(app, ['Perjanjian (agreements)']);

  route.get('/', { summary: 'Daftar perjanjian', querystring: listAgreementsQuery, ok: listOf(agreementSummarySchema) }, async (actor, req) => ({
    items: await service.list(actor, req.query),
  }));

  route.post('/', { summary: 'Buat perjanjian', body: createAgreementSchema, created: agreementOutSchema }, (actor, req) => service.create(actor, req.body));

  route.get(
    '/terms-fields',
    {
      summary: 'Katalog ketentuan yang dapat diubah adendum, dengan nilai bawaan regulasi',
      ok: z.object({
        fields: z.array(z.object({ path: z.string(), kind: z.string(), label: z.object({ id: z.string(), en: z.string() }) })),
        defaults: termsSchema,
      }),
      errors: false,
    },
    () => ({ fields: [...TERMS_FIELDS], defaults: REGULATION_DEFAULT_TERMS }),
  );

  route.get('/:id', { summary: 'Rincian perjanjian', params: idParams, ok: agreementOutSchema }, (actor, req) => service.get(actor, req.params.id));

  route.patch('/:id', { summary: 'Ubah perjanjian', params: idParams, body: updateAgreementSchema, ok: agreementOutSchema }, (actor, req) =>
    service.update(actor, req.params.id, req.body),
  );

  route.post(
    '/:id/amendments',
    {
      summary: 'Catat adendum/amandemen (Pasal 11)',
      params: idParams,
      body: amendmentInputSchema,
      created: agreementOutSchema,
      bodyLimit: 16 * 1024 * 1024,
    },
    (actor, req) => service.addAmendment(actor, req.params.id, req.body),
  );

  route.download(
    '/:id/amendments/:amendmentId/document',
    { summary: 'Unduh dokumen adendum', params: idParams.extend({ amendmentId: z.coerce.number().int().positive() }) },
    async (actor, req) => {
      const doc = await service.getDocument(actor, req.params.id, req.params.amendmentId);
      return { name: doc.name, type: doc.mime, content: doc.content };
    },
  );

  route.post(
    '/:id/terminate',
    { summary: 'Akhiri perjanjian lebih awal (Pasal 10 ayat 2)', params: idParams, body: terminateSchema, ok: agreementOutSchema },
    (actor, req) => service.terminate(actor, req.params.id, req.body),
  );

  route.post(
    '/:id/renew',
    {
      summary: 'Perpanjang: buat perjanjian penerus (nomor baru, ketentuan disalin); bila ditandatangani, peserta aktif dilanjutkan dengan KPJ yang sama',
      params: idParams,
      body: renewAgreementSchema,
      created: renewalOutSchema,
    },
    async (actor, req) => inRequestLanguage(await service.renew(actor, req.params.id, req.body)),
  );

  route.post(
    '/:id/sign',
    {
      summary: 'Catat penandatanganan; perpanjangan lalu melanjutkan peserta perjanjian sebelumnya',
      params: idParams,
      body: signAgreementSchema,
      ok: renewalOutSchema,
    },
    (actor, req) => service.sign(actor, req.params.id, req.body),
  );

  route.post(
    '/:id/carry-over',
    {
      summary: 'Lanjutkan peserta yang terdaftar pada perjanjian sebelumnya sesudah penandatanganan (idempoten)',
      params: idParams,
      ok: renewalOutSchema,
    },
    (actor, req) => service.carryOver(actor, req.params.id),
  );

  route.get(
    '/:id/terms',
    { summary: 'Ketentuan yang berlaku pada suatu tanggal', params: idParams, querystring: z.object({ date: isoDate('Tanggal') }), ok: termsOnOutSchema },
    (actor, req) => service.termsOn(actor, req.params.id, req.query.date),
  );
};
