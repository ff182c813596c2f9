/**
 * A small SMTP client (RFC 5321) for reminders: plain or implicit TLS (smtps://), optional
 * AUTH LOGIN. Configured by LINDUNG_SMTP_URL (smtp://user:pass@host:587), LINDUNG_MAIL_FROM and
 * LINDUNG_REMINDER_TO (comma-separated). Without LINDUNG_SMTP_URL nothing is sent.
 */
import net from 'node:net';
import tls from 'node:tls';
import { AppError } from '../core/errors.ts';

export interface MailConfig {
  url: string;
  from: string;
  to: string[];
}

export function mailConfigFrom(env: NodeJS.ProcessEnv = process.env): MailConfig | null {
  if (!env.LINDUNG_SMTP_URL) return null;
  const to = (env.LINDUNG_REMINDER_TO ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!to.length) throw new AppError('validation_failed', 'LINDUNG_REMINDER_TO wajib diisi bila LINDUNG_SMTP_URL diatur');
  return { url: env.LINDUNG_SMTP_URL, from: env.LINDUNG_MAIL_FROM ?? 'lindung@localhost', to };
}

/** A file sent with a message (the stage-I form PDF of a field report). */
export interface MailAttachment {
  name: string;
  mime: string;
  content: Buffer;
}

/** The message after the headers common to every mail: plain text, or multipart/mixed with the attachments in base64. */
export function mailBody(text: string, attachments: readonly MailAttachment[] = []): { headers: string; body: string } {
  const plain = text.replace(/\r?\n/g, '\r\n');
  if (!attachments.length) return { headers: 'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit', body: plain };
  const boundary = `lindung-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const parts = [`--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${plain}`];
  for (const a of attachments) {
    const name = `=?UTF-8?B?${Buffer.from(a.name).toString('base64')}?=`;
    const lines = a.content.toString('base64').replace(/.{76}/g, '$&\r\n');
    parts.push(
      `--${boundary}\r\nContent-Type: ${a.mime}; name="${name}"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="${name}"\r\n\r\n${lines}`,
    );
  }
  return { headers: `Content-Type: multipart/mixed; boundary="${boundary}"`, body: `${parts.join('\r\n')}\r\n--${boundary}--` };
}

export async function sendMail(config: MailConfig, subject: string, text: string, attachments: readonly MailAttachment[] = []): Promise<void> {
  const url = new URL(config.url);
  const secure = url.protocol === 'smtps:';
  const port = Number(url.port || (secure ? 465 : 25));
  const socket: net.Socket = secure ? tls.connect({ host: url.hostname, port, servername: url.hostname }) : net.connect({ host: url.hostname, port });
  socket.setEncoding('utf8');
  let buffer = '';
  const waiters: ((line: string) => void)[] = [];
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    for (let i = buffer.indexOf('\r\n'); i >= 0; i = buffer.indexOf('\r\n')) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 2);
      // Multi-line replies ("250-…") end with a line "250 …".
      if (/^\d{3} /.test(line) || !/^\d{3}-/.test(line)) waiters.shift()?.(line);
    }
  });
  const failed = new Promise<never>((_, reject) =>
    socket.once('error', (e) => reject(new AppError('invalid_state', `Server SMTP tidak dapat dihubungi: ${e.message}`))),
  );
  const reply = (expect: number) =>
    Promise.race([
      failed,
      new Promise<string>((resolve, reject) =>
        waiters.push((line) => (line.startsWith(String(expect)) ? resolve(line) : reject(new AppError('invalid_state', `Server SMTP menolak: ${line}`)))),
      ),
    ]);
  const command = async (line: string, expect: number) => {
    socket.write(`${line}\r\n`);
    return reply(expect);
  };
  try {
    await reply(220);
    await command(`EHLO lindung`, 250);
    if (url.username) {
      await command('AUTH LOGIN', 334);
      await command(Buffer.from(decodeURIComponent(url.username)).toString('base64'), 334);
      await command(Buffer.from(decodeURIComponent(url.password)).toString('base64'), 235);
    }
    await command(`MAIL FROM:<${config.from}>`, 250);
    for (const to of config.to) await command(`RCPT TO:<${to}>`, 250);
    await command('DATA', 354);
    const encodedSubject = `=?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`;
    const message = mailBody(text, attachments);
    const body = message.body.replace(/^\./gm, '..');
    await command(
      `From: Lindung <${config.from}>\r\nTo: ${config.to.join(', ')}\r\nSubject: ${encodedSubject}\r\nMIME-Version: 1.0\r\n${message.headers}\r\n\r\n${body}\r\n.`,
      250,
    );
    await command('QUIT', 221).catch(() => undefined);
  } finally {
    socket.end();
  }
}
