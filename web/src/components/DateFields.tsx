/**
 * Date fields in the chosen language, never the browser's native format: a day as dd/mm/yyyy with a calendar
 * (Mantine DateInput) and a month picked from a calendar of months (MonthPickerInput). Both hand back the
 * 'YYYY-MM-DD' / 'YYYY-MM' strings the API takes ('' when cleared), like the text fields they replace.
 */
import { DateInput, MonthPickerInput, type DateInputProps, type MonthPickerInputProps } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOfficeToday } from '../lib/office-today.ts';

type DayProps = Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue' | 'minDate' | 'maxDate'> & {
  value?: string | null | undefined;
  onChange: (value: string) => void;
  minDate?: string;
  maxDate?: string;
};

export function DayField({ value, onChange, ...props }: DayProps) {
  const { t } = useTranslation();
  const today = useOfficeToday();
  // The calendar opens on the value's month, else the office's today — also when the server answers after the
  // field is drawn (a defaultDate is read only once, and the browser's clock is not the office's).
  const [shown, setShown] = useState<string | undefined>(undefined);
  return (
    <DateInput
      date={shown ?? (value || today)}
      onDateChange={setShown}
      valueFormat="DD/MM/YYYY"
      placeholder={t('app.datePlaceholder')}
      clearable
      clearButtonProps={{ 'aria-label': t('app.clearDate') }}
      value={value || null}
      onChange={(v) => onChange(v ? String(v).slice(0, 10) : '')}
      dateParser={parseDayText}
      {...props}
    />
  );
}

/** Typed "31/12/2023" or "2023-12-31" as a date; anything else is not one. */
export function parseDayText(text: string): string | null {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const [y, m, d] = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : [];
  if (!y || !m || !d) return null;
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (!days || day < 1 || day > days) return null;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

type MonthProps = Omit<MonthPickerInputProps, 'value' | 'onChange' | 'defaultValue' | 'type'> & {
  /** 'YYYY-MM' or ''. */
  value: string;
  onChange: (period: string) => void;
};

export function MonthField({ value, onChange, ...props }: MonthProps) {
  const { t } = useTranslation();
  // The calendar opens on the office's year, not the browser's.
  const today = useOfficeToday();
  const [shown, setShown] = useState<string | undefined>(undefined);
  return (
    <MonthPickerInput
      date={shown ?? (value ? `${value}-01` : today)}
      onDateChange={setShown}
      valueFormat="MMMM YYYY"
      placeholder={t('app.monthPlaceholder')}
      clearable
      value={value ? `${value}-01` : null}
      onChange={(v) => onChange(v ? String(v).slice(0, 7) : '')}
      {...props}
    />
  );
}
