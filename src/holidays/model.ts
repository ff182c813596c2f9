/** The holiday calendar's light public entry: working days over a calendar, pure (no database). */
export { NO_HOLIDAYS, calendarOf, nextWorkingDay, type HolidayCalendar } from './rules.ts';
