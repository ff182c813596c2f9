/** The accident report forms of a claim under /api/v1/claims/:id/forms (registered beside the claims routes). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../http/auth.ts';
import { attachmentDisposition, idParams } from '../http/common.ts';
import type { ClaimForms } from './service.ts';
import type { FormKind } from './rules.ts';

const SUMMARY: Record<FormKind, string> = {
  kk1: 'Formulir laporan kecelakaan kerja tahap I (3 KK 1, PDF) diisi dari data klaim JKK',
  kk2: 'Formulir laporan kecelakaan kerja tahap II (3 KK 2, PDF) diisi dari data klaim JKK',
  kk3: 'Surat keterangan dokter (3b KK 3, PDF): data pasien terisi, bagian dokter kosong',
};

export const claimFormsRoutes: FastifyPluginAsyncZod<{ forms: ClaimForms }> = async (app, { forms }) => {
  const tags = ['Klaim (claims)'];
  for (const kind of ['kk1', 'kk2', 'kk3'] as const) {
    app.get(`/:id/forms/${kind}.pdf`, { schema: { tags, summary: SUMMARY[kind], params: idParams } }, async (req, reply) => {
      const { pdf, fileName } = await forms.render(requireActor(req), req.params.id, kind);
      return reply.header('content-type', 'application/pdf').header('content-disposition', attachmentDisposition(fileName, 'inline')).send(pdf);
    });
  }
};
