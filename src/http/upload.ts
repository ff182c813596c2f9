/** Reads a multipart upload: one file (size-limited) and text fields. */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../core/errors.ts';
import { cleanText } from '../core/validation.ts';

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export async function readUpload(
  req: FastifyRequest,
  maxBytes = MAX_UPLOAD_BYTES,
): Promise<{ fileName: string; content: Buffer; fields: Record<string, string> }> {
  if (!req.isMultipart()) throw new AppError('bad_file', 'Kirim berkas sebagai multipart/form-data dengan kolom "file"');
  const tooLarge = new AppError('bad_file', `Berkas lebih dari ${maxBytes / 1024 / 1024} MB; pecah menjadi beberapa berkas`);
  let file: { fileName: string; content: Buffer } | null = null;
  const fields: Record<string, string> = {};
  for await (const part of req.parts({ limits: { fileSize: maxBytes, files: 1 } })) {
    if (part.type === 'file') {
      const content = await part.toBuffer().catch((error: { code?: string }) => {
        throw error.code === 'FST_REQ_FILE_TOO_LARGE' ? tooLarge : error;
      });
      if (part.file.truncated) throw tooLarge;
      file = { fileName: cleanText(part.filename, 'Nama berkas') || 'berkas', content };
    } else {
      fields[cleanText(part.fieldname, 'Nama kolom')] = cleanText(String(part.value), `Kolom ${part.fieldname}`);
    }
  }
  if (!file) throw new AppError('bad_file', 'Berkas belum dipilih (kolom "file")');
  return { ...file, fields };
}
