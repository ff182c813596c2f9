/** `lindung benefit quote --json < request.json`, `lindung benefit table --json`. */
import type { Command } from '@commander-js/extra-typings';
import { AppError } from '../core/errors.ts';
import { formatRupiah } from '../core/money.ts';
import { withAnswer } from '../cli/context.ts';
import { printTable } from '../cli/output.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function registerBenefitCommands(program: Command): void {
  const benefit = program.command('benefit').description('Manfaat JKK/JKM / benefits (Pasal 7)');
  benefit
    .command('quote')
    .description('Hitung manfaat dari permintaan JSON (berkas atau stdin)')
    .argument('[file]', 'berkas JSON permintaan (bawaan: stdin)')
    .option('--json', 'keluaran JSON')
    .action((file, opts) =>
      withAnswer(
        opts,
        async ({ services }) => {
          const text = file ? await (await import('node:fs/promises')).readFile(file, 'utf8') : await readStdin();
          let request: unknown;
          try {
            request = JSON.parse(text);
          } catch (e) {
            throw new AppError('bad_file', `Permintaan bukan JSON yang sah: ${(e as Error).message}`);
          }
          return services.benefits.quote(request);
        },
        (q) => {
          for (const item of q.items) console.log(`${item.label}: ${formatRupiah(item.amount)}\n  ${item.formula}\n  [${item.basis}]`);
          console.log(`Jumlah: ${formatRupiah(q.total)} (${q.totalInWords})`);
        },
      ),
    );
  benefit
    .command('table')
    .description('Tabel persentase cacat dengan kodenya')
    .option('--json', 'keluaran JSON')
    .action((opts) =>
      withAnswer(
        opts,
        ({ services }) => services.benefits.table(),
        (rows) =>
          printTable(
            rows.map((r) => ({
              Kode: r.code,
              Uraian: r.label,
              Persen: r.max ? `${r.percent}–${r.max}` : r.percent,
              Terkonfirmasi: r.confirmed ? 'ya' : 'belum',
            })),
          ),
      ),
    );
}
