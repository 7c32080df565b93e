import { quote } from '../fields.js';
import { defineKind } from '../import-kind.js';
import { findEmployeeIdsByNip, findUnitsByUnorId, type ExistingUnit } from '../import-lookups.repository.js';
import type { FieldIssue } from '../import-types.js';
import { assignPositionHolders, upsertRows, type UpsertTarget } from '../import-write.repository.js';
import { JABATAN_COLUMNS, jabatanSchema, type JabatanRow } from '../schemas/jabatan.schema.js';
import { employeeOf } from './employee-owned.js';

type Resolved = JabatanRow & { unitId: string };
type Context = { units: Map<string, ExistingUnit>; employeeIds: Map<string, string> };

const POSITION: UpsertTarget<Resolved> = {
  table: 'position',
  key: ['kode'],
  touch: true,
  newIds: true,
  columns: [
    { name: 'kode', type: 'text', value: (r) => r.kode },
    { name: 'nama', type: 'text', value: (r) => r.nama },
    { name: 'unit_id', type: 'uuid', value: (r) => r.unitId },
    { name: 'jenjang', type: 'text', value: (r) => r.jenjang },
    { name: 'eselon', type: 'text', value: (r) => r.eselon, sources: ['eselon'] },
    { name: 'min_golongan', type: 'text', value: (r) => r.minGolongan, sources: ['pangkatMinimal'] },
    { name: 'min_pendidikan', type: 'text', value: (r) => r.minPendidikan, sources: ['pendidikanMinimal'] },
    {
      name: 'standar_kompetensi',
      type: 'jsonb',
      value: (r) => (r.standarKompetensi === null ? null : JSON.stringify(r.standarKompetensi)),
    },
    { name: 'is_key', type: 'bool', value: (r) => r.isKey, sources: ['jabatanKunci'] },
    { name: 'alasan_kritikal', type: 'text', value: (r) => r.alasanKritikal, sources: ['alasanKritikal'] },
  ],
};

/**
 * `jabatan`: the position catalogue. `unorId` must name a known unit; `nipPemangku`, when given, must name
 * a known employee, who becomes the holder (their position_id). Standard levels not given are stored as
 * null, meaning the job level's default (rules.md §2).
 */
export const jabatanKind = defineKind<JabatanRow, Resolved, Context>({
  kind: 'jabatan',
  columns: JABATAN_COLUMNS,
  keyColumns: ['kode'],
  schema: jabatanSchema,
  load: async (db, instansiId) => ({
    units: await findUnitsByUnorId(db, instansiId),
    employeeIds: await findEmployeeIdsByNip(db, instansiId),
  }),
  resolve(parsed, context) {
    const errors: FieldIssue[] = [];
    const unit = context.units.get(parsed.unorId);
    if (!unit) {
      errors.push({
        column: 'unorId',
        code: 'UNOR_TIDAK_DITEMUKAN',
        message: `${quote(parsed.unorId)} tidak ada di data unit instansi ini. Impor unor dulu, atau perbaiki unorId.`,
      });
    }
    if (parsed.nipPemangku !== null) {
      const holder = employeeOf(context, parsed.nipPemangku, 'nipPemangku');
      if (!holder.ok) errors.push(...holder.errors);
    }
    if (!unit || errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { ...parsed, unitId: unit.id }, key: parsed.kode };
  },
  async write(tx, instansiId, rows, present) {
    const { counts, returned } = await upsertRows(tx, instansiId, POSITION, rows, present, ['kode']);
    const holders = rows.flatMap((r) =>
      r.nipPemangku === null ? [] : [{ nip: r.nipPemangku, kode: r.kode }],
    );
    const reassigned = await assignPositionHolders(tx, instansiId, holders);
    // A position whose row did not change but whose holder did counts as updated.
    const written = new Set(returned.map((r) => String(r.kode)));
    const alsoUpdated = new Set(reassigned.filter((k) => !written.has(k))).size;
    return { ...counts, updated: counts.updated + alsoUpdated, unchanged: counts.unchanged - alsoUpdated };
  },
});
