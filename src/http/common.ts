/** Schemas shared by every route: the error envelope and id parameters. */
import { z } from 'zod';

export const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown() }),
});

export const errorResponses = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
} as const;

export const idParams = z.object({ id: z.coerce.number().int().positive('ID harus bilangan bulat positif') });

/**
 * Content-Disposition for a download under its original name: a plain ASCII `filename` for old
 * clients and the exact UTF-8 name as `filename*` (RFC 5987/6266) when it has other characters.
 * `inline` for documents the browser should show (PDFs) rather than save. Any name is safe in
 * the header: control characters, quotes and non-ASCII never reach the plain `filename`.
 */
export function attachmentDisposition(name: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const wellFormed = name.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'); // lone surrogates would make encodeURIComponent throw
  const ascii = wellFormed
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(wellFormed).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return ascii === name ? `${disposition}; filename="${ascii}"` : `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The public base URL printed in QR codes: configured, or the address this request came to. */
export function baseUrlOf(req: { protocol: string; headers: { host?: string | undefined } }, configured?: string): string {
  return configured ?? `${req.protocol}://${req.headers.host ?? 'localhost:3000'}`;
}
