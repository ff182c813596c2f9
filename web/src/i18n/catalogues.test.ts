/**
 * The catalogues split per feature (issue #17): the shared words (./id.ts, ./en.ts) and each feature's
 * (web/src/features/<feature>/i18n.ts) have the same keys in both languages, no empty text, and merge into one
 * tree without two catalogues defining the same key.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogues, flatten, mergeInto, mergedCatalogues, type Owner, type Tree } from './merged.ts';
import { loaders } from './features.ts';

const features = join(dirname(fileURLToPath(import.meta.url)), '..', 'features');

test('every feature folder with words of its own is loaded by the assembly, and nothing else', () => {
  const withWords = readdirSync(features)
    .filter((f) => existsSync(join(features, f, 'i18n.ts')))
    .sort();
  assert.deepEqual(Object.keys(loaders).sort(), withWords);
  assert.ok(withWords.length >= 13, withWords.join(' '));
});

test('each catalogue has exactly the same keys in Bahasa and English, and every text is non-empty', async () => {
  for (const c of await catalogues()) {
    const id = flatten(c.id);
    const en = flatten(c.en);
    assert.ok(id.size > 0, `${c.owner}: no words`);
    assert.deepEqual([...en.keys()].sort(), [...id.keys()].sort(), `${c.owner}: the same keys in both languages`);
    for (const [language, words] of [
      ['id', id],
      ['en', en],
    ] as const) {
      for (const [key, text] of words) assert.ok(typeof text === 'string' && text.trim() !== '', `${c.owner} ${language}: ${key} is empty`);
    }
    for (const [key, text] of id) {
      const holes = (t: string) => [...t.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      assert.deepEqual(holes(en.get(key)!), holes(text), `${c.owner}: ${key} has the same {{placeholders}} in both languages`);
    }
  }
});

test('the catalogues merge into one tree with no key defined twice', async () => {
  const all = await catalogues();
  const { id, en, owners } = await mergedCatalogues();
  const total = all.reduce((n, c) => n + flatten(c.id).size, 0);
  assert.equal(flatten(id).size, total, 'every key of every catalogue is in the merged tree once');
  assert.equal(flatten(en).size, total);
  assert.equal(owners.size, total);
  assert.ok(total > 1000, `keys: ${total}`);
  // The shared words are few: what the layout, the shared components and every page use.
  assert.ok(flatten(all[0]!.id).size < 80, 'shared words');
});

test('two catalogues defining the same key are refused', () => {
  const owners = new Map<string, Owner>();
  const tree: Tree = {};
  mergeInto(tree, { empty: { roster: { title: 'a' } } }, 'roster', owners, '');
  mergeInto(tree, { empty: { claims: { title: 'b' } } }, 'claims', owners, '');
  assert.deepEqual(tree, { empty: { roster: { title: 'a' }, claims: { title: 'b' } } });
  assert.throws(
    () => mergeInto(tree, { empty: { roster: { title: 'c' } } }, 'enrolment', owners, ''),
    /empty\.roster\.title is defined by both roster and enrolment/,
  );
  assert.throws(() => mergeInto(tree, { empty: { claims: 'd' } }, 'audit', owners, ''), /empty\.claims is defined by both claims and audit/);
});
