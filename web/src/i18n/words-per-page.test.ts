/**
 * Each page loads the words it shows (issue #14): the router names, for every lazy page, the features whose
 * catalogues come with it (`page(() => import(…), [features])` in web/src/app/router.tsx). This test reads each
 * page's modules (its imports, followed through web/src, static and dynamic) with the TypeScript parser, takes
 * every string that is a catalogue key or the start of one (`'roster.name'`, `` `contributions.reasons.${k}` ``),
 * and holds the router's list to the features that own those keys. The eager code (web/src/main.tsx and what
 * it imports statically: the layout, the shared components) may use the shared words only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { mergedCatalogues, type Owner } from './merged.ts';

const web = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const i18nFolder = join(web, 'i18n');

interface Scanned {
  imports: string[];
  dynamicImports: string[];
  strings: string[];
}

const scannedFiles = new Map<string, Scanned>();

/** The relative imports (resolved) and the string literals (a template's text before its first `${`) of one file. */
function scan(file: string): Scanned {
  const known = scannedFiles.get(file);
  if (known) return known;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Scanned = { imports: [], dynamicImports: [], strings: [] };
  const target = (specifier: ts.Expression | undefined) =>
    specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.') && /\.tsx?$/.test(specifier.text)
      ? resolve(dirname(file), specifier.text)
      : null;
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && !(ts.isImportDeclaration(node) && node.importClause?.isTypeOnly)) {
      const path = target(node.moduleSpecifier);
      if (path) out.imports.push(path);
      return;
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const path = target(node.arguments[0]);
      if (path) out.dynamicImports.push(path);
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.strings.push(node.text);
    else if (ts.isTemplateExpression(node)) out.strings.push(node.head.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  scannedFiles.set(file, out);
  return out;
}

/** The strings of a module and of every module of web/src it imports (catalogues aside). */
function stringsOf(start: string, followDynamic: boolean): { files: Set<string>; strings: Set<string> } {
  const files = new Set<string>();
  const strings = new Set<string>();
  const walk = (file: string) => {
    if (files.has(file) || !file.startsWith(web) || file.startsWith(i18nFolder) || /\/i18n\.ts$/.test(file)) return;
    assert.ok(existsSync(file), `${relative(web, file)} is imported but does not exist`);
    files.add(file);
    const scanned = scan(file);
    for (const s of scanned.strings) strings.add(s);
    for (const next of [...scanned.imports, ...(followDynamic ? scanned.dynamicImports : [])]) walk(next);
  };
  walk(start);
  return { files, strings };
}

/**
 * The catalogues whose keys a set of strings names (a whole key, a group, or a key's beginning): `single`, each
 * owner that a string names alone, with that string; `several`, the owners of strings that name a group which
 * several catalogues fill (`empty.${register}`: every feature keeps its empty states under `empty.`).
 */
function ownersOf(strings: Set<string>, owners: Map<string, Owner>): { single: Map<Owner, string>; several: { string: string; owners: Set<Owner> }[] } {
  const single = new Map<Owner, string>();
  const several: { string: string; owners: Set<Owner> }[] = [];
  for (const s of strings) {
    if (!/^[a-zA-Z]+\./.test(s)) continue;
    const prefix = s.endsWith('.') ? s : `${s}.`;
    const found = new Set<Owner>();
    for (const [key, owner] of owners) if (key === s || key.startsWith(prefix)) found.add(owner);
    if (found.size === 1) {
      const owner = [...found][0]!;
      if (!single.has(owner)) single.set(owner, s);
    } else if (found.size > 1) {
      several.push({ string: s, owners: found });
    }
  }
  return { single, several };
}

const routerFile = join(web, 'app', 'router.tsx');

function declaredPages(): { name: string; file: string; words: string[] }[] {
  const source = readFileSync(routerFile, 'utf8');
  return [...source.matchAll(/const (\w+) = page\(\(\) => import\('([^']+)'\), \[([^\]]*)\]\);/g)].map((m) => ({
    name: m[1]!,
    file: resolve(dirname(routerFile), m[2]!),
    words: [...m[3]!.matchAll(/'([^']+)'/g)].map((w) => w[1]!).sort(),
  }));
}

test('every lazy page of the router loads exactly the features whose words it shows', async () => {
  const { owners } = await mergedCatalogues();
  const pages = declaredPages();
  const lazyPages = (readFileSync(routerFile, 'utf8').match(/\bpage\(\(\) => import\(/g) ?? []).length;
  assert.equal(pages.length, lazyPages, 'every page(() => import(…), […]) of the router is read by this test');
  assert.ok(pages.length >= 30, `pages: ${pages.length}`);
  const wrong: string[] = [];
  for (const p of pages) {
    const { strings } = stringsOf(p.file, true);
    const { single, several } = ownersOf(strings, owners);
    single.delete('shared');
    const want = [...single.keys()].sort();
    // A string that names a group several features fill is the page's own (its feature is among them).
    const unclear = several.filter((s) => !s.owners.has('shared') && !p.words.some((w) => s.owners.has(w as Owner)));
    if (want.join() !== p.words.join() || unclear.length > 0) {
      const because = [...single].map(([o, s]) => `${o}: '${s}'`).concat(unclear.map((s) => `none of ${[...s.owners].join('/')}: '${s.string}'`));
      wrong.push(`${p.name}: [${want.map((w) => `'${w}'`).join(', ')}] (declared [${p.words.join(', ')}]; e.g. ${because.join(', ')})`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('the eager code (main.tsx, the layout, shared components) uses only the shared words', async () => {
  const { owners } = await mergedCatalogues();
  const { files, strings } = stringsOf(join(web, 'main.tsx'), false);
  assert.ok([...files].some((f) => f.endsWith('MainNav.tsx')) && files.has(routerFile), 'the layout is read');
  assert.ok(![...files].some((f) => f.includes('/features/')), 'no feature module is eager');
  const { single, several } = ownersOf(strings, owners);
  assert.ok(single.has('shared'), 'the layout uses the shared words');
  single.delete('shared');
  assert.deepEqual([...single], []);
  assert.deepEqual(
    several.map((s) => s.string),
    [],
  );
});
