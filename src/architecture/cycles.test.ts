/**
 * Issue #17: no import cycle between modules of src/ (ES modules in a cycle see each other's
 * bindings uninitialised, depending on which one loads first), in particular none through a
 * feature's public entry (index.ts / model.ts), where a re-export that imports back closes one
 * without any file naming the other. Only imports that load code count: `import type`, all-type
 * specifier lists and `await import(…)` (loaded later, when called) do not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The modules a file loads when it is loaded: static imports and re-exports of values, relative to src/. */
export function loadedImports(file: string, source: string): string[] {
  const statements = source.matchAll(/^\s*(?:import|export)\s+(type\s+)?([^;'"]*?)\s*from\s+'(\.{1,2}\/[^']+)'|^\s*import\s+'(\.{1,2}\/[^']+)'/gm);
  const targets: string[] = [];
  for (const [, typeOnly, clause, from, bare] of statements) {
    const names = clause
      ?.match(/^\{([^}]*)\}$/)?.[1]
      ?.split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    if (typeOnly || (names && names.length > 0 && names.every((n) => n.startsWith('type ')))) continue;
    targets.push(normalize(join(file, '..', (from ?? bare)!)));
  }
  return targets;
}

/** Strongly connected components of more than one module (Tarjan), each listed from one of its modules. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)!.includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

test('the import graph of src/ has no cycle', () => {
  const graph = new Map(sourceFiles('src').map((file) => [file, loadedImports(file, readFileSync(file, 'utf8'))]));
  assert.ok(
    (graph.get(join('src', 'claims', 'filing-service.ts')) ?? []).includes(join('src', 'enrolment', 'index.ts')),
    'the graph sees the imports through the entries',
  );
  assert.deepEqual(cycles(graph), [], 'modules that import each other, directly or through an entry');
});

test('a type-only import or a later import() is no edge; a value import and a re-export are', () => {
  const source = [
    "import type { A } from '../a/index.ts';",
    "import { type B, type C } from '../b/index.ts';",
    "import { d, type E } from '../d/index.ts';",
    "export { f } from './f.ts';",
    "export type { G } from './g.ts';",
    "import * as h from './h.ts';",
    "const later = () => import('../i/index.ts');",
  ].join('\n');
  assert.deepEqual(loadedImports(join('src', 'x', 'y.ts'), source), [join('src', 'd', 'index.ts'), join('src', 'x', 'f.ts'), join('src', 'x', 'h.ts')]);
});
