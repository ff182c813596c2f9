import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { createHarness, type Harness } from '../testing/harness.ts';

// A web/dist as build:web leaves it: index.html, a hashed asset and its brotli and gzip copies.
const dir = mkdtempSync(join(tmpdir(), 'lindung-web-'));
const INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-Dm1q5Kur.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify('Lindung '.repeat(400))});\n`;
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'index.html'), INDEX);
writeFileSync(join(dir, 'assets/index-Dm1q5Kur.js'), SCRIPT);
writeFileSync(join(dir, 'assets/index-Dm1q5Kur.js.br'), brotliCompressSync(SCRIPT));
writeFileSync(join(dir, 'assets/index-Dm1q5Kur.js.gz'), gzipSync(SCRIPT));
// The service worker and the web app manifest (issue #18) sit at the root, beside index.html.
writeFileSync(join(dir, 'sw.js'), "const VERSION = 'abc';\n");
writeFileSync(join(dir, 'manifest.webmanifest'), '{"name":"Lindung"}');

describe('web assets on a slow link', () => {
  let h: Harness;
  before(async () => {
    h = await createHarness({ webDist: dir });
  });
  after(async () => {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    h.app.inject({ method: 'GET', url, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });

  test('a hashed asset is cached for a year as immutable; index.html and client routes are revalidated', async () => {
    const asset = await get('/assets/index-Dm1q5Kur.js');
    assert.equal(asset.statusCode, 200);
    assert.equal(asset.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.match(String(asset.headers['content-type']), /javascript/);
    for (const url of ['/', '/index.html', '/perjanjian/1']) {
      const page = await get(url);
      assert.equal(page.statusCode, 200, url);
      assert.equal(page.headers['cache-control'], 'no-cache', url);
      assert.equal(page.body, INDEX, url);
    }
    const missing = await get('/assets/tidak-ada-123.js');
    assert.notEqual(missing.headers['cache-control'], 'public, max-age=31536000, immutable');
  });

  test('brotli when accepted, else gzip, else the plain file; always Vary: Accept-Encoding', async () => {
    const br = await get('/assets/index-Dm1q5Kur.js', 'gzip, deflate, br');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(br.rawPayload).toString(), SCRIPT);
    assert.ok(br.rawPayload.length < SCRIPT.length / 10, `brotli ${br.rawPayload.length} B`);
    const gz = await get('/assets/index-Dm1q5Kur.js', 'gzip');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gz.rawPayload).toString(), SCRIPT);
    const plain = await get('/assets/index-Dm1q5Kur.js', 'identity');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body, SCRIPT);
    for (const res of [br, gz, plain]) {
      assert.match(String(res.headers.vary), /accept-encoding/i);
      assert.match(String(res.headers['content-type']), /javascript/);
      assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
    }
  });

  test('the service worker is revalidated on every check, never cached immutable; the manifest has its own type', async () => {
    const sw = await get('/sw.js');
    assert.equal(sw.statusCode, 200);
    assert.equal(sw.headers['cache-control'], 'no-cache');
    assert.match(String(sw.headers['content-type']), /javascript/);
    const manifest = await get('/manifest.webmanifest');
    assert.equal(manifest.statusCode, 200);
    assert.equal(manifest.headers['cache-control'], 'no-cache');
    assert.match(String(manifest.headers['content-type']), /^application\/manifest\+json/);
  });
});
