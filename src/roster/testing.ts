/** The roster's test vocabulary: the spreadsheet builders are the shared ones (src/testing/roster-rows.ts). */
export { HEADERS, nikFor, personRow, xlsxOf } from '../testing/roster-rows.ts';

/** Siti Aminah as the roster's create form sends her (NIK 7409014508900001: Sulawesi Tenggara 74, regency 09, district 01, a woman born 5 Aug 1990); add `workUnitId`. */
export const SITI = {
  nik: '7409014508900001',
  fullName: 'Siti Aminah',
  sex: 'P',
  birthPlace: 'Buranga',
  birthDate: '1990-08-05',
  position: 'Tenaga Administrasi',
  employmentType: 'honorer',
  startDate: '2020-01-02',
};
