/**
 * The `lindung` command line. Each feature registers its own commands; all of them call the
 * same services as the HTTP API, acting as the local administrator.
 *
 * Start-up is kept short: a feature's module (and through it the database driver, the services,
 * ExcelJS, pdfkit…) is imported only when one of its commands runs. A table names each
 * feature's top-level commands (src/cli/features.ts) so `lindung --help` lists them all without
 * loading any feature; features.test.ts checks it against what each feature really registers.
 */
import { Command } from '@commander-js/extra-typings';
import { withContext } from './cli/context.ts';
import { printJson, reportError } from './cli/output.ts';
import { CLI_FEATURES } from './cli/features.ts';

// `lindung … | head` closes the pipe early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

const program = new Command().name('lindung').description('Lindung — JKK & JKM BPJS Ketenagakerjaan bagi pegawai pemerintah non-ASN').version('0.1.0');

program
  .command('serve')
  .description('Jalankan server web + API (memuat demo ke basis data kosong kecuali --no-demo)')
  .option('--port <port>', 'port HTTP (bawaan 3000 atau PORT)')
  .option('--host <host>', 'alamat dengar (bawaan 0.0.0.0 atau HOST)')
  .option('--no-demo', 'jangan memuat perjanjian dan pengguna demo')
  .action(async (opts) => {
    try {
      const [{ loadConfig }, { openDb, SERVER_APPLICATION_NAME }, { migrateToLatest }, { createServices }, { buildApp }, { loadDemo, DEMO_PASSWORD }] =
        await Promise.all([
          import('./core/config.ts'),
          import('./db/connect.ts'),
          import('./db/migrate.ts'),
          import('./services.ts'),
          import('./http/app.ts'),
          import('./demo.ts'),
        ]);
      const { holdServerLock } = await import('./db/backup.ts');
      const config = loadConfig();
      if (opts.port) config.port = Number(opts.port);
      if (opts.host) config.host = opts.host;
      const handle = openDb(config.databaseUrl, { applicationName: SERVER_APPLICATION_NAME });
      const applied = await migrateToLatest(handle.db);
      const services = createServices(handle, { timeZone: config.timeZone });
      let demoNote = '';
      if (opts.demo) {
        // Instances started together on one empty database: only the one that claims the run loads the demo.
        // The others wait until it is done, so nobody serves (or sends reminders from) a half-loaded demo.
        const { runOnce } = await import('./db/jobs.ts');
        const loadOnce = () =>
          runOnce(handle.db, { job: 'demo-load', runKey: 'once' }, async () => {
            const demo = await loadDemo(services, { dataset: true, timeZone: config.timeZone });
            if (demo.agreementLoaded) demoNote += '\nPerjanjian demo dimuat: PKS Kabupaten Buton Utara — BPJS Ketenagakerjaan KC Kendari';
            if (demo.datasetLoaded)
              demoNote += '\nData contoh dimuat (nama-nama fiktif, bertanda "(contoh)"): 3 unit kerja, 40 pegawai, 24 bulan tagihan, klaim, register';
            if (demo.usersCreated.length > 0) demoNote += `\nMasuk demo (demo login): ${demo.usersCreated.join(' / ')} — kata sandi "${DEMO_PASSWORD}"`;
            return demo.agreementLoaded || demo.usersCreated.length ? 'demo dimuat' : 'basis data tidak kosong; demo tidak dimuat';
          });
        const { runStatus } = await import('./db/jobs.ts');
        const first = await loadOnce();
        if (!first.ran && first.by.status !== 'done') {
          while ((await runStatus(handle.db, { job: 'demo-load', runKey: 'once' })) === 'running') await new Promise((r) => setTimeout(r, 500));
          await loadOnce(); // taken over if it failed or went stale; otherwise a no-op
        }
      }
      const app = await buildApp({ services, config, logger: true });
      await app.listen({ port: config.port, host: config.host });
      // On SQLite, tell `lindung restore` that a server holds the database (db/backup.ts).
      const releaseLock = handle.sqlite && handle.sqlite.name !== ':memory:' ? holdServerLock(handle.sqlite.name, config.port) : () => {};
      process.once('exit', releaseLock);
      // The daily reminder e-mail (when SMTP is configured), sent by one instance only (monitoring/daily-reminders.ts).
      const { mailConfigFrom } = await import('./monitoring/mailer.ts');
      const mail = mailConfigFrom();
      let stopSchedule = () => {};
      if (mail) {
        const { startReminderSchedule } = await import('./monitoring/daily-reminders.ts');
        const schedule = startReminderSchedule({
          db: handle.db,
          reminders: services.reminders,
          mail,
          timeZone: config.timeZone,
          sendTime: config.reminderTime,
          intervalMs: config.scheduleIntervalMs,
          today: services.today,
          log: (level, message) => app.log[level](message),
        });
        stopSchedule = schedule.stop;
      }
      const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
      console.log(
        `\nLindung berjalan di http://${shown}:${config.port}  (${handle.description}${applied.length ? `, migrasi: ${applied.join(', ')}` : ''})${demoNote}\nDokumentasi API: http://${shown}:${config.port}/api/docs\n`,
      );
      const stop = async () => {
        stopSchedule();
        await app.close();
        await handle.close();
        releaseLock();
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
      const { migrateToLatest } = await import('./db/migrate.ts');
      const applied = await migrateToLatest(handle.db);
      if (opts.json) printJson({ database: handle.description, applied });
      else console.log(`Basis data mutakhir (${handle.description})`);
    });
  });

program
  .command('backup')
  .description('Cadangkan basis data (SQLite: VACUUM INTO, aman saat server berjalan; PostgreSQL: pg_dump -Fc)')
  .argument('<file>', 'berkas tujuan')
  .action(async (file) => {
    try {
      const [{ loadConfig }, { isPostgresUrl }, { backupPostgres }] = await Promise.all([
        import('./core/config.ts'),
        import('./db/connect.ts'),
        import('./db/backup.ts'),
      ]);
      const url = loadConfig().databaseUrl;
      if (url && isPostgresUrl(url)) {
        backupPostgres(url, file);
        console.log(`Cadangan PostgreSQL (pg_dump -Fc) ditulis ke ${file}`);
        return;
      }
    } catch (error) {
      reportError(error, false);
      return;
    }
    await withContext(false, async ({ handle }) => {
      const { backupSqlite } = await import('./db/backup.ts');
      const { bytes } = await backupSqlite(handle, file);
      console.log(`Cadangan ditulis ke ${file} (${Math.ceil(bytes / 1024)} KB)`);
    });
  });

program
  .command('restore')
  .description('Pulihkan basis data SQLite dari cadangan (hentikan server terlebih dahulu)')
  .argument('<file>', 'berkas cadangan')
  .action(async (file) => {
    try {
      const [{ loadConfig }, { DEFAULT_DATABASE_PATH, isPostgresUrl }, { restoreSqlite, restorePostgres }, { AppError }] = await Promise.all([
        import('./core/config.ts'),
        import('./db/connect.ts'),
        import('./db/backup.ts'),
        import('./core/errors.ts'),
      ]);
      const url = loadConfig().databaseUrl;
      if (url && isPostgresUrl(url)) {
        await restorePostgres(url, file);
        console.log(`Basis data PostgreSQL dipulihkan dari ${file} (pg_restore)`);
        return;
      }
      if (url && !url.startsWith('sqlite:')) throw new AppError('invalid_state', 'Alamat basis data tidak dikenal');
      const target = url ? url.slice('sqlite:'.length) : DEFAULT_DATABASE_PATH;
      await restoreSqlite(file, target);
      console.log(`Basis data ${target} dipulihkan dari ${file}`);
    } catch (error) {
      reportError(error, false);
    }
  });

// Only the feature that owns the command being run is loaded; every other feature's commands
// are listed (name and description) so `--help` and "unknown command" still know them all.
const named = process.argv.slice(2).find((a) => !a.startsWith('-'));
const owner = CLI_FEATURES.find((f) => named !== undefined && Object.hasOwn(f.commands, named));
for (const feature of CLI_FEATURES) {
  if (feature === owner) (await feature.load())(program);
  else for (const [name, description] of Object.entries(feature.commands)) program.command(name).description(description);
}

await program.parseAsync(process.argv);
