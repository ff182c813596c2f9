/**
 * The compiled CLI, as `npm ci` / `npm start` leave it in dist/ (scripts/build-cli.mjs), run the way a
 * newcomer runs it: every other test runs the TypeScript sources (LINDUNG_FROM_SOURCE=1), so this one
 * builds into its own folder and drives that build: migrations (the holiday calendar of 0013 is a
 * data file), the demo (the PKS and dataset files), a PDF (fonts of external packages), a quote.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const OUT = `tmp/cli-build-${process.pid}`;
const dir = mkdtempSync(join(tmpdir(), 'lindung-build-'));
const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'lindung.db')}`, LINDUNG_WEB_DIST: join(dir, 'no-web') };
delete env.LINDUNG_FROM_SOURCE;
delete env.TEST_DATABASE_URL;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('the compiled CLI (dist/) on a fresh SQLite file', () => {
  let server: ChildProcess | undefined;
  before(() => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs', '--outdir', OUT], { stdio: 'pipe' });
  });
  after(() => {
    server?.kill('SIGTERM');
    rmSync(OUT, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  test('migrate applies every migration, the holiday calendar included', () => {
    const out = execFileSync(process.execPath, [`${OUT}/cli.js`, 'migrate', '--json'], { env, encoding: 'utf8' });
    assert.match(JSON.parse(out).database, /lindung\.db/);
    const holidays = execFileSync(process.execPath, [`${OUT}/cli.js`, 'holiday', 'list', '--year', '2024', '--json'], { env, encoding: 'utf8' });
    assert.match(holidays, /2024-08-17/);
  });

  test('a quote answers from the build: 0.54% of Rp 1.765.000 is Rp 9.531 a month', () => {
    const out = execFileSync(process.execPath, [`${OUT}/cli.js`, 'contribution', 'quote', '--wage', '1765000', '--jkk', '0.24', '--jkm', '0.30', '--json'], {
      env,
      encoding: 'utf8',
    });
    assert.equal(JSON.parse(out).monthly.total, 9531);
  });

  test('serve loads the demo and answers with a participant card PDF', async () => {
    const port = await freePort();
    server = spawn(process.execPath, [`${OUT}/cli.js`, 'serve', '--port', String(port), '--host', '127.0.0.1'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    server.stdout!.on('data', (d) => (output += d));
    server.stderr!.on('data', (d) => (output += d));
    const deadline = Date.now() + 120_000;
    while (!output.includes('Lindung berjalan')) {
      assert.ok(Date.now() < deadline && server.exitCode === null, `the server did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.match(output, /Data contoh dimuat/);
    const base = `http://127.0.0.1:${port}`;
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'lindung-demo' }),
    });
    assert.equal(login.status, 200);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const participants = await fetch(`${base}/api/v1/enrolment/participants`, { headers: { cookie } });
    assert.equal(participants.status, 200);
    const list = (await participants.json()) as { items: { id: number }[]; total: number };
    assert.ok(list.total >= 30, `the demo's participants: ${list.total}`);
    const card = await fetch(`${base}/api/v1/enrolment/participants/${list.items[0]!.id}/card.pdf`, { headers: { cookie } });
    assert.equal(card.status, 200, await card.clone().text());
    assert.equal(card.headers.get('content-type'), 'application/pdf');
    assert.equal(
      Buffer.from(await card.arrayBuffer())
        .subarray(0, 5)
        .toString(),
      '%PDF-',
    );
  });
});
