/** Chromium from the system (/usr/bin/chromium) driven by playwright-core, one fresh context per test. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  browser: Browser;
  newPage(baseURL: string): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium tidak ditemukan di ${CHROMIUM_PATH} (apt-get install -y chromium)`);
  }
  // playwright-core gives every launch its own fresh, temporary profile.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  return {
    browser,
    async newPage(baseURL) {
      const context = await browser.newContext({ baseURL, locale: 'id-ID', timezoneId: 'Asia/Makassar', viewport: { width: 1366, height: 900 } });
      context.setDefaultTimeout(30_000);
      const page = await context.newPage();
      return { context, page };
    },
    async close() {
      await browser.close();
    },
  };
}
