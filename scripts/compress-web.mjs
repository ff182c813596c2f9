// Run by `npm run build:web` after vite: writes a brotli (.br) and a gzip (.gz) copy of every
// text asset in web/dist, so the server sends them precompressed (chosen by Accept-Encoding)
// without compressing on each request. Offices on slow mobile links download about a quarter of
// the bytes.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../web/dist/', import.meta.url).pathname;
const TEXT = /\.(js|mjs|css|html|svg|json|txt|map)$/;
let files = 0;
let raw = 0;
let br = 0;
let gz = 0;

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (TEXT.test(name)) {
      const body = readFileSync(path);
      if (body.length < 1024) continue; // not worth a second request header's bytes
      const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
      const gzip = gzipSync(body, { level: 9 });
      writeFileSync(`${path}.br`, brotli);
      writeFileSync(`${path}.gz`, gzip);
      files++;
      raw += body.length;
      br += brotli.length;
      gz += gzip.length;
    }
  }
}

walk(dist);
const kb = (n) => `${(n / 1024).toFixed(0)} kB`;
console.log(`Dikompresi ${files} berkas (compressed ${files} files): ${kb(raw)} → brotli ${kb(br)}, gzip ${kb(gz)}`);
