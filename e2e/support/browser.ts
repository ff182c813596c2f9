/** Chromium (the system's, else the npm-packaged one: chromium.ts) driven by playwright-core, one fresh context per test. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium.ts';

export interface TestBrowser {
  browser: Browser;
  newPage(baseURL: string): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const { executablePath } = await chromiumExecutable();
  // playwright-core gives every launch its own fresh, temporary profile.
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
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
