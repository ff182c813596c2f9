/** What a streaming writer (an XLSX export, an errors report) wrote, as one buffer. */
import { PassThrough, type Writable } from 'node:stream';

export async function collect(write: (out: Writable) => Promise<unknown>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks);
}
