import type { Unit } from './api.js';

/** Select options for a unit tree in tree order (parents first), each label indented by its depth. */
export function unitOptions(units: readonly Unit[]): { value: string; label: string }[] {
  const depth = new Map<string, number>();
  return units.map((u) => {
    const d = u.indukId ? (depth.get(u.indukId) ?? -1) + 1 : 0;
    depth.set(u.id, d);
    return { value: u.id, label: `${'\u00a0\u00a0'.repeat(d)}${d > 0 ? '└ ' : ''}${u.nama}` };
  });
}
