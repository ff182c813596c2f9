/** `lindung report me`, `lindung reminders`. */
import type { Command } from '@commander-js/extra-typings';
import { cliActor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import { withContext, withDocument } from '../cli/context.ts';
import { printJson } from '../cli/output.ts';
import { mailConfigFrom, sendMail } from './mailer.ts';
import { reminderMail, sendDailyReminders } from './daily-reminders.ts';
import { formatDateId } from '../core/dates.ts';

export function registerMonitoringCommands(program: Command): void {
  program
    .command('report')
    .description('Laporan / reports')
    .command('me')
    .description('Laporan monitoring dan evaluasi untuk satu periode')
    .requiredOption('--agreement <id>', 'ID perjanjian')
    .requiredOption('--period <period>', '2023-Q2, 2023-05 atau 2023')
    .option('--format <format>', 'pdf | xlsx', 'pdf')
    .option('--out <file>', 'berkas tujuan (bawaan: laporan-monev-PERIODE.FORMAT)')
    .action((opts) =>
      withDocument(opts.out ?? `laporan-monev-${opts.period}.${opts.format}`, 'Laporan', ({ services }) => {
        if (opts.format !== 'pdf' && opts.format !== 'xlsx') throw new AppError('validation_failed', 'Format harus pdf atau xlsx');
        const agreementId = Number(opts.agreement);
        return opts.format === 'xlsx'
          ? services.meReport.xlsx(cliActor(), agreementId, opts.period)
          : services.meReport.pdf(cliActor(), agreementId, opts.period);
      }),
    );

  program
    .command('reminders')
    .description('Pengingat yang jatuh tempo (perjanjian berakhir, tagihan, force majeure, tindak lanjut forum)')
    .option('--agreement <id>', 'ID perjanjian')
    .option('--send', 'kirim lewat surel (LINDUNG_SMTP_URL, LINDUNG_MAIL_FROM, LINDUNG_REMINDER_TO)')
    .option('--json', 'keluaran JSON')
    .action(async (opts) => {
      await withContext(!!opts.json, async ({ services }) => {
        if (opts.send && !opts.agreement) {
          // The day's e-mail of every agreement: sent once a day, whether by cron here or by a server instance.
          const config = mailConfigFrom();
          if (!config) throw new AppError('validation_failed', 'Atur LINDUNG_SMTP_URL untuk mengirim surel');
          const day = services.today();
          const outcome = await sendDailyReminders({ db: services.db, reminders: services.reminders, mail: config, day });
          if (outcome.ran) console.log(outcome.detail);
          else
            console.log(
              `Pengingat ${formatDateId(day)} ${outcome.by.status === 'done' ? 'sudah dikirim' : 'sedang dikirim'} oleh ${outcome.by.instance} (${outcome.by.detail ?? 'mulai ' + outcome.by.startedAt}); tidak dikirim lagi`,
            );
          return;
        }
        const items = await services.reminders.list(cliActor(), opts.agreement ? Number(opts.agreement) : undefined);
        if (opts.send) {
          const config = mailConfigFrom();
          if (!config) throw new AppError('validation_failed', 'Atur LINDUNG_SMTP_URL untuk mengirim surel');
          const { subject, text } = reminderMail(items);
          if (items.length) await sendMail(config, subject, text);
          console.log(`${items.length} pengingat ${items.length ? `dikirim ke ${config.to.join(', ')}` : ''}`);
          return;
        }
        if (opts.json) return printJson(items);
        if (!items.length) console.log('Tidak ada pengingat');
        for (const r of items) console.log(`[${r.severity}] ${r.date} ${r.message}`);
      });
    });
}
