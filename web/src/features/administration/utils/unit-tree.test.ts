import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unitTree } from './unit-tree.ts';

test('units become a tree ordered by code; an orphan (parent elsewhere) is a root', () => {
  const tree = unitTree([
    { id: 3, parentId: 1, code: 'SETDA.UMUM' },
    { id: 1, parentId: null, code: 'SETDA' },
    { id: 2, parentId: 1, code: 'SETDA.ORG' },
    { id: 4, parentId: null, code: 'DISDIK' },
    { id: 5, parentId: 99, code: 'LAIN' },
  ]);
  const shape = (nodes: ReturnType<typeof unitTree<{ id: number; parentId: number | null; code: string }>>): unknown =>
    nodes.map((n) => (n.children.length ? { [n.unit.code]: shape(n.children) } : n.unit.code));
  assert.deepEqual(shape(tree), ['DISDIK', 'LAIN', { SETDA: ['SETDA.ORG', 'SETDA.UMUM'] }]);
});
