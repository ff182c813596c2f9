/**
 * Bounds of an uploaded roster file, enforced while it is read so a hostile or mistaken file is
 * refused within seconds and without memory growth: at most MAX_IMPORT_ROWS rows (XLSX and CSV),
 * and for XLSX at most MAX_INFLATED_BYTES once unzipped. The zip's central directory is checked
 * first (declared sizes, entry count); then the reader counts every byte it inflates against the
 * limit and stops as soon as the total passes it — declared sizes can lie. A file the reader cannot
 * read is inflated whole (counting and discarding) to tell a zip bomb from a broken file.
 */
import { AppError } from '../core/errors.ts';
import { entryChunks, InflateBudget, ZipError, zipEntries } from './zip.ts';

export const MAX_IMPORT_ROWS = 200_000;
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;

export const tooManyRows = (): AppError =>
  new AppError('bad_file', `Berkas berisi lebih dari ${MAX_IMPORT_ROWS.toLocaleString('id-ID')} baris; pecah menjadi beberapa berkas`);

export const tooLargeInflated = (): AppError =>
  new AppError(
    'bad_file',
    `Isi file Excel terlalu besar setelah dibuka (lebih dari ${MAX_INFLATED_BYTES / 1024 / 1024} MB); file ini tidak wajar untuk daftar pegawai — periksa atau pecah menjadi beberapa berkas`,
  );

const brokenXlsx = () => new AppError('bad_file', 'File Excel rusak atau bukan file .xlsx yang sah. Simpan ulang dari Excel sebagai "Excel Workbook (.xlsx)"');

/**
 * Refuses (AppError bad_file) an XLSX whose entries say they would pass the limit unzipped, from
 * the zip's directory alone (nothing inflated). The reader counts what it inflates against the same
 * limit, so a file whose sizes lie is refused while it is read.
 */
export function checkDeclaredZipBounds(buffer: Uint8Array, limit = MAX_INFLATED_BYTES): void {
  try {
    if (zipEntries(buffer).reduce((sum, e) => sum + e.uncompressedSize, 0) > limit) throw tooLargeInflated();
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof ZipError && error.kind === 'too_large') throw tooLargeInflated();
    throw brokenXlsx();
  }
}

/** Refuses (AppError bad_file) an XLSX whose content unzipped would pass the limit, inflating every entry (and keeping none). */
export async function checkZipBounds(buffer: Uint8Array, limit = MAX_INFLATED_BYTES): Promise<void> {
  checkDeclaredZipBounds(buffer, limit);
  try {
    const budget = new InflateBudget(limit);
    for (const entry of zipEntries(buffer)) for await (const chunk of entryChunks(buffer, entry, budget)) void chunk;
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof ZipError && error.kind === 'too_large') throw tooLargeInflated();
    throw brokenXlsx();
  }
}
