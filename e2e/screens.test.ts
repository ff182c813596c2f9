/**
 * Browser tests of issue #16's screens: every route at 390 px (a phone) as each demo role, without the page
 * scrolling sideways, and the burger menu signs out; axe-core on every route in Bahasa and in English finds no
 * serious or critical violation.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertWebBuilt, startServer, type TestServer } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';
import { seriousViolations } from './support/axe.ts';
import { demoRoutes, type RouteVisit } from './support/routes.ts';
import { readFileSync } from 'node:fs';

/** Opens a route and waits until its page heading is there and the data has arrived. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
}

async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; widest: string }> {
  // A string, evaluated in the page (the test files are compiled without the DOM library).
  return page.evaluate(`(() => {
    const scrollWidth = document.scrollingElement.scrollWidth;
    // The outermost element sticking out (not inside a scrolling table), to name the culprit in the failure message.
    let widest = '';
    let right = window.innerWidth;
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('.mantine-ScrollArea-root, .mantine-datatable, [style*="overflow"]') && !el.matches('.mantine-datatable, .mantine-ScrollArea-root')) continue;
      const r = el.getBoundingClientRect();
      if (r.right > right + 0.5) {
        right = r.right;
        widest = el.tagName.toLowerCase() + '.' + String(el.className).slice(0, 80) + ' (' + Math.round(r.right) + ' px)';
      }
    }
    return { scrollWidth, innerWidth: window.innerWidth, widest };
  })()`);
}

const ALSO: Record<string, RegExp> = {
  operator: /^\/(monitoring|pegawai|klaim\/baru)$/,
  bpjs: /^\/(klaim|kepesertaan)\/(pengajuan\/)?\d+$/,
  sistem: /^\/(instansi|pengguna)$/,
};

describe('screens for everyone (issue #16)', () => {
  let browser: TestBrowser;
  let server: TestServer;
  let routes: RouteVisit[];

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    server = await startServer({ today: '2026-12-01', dataset: true });
    routes = await demoRoutes(server.harness);
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  test('the visits cover every route of the web router', () => {
    const source = readFileSync(new URL('../web/src/app/router.tsx', import.meta.url), 'utf8');
    const router = [...source.matchAll(/path: '([^']+)'/g)].map((m) => `/${m[1]!.replace(/^\//, '')}`).filter((p) => p !== '/*' && p !== '/' && p !== '/masuk');
    const visited = new Set(routes.map((r) => r.path.replace(/\/\d+(?=\/|$)/g, '/:id')));
    assert.deepEqual(
      [...new Set(router)].filter((p) => !visited.has(p)),
      [],
    );
  });

  // Every role at 390 px; the admin, who opens the most pages, also at 360 px (the narrowest phone of the issue).
  const phones: [string, number][] = [
    ['admin', 390],
    ['operator', 390],
    ['pengawas', 390],
    ['bpjs', 390],
    ['sistem', 390],
    ['admin', 360],
  ];
  for (const [username, width] of phones) {
    test(`at ${width} px, ${username}: no route scrolls sideways and the burger menu signs out`, async () => {
      const { page, context } = await browser.newPage(server.url);
      try {
        await page.setViewportSize({ width, height: 844 });
        await signIn(page, username);
        const visits = routes.filter((r) => r.users.includes(username));
        assert.ok(visits.length >= 3, `${username} visits ${visits.length} routes`);
        const failures: string[] = [];
        for (const { path } of visits) {
          await open(page, path);
          const o = await horizontalOverflow(page);
          if (o.scrollWidth > o.innerWidth) failures.push(`${path}: ${o.scrollWidth} > ${o.innerWidth}, ${o.widest}`);
        }
        assert.deepEqual(failures, []);
        // Sign-out and the language switch live in the burger menu on a phone (of a page inside the layout: /cek and /lapor stand alone).
        await open(page, '/perjanjian');
        assert.equal(await page.locator('header').getByRole('button', { name: 'Keluar' }).count(), 0, 'the header hides Keluar on a phone');
        await page.getByRole('button', { name: 'Menu' }).click();
        const menu = page.getByTestId('mobile-menu-user');
        await menu.getByText('EN', { exact: true }).waitFor();
        await menu.getByRole('button', { name: 'Keluar' }).click();
        await page.waitForURL(/\/masuk/);
        await page.goto('/monitoring');
        await page.waitForURL(/\/masuk/);
      } finally {
        await context.close();
      }
    });
  }

  for (const language of ['id', 'en'] as const) {
    test(`axe-core finds no serious or critical violation on any route (${language === 'id' ? 'Bahasa' : 'English'})`, async () => {
      const failures: string[] = [];
      for (const username of ['admin', 'operator', 'bpjs', 'sistem']) {
        const { page, context } = await browser.newPage(server.url);
        try {
          if (language === 'en') await context.addInitScript({ content: "localStorage.setItem('lindung.language', 'en')" });
          if (username === 'admin') {
            await page.goto('/masuk');
            await page.locator('h1').first().waitFor();
            for (const v of await seriousViolations(page)) failures.push(`/masuk: ${v.id} (${v.impact}) ${v.help} — ${v.targets.join(' | ')}`);
          }
          await signIn(page, username, undefined, language);
          // The admin opens every route it has; the other roles the pages that look different for them.
          const paths =
            username === 'admin'
              ? routes.filter((r) => r.users.includes('admin'))
              : routes.filter((r) => r.users.includes(username) && ALSO[username]!.test(r.path));
          for (const { path } of paths) {
            await open(page, path);
            assert.equal(await page.locator('h1').count(), 1, `${path}: one h1`);
            for (const v of await seriousViolations(page)) failures.push(`${username} ${path}: ${v.id} (${v.impact}) ${v.help} — ${v.targets.join(' | ')}`);
          }
        } finally {
          await context.close();
        }
      }
      assert.deepEqual(failures, []);
    });
  }
});
