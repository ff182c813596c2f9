/** Units (each with its parent's id) as a tree, ordered by code; a unit whose parent is not in the list is a root. */
export interface UnitNode<U> {
  unit: U;
  children: UnitNode<U>[];
}

export function unitTree<U extends { id: number; parentId: number | null; code: string }>(units: U[]): UnitNode<U>[] {
  const nodes = new Map(units.map((u) => [u.id, { unit: u, children: [] as UnitNode<U>[] }]));
  const roots: UnitNode<U>[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId === null ? undefined : nodes.get(node.unit.parentId);
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: UnitNode<U>[]) => {
    list.sort((a, b) => a.unit.code.localeCompare(b.unit.code));
    for (const n of list) sort(n.children);
    return list;
  };
  return sort(roots);
}
