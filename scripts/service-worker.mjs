// Writes web/dist/sw.js from web/pwa/sw.js after `vite build`: the list of built files to keep for
// offline use (the hashed assets, the manifest and its icons) and a version made from their hash,
// so each build gets its own cache and the old one is dropped. Run by `npm run build:web`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dist = 'web/dist';
const KEEP = /\.(js|css|woff2?|png|svg|webmanifest|ico)$/;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(dist)
  .filter((p) => KEEP.test(p) && !p.endsWith(`${sep}sw.js`))
  .map((p) => `/${relative(dist, p).split(sep).join('/')}`)
  .sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(dist, f)));
hash.update(readFileSync(join(dist, 'index.html')));
const version = hash.digest('hex').slice(0, 12);
const source = readFileSync('web/pwa/sw.js', 'utf8')
  .replace('__VERSION__', version)
  .replace('__PRECACHE__', JSON.stringify(files, null, 2));
writeFileSync(join(dist, 'sw.js'), source);
console.log(`web/dist/sw.js: ${files.length} files, version ${version}`);
