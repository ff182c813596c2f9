/** The roster's test vocabulary: the spreadsheet builders are the shared ones (src/testing/roster-rows.ts). */
export { HEADERS, nikFor, personRow, xlsxOf } from '../testing/roster-rows.ts';
