/** Signing in through the login page, shared by the browser tests. */
import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'lindung-demo';

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await page.waitForURL(/\/masuk/);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  // The first screen: the dashboard, or the agreements list when there is no agreement yet.
  await page.waitForURL(/\/(monitoring|perjanjian)$/);
}
