/**
 * Reading a NIK (Nomor Induk Kependudukan, 16 digits): province, regency/city, district,
 * birth date (women: day + 40), sex and serial. The two-digit year gets the century that puts
 * the birth date not in the future and at most 100 years ago.
 */
import { digitsAt, isExistingDate, isoOf, todayIn } from '../core/dates.ts';
import { provinceName } from './provinces.ts';

export type Sex = 'L' | 'P';

export interface NikOptions {
  /** The birth date the person gave ('YYYY-MM-DD'); a different date in the NIK is a reason. */
  birthDate?: string;
  /** The sex the person gave; a different sex in the NIK is a reason. */
  sex?: Sex;
  /** Reference date 'YYYY-MM-DD' for choosing the century (default: today). */
  today?: string;
}

export interface NikParts {
  provinceCode: string;
  provinceName: string;
  regencyCode: string;
  districtCode: string;
  birthDate: string;
  sex: Sex;
  serial: string;
}

/** nik_invalid: the NIK itself is wrong. nik_mismatch: it disagrees with the given birth date/sex. */
export interface NikProblem {
  code: 'nik_invalid' | 'nik_mismatch';
  message: string;
}

export type NikCheck = ({ valid: true } & NikParts) | ({ valid: false; reasons: string[]; problems: NikProblem[] } & Partial<NikParts>);

const pad = (n: number) => String(n).padStart(2, '0');

/** Day, month and two-digit year as written in the NIK: '05-08-68'. */
const shortDate = (day: number, month: number, yy: string) => `${pad(day)}-${pad(month)}-${yy}`;

/**
 * The birth date for a two-digit year: the candidates are the latest year ending in `yy` up to
 * today's year and the one a century earlier; a candidate must exist, not be after today and be
 * at most 100 years ago. The person's own birth date wins when it is one of the candidates.
 */
function resolveBirthDate(day: number, month: number, yy: number, today: string, expected?: string): string | 'no_such_date' | 'out_of_range' {
  const todayYear = Number(today.slice(0, 4));
  let latest = todayYear - (todayYear % 100) + yy;
  if (latest > todayYear) latest -= 100;
  // ISO dates order as strings; "at most 100 years ago" compares the date 100 years on with today
  // (29 February + 100 years may not exist, which only moves the edge by one day). Two candidates,
  // looked at in turn (no arrays: this runs for every row of an import).
  let exists = false;
  let first: string | undefined;
  for (let year = latest; year >= latest - 100; year -= 100) {
    if (!isExistingDate(year, month, day)) continue;
    exists = true;
    const date = isoOf(year, month, day);
    if (date > today || isoOf(year + 100, month, day) < today) continue;
    if (date === expected) return date;
    first ??= date;
  }
  if (!exists) return 'no_such_date';
  return first ?? 'out_of_range';
}

/** Whether each two-digit number 00–99 is a province code (the lean check below reads numbers, not slices). */
const PROVINCE_NUMBER: readonly boolean[] = Array.from({ length: 100 }, (_, n) => provinceName(pad(n)) !== null);

/**
 * Whether `checkNik(nik, { birthDate, sex, today })` certainly answers valid, read digit by digit
 * without a slice, a regular expression or an object (an import asks it for each of 100,000 rows,
 * nearly all valid). It answers false whenever it is not sure (any problem, or a case it leaves to
 * checkNik, such as spaces around the NIK or a year near 9999); the caller then asks checkNik for
 * the problems. `nik.test.ts` holds the two to the same answer.
 */
export function isPlainValidNik(nik: string, birthDate: string, sex: Sex, today: string): boolean {
  if (nik.length !== 16 || birthDate.length !== 10 || today.length !== 10) return false;
  const province = digitsAt(nik, 0, 2);
  if (province < 0 || !PROVINCE_NUMBER[province] || digitsAt(nik, 2, 2) <= 0 || digitsAt(nik, 4, 2) <= 0 || digitsAt(nik, 12, 4) <= 0) return false;
  const dayCode = digitsAt(nik, 6, 2);
  const month = digitsAt(nik, 8, 2);
  const yy = digitsAt(nik, 10, 2);
  if (yy < 0 || month < 1 || month > 12) return false;
  let day: number;
  if (sex === 'L' && dayCode >= 1 && dayCode <= 31) day = dayCode;
  else if (sex === 'P' && dayCode >= 41 && dayCode <= 71) day = dayCode - 40;
  else return false;
  // The given birth date must be the NIK's day and month in one of resolveBirthDate's two candidate
  // years, and a candidate that qualifies: then resolveBirthDate answers it.
  if (birthDate.charCodeAt(4) !== 45 || birthDate.charCodeAt(7) !== 45 || today.charCodeAt(4) !== 45 || today.charCodeAt(7) !== 45) return false;
  const year = digitsAt(birthDate, 0, 4);
  const todayYear = digitsAt(today, 0, 4);
  const todayMonth = digitsAt(today, 5, 2);
  const todayDay = digitsAt(today, 8, 2);
  if (todayYear < 1100 || todayYear > 9899 || todayMonth < 0 || todayDay < 0) return false;
  let latest = todayYear - (todayYear % 100) + yy;
  if (latest > todayYear) latest -= 100;
  if ((year !== latest && year !== latest - 100) || digitsAt(birthDate, 5, 2) !== month || digitsAt(birthDate, 8, 2) !== day) return false;
  if (!isExistingDate(year, month, day) || birthDate > today) return false;
  // Not more than 100 years ago: the date 100 years on is not before today.
  const later = year + 100;
  return later > todayYear || (later === todayYear && (month > todayMonth || (month === todayMonth && day >= todayDay)));
}

/** A problem with the NIK itself. */
const invalid = (message: string): NikProblem => ({ code: 'nik_invalid', message });

export function checkNik(nik: string, options: NikOptions = {}): NikCheck {
  const value = typeof nik === 'string' ? nik.trim() : '';
  if (!/^\d+$/.test(value)) {
    const message = value === '' ? 'NIK wajib diisi' : 'NIK hanya boleh berisi angka (16 digit)';
    return { valid: false, reasons: [message], problems: [invalid(message)] };
  }
  if (value.length !== 16) {
    const message = `NIK harus 16 digit angka, tertulis ${value.length} digit`;
    return { valid: false, reasons: [message], problems: [invalid(message)] };
  }

  const problems: NikProblem[] = [];
  const provinceCode = value.slice(0, 2);
  const regencyCode = value.slice(2, 4);
  const districtCode = value.slice(4, 6);
  const dayCode = Number(value.slice(6, 8));
  const month = Number(value.slice(8, 10));
  const yy = value.slice(10, 12);
  const serial = value.slice(12, 16);
  const parts: Partial<NikParts> = { provinceCode, regencyCode, districtCode, serial };

  const province = provinceName(provinceCode);
  if (province) parts.provinceName = province;
  else problems.push(invalid(`Kode provinsi pada NIK (${provinceCode}) bukan kode provinsi Indonesia`));
  if (regencyCode === '00') problems.push(invalid('Kode kabupaten/kota pada NIK (digit 3–4) tidak boleh 00'));
  if (districtCode === '00') problems.push(invalid('Kode kecamatan pada NIK (digit 5–6) tidak boleh 00'));

  let day = 0;
  if (dayCode >= 1 && dayCode <= 31) {
    day = dayCode;
    parts.sex = 'L';
  } else if (dayCode >= 41 && dayCode <= 71) {
    day = dayCode - 40;
    parts.sex = 'P';
  } else {
    problems.push(invalid(`Tanggal lahir pada NIK (digit 7–8: ${pad(dayCode)}) harus 01–31 untuk laki-laki atau 41–71 untuk perempuan`));
  }
  if (month < 1 || month > 12) problems.push(invalid(`Bulan lahir pada NIK (digit 9–10: ${pad(month)}) harus 01–12`));

  if (day > 0 && month >= 1 && month <= 12) {
    const today = options.today ?? todayIn('Asia/Makassar');
    const birth = resolveBirthDate(day, month, Number(yy), today, options.birthDate);
    if (birth === 'no_such_date') problems.push(invalid(`Tanggal lahir pada NIK (${shortDate(day, month, yy)}) bukan tanggal yang ada`));
    else if (birth === 'out_of_range')
      problems.push(invalid(`Tanggal lahir pada NIK (${shortDate(day, month, yy)}) tidak masuk akal: di masa depan atau lebih dari 100 tahun lalu`));
    else parts.birthDate = birth;
  }
  if (serial === '0000') problems.push(invalid('Nomor urut pada NIK (digit 13–16) tidak boleh 0000'));

  if (parts.birthDate && options.birthDate && parts.birthDate !== options.birthDate) {
    const [y, m, d] = parts.birthDate.split('-');
    problems.push({
      code: 'nik_mismatch',
      message: `Tanggal lahir pada NIK (${d}-${m}-${y}) tidak sama dengan tanggal lahir (${options.birthDate})`,
    });
  }
  if (parts.sex && options.sex && parts.sex !== options.sex) {
    problems.push({ code: 'nik_mismatch', message: `Jenis kelamin pada NIK (${parts.sex}) tidak sama dengan jenis kelamin (${options.sex})` });
  }

  if (problems.length === 0) {
    // Spelled out (a spread built a slow dictionary object, for every row of an import).
    const p = parts as NikParts;
    return {
      valid: true,
      provinceCode: p.provinceCode,
      provinceName: p.provinceName,
      regencyCode: p.regencyCode,
      districtCode: p.districtCode,
      birthDate: p.birthDate,
      sex: p.sex,
      serial: p.serial,
    };
  }
  return { valid: false, reasons: problems.map((p) => p.message), problems, ...parts };
}
