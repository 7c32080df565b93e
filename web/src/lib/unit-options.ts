/** A unit of the tree as GET …/unit answers it (the fields the options need). */
export type UnitNode = { id: string; nama: string; indukId: string | null };

/**
 * Select options for a unit tree given in tree order (parents first): each label indented by its depth, so
 * the tree reads as a tree in a flat list. One helper for every page with a unit filter.
 */
export function unitOptions(units: readonly UnitNode[]): { value: string; label: string }[] {
  const depth = new Map<string, number>();
  return units.map((u) => {
    const d = u.indukId ? (depth.get(u.indukId) ?? -1) + 1 : 0;
    depth.set(u.id, d);
    return { value: u.id, label: `${'\u00a0\u00a0'.repeat(d)}${d > 0 ? '└ ' : ''}${u.nama}` };
  });
}
