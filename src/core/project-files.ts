/**
 * Files shipped with Lindung (data-files/: the demo agreement, the holiday calendar), found from the
 * project's root whether the code runs as TypeScript sources (src/…, any depth) or bundled into
 * dist/ by scripts/build-cli.mjs (where every module is one file in dist/, so a path relative to
 * the module's own URL would point elsewhere).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder that holds data-files/: the first one above this module. */
export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'data-files'))) {
      root = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Folder data-files/ tidak ditemukan di atas ${fileURLToPath(import.meta.url)} (data-files/ not found)`);
    dir = parent;
  }
}

/** A file under data-files/, e.g. dataFile('holidays', 'id-2022-2027.json'). */
export function dataFile(...parts: string[]): string {
  return join(projectRoot(), 'data-files', ...parts);
}
