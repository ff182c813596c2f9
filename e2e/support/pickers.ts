/**
 * Driving Mantine's pickers as a person does: open the field, go up to the years, pick the year, then the month
 * (its short name in the page's language, from dayjs's locale as Mantine writes it).
 */
import type { Page } from 'playwright-core';
import dayjs from 'dayjs';
import 'dayjs/locale/id.js';

export async function pickMonth(page: Page, label: string, period: string, locale: 'id' | 'en' = 'id'): Promise<void> {
  const [year] = period.split('-');
  await page.getByLabel(label).click();
  const dropdown = page.locator('[data-dates-dropdown="true"]');
  await dropdown.waitFor();
  const level = dropdown.locator('.mantine-MonthPickerInput-calendarHeaderLevel');
  if ((await level.innerText()).trim() !== year) {
    await level.click();
    await dropdown.getByRole('button', { name: year, exact: true }).click();
  }
  const month = dayjs(`${period}-01`).locale(locale).format('MMM');
  await dropdown.getByRole('button', { name: month, exact: true }).click();
}
