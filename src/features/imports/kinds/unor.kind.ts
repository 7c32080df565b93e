import { randomUUID } from 'node:crypto';
import { defineKind, type Numbered } from '../import-kind.js';
import { findUnitsByUnorId, type ExistingUnit } from '../import-lookups.repository.js';
import { updateUnitPaths, upsertRows, type UpsertTarget } from '../import-write.repository.js';
import { UNOR_COLUMNS, unorSchema, type UnorRow } from '../schemas/unor.schema.js';
import { placeUnits, type PlacedUnit } from './unit-tree.js';

type Placed = UnorRow & PlacedUnit;
type Context = { units: Map<string, ExistingUnit>; pathUpdates: { id: string; path: string }[] };

const UNIT: UpsertTarget<Placed> = {
  table: 'unit',
  key: ['unor_id'],
  touch: true,
  columns: [
    { name: 'unor_id', type: 'text', value: (r) => r.unorId },
    { name: 'id', type: 'uuid', value: (r) => r.id, sources: [] },
    { name: 'nama', type: 'text', value: (r) => r.nama },
    { name: 'parent_id', type: 'uuid', value: (r) => r.parentId },
    { name: 'eselon', type: 'text', value: (r) => r.eselon, sources: ['eselonId'] },
    { name: 'nama_jabatan', type: 'text', value: (r) => r.namaJabatan, sources: ['namaJabatan'] },
    { name: 'path', type: 'text', value: (r) => r.path },
  ],
};

/**
 * `unor`: the unit tree. A unit's parent may come later in the file, so the whole file is read before
 * anything is placed (units are few: thousands, not the employees' hundreds of thousands); then parents are
 * written before children and the paths of stored descendants of moved units follow.
 */
export const unorKind = defineKind<UnorRow, UnorRow | Placed, Context>({
  kind: 'unor',
  columns: UNOR_COLUMNS,
  keyColumns: ['id'],
  schema: unorSchema,
  load: async (db, instansiId) => ({ units: await findUnitsByUnorId(db, instansiId), pathUpdates: [] }),
  resolve: (parsed) => ({ ok: true, value: parsed, key: parsed.unorId }),
  finalize(rows, context, present) {
    // Without a diatasanId column, stored units keep their parent.
    const keepParent = !present.has('diatasanId');
    const unorOfId = new Map([...context.units.values()].map((u) => [u.id, u.unorId]));
    const nodes = rows.map(({ rowNumber, value }) => {
      const storedParentId = context.units.get(value.unorId)?.parentId;
      const storedParent = storedParentId ? (unorOfId.get(storedParentId) ?? null) : null;
      return {
        rowNumber,
        unorId: value.unorId,
        parentUnorId: keepParent ? storedParent : value.parentUnorId,
      };
    });
    const tree = placeUnits(context.units, nodes, randomUUID);
    context.pathUpdates = tree.pathUpdates;
    const accepted: Numbered<Placed>[] = [];
    for (const { rowNumber, value } of rows) {
      const place = tree.placed.get(rowNumber);
      if (place) accepted.push({ rowNumber, value: { ...value, ...place } });
    }
    accepted.sort((a, b) => a.value.depth - b.value.depth);
    const rejected = [...tree.rejected].map(([rowNumber, errors]) => ({ rowNumber, errors }));
    return { accepted, rejected };
  },
  async write(tx, instansiId, rows, present, context) {
    const { counts } = await upsertRows(tx, instansiId, UNIT, rows as readonly Placed[], present);
    await updateUnitPaths(tx, instansiId, context.pathUpdates.splice(0));
    return counts;
  },
});
