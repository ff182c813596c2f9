// `npm run build`: bundles the CLI (src/cli.ts and everything it imports from src/) into plain
// JavaScript in dist/, so `lindung` starts without compiling TypeScript. Each feature's module
// stays a separate chunk (code splitting), loaded only when one of its commands runs. Pure
// JavaScript packages (zod, kysely, temporal-polyfill, commander…) are bundled too: loading one
// file instead of hundreds of small ES modules is most of the start-up saved. Packages that load
// native code or read their own files at run time (EXTERNAL) stay in node_modules.
// data-files/ is found by walking up from the module (src/core/project-files.ts), so the bundle runs from dist/.
// dist/cli-inputs.json lists the source files of the build; bin/lindung.mjs runs the sources
// through tsx instead when any of them is newer than the build.
// `--entry NAME=PATH` (repeatable) adds an entry point to the same build: the roster benchmark
// builds its measuring child this way, so it runs the very chunks the CLI runs (bench/roster.bench.ts).
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const EXTERNAL = [
  'better-sqlite3',
  '@node-rs/argon2',
  'pg',
  'pg-native', // native code
  'pdfkit',
  'exceljs',
  'dejavu-fonts-ttf', // font metrics, fonts and other data files next to their code
  'fastify',
  '@fastify/*',
  'pino',
  'pino-pretty',
  'thread-stream', // static files, worker threads
  'tsx',
  'esbuild',
];
const root = fileURLToPath(new URL('..', import.meta.url));
// `--outdir PATH` (relative to the root, inside it so node_modules is found) builds elsewhere: src/cli/build.test.ts.
const outIdx = process.argv.indexOf('--outdir');
const outdir = outIdx >= 0 ? process.argv[outIdx + 1] : 'dist';
const entryPoints = { cli: 'src/cli.ts' };
process.argv.forEach((arg, i) => {
  if (arg !== '--entry') return;
  const [name, path] = (process.argv[i + 1] ?? '').split('=');
  if (!name || !path) throw new Error(`--entry NAME=PATH, not ${process.argv[i + 1]}`);
  entryPoints[name] = path;
});
rmSync(`${root}${outdir}`, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints,
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  external: EXTERNAL,
  // Bundled CommonJS packages (commander…) call require() for Node's own modules.
  banner: { js: "import { createRequire as __lindungCreateRequire } from 'node:module'; const require = __lindungCreateRequire(import.meta.url);" },
  metafile: true,
  logLevel: 'warning',
});
const inputs = Object.keys(result.metafile.inputs).filter((p) => p.startsWith('src/'));
writeFileSync(`${root}${outdir}/cli-inputs.json`, JSON.stringify(inputs) + '\n');
console.log(`CLI dibangun ke ${outdir}/ (built from ${inputs.length} source files)`);
