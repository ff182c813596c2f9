/** The holiday calendar's public entry: the pure part (model.ts) and the calendar read from the database. */
export * from './model.ts';
export { holidayCalendar } from './service.ts';
