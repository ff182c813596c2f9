/**
 * Working days (pure): Saturday and Sunday are not working days, nor the national holidays and
 * cuti bersama of the calendar (SKB 3 Menteri each year; data-files/holidays/). No I/O.
 */
import { addDays, dayOfWeek, isValidDate, Temporal, type IsoDate } from '../core/dates.ts';

/** The holiday dates that matter for a computation ('YYYY-MM-DD'). */
export interface HolidayCalendar {
  has(date: IsoDate): boolean;
}

export const NO_HOLIDAYS: HolidayCalendar = { has: () => false };

export function calendarOf(dates: Iterable<IsoDate>): HolidayCalendar {
  return new Set(dates);
}

export function isWeekend(date: IsoDate): boolean {
  return (isValidDate(date) ? dayOfWeek(date) : Temporal.PlainDate.from(date).dayOfWeek) >= 6;
}

export function isWorkingDay(date: IsoDate, calendar: HolidayCalendar): boolean {
  return !isWeekend(date) && !calendar.has(date);
}

/** `date` itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(date: IsoDate, calendar: HolidayCalendar): IsoDate {
  let iso = isValidDate(date) ? date : Temporal.PlainDate.from(date).toString();
  // A year has at most ~120 days off; 60 consecutive ones would be a broken calendar.
  for (let i = 0; i < 60; i++) {
    if (isWorkingDay(iso, calendar)) return iso;
    iso = addDays(iso, 1);
  }
  throw new Error(`Tidak ada hari kerja dalam 60 hari setelah ${date}`);
}
