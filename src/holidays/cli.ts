/** `lindung holiday list|add|remove|import`: the holiday calendar, as the local administrator. */
import type { Command } from '@commander-js/extra-typings';
import { cliActor } from '../core/actor.ts';
import { formatDateId } from '../core/dates.ts';
import { withAnswer } from '../cli/context.ts';
import { printTable, readJsonFile } from '../cli/output.ts';
import { KIND_LABEL } from './schemas.ts';

export function registerHolidayCommands(program: Command): void {
  const holiday = program.command('holiday').description('Hari libur nasional dan cuti bersama / holiday calendar');

  holiday
    .command('list')
    .description('Daftar hari libur (dengan SKB yang menetapkannya)')
    .option('--year <YYYY>', 'tahun')
    .option('--json', 'keluaran JSON')
    .action((opts) =>
      withAnswer(
        opts,
        ({ services }) => services.holidays.list(cliActor(), opts.year ? { year: opts.year } : {}),
        (items) =>
          printTable(
            items.map((h) => ({
              Tanggal: formatDateId(h.date),
              Nama: h.name,
              Jenis: KIND_LABEL[h.kind],
              Terkonfirmasi: h.confirmed ? 'ya' : 'belum',
              Dasar: h.decree,
            })),
          ),
      ),
    );

  holiday
    .command('add')
    .description('Tambah hari libur')
    .requiredOption('--date <YYYY-MM-DD>', 'tanggal')
    .requiredOption('--name <nama>', 'nama hari libur')
    .requiredOption('--decree <SKB>', 'dasar penetapan, mis. SKB Nomor … Tahun …')
    .option('--cuti-bersama', 'cuti bersama (bawaan: libur nasional)')
    .option('--unconfirmed', 'tandai belum terkonfirmasi')
    .option('--json', 'keluaran JSON')
    .action((opts) =>
      withAnswer(
        opts,
        ({ services }) =>
          services.holidays.add(cliActor(), {
            date: opts.date,
            name: opts.name,
            decree: opts.decree,
            kind: opts.cutiBersama ? 'cuti_bersama' : 'national',
            confirmed: !opts.unconfirmed,
          }),
        (h) => console.log(`Hari libur dicatat: ${formatDateId(h.date)} — ${h.name} (${KIND_LABEL[h.kind]})`),
      ),
    );

  holiday
    .command('remove')
    .description('Hapus hari libur')
    .argument('<date>', 'tanggal YYYY-MM-DD')
    .option('--json', 'keluaran JSON')
    .action((date, opts) =>
      withAnswer(
        opts,
        ({ services }) => services.holidays.remove(cliActor(), date),
        (h) => console.log(`Hari libur dihapus: ${formatDateId(h.date)} — ${h.name}`),
      ),
    );

  holiday
    .command('import')
    .description('Muat berkas hari libur (format lindung.holidays/v1, lihat data-files/holidays/); entri yang salah menolak seluruh berkas')
    .argument('<file>', 'berkas JSON')
    .option('--json', 'keluaran JSON')
    .action((file, opts) =>
      withAnswer(
        opts,
        ({ services }) => services.holidays.importFile(cliActor(), readJsonFile(file)),
        (r) => console.log(`Berkas hari libur dimuat (${r.years.join(', ')}): ${r.added} ditambah, ${r.updated} diperbarui`),
      ),
    );
}
