/**
 * Bounds of an uploaded roster file, enforced while it is read so a hostile or mistaken file is
 * refused within seconds and without memory growth: at most MAX_IMPORT_ROWS rows (XLSX and CSV),
 * and for XLSX at most MAX_INFLATED_BYTES once unzipped. The zip's central directory is checked
 * first (declared sizes, entry count); then every entry is inflated as a stream, counting bytes
 * and discarding them, and stopped as soon as the total passes the limit — declared sizes can lie.
 */
import { createInflateRaw } from 'node:zlib';
import { AppError } from '../core/errors.ts';

export const MAX_IMPORT_ROWS = 200_000;
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 10_000;

export const tooManyRows = (): AppError =>
  new AppError('bad_file', `Berkas berisi lebih dari ${MAX_IMPORT_ROWS.toLocaleString('id-ID')} baris; pecah menjadi beberapa berkas`);

const tooLargeInflated = (): AppError =>
  new AppError('bad_file', `Isi file Excel terlalu besar setelah dibuka (lebih dari ${MAX_INFLATED_BYTES / 1024 / 1024} MB); file ini tidak wajar untuk daftar pegawai — periksa atau pecah menjadi beberapa berkas`);

const brokenZip = (): AppError => new AppError('bad_file', 'File Excel rusak atau bukan file .xlsx yang sah. Simpan ulang dari Excel sebagai "Excel Workbook (.xlsx)"');

interface ZipEntry { method: number; compressedSize: number; uncompressedSize: number; dataStart: number }

function centralDirectory(buf: Buffer): ZipEntry[] {
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw brokenZip();
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (count > MAX_ZIP_ENTRIES || count === 0xffff || at === 0xffffffff) throw tooLargeInflated();
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw brokenZip();
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const uncompressedSize = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localOffset = buf.readUInt32LE(at + 42);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) throw tooLargeInflated(); // ZIP64: far beyond a roster
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== 0x04034b50) throw brokenZip();
    const dataStart = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    entries.push({ method, compressedSize, uncompressedSize, dataStart });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function inflatedLength(data: Buffer, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let total = 0;
    let done = false;
    const finish = (error: Error | null) => {
      if (done) return;
      done = true;
      if (error) reject(error);
      else resolve(total);
    };
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        inflate.destroy();
        finish(tooLargeInflated());
      }
    });
    inflate.on('end', () => finish(null));
    inflate.on('error', () => finish(brokenZip()));
    inflate.end(data);
  });
}

/** Refuses (AppError bad_file) an XLSX whose content unzipped would pass MAX_INFLATED_BYTES. */
export async function checkZipBounds(buffer: Uint8Array, limit = MAX_INFLATED_BYTES): Promise<void> {
  const buf = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const entries = centralDirectory(buf);
  if (entries.reduce((s, e) => s + e.uncompressedSize, 0) > limit) throw tooLargeInflated();
  let remaining = limit;
  for (const e of entries) {
    const data = buf.subarray(e.dataStart, e.dataStart + e.compressedSize);
    if (e.method === 0) remaining -= data.length;
    else if (e.method === 8) remaining -= await inflatedLength(data, remaining);
    else throw brokenZip();
    if (remaining < 0) throw tooLargeInflated();
  }
}
