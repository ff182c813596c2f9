/**
 * Issue #17: spreadsheet reading is shared through src/sheets/, never through another feature. A
 * module that reads with src/sheets/ (a feature's parser: the roster's file, the branch's files,
 * bank statements, unit trees) is imported only from its own folder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';

const SRC = 'src';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*import\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/gm)].map((m) => normalize(join(file, '..', m[1]!)));

const folderOf = (file: string) => file.split(/[\\/]/)[1];

test("no feature imports another feature's spreadsheet parsing", () => {
  const files = sourceFiles(SRC).filter((f) => folderOf(f) !== 'sheets');
  const imports = new Map(files.map((f) => [f, importsOf(f)]));
  const parsers = new Set(files.filter((f) => imports.get(f)!.some((target) => folderOf(target) === 'sheets')));
  assert.ok(parsers.has(join(SRC, 'enrolment', 'branch-file.ts')), [...parsers].join(', '));
  const crossing = files.flatMap((f) =>
    imports
      .get(f)!
      .filter((target) => parsers.has(target) && folderOf(target) !== folderOf(f))
      .map((target) => `${f} → ${target}`),
  );
  assert.deepEqual(crossing, [], 'read through src/sheets/, not through another feature');
});
