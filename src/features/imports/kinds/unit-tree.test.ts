import { describe, expect, it } from 'vitest';
import { placeUnits, type ExistingNode } from './unit-tree.js';

function ids() {
  let n = 0;
  return () => `n${++n}`;
}

const row = (rowNumber: number, unorId: string, parentUnorId: string | null) => ({
  rowNumber,
  unorId,
  parentUnorId,
});

describe('placing a file of units in the tree', () => {
  it('accepts a parent that comes later in the file and builds /root/…/self/ paths', () => {
    const tree = placeUnits(new Map(), [row(2, 'B', 'A'), row(3, 'A', null), row(4, 'C', 'B')], ids());
    expect(tree.rejected.size).toBe(0);
    expect(tree.placed.get(3)).toEqual({ id: 'n2', parentId: null, path: '/n2/', depth: 1 });
    expect(tree.placed.get(2)).toEqual({ id: 'n1', parentId: 'n2', path: '/n2/n1/', depth: 2 });
    expect(tree.placed.get(4)?.path).toBe('/n2/n1/n3/');
  });

  it('attaches to a stored unit and keeps stored ids', () => {
    const existing = new Map<string, ExistingNode>([['ROOT', { id: 'r', parentId: null, path: '/r/' }]]);
    const tree = placeUnits(existing, [row(2, 'ROOT', null), row(3, 'X', 'ROOT')], ids());
    expect(tree.placed.get(2)).toMatchObject({ id: 'r', path: '/r/' });
    expect(tree.placed.get(3)).toMatchObject({ parentId: 'r', path: '/r/n1/' });
  });

  it('moves a stored unit and updates the paths of its stored descendants', () => {
    const existing = new Map<string, ExistingNode>([
      ['A', { id: 'a', parentId: null, path: '/a/' }],
      ['B', { id: 'b', parentId: null, path: '/b/' }],
      ['C', { id: 'c', parentId: 'b', path: '/b/c/' }],
    ]);
    const tree = placeUnits(existing, [row(2, 'B', 'A')], ids());
    expect(tree.placed.get(2)?.path).toBe('/a/b/');
    expect(tree.pathUpdates).toEqual([{ id: 'c', path: '/a/b/c/' }]);
  });

  it('rejects an unknown parent, and the children of a rejected new unit with it', () => {
    const tree = placeUnits(new Map(), [row(2, 'A', 'ZZ'), row(3, 'B', 'A'), row(4, 'C', null)], ids());
    expect(tree.rejected.get(2)?.[0]).toMatchObject({
      code: 'UNOR_INDUK_TIDAK_DITEMUKAN',
      column: 'diatasanId',
    });
    expect(tree.rejected.get(3)?.[0]?.message).toContain('baris 2 yang tidak valid');
    expect([...tree.placed.keys()]).toEqual([4]);
  });

  it('rejects every row of a cycle, naming it', () => {
    const existing = new Map<string, ExistingNode>([['A', { id: 'a', parentId: null, path: '/a/' }]]);
    const tree = placeUnits(
      existing,
      [row(2, 'A', 'C'), row(3, 'B', 'A'), row(4, 'C', 'B'), row(5, 'D', null)],
      ids(),
    );
    expect([...tree.rejected.keys()].sort()).toEqual([2, 3, 4]);
    expect(tree.rejected.get(2)?.[0]).toMatchObject({ code: 'UNOR_SIKLUS' });
    expect(tree.rejected.get(2)?.[0]?.message).toMatch(
      /lingkaran atasan "A" → "C" → "B" → "A"|"C" → "B" → "A" → "C"|"B" → "A" → "C" → "B"/,
    );
    expect([...tree.placed.keys()]).toEqual([5]);
  });
});
