import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildApp } from '../http/app.ts';
import { createHarness, PASSWORD, type Client, type Harness } from '../testing/harness.ts';
import { SESSION_IDLE_MS, SESSION_TOUCH_AFTER_MS } from './service.ts';
import { sha256 } from './tokens.ts';

describe('access: login, sessions, tokens, users', () => {
  let h: Harness;
  let admin: Client;
  before(async () => {
    h = await createHarness();
    admin = await h.login('admin', 'kepala-bkpsdm');
  });
  after(() => h.close());

  test('a wrong password is refused with one message for every cause', async () => {
    const wrong = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'kepala-bkpsdm', password: 'salah-salah' } });
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json().error.message, 'Nama pengguna atau kata sandi salah');
    const unknown = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'tidak-ada', password: 'salah-salah' } });
    assert.equal(unknown.json().error.message, 'Nama pengguna atau kata sandi salah');
    const empty = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: {} });
    assert.equal(empty.statusCode, 400);
  });

  test('the session cookie is HttpOnly and /auth/me returns the user and CSRF token', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'kepala-bkpsdm', password: PASSWORD } });
    const cookie = String(res.headers['set-cookie']);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    const me = await admin.request({ method: 'GET', url: '/api/v1/auth/me' });
    assert.equal(me.json().user.username, 'kepala-bkpsdm');
    assert.equal(me.json().user.role, 'admin');
    assert.equal(me.json().csrfToken, admin.csrfToken);
    const stored = await h.handle.db.selectFrom('sessions').select('token_hash').execute();
    assert.ok(stored.every((s) => s.token_hash.length === 64 && !cookie.includes(s.token_hash)));
  });

  test('logout ends the session', async () => {
    const other = await h.login('viewer');
    const out = await other.request({ method: 'POST', url: '/api/v1/auth/logout' });
    assert.equal(out.statusCode, 200);
    const me = await other.request({ method: 'GET', url: '/api/v1/auth/me' });
    assert.equal(me.statusCode, 401);
  });

  test('the idle expiry slides, but is written only when the session was last seen over a minute ago', async () => {
    const client = await h.login('viewer');
    const tokenHash = sha256(client.cookie.split('=')[1]!);
    const row = () => h.handle.db.selectFrom('sessions').select(['last_seen_at', 'expires_at']).where('token_hash', '=', tokenHash).executeTakeFirstOrThrow();
    const set = (lastSeenAgoMs: number, expiresInMs: number) => {
      const now = Date.now();
      const values = { last_seen_at: new Date(now - lastSeenAgoMs).toISOString(), expires_at: new Date(now + expiresInMs).toISOString() };
      return h.handle.db.updateTable('sessions').set(values).where('token_hash', '=', tokenHash).execute().then(() => values);
    };
    const me = async () => (await client.request({ method: 'GET', url: '/api/v1/auth/me' })).statusCode;

    // Seen 30 s ago: the request is served and nothing is written.
    const recent = await set(SESSION_TOUCH_AFTER_MS / 2, 3_600_000);
    assert.equal(await me(), 200);
    assert.deepEqual(await row(), recent);

    // Seen 2 min ago: the expiry moves to 12 h from now.
    await set(2 * SESSION_TOUCH_AFTER_MS, 3_600_000);
    const before = Date.now();
    assert.equal(await me(), 200);
    const touched = await row();
    assert.ok(Date.parse(touched.last_seen_at) >= before - 5 && Date.parse(touched.last_seen_at) <= Date.now());
    assert.ok(Date.parse(touched.expires_at) >= before + SESSION_IDLE_MS - 5 && Date.parse(touched.expires_at) <= Date.now() + SESSION_IDLE_MS);

    // Past its expiry the session is refused, however recently it was seen.
    await set(0, -1000);
    assert.equal(await me(), 401);
  });

  test('API tokens authenticate scripts without CSRF and can be revoked', async () => {
    const created = await admin.request({ method: 'POST', url: '/api/v1/auth/tokens', payload: { name: 'skrip-bpjs' } });
    assert.equal(created.statusCode, 201);
    const { token, id } = created.json();
    assert.match(token, /^lin_/);
    const list = await h.app.inject({ method: 'GET', url: '/api/v1/agreements', headers: { authorization: `Bearer ${token}` } });
    assert.equal(list.statusCode, 200);
    const revoke = await admin.request({ method: 'DELETE', url: `/api/v1/auth/tokens/${id}` });
    assert.equal(revoke.statusCode, 200);
    const after = await h.app.inject({ method: 'GET', url: '/api/v1/agreements', headers: { authorization: `Bearer ${token}` } });
    assert.equal(after.statusCode, 401);
    const audit = await admin.request({ method: 'GET', url: '/api/v1/audit?entityType=api_token' });
    assert.deepEqual(audit.json().items.map((i: { action: string }) => i.action), ['api_token.revoke', 'api_token.create']);
  });

  test('users: admins add them; an OPD operator needs a work unit; others are refused', async () => {
    const noUnit = await admin.request({ method: 'POST', url: '/api/v1/users', payload: { username: 'op-dinkes', fullName: 'Operator', password: 'panjang-sekali', role: 'opd_operator' } });
    assert.equal(noUnit.statusCode, 400);
    assert.match(noUnit.json().error.message, /unit kerja/);
    const short = await admin.request({ method: 'POST', url: '/api/v1/users', payload: { username: 'pendek', fullName: 'P', password: '123', role: 'viewer' } });
    assert.equal(short.statusCode, 400);
    const ok = await admin.request({ method: 'POST', url: '/api/v1/users', payload: { username: 'pengawas-2', fullName: 'Pengawas Dua', password: 'panjang-sekali', role: 'viewer' } });
    assert.equal(ok.statusCode, 201, ok.body);
    const dup = await admin.request({ method: 'POST', url: '/api/v1/users', payload: { username: 'pengawas-2', fullName: 'X', password: 'panjang-sekali', role: 'viewer' } });
    assert.equal(dup.statusCode, 409);
    const viewer = await h.login('viewer');
    const refused = await viewer.request({ method: 'POST', url: '/api/v1/users', payload: { username: 'x-y-z', fullName: 'X', password: 'panjang-sekali', role: 'admin' } });
    assert.equal(refused.statusCode, 403);
  });

  test('login is rate limited per client', async () => {
    const app = await buildApp({ services: h.services, config: { secureCookies: false, webDist: 'none', loginRateLimit: 3, logLevel: 'error', timeZone: 'Asia/Makassar' } });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'kepala-bkpsdm', password: 'salah-salah' } });
      codes.push(res.statusCode);
      if (res.statusCode === 429) assert.match(res.json().error.message, /Terlalu banyak/);
    }
    assert.deepEqual(codes, [401, 401, 401, 429, 429]);
    await app.close();
  });
});
