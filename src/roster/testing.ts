/** Builders of roster spreadsheets for tests and benchmarks. */
import ExcelJS from 'exceljs';

export const HEADERS = ['NIK', 'Nama Lengkap', 'Jenis Kelamin', 'Tempat Lahir', 'Tanggal Lahir', 'Kode Unit', 'Jabatan', 'Jenis Pegawai', 'Tanggal Mulai'];

/** A valid NIK for a birth date and sex (Sulawesi Tenggara 74, regency 09, district 01). */
export function nikFor(birthDate: string, sex: 'L' | 'P', serial: number): string {
  const [y, m, d] = birthDate.split('-');
  const day = Number(d) + (sex === 'P' ? 40 : 0);
  return `740901${String(day).padStart(2, '0')}${m}${y!.slice(2)}${String(serial).padStart(4, '0')}`;
}

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

export function personRow(i: number, unitCode = 'DINKES'): (string | null)[] {
  const sex = i % 2 === 0 ? 'L' : 'P';
  const birth = `19${70 + (i % 30)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  return [nikFor(birth, sex, (i % 9999) + 1), `Pegawai ${i}`, sex, 'Buranga', birth, unitCode, 'Staf', 'honorer', '2021-01-04'];
}

export async function xlsxOf(rows: (string | number | null)[][], headers = HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Pegawai');
  sheet.addRow(headers);
  for (const r of rows) sheet.addRow(r);
  sheet.getColumn(1).numFmt = '@';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
