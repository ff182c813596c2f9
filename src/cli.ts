/**
 * The `lindung` command line. Each feature registers its own commands; all of them call the
 * same services as the HTTP API, acting as the local administrator.
 */
import { Command } from '@commander-js/extra-typings';
import { loadConfig } from './core/config.ts';
import { openDb, DEFAULT_DATABASE_PATH } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { backupSqlite, restoreSqlite } from './db/backup.ts';
import { createServices } from './services.ts';
import { buildApp } from './http/app.ts';
import { loadDemo, DEMO_PASSWORD } from './demo.ts';
import { withContext } from './cli/context.ts';
import { printJson, reportError } from './cli/output.ts';
import { registerAgreementCommands } from './agreements/cli.ts';
import { registerUserCommands } from './auth/cli.ts';
import { registerRosterCommands } from './roster/cli.ts';
import { registerEnrolmentCommands } from './enrolment/cli.ts';
import { registerContributionCommands } from './contributions/cli.ts';
import { registerMonitoringCommands } from './monitoring/cli.ts';
import { registerBenefitCommands } from './benefits/cli.ts';
import { registerClaimCommands } from './claims/cli.ts';
import { AppError } from './core/errors.ts';

// `lindung … | head` closes the pipe early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

const program = new Command()
  .name('lindung')
  .description('Lindung — JKK & JKM BPJS Ketenagakerjaan bagi pegawai pemerintah non-ASN')
  .version('0.1.0');

program
  .command('serve')
  .description('Jalankan server web + API (memuat demo ke basis data kosong kecuali --no-demo)')
  .option('--port <port>', 'port HTTP (bawaan 3000 atau PORT)')
  .option('--host <host>', 'alamat dengar (bawaan 0.0.0.0 atau HOST)')
  .option('--no-demo', 'jangan memuat perjanjian dan pengguna demo')
  .action(async (opts) => {
    try {
      const config = loadConfig();
      if (opts.port) config.port = Number(opts.port);
      if (opts.host) config.host = opts.host;
      const handle = openDb(config.databaseUrl);
      const applied = await migrateToLatest(handle.db);
      const services = createServices(handle, { timeZone: config.timeZone });
      let demoNote = '';
      if (opts.demo) {
        const demo = await loadDemo(services, { dataset: true, timeZone: config.timeZone });
        if (demo.agreementLoaded) demoNote += '\nPerjanjian demo dimuat: PKS Kabupaten Buton Utara — BPJS Ketenagakerjaan KC Kendari';
        if (demo.datasetLoaded) demoNote += '\nData contoh dimuat (nama-nama fiktif, bertanda "(contoh)"): 3 unit kerja, 40 pegawai, 24 bulan tagihan, klaim, register';
        if (demo.usersCreated.length > 0) demoNote += `\nMasuk demo (demo login): ${demo.usersCreated.join(' / ')} — kata sandi "${DEMO_PASSWORD}"`;
      }
      const app = await buildApp({ services, config, logger: true });
      await app.listen({ port: config.port, host: config.host });
      const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
      console.log(`\nLindung berjalan di http://${shown}:${config.port}  (${handle.description}${applied.length ? `, migrasi: ${applied.join(', ')}` : ''})${demoNote}\nDokumentasi API: http://${shown}:${config.port}/api/docs\n`);
      const stop = async () => {
        await app.close();
        await handle.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    } catch (error) {
      reportError(error, false);
      process.exit(1);
    }
  });

program
  .command('migrate')
  .description('Terapkan migrasi basis data')
  .option('--json', 'keluaran JSON')
  .action(async (opts) => {
    await withContext(!!opts.json, async ({ handle }) => {
      // withContext has already migrated; report the state.
      const applied = await migrateToLatest(handle.db);
      if (opts.json) printJson({ database: handle.description, applied });
      else console.log(`Basis data mutakhir (${handle.description})`);
    });
  });

program
  .command('backup')
  .description('Cadangkan basis data SQLite (daring, aman saat server berjalan)')
  .argument('<file>', 'berkas tujuan')
  .action(async (file) => {
    await withContext(false, async ({ handle }) => {
      const { pages } = await backupSqlite(handle, file);
      console.log(`Cadangan ditulis ke ${file} (${pages} halaman)`);
    });
  });

program
  .command('restore')
  .description('Pulihkan basis data SQLite dari cadangan (hentikan server terlebih dahulu)')
  .argument('<file>', 'berkas cadangan')
  .action(async (file) => {
    try {
      const url = loadConfig().databaseUrl;
      if (url && !url.startsWith('sqlite:')) throw new AppError('invalid_state', 'Pemulihan ini hanya untuk SQLite; untuk PostgreSQL gunakan pg_restore (lihat README)');
      const target = url ? url.slice('sqlite:'.length) : DEFAULT_DATABASE_PATH;
      await restoreSqlite(file, target);
      console.log(`Basis data ${target} dipulihkan dari ${file}`);
    } catch (error) {
      reportError(error, false);
    }
  });

registerAgreementCommands(program);
registerUserCommands(program);
registerRosterCommands(program);
registerEnrolmentCommands(program);
registerContributionCommands(program);
registerMonitoringCommands(program);
registerBenefitCommands(program);
registerClaimCommands(program);

await program.parseAsync(process.argv);
