import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { mailConfigFrom, sendMail } from './mailer.ts';

/** A tiny SMTP server that records what it receives. */
function fakeSmtp(): Promise<{ port: number; received: string[]; close: () => void }> {
  const received: string[] = [];
  const server = net.createServer((socket) => {
    socket.setEncoding('utf8');
    let inData = false;
    let data = '';
    socket.write('220 fake ESMTP\r\n');
    socket.on('data', (chunk: string) => {
      for (const line of chunk.split('\r\n').filter((l, i, all) => l !== '' || i < all.length - 1)) {
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(data);
            socket.write('250 queued\r\n');
          } else data += `${line}\n`;
          continue;
        }
        received.push(line);
        if (line.startsWith('EHLO')) socket.write('250-fake\r\n250 AUTH LOGIN\r\n');
        else if (line === 'AUTH LOGIN') socket.write('334 VXNlcm5hbWU6\r\n');
        else if (/^[A-Za-z0-9+/=]+$/.test(line) && received.filter((r) => r === 'AUTH LOGIN').length && !received.some((r) => r.startsWith('MAIL')))
          socket.write(received.at(-2) === 'AUTH LOGIN' ? '334 UGFzc3dvcmQ6\r\n' : '235 ok\r\n');
        else if (line === 'DATA') {
          inData = true;
          socket.write('354 go\r\n');
        } else if (line === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as net.AddressInfo).port, received, close: () => server.close() })),
  );
}

test('reminders go out through the configured SMTP server', async () => {
  const smtp = await fakeSmtp();
  try {
    const config = mailConfigFrom({
      LINDUNG_SMTP_URL: `smtp://bkpsdm:rahasia@127.0.0.1:${smtp.port}`,
      LINDUNG_MAIL_FROM: 'lindung@butonutarakab.go.id',
      LINDUNG_REMINDER_TO: 'kepala@bkpsdm.go.id, cabang@bpjs.go.id',
    })!;
    await sendMail(config, 'Lindung: 1 pengingat', 'Tagihan IURAN/1/202205/00001 lewat jatuh tempo');
    assert.ok(smtp.received.includes('MAIL FROM:<lindung@butonutarakab.go.id>'));
    assert.ok(smtp.received.includes('RCPT TO:<cabang@bpjs.go.id>'));
    assert.ok(smtp.received.includes(Buffer.from('bkpsdm').toString('base64')));
    const message = smtp.received.find((r) => r.includes('Subject:'))!;
    assert.match(message, /Tagihan IURAN\/1\/202205\/00001 lewat jatuh tempo/);
    assert.equal(mailConfigFrom({}), null, 'no SMTP configured: nothing is sent');
  } finally {
    smtp.close();
  }
});
