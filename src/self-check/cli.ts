/**
 * `lindung self-check …`: the log of public "Cek perlindungan saya" lookups, and the contact
 * (phone, address) employees are shown for their unit, their government or their BPJS branch.
 */
import type { Command } from '@commander-js/extra-typings';
import { cliActor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import { withAnswer } from '../cli/context.ts';
import { printTable } from '../cli/output.ts';

const positive = (value: string, what: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new AppError('validation_failed', `${what} harus bilangan bulat positif: ${value}`);
  return n;
};

export function registerSelfCheckCommands(program: Command): void {
  const cmd = program.command('self-check').description('Cek perlindungan saya (publik): log pengecekan dan kontak yang ditampilkan / self-check');
  cmd
    .command('log')
    .description('Log pengecekan publik: waktu, alamat, NIK tersamar, hasil')
    .option('--limit <n>', 'baris terakhir', '50')
    .option('--json')
    .action((opts) =>
      withAnswer(
        opts,
        async ({ services }) => (await services.selfCheck.log(cliActor(), { limit: positive(opts.limit, 'Batas baris') })).items,
        (items) => printTable(items.map((r) => ({ Waktu: r.at, Alamat: r.ip, NIK: r.nikMasked, Hasil: r.outcomeLabel }))),
      ),
    );
  cmd
    .command('contact')
    .description('Atur kontak yang ditampilkan kepada pegawai: unit kerja (telepon, alamat) atau instansi (telepon)')
    .option('--unit <id>', 'ID unit kerja')
    .option('--institution <id>', 'ID instansi (pemerintah daerah atau kantor cabang BPJS)')
    .option('--phone <phone>', 'nomor telepon')
    .option('--address <text>', 'alamat')
    .option('--json')
    .action((opts) =>
      withAnswer(
        opts,
        async ({ services }) => {
          if (!!opts.unit === !!opts.institution) throw new AppError('validation_failed', 'Sebutkan salah satu: --unit ID atau --institution ID');
          const patch = { ...(opts.phone !== undefined ? { phone: opts.phone } : {}), ...(opts.address !== undefined ? { address: opts.address } : {}) };
          return opts.unit
            ? await services.units.update(cliActor(), positive(opts.unit, 'ID unit'), patch)
            : await services.institutions.update(cliActor(), positive(opts.institution!, 'ID instansi'), patch);
        },
        (out) => console.log(`Kontak ${out.name}: telepon ${out.phone || '-'}, alamat ${out.address || '-'}`),
      ),
    );
}
