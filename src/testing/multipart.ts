/**
 * A multipart/form-data request body for `app.inject`: text fields and one file under "file", as a
 * browser's upload sends it. `fileType: null` leaves out the file part's Content-Type (as some clients do).
 */
export function multipart(fields: Record<string, string>, file: { name: string; content: Buffer }, options: { fileType?: string | null } = {}) {
  const boundary = `----lindung${Math.random().toString(16).slice(2)}`;
  const fileType = options.fileType === undefined ? 'application/octet-stream' : options.fileType;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  const typeLine = fileType === null ? '' : `Content-Type: ${fileType}\r\n`;
  parts.push(
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n${typeLine}\r\n`),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
