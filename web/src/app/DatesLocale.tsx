/** Mantine's date pickers speak the chosen language: Indonesian or English month names (dayjs locales). */
import type { ReactNode } from 'react';
import { DatesProvider } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import 'dayjs/locale/id';
import 'dayjs/locale/en';

export function DatesLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'id', firstDayOfWeek: 1, consistentWeeks: true }}>{children}</DatesProvider>;
}
