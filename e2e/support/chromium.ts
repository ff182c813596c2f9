/**
 * Which Chromium the browser tests and the web benchmark drive: the system's (CHROMIUM_PATH, or
 * /usr/bin/chromium) when it is there, otherwise the one shipped inside the @sparticuz/chromium
 * npm package (extracted to the temporary directory on first use, about 3 s), so `npm test`
 * needs nothing but Node on a fresh machine.
 */
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function chromiumExecutable(): Promise<{ executablePath: string; source: string }> {
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, source: SYSTEM_CHROMIUM };
  const { default: packaged } = await import('@sparticuz/chromium');
  return { executablePath: await packaged.executablePath(), source: '@sparticuz/chromium' };
}
