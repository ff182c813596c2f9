/**
 * The daily reminder e-mail, sent once a day however many instances run. `lindung serve` checks
 * every minute (when LINDUNG_SMTP_URL is set) whether the office clock has passed the sending time
 * (LINDUNG_REMINDER_TIME, default 07:00); the first instance to claim today's run in `job_runs`
 * sends, the others skip (src/db/jobs.ts). `lindung reminders --send` (cron) claims the same run.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { cliActor } from '../core/actor.ts';
import { nowIn } from '../core/dates.ts';
import { runDone, runOnce, type RunOutcome } from '../db/jobs.ts';
import { sendMail, type MailConfig } from './mailer.ts';
import type { Reminder } from './reminders.ts';

export const REMINDER_JOB = 'reminders-email';

export interface ReminderSource {
  list(actor: ReturnType<typeof cliActor>, agreementId?: number): Promise<Reminder[]>;
}

/** The e-mail's subject and body for a list of reminders. */
export function reminderMail(items: readonly Reminder[]): { subject: string; text: string } {
  return { subject: `Lindung: ${items.length} pengingat`, text: items.map((r) => `[${r.severity}] ${r.date} ${r.message}`).join('\n') };
}

/**
 * Sends the day's reminders unless another instance (or an earlier call) has: every agreement's,
 * as the local administrator; no e-mail when there is nothing to remind. `day` is the office's today.
 */
export async function sendDailyReminders(deps: {
  db: Kysely<DB>;
  reminders: ReminderSource;
  mail: MailConfig;
  day: string;
  instance?: string;
}): Promise<RunOutcome> {
  return runOnce(
    deps.db,
    { job: REMINDER_JOB, runKey: deps.day },
    async () => {
      const items = await deps.reminders.list(cliActor());
      if (items.length === 0) return '0 pengingat; tidak ada surel';
      const { subject, text } = reminderMail(items);
      await sendMail(deps.mail, subject, text);
      return `${items.length} pengingat dikirim ke ${deps.mail.to.join(', ')}`;
    },
    deps.instance ? { instance: deps.instance } : {},
  );
}

export interface ReminderSchedule {
  /** One check now (the timer's tick); resolves when done. */
  tick(): Promise<void>;
  stop(): void;
}

/**
 * Starts the daily check in this process. `log` receives what happened (sent, skipped because
 * another instance sent, failed). The timer does not keep the process alive.
 */
export function startReminderSchedule(deps: {
  db: Kysely<DB>;
  reminders: ReminderSource;
  mail: MailConfig;
  timeZone: string;
  sendTime: string;
  intervalMs?: number;
  today: () => string;
  log: (level: 'info' | 'error', message: string) => void;
}): ReminderSchedule {
  let running: Promise<void> | null = null;
  const tick = async () => {
    const now = nowIn(deps.timeZone);
    const hhmm = `${String(now.hour).padStart(2, '0')}:${String(now.minute).padStart(2, '0')}`;
    if (hhmm < deps.sendTime) return;
    const day = deps.today();
    if (await runDone(deps.db, { job: REMINDER_JOB, runKey: day })) return;
    try {
      const outcome = await sendDailyReminders({ db: deps.db, reminders: deps.reminders, mail: deps.mail, day });
      if (outcome.ran) deps.log('info', `Pengingat harian ${day}: ${outcome.detail}`);
    } catch (error) {
      deps.log('error', `Pengingat harian ${day} gagal dikirim (dicoba lagi nanti): ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const guarded = () => {
    // One check at a time in this process; overlapping ticks wait for the running one.
    running ??= tick().finally(() => (running = null));
    return running;
  };
  const timer = setInterval(() => void guarded(), deps.intervalMs ?? 60_000);
  timer.unref();
  void guarded();
  return { tick: guarded, stop: () => clearInterval(timer) };
}
