/**
 * Every catalogue merged into one tree per language, as i18next holds them once every feature's words have
 * loaded: for tests and tools (the app itself loads them per feature, ./features.ts). Refuses two catalogues
 * that define the same key, and a key that is a text in one catalogue and a group in another.
 */
import { id as sharedId } from './id.ts';
import { en as sharedEn } from './en.ts';
import { loaders, type Feature } from './features.ts';

export type Tree = { [key: string]: string | Tree };
export type Owner = 'shared' | Feature;

export interface Catalogue {
  owner: Owner;
  id: Tree;
  en: Tree;
}

/** The shared words and each feature's, in the order of `loaders`. */
export async function catalogues(): Promise<Catalogue[]> {
  const out: Catalogue[] = [{ owner: 'shared', id: sharedId, en: sharedEn }];
  for (const [owner, load] of Object.entries(loaders) as [Feature, () => Promise<{ id: object; en: object }>][]) {
    const { id, en } = await load();
    out.push({ owner, id: id as Tree, en: en as Tree });
  }
  return out;
}

/** Each text's full key ('roster.sexes.L') and text. */
export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

export function mergeInto(target: Tree, source: Tree, owner: Owner, owners: Map<string, Owner>, prefix: string): void {
  for (const [key, value] of Object.entries(source)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const there = target[key];
    if (there !== undefined && (typeof there === 'string' || typeof value === 'string')) {
      const first = owners.get(path) ?? [...owners].find(([k]) => k.startsWith(`${path}.`))?.[1];
      throw new Error(`${path} is defined by both ${first} and ${owner}`);
    }
    if (typeof value === 'string') {
      target[key] = value;
      owners.set(path, owner);
    } else {
      const group: Tree = typeof there === 'object' ? there : {};
      target[key] = group;
      mergeInto(group, value, owner, owners, path);
    }
  }
}

/** The merged tree of each language and the catalogue that defines each key. */
export async function mergedCatalogues(): Promise<{ id: Tree; en: Tree; owners: Map<string, Owner> }> {
  const id: Tree = {};
  const en: Tree = {};
  const owners = new Map<string, Owner>();
  for (const c of await catalogues()) {
    mergeInto(id, c.id, c.owner, owners, '');
    mergeInto(en, c.en, c.owner, new Map(owners), '');
  }
  return { id, en, owners };
}
