import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildApp } from '../http/app.ts';
import { createHarness, PASSWORD, type Client, type Harness } from '../testing/harness.ts';
import { SESSION_IDLE_MS, SESSION_TOUCH_AFTER_MS } from './service.ts';
import { sha256 } from './tokens.ts';
import { loadConfig, parseTrustProxy } from '../core/config.ts';
import { oneTimePassword, passwordProblem } from './passwords.ts';

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
      return h.handle.db
        .updateTable('sessions')
        .set(values)
        .where('token_hash', '=', tokenHash)
        .execute()
        .then(() => values);
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
    // Marked used at its first use; a second use within the minute writes nothing (as a session's slide).
    const usedAt = async () =>
      (await admin.request({ method: 'GET', url: '/api/v1/auth/tokens' })).json().items.find((t: { id: number }) => t.id === id).last_used_at;
    const first = await usedAt();
    assert.notEqual(first, null);
    assert.equal((await h.app.inject({ method: 'GET', url: '/api/v1/agreements', headers: { authorization: `Bearer ${token}` } })).statusCode, 200);
    assert.equal(await usedAt(), first);
    const revoke = await admin.request({ method: 'DELETE', url: `/api/v1/auth/tokens/${id}` });
    assert.equal(revoke.statusCode, 200);
    const after = await h.app.inject({ method: 'GET', url: '/api/v1/agreements', headers: { authorization: `Bearer ${token}` } });
    assert.equal(after.statusCode, 401);
    assert.equal(after.json().error.message, 'Token API tidak sah atau sudah dicabut');
    const listed = (await admin.request({ method: 'GET', url: '/api/v1/auth/tokens' })).json().items;
    assert.equal(listed.find((t: { id: number }) => t.id === id).revoked_at !== null, true);
    const again = await admin.request({ method: 'DELETE', url: `/api/v1/auth/tokens/${id}` });
    assert.equal(again.statusCode, 404);
    const audit = await admin.request({ method: 'GET', url: '/api/v1/audit?entityType=api_token' });
    assert.deepEqual(
      audit.json().items.map((i: { action: string }) => i.action),
      ['api_token.revoke', 'api_token.create'],
    );
  });

  test('users: admins add them; an OPD operator needs a work unit; others are refused', async () => {
    const noUnit = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'op-dinkes', fullName: 'Operator', password: 'panjang-sekali', role: 'opd_operator' },
    });
    assert.equal(noUnit.statusCode, 400);
    assert.match(noUnit.json().error.message, /unit kerja/);
    const short = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'pendek', fullName: 'P', password: '123', role: 'viewer' },
    });
    assert.equal(short.statusCode, 400);
    const ok = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'pengawas-2', fullName: 'Pengawas Dua', password: 'panjang-sekali', role: 'viewer' },
    });
    assert.equal(ok.statusCode, 201, ok.body);
    const dup = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'pengawas-2', fullName: 'X', password: 'panjang-sekali', role: 'viewer' },
    });
    assert.equal(dup.statusCode, 409);
    const viewer = await h.login('viewer');
    const refused = await viewer.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'x-y-z', fullName: 'X', password: 'panjang-sekali', role: 'admin' },
    });
    assert.equal(refused.statusCode, 403);
  });

  test('the login limit counts failures per username and per address in the database; a forged X-Forwarded-For changes nothing', async () => {
    await h.handle.db.deleteFrom('login_failures').execute();
    const config = { secureCookies: false, webDist: 'none', loginRateLimit: 5, logLevel: 'error', timeZone: 'Asia/Makassar' };
    const app = await buildApp({ services: h.services, config });
    const codes: number[] = [];
    let message = '';
    for (let i = 0; i < 25; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'x-forwarded-for': `203.0.113.${i + 1}` },
        payload: { username: 'kepala-bkpsdm', password: 'salah-salah' },
      });
      codes.push(res.statusCode);
      if (res.statusCode === 429) message = res.json().error.message;
    }
    assert.deepEqual(codes, [...Array(5).fill(401), ...Array(20).fill(429)]);
    assert.equal(message, 'Terlalu banyak percobaan masuk. Coba lagi dalam 15 menit.');
    // Only the 5 failures were stored, all from the real address.
    const rows = await h.handle.db.selectFrom('login_failures').select(['username', 'ip']).execute();
    assert.deepEqual(
      rows.map((r) => `${r.username}@${r.ip}`),
      Array(5).fill('kepala-bkpsdm@127.0.0.1'),
    );

    // The right password of the locked username, from another address: still refused (per username).
    const locked = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '198.51.100.9',
      payload: { username: 'kepala-bkpsdm', password: PASSWORD },
    });
    assert.equal(locked.statusCode, 429);
    // Another username from the locked address: refused (per address).
    const other = await h.login('viewer', 'pengawas-lain');
    assert.ok(other);
    const sameAddress = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'pengawas-lain', password: PASSWORD } });
    assert.equal(sameAddress.statusCode, 429);
    // Another username from another address: signed in, and the session records the real address, not the forged one.
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '198.51.100.7',
      headers: { 'x-forwarded-for': '10.9.9.9' },
      payload: { username: 'pengawas-lain', password: PASSWORD },
    });
    assert.equal(ok.statusCode, 200, ok.body);
    const user = await h.handle.db.selectFrom('users').select(['id', 'last_login_at']).where('username', '=', 'pengawas-lain').executeTakeFirstOrThrow();
    assert.ok(user.last_login_at);
    const ips = (await h.handle.db.selectFrom('sessions').select('ip').where('user_id', '=', user.id).execute()).map((r) => r.ip);
    assert.ok(ips.includes('198.51.100.7'));
    assert.ok(!ips.includes('10.9.9.9'));

    // A second instance over the same database sees the same count.
    const second = await buildApp({ services: h.services, config });
    const again = await second.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '192.0.2.44',
      payload: { username: 'kepala-bkpsdm', password: PASSWORD },
    });
    assert.equal(again.statusCode, 429);

    // Behind a configured proxy the forwarded address is believed, and recorded.
    const proxied = await buildApp({ services: h.services, config: { ...config, trustProxy: ['127.0.0.1'] } });
    const viaProxy = await proxied.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-forwarded-for': '192.0.2.10' },
      payload: { username: 'pengawas-lain', password: PASSWORD },
    });
    assert.equal(viaProxy.statusCode, 200, viaProxy.body);
    const proxiedIps = (await h.handle.db.selectFrom('sessions').select('ip').where('user_id', '=', user.id).execute()).map((r) => r.ip);
    assert.ok(proxiedIps.includes('192.0.2.10'));
    await Promise.all([app.close(), second.close(), proxied.close()]);
    await h.handle.db.deleteFrom('login_failures').execute();
  });

  test('LINDUNG_TRUST_PROXY: none by default, a list of addresses/CIDRs or loopback, anything else refused', () => {
    assert.equal(parseTrustProxy(undefined), false);
    assert.equal(parseTrustProxy(''), false);
    assert.deepEqual(parseTrustProxy('loopback, 10.0.0.0/8,192.168.1.5'), ['loopback', '10.0.0.0/8', '192.168.1.5']);
    assert.deepEqual(parseTrustProxy('::1'), ['::1']);
    assert.throws(() => parseTrustProxy('semua'), /LINDUNG_TRUST_PROXY tidak sah: "semua"/);
    assert.throws(() => parseTrustProxy('10.0.0.0/33'), /tidak sah/);
    assert.equal(loadConfig({ LINDUNG_TRUST_PROXY: 'loopback' }).trustProxy?.toString(), 'loopback');
    assert.equal(loadConfig({}).trustProxy, false);
  });

  test('the password rule: at least 10 characters, not the username, not a common password', () => {
    assert.equal(passwordProblem('pendek1'), 'Kata sandi minimal 10 karakter');
    assert.equal(passwordProblem('siti-aminah-2024', 'siti'), 'Kata sandi tidak boleh memuat nama pengguna');
    assert.equal(passwordProblem('Password123!'), 'Kata sandi terlalu umum dan mudah ditebak; pilih yang lain');
    assert.equal(passwordProblem('1234567890'), 'Kata sandi terlalu umum dan mudah ditebak; pilih yang lain');
    assert.equal(passwordProblem('aaaaaaaaaaaa'), 'Kata sandi terlalu umum dan mudah ditebak; pilih yang lain');
    assert.equal(passwordProblem('kopi-pagi-di-ereke', 'siti'), null);
    assert.match(oneTimePassword(), /^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    assert.equal(passwordProblem(oneTimePassword()), null);
  });
});
