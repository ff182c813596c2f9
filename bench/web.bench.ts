/**
 * The web app on a regency's slow link: Chromium (playwright-core) with the network throttled
 * through the DevTools protocol to a regular 3G profile — 750 kbit/s down, 250 kbit/s up, 100 ms
 * latency — and a cold cache (a fresh browser context), against the built UI (web/dist, with
 * its brotli/gzip copies) and the API on a local server with the demo agreement and 200
 * participants. Reports the bytes transferred (compressed, as on the wire) and the time until
 * the login form is usable, then until the dashboard shows its figures and charts after
 * signing in. Goals: ≤ 250 kB before the login form is usable; dashboard usable ≤ 6 s.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Measurement } from './harness.ts';
import { goal } from './harness.ts';
import { startServer } from '../e2e/support/server.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/support/chromium.ts';
import { DEMO_PASSWORD } from '../src/demo.ts';
import { seedParticipants } from '../src/testing/seed.ts';

const KBIT = 1000 / 8; // bytes per second in one kbit/s

async function measure(): Promise<{ lines: string[]; ok: boolean }> {
  const built = existsSync('web/dist/index.html') && readdirSync('web/dist/assets').some((f) => f.endsWith('.js.br'));
  if (!built) {
    execFileSync('npm', ['run', 'build:web'], { stdio: 'ignore' });
  }
  const server = await startServer({ today: '2023-01-10' });
  await seedParticipants(server.harness.handle.db, { agreementId: 1, count: 200, registeredOn: '2022-04-01', unitCodes: ['BKPSDM', 'DINKES'] });
  const { executablePath, source } = await chromiumExecutable();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ baseURL: server.url, locale: 'id-ID', viewport: { width: 1366, height: 900 } });
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 100, downloadThroughput: 750 * KBIT, uploadThroughput: 250 * KBIT });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => {
      bytes += e.encodedDataLength;
    });

    const start = performance.now();
    await page.goto('/masuk?next=%2Fmonitoring');
    const username = page.getByLabel('Nama pengguna');
    await username.waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Masuk', exact: true }).waitFor({ state: 'visible' });
    const loginMs = performance.now() - start;
    const loginBytes = bytes;

    await username.fill('pengawas');
    await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
    const submitted = performance.now();
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByTestId('stat-roster').waitFor();
    await page.getByTestId('coverage-chart').locator('.recharts-bar-rectangle').first().waitFor();
    const dashboardMs = performance.now() - submitted;
    const roster = (await page.getByTestId('stat-roster').innerText()).replace(/\s+/g, ' ');
    if (!/ 200$/.test(roster)) throw new Error(`dasbor menampilkan angka yang salah: ${roster}`);
    const dashboardBytes = bytes - loginBytes;
    await context.close();

    const kb = goal('bytes before the login form is usable', loginBytes / 1024, 250, 'kB');
    const dash = goal('dashboard usable after signing in', dashboardMs / 1000, 6, 's', 2);
    return {
      ok: kb.ok && dash.ok,
      lines: [
        kb.line,
        `login form usable after ${(loginMs / 1000).toFixed(2)} s`,
        dash.line,
        `bytes after signing in until the dashboard is usable: ${(dashboardBytes / 1024).toFixed(0)} kB`,
        `(Chromium: ${source}; 750 kbit/s down, 250 kbit/s up, 100 ms latency, cold cache)`,
      ],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

export const webBenchmarks: Measurement[] = [{ name: 'Web on a regular 3G link (cold cache)', run: measure }];
