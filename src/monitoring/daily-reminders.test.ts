/**
 * The daily reminder e-mail: one per office day through the job_runs claim, retried after an SMTP
 * failure; the sending time and check interval settings.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { createTestDb } from '../db/testing.ts';
import { smtpSink } from '../testing/smtp-sink.ts';
import type { Db } from '../db/connect.ts';
import { sendDailyReminders, startReminderSchedule } from './daily-reminders.ts';
import { loadConfig, parseSendTime } from '../core/config.ts';
import type { Reminder } from './reminders.ts';

let handle: Db;
before(async () => {
  handle = await createTestDb();
});
after(async () => handle.close());

const items: Reminder[] = [
  {
    kind: 'bill_overdue',
    agreementId: 1,
    date: '2024-03-15',
    severity: 'danger',
    message: 'Tagihan IURAN/1/202402/00001 lewat jatuh tempo 15 Maret 2024; sisa Rp 381.240',
    link: '/iuran/tagihan/24',
  },
];
const reminders = { list: async () => items };

test('sent once per day; a second instance and a second call skip; the next day sends again', async () => {
  const smtp = await smtpSink();
  try {
    const mail = { url: `smtp://127.0.0.1:${smtp.port}`, from: 'lindung@contoh.go.id', to: ['bkpsdm@contoh.go.id'] };
    const [a, b] = await Promise.all([
      sendDailyReminders({ db: handle.db, reminders, mail, day: '2024-03-20', instance: 'satu:1' }),
      sendDailyReminders({ db: handle.db, reminders, mail, day: '2024-03-20', instance: 'dua:2' }),
    ]);
    assert.equal([a, b].filter((o) => o.ran).length, 1);
    assert.equal(smtp.messages.length, 1);
    assert.match(smtp.messages[0]!, /\[danger\] 2024-03-15 Tagihan IURAN\/1\/202402\/00001 lewat jatuh tempo 15 Maret 2024; sisa Rp 381\.240/);
    const again = await sendDailyReminders({ db: handle.db, reminders, mail, day: '2024-03-20', instance: 'satu:1' });
    assert.deepEqual(again.ran ? null : [again.by.status, again.by.detail], ['done', '1 pengingat dikirim ke bkpsdm@contoh.go.id']);
    await sendDailyReminders({ db: handle.db, reminders, mail, day: '2024-03-21', instance: 'dua:2' });
    assert.equal(smtp.messages.length, 2);
  } finally {
    smtp.close();
  }
});

test('the schedule: an SMTP failure is logged and retried at the next check, then sent once', async () => {
  const smtp = await smtpSink();
  const logs: string[] = [];
  // A port nobody listens on first, then the sink.
  const closed = net.createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const deadPort = (closed.address() as net.AddressInfo).port;
  await new Promise((r) => closed.close(r));
  const mail = { url: `smtp://127.0.0.1:${deadPort}`, from: 'lindung@contoh.go.id', to: ['bkpsdm@contoh.go.id'] };
  const schedule = startReminderSchedule({
    db: handle.db,
    reminders,
    mail,
    timeZone: 'Asia/Makassar',
    sendTime: '00:00',
    intervalMs: 3_600_000,
    today: () => '2024-04-01',
    log: (level, m) => logs.push(`${level}: ${m}`),
  });
  try {
    await schedule.tick();
    assert.match(logs.join('\n'), /^error: Pengingat harian 2024-04-01 gagal dikirim \(dicoba lagi nanti\): Server SMTP tidak dapat dihubungi/m);
    mail.url = `smtp://127.0.0.1:${smtp.port}`;
    await schedule.tick();
    await schedule.tick();
    assert.equal(smtp.messages.length, 1);
    assert.match(logs.at(-1)!, /^info: Pengingat harian 2024-04-01: 1 pengingat dikirim ke bkpsdm@contoh\.go\.id$/);
    const row = await handle.db.selectFrom('job_runs').select(['status', 'attempts']).where('run_key', '=', '2024-04-01').executeTakeFirstOrThrow();
    assert.deepEqual([row.status, Number(row.attempts)], ['done', 2]);
  } finally {
    schedule.stop();
    smtp.close();
  }
});

test('LINDUNG_REMINDER_TIME and LINDUNG_SCHEDULE_INTERVAL_SECONDS are checked', () => {
  assert.equal(parseSendTime(undefined), '07:00');
  assert.equal(parseSendTime('6:30'), '06:30');
  assert.throws(() => parseSendTime('25:00'), /LINDUNG_REMINDER_TIME tidak sah: "25:00" \(jam kantor JJ:MM, contoh 07:00\)/);
  assert.equal(loadConfig({ LINDUNG_SCHEDULE_INTERVAL_SECONDS: '0.2' }).scheduleIntervalMs, 200);
  assert.equal(loadConfig({}).scheduleIntervalMs, 60_000);
  assert.throws(() => loadConfig({ LINDUNG_SCHEDULE_INTERVAL_SECONDS: 'sebentar' }), /LINDUNG_SCHEDULE_INTERVAL_SECONDS tidak sah/);
});
