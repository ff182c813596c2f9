/** The holiday calendar's public entry: the pure part (model.ts) and the calendar read from the database. */
export * from './model.ts';
export { holidayCalendar } from './service.ts';
/** The calendar's dates for a range, read inside another feature's statement (the protection check reads them with its facts). */
export { holidayDatesOf, holidayDatesText } from './repo.ts';
