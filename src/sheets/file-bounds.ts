/**
 * Bounds of an uploaded roster file, enforced while it is read so a hostile or mistaken file is
 * refused within seconds and without memory growth: at most MAX_IMPORT_ROWS rows (XLSX and CSV),
 * and for XLSX at most MAX_INFLATED_BYTES once unzipped. The zip's central directory is checked
 * first (declared sizes, entry count); then every entry is inflated as a stream, counting bytes
 * and discarding them, and stopped as soon as the total passes the limit — declared sizes can lie.
 */
import { AppError } from '../core/errors.ts';
import { entryChunks, InflateBudget, ZipError, zipEntries } from './zip.ts';

export const MAX_IMPORT_ROWS = 200_000;
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;

export const tooManyRows = (): AppError =>
  new AppError('bad_file', `Berkas berisi lebih dari ${MAX_IMPORT_ROWS.toLocaleString('id-ID')} baris; pecah menjadi beberapa berkas`);

export const tooLargeInflated = (): AppError =>
  new AppError('bad_file', `Isi file Excel terlalu besar setelah dibuka (lebih dari ${MAX_INFLATED_BYTES / 1024 / 1024} MB); file ini tidak wajar untuk daftar pegawai — periksa atau pecah menjadi beberapa berkas`);

/** Refuses (AppError bad_file) an XLSX whose content unzipped would pass the limit, before reading it. */
export async function checkZipBounds(buffer: Uint8Array, limit = MAX_INFLATED_BYTES): Promise<void> {
  try {
    const entries = zipEntries(buffer);
    if (entries.reduce((sum, e) => sum + e.uncompressedSize, 0) > limit) throw tooLargeInflated();
    const budget = new InflateBudget(limit);
    for (const entry of entries) for await (const chunk of entryChunks(buffer, entry, budget)) void chunk;
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof ZipError && error.kind === 'too_large') throw tooLargeInflated();
    throw new AppError('bad_file', 'File Excel rusak atau bukan file .xlsx yang sah. Simpan ulang dari Excel sebagai "Excel Workbook (.xlsx)"');
  }
}
