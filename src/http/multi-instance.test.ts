/**
 * Several instances behind a proxy (issue #14): two `lindung serve` processes on one database
 * behind nginx (round robin, started here with its own config in a temporary directory, not as a
 * service), both started at once on an empty database. Proves that
 *   (a) a session made on one instance works on the other (sessions and CSRF tokens are rows);
 *   (b) the daily reminder e-mail goes out once, though both instances check for it every 0.2 s
 *       and `lindung reminders --send` runs twice at the same time (job_runs, src/db/jobs.ts);
 *   (c) the login limit is shared: wrong passwords spread over both instances hit 429 at the limit;
 *   (d) a protection answer kept on one instance is not given after the session ended on the other.
 * On PostgreSQL (TEST_DATABASE_URL) in a fresh schema; on SQLite in one WAL file (two processes on
 * one file work too, though the supported deployment for several instances is PostgreSQL).
 * Needs nginx (Debian: apt-get install nginx); without it the test is skipped and says why.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgres, openSqlite, type Db } from '../db/connect.ts';

const NGINX =
  ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p)) ?? (spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim() || null);
const LIMIT = 5;
const PG_URL = process.env.TEST_DATABASE_URL;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/** A fake SMTP server that keeps every message it receives. */
async function smtpSink(): Promise<{ port: number; messages: string[]; server: Server }> {
  const messages: string[] = [];
  const server = createServer((socket) => {
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let data = '';
    socket.write('220 sink\r\n');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let i = buffer.indexOf('\r\n'); i >= 0; i = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            messages.push(data);
            data = '';
            socket.write('250 queued\r\n');
          } else data += `${line}\n`;
        } else if (/^DATA/i.test(line)) {
          inData = true;
          socket.write('354 go\r\n');
        } else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, messages, server };
}

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number, children: ChildProcess[] = []): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    for (const c of children) if (c.exitCode !== null) throw new Error(`${what}: a process exited with ${c.exitCode}`);
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function nginxConfig(dir: string, listen: number, upstreams: number[]): string {
  return `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 256; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream lindung {
${upstreams.map((p) => `    server 127.0.0.1:${p};`).join('\n')}
  }
  server {
    listen 127.0.0.1:${listen};
    location / {
      proxy_pass http://lindung;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      # Which instance answered (for the test).
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: a JSON answer read field by field in assertions
  body: any;
  upstream: string | null;
  cookie: string | null;
}

async function call(origin: string, path: string, init: { method?: string; body?: unknown; cookie?: string; csrf?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.cookie) headers.cookie = init.cookie;
  if (init.csrf) headers['x-csrf-token'] = init.csrf;
  const res = await fetch(origin + path, { method: init.method ?? 'GET', headers, ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}) });
  const text = await res.text();
  const setCookie = res.headers.get('set-cookie');
  return {
    status: res.status,
    body: text ? JSON.parse(text) : null,
    upstream: res.headers.get('x-upstream'),
    cookie: setCookie ? setCookie.split(';')[0]! : null,
  };
}

const skip = NGINX
  ? false
  : 'nginx tidak ditemukan (/usr/sbin/nginx): pasang paket nginx (apt-get install nginx) untuk uji beberapa instans — nginx not found, test skipped';

describe('two instances behind nginx on one database', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'lindung-multi-'));
  const children: ChildProcess[] = [];
  const logs: string[] = [];
  let sink: Awaited<ReturnType<typeof smtpSink>>;
  let ports: number[] = [];
  let proxy = '';
  let env: NodeJS.ProcessEnv = {};
  let db: Db;
  let schema: string | null = null;

  before(async () => {
    sink = await smtpSink();
    let databaseUrl: string;
    if (PG_URL) {
      schema = `t_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();
      databaseUrl = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    } else {
      databaseUrl = `sqlite:${join(dir, 'lindung.db')}`;
    }
    env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      LINDUNG_SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      LINDUNG_MAIL_FROM: 'lindung@contoh.go.id',
      LINDUNG_REMINDER_TO: 'bkpsdm@contoh.go.id',
      LINDUNG_REMINDER_TIME: '00:00',
      LINDUNG_SCHEDULE_INTERVAL_SECONDS: '0.2',
      LINDUNG_TRUST_PROXY: 'loopback',
      LINDUNG_LOGIN_RATE_LIMIT: String(LIMIT),
      LINDUNG_WEB_DIST: join(dir, 'no-web'),
      LOG_LEVEL: 'warn',
      LINDUNG_FROM_SOURCE: '1',
      LINDUNG_DEBUG: '1',
    };
    ports = [await freePort(), await freePort()];
    // Both at once on the empty database: each migrates, one loads the demo while the other waits.
    for (const port of ports) {
      const child = spawn(process.execPath, ['bin/lindung.mjs', 'serve', '--port', String(port), '--host', '127.0.0.1'], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout!.on('data', (d: Buffer) => logs.push(`[${port}] ${d.toString()}`));
      child.stderr!.on('data', (d: Buffer) => logs.push(`[${port}] ${d.toString()}`));
      children.push(child);
    }
    const listen = await freePort();
    writeFileSync(join(dir, 'nginx.conf'), nginxConfig(dir, listen, ports));
    const nginx = spawn(NGINX!, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
    nginx.stderr!.on('data', (d: Buffer) => logs.push(`[nginx] ${d.toString()}`));
    children.push(nginx);
    proxy = `http://127.0.0.1:${listen}`;
    try {
      for (const port of ports)
        await waitFor(`instance on ${port}`, async () => (await call(`http://127.0.0.1:${port}`, '/api/v1/health')).status === 200, 240_000, children);
      await waitFor('nginx', async () => (await call(proxy, '/api/v1/health')).status === 200, 20_000, children);
    } catch (e) {
      throw new Error(`${(e as Error).message}\n${logs.join('')}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`);
    }
    db = schema ? openPostgres(PG_URL!, { searchPath: schema, max: 2 }) : openSqlite(join(dir, 'lindung.db'));
  });

  after(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once('exit', r)))));
    await db?.close();
    sink?.server.close();
    if (schema) {
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const direct = (i: number) => `http://127.0.0.1:${ports[i]}`;

  test('the demo was loaded once although both instances started on the empty database', async () => {
    const agreements = await db.db.selectFrom('agreements').select('id').execute();
    assert.equal(agreements.length, 1);
    const employees = await db.db.selectFrom('employees').select('id').execute();
    assert.equal(employees.length, 40);
    const run = await db.db.selectFrom('job_runs').select(['status', 'detail']).where('job', '=', 'demo-load').execute();
    assert.deepEqual(run, [{ status: 'done', detail: 'demo dimuat' }]);
  });

  test('(a) a session made on one instance works on the other, CSRF included; logging out on one ends it on both', async () => {
    const login = await call(direct(0), '/api/v1/auth/login', { method: 'POST', body: { username: 'admin', password: 'lindung-demo' } });
    assert.equal(login.status, 200);
    const cookie = login.cookie!;
    const csrf = login.body.csrfToken as string;
    const me = await call(direct(1), '/api/v1/auth/me', { cookie });
    assert.equal(me.status, 200);
    assert.equal(me.body.user.username, 'admin');
    assert.equal(me.body.csrfToken, csrf);
    // A write on the other instance with the session's CSRF token; without it, refused.
    const token = await call(direct(1), '/api/v1/auth/tokens', { method: 'POST', body: { name: 'skrip-multi' }, cookie, csrf });
    assert.equal(token.status, 201);
    assert.equal((await call(direct(1), '/api/v1/auth/tokens', { method: 'POST', body: { name: 'tanpa-csrf' }, cookie })).status, 403);
    const listed = await call(direct(0), '/api/v1/auth/tokens', { cookie });
    // Besides the demo's own tokens ("… (contoh)").
    assert.deepEqual(
      listed.body.items.map((t: { name: string }) => t.name).filter((n: string) => !n.endsWith('(contoh)')),
      ['skrip-multi'],
    );
    // Through nginx: consecutive requests alternate between the instances, all signed in.
    const through = await Promise.all([0, 1, 2, 3].map(() => call(proxy, '/api/v1/auth/me', { cookie })));
    assert.deepEqual(
      through.map((r) => r.status),
      [200, 200, 200, 200],
    );
    assert.deepEqual(new Set(through.map((r) => r.upstream)), new Set(ports.map((p) => `127.0.0.1:${p}`)));
    assert.equal((await call(direct(1), '/api/v1/auth/logout', { method: 'POST', cookie, csrf })).status, 200);
    const gone = await call(direct(0), '/api/v1/auth/me', { cookie });
    assert.equal(gone.status, 401);
    assert.equal(gone.body.error.message, 'Silakan masuk terlebih dahulu');
  });

  test('(b) the daily reminder e-mail goes out once, though both instances and two cron runs try at the same time', async () => {
    await waitFor('the reminder e-mail', () => sink.messages.length >= 1, 60_000, children);
    // Both instances keep checking every 0.2 s; and cron runs `lindung reminders --send` twice at once.
    const cli = () =>
      new Promise<string>((resolve) => {
        const c = spawn(process.execPath, ['bin/lindung.mjs', 'reminders', '--send'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        c.stdout!.on('data', (d: Buffer) => (out += d.toString()));
        c.stderr!.on('data', (d: Buffer) => (out += d.toString()));
        c.once('exit', (code) => resolve(`${code}: ${out}`));
      });
    const outputs = await Promise.all([cli(), cli()]);
    for (const out of outputs)
      assert.match(out, /^0: Pengingat \d+ \w+ \d{4} sudah dikirim oleh .+:\d+ \(\d+ pengingat dikirim ke bkpsdm@contoh\.go\.id\); tidak dikirim lagi/);
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(sink.messages.length, 1, 'one e-mail');
    const rows = await db.db
      .selectFrom('job_runs')
      .select(['run_key', 'status', 'instance', 'attempts', 'detail'])
      .where('job', '=', 'reminders-email')
      .execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.status, 'done');
    assert.equal(Number(rows[0]!.attempts), 1);
    const mail = sink.messages[0]!;
    const subject = Buffer.from(/Subject: =\?UTF-8\?B\?([^?]+)\?=/.exec(mail)![1]!, 'base64').toString('utf8');
    const count = Number(/^Lindung: (\d+) pengingat$/.exec(subject)![1]);
    assert.ok(count >= 1);
    assert.equal(rows[0]!.detail, `${count} pengingat dikirim ke bkpsdm@contoh.go.id`);
    assert.match(mail, /To: bkpsdm@contoh\.go\.id/);
    // The demo's February 2024 bill is unpaid and long past due.
    assert.match(mail, /\[danger\] 2024-03-15 Tagihan .+ lewat jatuh tempo 15 Maret 2024; sisa Rp /);
    assert.equal(mail.split('\n').filter((l) => /^\[(info|warning|danger)\] /.test(l)).length, count);
  });

  test('(d) an answer the protection check keeps on one instance is not given after a logout on the other', async () => {
    const login = await call(direct(0), '/api/v1/auth/login', { method: 'POST', body: { username: 'admin', password: 'lindung-demo' } });
    assert.equal(login.status, 200);
    const cookie = login.cookie!;
    const nik = (await db.db.selectFrom('employees').select('nik').orderBy('id').executeTakeFirstOrThrow()).nik;
    const path = `/api/v1/protection?nik=${nik}`;
    // Asked on the second instance until its answer is kept there (it keeps once its change notices are heard).
    for (let i = 0; i < 5; i++) {
      assert.equal((await call(direct(1), path, { cookie })).status, 200);
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal((await call(direct(0), '/api/v1/auth/logout', { method: 'POST', cookie, csrf: login.body.csrfToken as string })).status, 200);
    // The logout reaches the second instance as a change (a notice on PostgreSQL, data_version on SQLite):
    // within moments it reads again and refuses the ended session.
    let status = 0;
    for (let i = 0; i < 50 && status !== 401; i++) {
      status = (await call(direct(1), path, { cookie })).status;
      if (status !== 401) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(status, 401);
  });

  test(`(c) the login limit is shared: ${LIMIT} wrong passwords spread over both instances, then 429 on each`, async () => {
    const wrong = [];
    for (let i = 0; i < LIMIT; i++)
      wrong.push(await call(proxy, '/api/v1/auth/login', { method: 'POST', body: { username: 'operator', password: `salah-${i}` } }));
    assert.deepEqual(
      wrong.map((r) => r.status),
      Array(LIMIT).fill(401),
    );
    assert.equal(new Set(wrong.map((r) => r.upstream)).size, 2, 'the failures went to both instances');
    for (const origin of [proxy, direct(0), direct(1)]) {
      const blocked = await call(origin, '/api/v1/auth/login', { method: 'POST', body: { username: 'operator', password: 'lindung-demo' } });
      assert.equal(blocked.status, 429, origin);
      assert.match(blocked.body.error.message, /^Terlalu banyak percobaan masuk\. Coba lagi dalam 1[45] menit\.$/);
    }
    const rows = await db.db.selectFrom('login_failures').select('id').where('username', '=', 'operator').execute();
    assert.equal(rows.length, LIMIT);
  });
});
