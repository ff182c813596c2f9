/** A fake SMTP server on a free local port keeping each message's DATA: for the tests of the e-mails (field reports, daily reminders). */
import net from 'node:net';

export interface SmtpSink {
  port: number;
  messages: string[];
  close: () => void;
}

export function smtpSink(): Promise<SmtpSink> {
  const messages: string[] = [];
  const server = net.createServer((socket) => {
    let buffer = '';
    let data: string | null = null;
    socket.write('220 ok\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString();
      for (let i = buffer.indexOf('\r\n'); i >= 0; i = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (data !== null) {
          if (line === '.') {
            messages.push(data);
            data = null;
            socket.write('250 ok\r\n');
          } else data += `${line}\n`;
        } else if (line === 'DATA') {
          data = '';
          socket.write('354 go\r\n');
        } else if (line === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as net.AddressInfo).port, messages, close: () => server.close() })),
  );
}
