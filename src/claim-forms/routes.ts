/** The accident report forms of a claim under /api/v1/claims/:id/forms (registered beside the claims routes). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../http/common.ts';
import { routesOf } from '../http/route.ts';
import type { ClaimForms } from './service.ts';
import type { FormKind } from './rules.ts';

const SUMMARY: Record<FormKind, string> = {
  kk1: 'Formulir laporan kecelakaan kerja tahap I (3 KK 1, PDF) diisi dari data klaim JKK',
  kk2: 'Formulir laporan kecelakaan kerja tahap II (3 KK 2, PDF) diisi dari data klaim JKK',
  kk3: 'Surat keterangan dokter (3b KK 3, PDF): data pasien terisi, bagian dokter kosong',
};

export const claimFormsRoutes: FastifyPluginAsyncZod<{ forms: ClaimForms }> = async (app, { forms }) => {
  const route = routesOf(app, ['Klaim (claims)']);
  for (const kind of ['kk1', 'kk2', 'kk3'] as const) {
    route.download(`/:id/forms/${kind}.pdf`, { summary: SUMMARY[kind], params: idParams }, async (actor, req) => {
      const { pdf, fileName } = await forms.render(actor, req.params.id, kind);
      return { name: fileName, inline: true, content: pdf };
    });
  }
};
