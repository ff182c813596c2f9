/**
 * Browser test: signed in and switched to English, every route of the web router shows no text that
 * belongs to the Bahasa catalogue only (a value of the merged Bahasa catalogue — web/src/i18n/id.ts and every
 * web/src/features/<feature>/i18n.ts — that differs from its English
 * value), none of the Bahasa sentences the server writes for screens, and no catalogue key in place of its
 * text (each page is opened afresh, so its feature's words load with it: web/src/i18n/features.ts).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertWebBuilt, startServer, type TestServer } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';
import { flatten, mergedCatalogues, type Tree } from '../web/src/i18n/merged.ts';

/** Bahasa by nature, the same in both languages' screens (names of things, not sentences). Keep small. */
const IGNORE = new Set<string>([]);
/** Lines that are Bahasa by nature: agreement titles (the PKS's own title, as signed). */
const IGNORE_LINES = [/^Perjanjian Kerjasama tentang /];

/** Sentences the server writes in Bahasa for screens; an English screen must show them in English. */
const SERVER_BAHASA = [
  'Pelayanan kesehatan sesuai kebutuhan medis',
  'Laporan tahap I',
  'Batas hak mengajukan klaim',
  'Kartu peserta BPJS Ketenagakerjaan',
  'perkiraan manfaat',
  'Keadaan per ',
  'Terlindungi:',
  'Menunggak:',
  'Belum pernah didaftarkan',
  'Santunan kematian',
  'dibulatkan ke bawah',
  'ribu rupiah',
  'Lengan kanan dari sendi bahu',
  'Ibu jari tangan',
  'sumber sekunder — regulation',
  'nilai yang umum dikutip',
];

/** Each Bahasa-only catalogue value as a whole-line pattern ({{x}} stands for any text). */
function bahasaOnly(id: Tree, en: Tree): { key: string; text: string; pattern: RegExp }[] {
  const english = flatten(en);
  const out: { key: string; text: string; pattern: RegExp }[] = [];
  for (const [key, text] of flatten(id)) {
    if (text === english.get(key) || IGNORE.has(text) || text.trim().length < 3) continue;
    const source = text
      .split(/\{\{[^}]+\}\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+');
    if (!/[a-z]{3}/i.test(source.replace(/\.\+/g, ''))) continue; // nothing but placeholders and signs
    out.push({ key, text, pattern: new RegExp(`^${source}$`) });
  }
  return out;
}

/** The router's paths (web/src/app/router.tsx), with :id as 1. */
function routes(): string[] {
  const source = readFileSync(new URL('../web/src/app/router.tsx', import.meta.url), 'utf8');
  const paths = [...source.matchAll(/path: '([^']+)'/g)].map((m) => m[1]!).filter((p) => p !== '*' && p !== '/' && p !== '/masuk');
  return [...new Set(paths.map((p) => `/${p.replace(/^\//, '').replace(/:id/g, '1')}`))];
}

describe('English on every screen', () => {
  let browser: TestBrowser;
  let server: TestServer;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    server = await startServer({ today: '2026-12-01', dataset: true });
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  test('every route in English shows no Bahasa-only catalogue text, no Bahasa server sentence and no bare key', async () => {
    const { id, en } = await mergedCatalogues();
    const patterns = bahasaOnly(id, en);
    const keys = new Set(flatten(id).keys());
    assert.ok(patterns.length > 500, `Bahasa-only catalogue values: ${patterns.length}`);
    const paths = routes();
    assert.ok(paths.includes('/klaim/1') && paths.includes('/manfaat/tabel-cacat') && paths.length >= 25, paths.join(' '));
    const { page, context } = await browser.newPage(server.url);
    const found: string[] = [];
    try {
      await signIn(page, 'admin');
      await page.locator('label', { hasText: /^EN$/ }).first().click();
      await page.waitForFunction("document.documentElement.lang === 'en'");
      for (const path of paths) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(150);
        const text = await page.locator('body').innerText();
        // Table cells come tab-separated on one line: each cell is a line of its own here.
        const lines = text
          .split(/[\n\t]/)
          .map((l) => l.trim())
          .filter(Boolean);
        for (const line of lines) {
          if (IGNORE_LINES.some((r) => r.test(line))) continue;
          const hit = patterns.find((p) => p.pattern.test(line));
          if (hit) found.push(`${path}: "${line}" (${hit.key})`);
          const server = SERVER_BAHASA.find((s) => line.includes(s));
          if (server) found.push(`${path}: "${line}" (server text "${server}")`);
          const key = line.split(/[\s:;,()"]+/).find((word) => keys.has(word));
          if (key) found.push(`${path}: "${line}" (the key ${key}, not its text)`);
        }
      }
      assert.equal(await page.evaluate('document.documentElement.lang'), 'en');
    } finally {
      await context.close();
    }
    assert.deepEqual([...new Set(found)], []);
  });
});
