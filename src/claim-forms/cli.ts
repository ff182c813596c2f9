import type { Command } from '@commander-js/extra-typings';
import { cliActor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import { withDocument } from '../cli/context.ts';
import type { FormKind } from './rules.ts';

const STAGES: Record<string, FormKind> = { '1': 'kk1', '2': 'kk2', dokter: 'kk3', kk1: 'kk1', kk2: 'kk2', kk3: 'kk3' };

export function formKindOf(stage: string): FormKind {
  const kind = STAGES[stage.trim().toLowerCase()];
  if (!kind)
    throw new AppError('validation_failed', `--stage harus 1 (laporan tahap I), 2 (laporan tahap II) atau dokter (surat keterangan dokter), bukan "${stage}"`);
  return kind;
}

export function registerClaimFormCommand(claim: Command): void {
  claim
    .command('form')
    .argument('<id>', 'ID klaim')
    .requiredOption('--stage <1|2|dokter>', '1 = laporan tahap I (3 KK 1), 2 = laporan tahap II (3 KK 2), dokter = surat keterangan dokter (3b KK 3)')
    .requiredOption('--out <file.pdf>', 'berkas PDF yang ditulis')
    .description('Formulir laporan kecelakaan kerja (PDF) diisi dari data klaim JKK')
    .action((claimId, opts) =>
      withDocument(opts.out, 'Formulir', async ({ services }) => {
        const id = Number(claimId);
        if (!Number.isInteger(id) || id <= 0) throw new AppError('validation_failed', `ID klaim harus bilangan bulat positif: ${claimId}`);
        const kind = formKindOf(opts.stage);
        return (await services.claimForms.render(cliActor(), id, kind)).pdf;
      }),
    );
}
