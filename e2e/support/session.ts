/** Signing in through the login page, shared by the browser tests. */
import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'lindung-demo';

const LABELS = {
  id: { username: 'Nama pengguna', password: 'Kata sandi', submit: 'Masuk' },
  en: { username: 'Username', password: 'Password', submit: 'Sign in' },
} as const;

/** `language` names the login page's language (English when the browser's stored choice is English). */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD, language: 'id' | 'en' = 'id'): Promise<void> {
  const label = LABELS[language];
  await page.goto('/');
  await page.waitForURL(/\/masuk/);
  await page.getByLabel(label.username).fill(username);
  await page.getByLabel(label.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: label.submit, exact: true }).click();
  // The first screen: the dashboard, or the agreements list when there is no agreement yet.
  await page.waitForURL(/\/(monitoring|perjanjian)$/);
}
