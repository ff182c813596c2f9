/**
 * The entries of a zip file held in memory (an uploaded .xlsx), read from its central directory,
 * and each entry's content as a stream — inflated chunk by chunk, so a sheet of 100,000 rows is
 * never held unzipped. Declared sizes can lie: the byte budget is counted on what is inflated.
 */
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  dataStart: number;
}

export class ZipError extends Error {
  constructor(
    readonly kind: 'broken' | 'too_large',
    message: string,
  ) {
    super(message);
  }
}

const MAX_ZIP_ENTRIES = 10_000;
const broken = (why: string) => new ZipError('broken', why);

/** Every entry of the zip in `buffer`, in central-directory order. Throws ZipError. */
export function zipEntries(buffer: Uint8Array): ZipEntry[] {
  const buf = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw broken('no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (count > MAX_ZIP_ENTRIES || count === 0xffff || at === 0xffffffff) throw new ZipError('too_large', 'too many entries or ZIP64');
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw broken('central directory');
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const uncompressedSize = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localOffset = buf.readUInt32LE(at + 42);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) throw new ZipError('too_large', 'ZIP64 entry'); // far beyond a roster
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== 0x04034b50) throw broken('local header');
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString((flags & 0x800) !== 0 ? 'utf8' : 'latin1');
    const dataStart = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    if (dataStart + compressedSize > buf.length) throw broken('entry beyond the end');
    entries.push({ name, method, encrypted: (flags & 1) !== 0, compressedSize, uncompressedSize, dataStart });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A shared count of inflated bytes across the entries of one file; `spend` throws past the limit. */
export class InflateBudget {
  private used = 0;
  constructor(readonly limit: number) {}
  spend(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limit) throw new ZipError('too_large', 'inflated content beyond the limit');
  }
}

const CHUNK = 64 * 1024;

/** The entry's content as a stream of Buffers, counted against `budget`. */
export async function* entryChunks(buffer: Uint8Array, entry: ZipEntry, budget: InflateBudget): AsyncGenerator<Buffer> {
  if (entry.encrypted) throw broken('encrypted entry');
  const buf = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const data = buf.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    budget.spend(data.length);
    for (let i = 0; i < data.length; i += CHUNK) yield data.subarray(i, i + CHUNK);
    return;
  }
  if (entry.method !== 8) throw broken(`compression method ${entry.method}`);
  const source = Readable.from(
    (function* () {
      for (let i = 0; i < data.length; i += CHUNK) yield data.subarray(i, i + CHUNK);
    })(),
  );
  const inflate = createInflateRaw();
  source.on('error', (e) => inflate.destroy(e));
  source.pipe(inflate);
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      budget.spend(chunk.length);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw broken(error instanceof Error ? error.message : 'inflate');
  } finally {
    source.unpipe(inflate);
    source.destroy();
    inflate.destroy();
  }
}

/** The whole entry as UTF-8 text (for the small parts: workbook, relationships, styles). */
export async function entryText(buffer: Uint8Array, entry: ZipEntry, budget: InflateBudget): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of entryChunks(buffer, entry, budget)) parts.push(chunk);
  return Buffer.concat(parts).toString('utf8');
}
