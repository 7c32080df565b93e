import type { FieldIssue } from '../import-types.js';

export type ExistingNode = { id: string; parentId: string | null; path: string };
export type FileNode = { rowNumber: number; unorId: string; parentUnorId: string | null };
export type PlacedUnit = { id: string; parentId: string | null; path: string; depth: number };

export type UnitTree = {
  /** File rows that can be written, with their place in the tree. */
  placed: Map<number, PlacedUnit>;
  rejected: Map<number, FieldIssue[]>;
  /** Units not in the file whose path changes because an ancestor moved. */
  pathUpdates: { id: string; path: string }[];
};

type Node = { id: string; parentUnorId: string | null; rowNumber: number | null };

/**
 * Places a file's units in the instansi's unit tree (pure). A parent may be another row of the file (before
 * or after) or a unit already stored. Paths are `/rootId/…/ownId/`. A row whose `diatasanId` names no unit,
 * or whose parent is a new unit that was itself rejected, or that is part of a cycle, is rejected; stored
 * units keep their place when their row is rejected. Repeats until no more rows are rejected.
 */
export function placeUnits(
  existing: ReadonlyMap<string, ExistingNode>,
  rows: readonly FileNode[],
  newId: () => string,
): UnitTree {
  const unorOfId = new Map<string, string>();
  for (const [unorId, u] of existing) unorOfId.set(u.id, unorId);
  const storedParent = (unorId: string) => {
    const parentId = existing.get(unorId)?.parentId ?? null;
    return parentId === null ? null : (unorOfId.get(parentId) ?? null);
  };
  const ids = new Map(rows.map((r) => [r.unorId, existing.get(r.unorId)?.id ?? newId()]));
  const rejected = new Map<number, FieldIssue[]>();

  for (;;) {
    const nodes = new Map<string, Node>();
    for (const [unorId, u] of existing)
      nodes.set(unorId, { id: u.id, parentUnorId: storedParent(unorId), rowNumber: null });
    for (const r of rows) {
      if (!rejected.has(r.rowNumber)) {
        nodes.set(r.unorId, {
          id: ids.get(r.unorId) ?? '',
          parentUnorId: r.parentUnorId,
          rowNumber: r.rowNumber,
        });
      }
    }
    const newlyRejected = findProblems(nodes, rows, rejected);
    if (newlyRejected.size === 0) return place(nodes, rows, rejected, existing);
    for (const [row, issues] of newlyRejected) rejected.set(row, issues);
  }
}

function findProblems(
  nodes: Map<string, Node>,
  rows: readonly FileNode[],
  rejected: ReadonlyMap<number, FieldIssue[]>,
): Map<number, FieldIssue[]> {
  const problems = new Map<number, FieldIssue[]>();
  const rowOf = new Map(rows.map((r) => [r.unorId, r.rowNumber]));
  for (const r of rows) {
    if (rejected.has(r.rowNumber) || r.parentUnorId === null) continue;
    if (!nodes.has(r.parentUnorId)) {
      const parentRow = rowOf.get(r.parentUnorId);
      problems.set(r.rowNumber, [
        {
          column: 'diatasanId',
          code: 'UNOR_INDUK_TIDAK_DITEMUKAN',
          message:
            parentRow === undefined
              ? `"${r.parentUnorId}" tidak ada di berkas ini maupun di data unit instansi. Perbaiki diatasanId, atau kosongkan untuk unit teratas.`
              : `"${r.parentUnorId}" menunjuk unit di baris ${parentRow} yang tidak valid. Perbaiki baris itu dulu.`,
        },
      ]);
    }
  }
  if (problems.size > 0) return problems;
  // Cycles: walk up from each node; meeting a node of the current walk again closes a cycle.
  const done = new Set<string>();
  for (const start of nodes.keys()) {
    const walk: string[] = [];
    const onWalk = new Set<string>();
    let at: string | null = start;
    while (at !== null && !done.has(at) && !onWalk.has(at)) {
      walk.push(at);
      onWalk.add(at);
      at = nodes.get(at)?.parentUnorId ?? null;
    }
    if (at !== null && onWalk.has(at)) {
      const cycle = walk.slice(walk.indexOf(at));
      const text = [...cycle, at].map((u) => `"${u}"`).join(' → ');
      for (const unorId of cycle) {
        const rowNumber = nodes.get(unorId)?.rowNumber;
        if (rowNumber === null || rowNumber === undefined) continue;
        problems.set(rowNumber, [
          {
            column: 'diatasanId',
            code: 'UNOR_SIKLUS',
            message: `membentuk lingkaran atasan ${text}. Sebuah unit tidak boleh menjadi atasan dirinya sendiri.`,
          },
        ]);
      }
    }
    for (const u of walk) done.add(u);
  }
  return problems;
}

function place(
  nodes: Map<string, Node>,
  rows: readonly FileNode[],
  rejected: Map<number, FieldIssue[]>,
  existing: ReadonlyMap<string, ExistingNode>,
): UnitTree {
  const paths = new Map<string, string>();
  const pathOf = (unorId: string): string => {
    const chain: string[] = [];
    let at: string | null = unorId;
    while (at !== null && !paths.has(at)) {
      chain.push(at);
      at = nodes.get(at)?.parentUnorId ?? null;
    }
    let prefix = at === null ? '/' : (paths.get(at) ?? '/');
    for (let i = chain.length - 1; i >= 0; i--) {
      const u = chain[i] ?? '';
      prefix = `${prefix}${nodes.get(u)?.id ?? ''}/`;
      paths.set(u, prefix);
    }
    return paths.get(unorId) ?? '/';
  };
  const placed = new Map<number, PlacedUnit>();
  for (const r of rows) {
    if (rejected.has(r.rowNumber)) continue;
    const node = nodes.get(r.unorId);
    if (!node) continue;
    const path = pathOf(r.unorId);
    const parentId = node.parentUnorId === null ? null : (nodes.get(node.parentUnorId)?.id ?? null);
    placed.set(r.rowNumber, { id: node.id, parentId, path, depth: path.split('/').length - 2 });
  }
  const inFile = new Set(rows.filter((r) => !rejected.has(r.rowNumber)).map((r) => r.unorId));
  const pathUpdates: { id: string; path: string }[] = [];
  for (const [unorId, u] of existing) {
    if (inFile.has(unorId)) continue;
    const path = pathOf(unorId);
    if (path !== u.path) pathUpdates.push({ id: u.id, path });
  }
  return { placed, rejected, pathUpdates };
}
