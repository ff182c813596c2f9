/** A unit list as the import reads it (`POST /api/v1/units/import`, work-units/import.ts): one sheet "Unit", a header row, then the rows. */
import ExcelJS from 'exceljs';

export async function unitSheet(rows: (string | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Unit');
  ws.addRow(['Kode Unit', 'Nama Unit', 'Kode Induk']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
