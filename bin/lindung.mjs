#!/usr/bin/env node
// The `lindung` command. Runs the compiled CLI in dist/ (`npm run build`, also run by `npm ci`)
// when it is there and up to date; otherwise the TypeScript sources through tsx, so a fresh
// clone and the tests work without a build. LINDUNG_FROM_SOURCE=1 forces the sources (the test
// runner sets it); a source file newer than the build also does, so an old build never runs
// code that has since changed.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);

function upToDateBuild() {
  if (process.env.LINDUNG_FROM_SOURCE === '1') return undefined;
  try {
    const built = statSync(new URL('dist/cli.js', root)).mtimeMs;
    const inputs = JSON.parse(readFileSync(new URL('dist/cli-inputs.json', root), 'utf8'));
    for (const file of inputs) if (statSync(new URL(file, root)).mtimeMs > built) return undefined;
    return new URL('dist/cli.js', root).href;
  } catch {
    return undefined; // no build, or a source file of the build is gone
  }
}

const compiled = upToDateBuild();
if (compiled) await import(compiled);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('src/cli.ts', root).href);
}
