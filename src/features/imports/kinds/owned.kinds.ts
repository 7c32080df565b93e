import type { z } from 'zod';
import { COMPETENCY_KEYS } from '../../../domain/competency.js';
import { POTENTIAL_DIMENSION_KEYS } from '../../../domain/potential.js';
import type { ColumnDef } from '../headers.js';
import { defineKind, type Resolution } from '../import-kind.js';
import type { FieldIssue, ImportKind } from '../import-types.js';
import { upsertRows, type UpsertColumn, type UpsertTarget } from '../import-write.repository.js';
import { DIKLAT_COLUMNS, diklatSchema, type DiklatRow } from '../schemas/diklat.schema.js';
import { HUKDIS_COLUMNS, hukdisSchema, type HukdisRow } from '../schemas/hukdis.schema.js';
import { KOMPETENSI_COLUMNS, kompetensiSchema, type KompetensiRow } from '../schemas/kompetensi.schema.js';
import { POTENSI_COLUMNS, potensiSchema, type PotensiRow } from '../schemas/potensi.schema.js';
import {
  RIWAYAT_JABATAN_COLUMNS,
  riwayatJabatanSchema,
  type RiwayatJabatanRow,
} from '../schemas/riwayat-jabatan.schema.js';
import { SKP_COLUMNS, skpSchema, type SkpRow } from '../schemas/skp.schema.js';
import { employeeOf, loadEmployees, type EmployeeContext } from './employee-owned.js';

/**
 * The kinds whose rows belong to an employee (histories, SKP, assessments, sanctions, training): the row's
 * NIP is looked up, the natural key includes the employee, and the batch is one upsert.
 */
type Owned<T> = T & { employeeId: string };

function ownedKind<P extends { nip: string; warnings: FieldIssue[] }>(spec: {
  kind: ImportKind;
  columns: readonly ColumnDef[];
  schema: z.ZodType<P>;
  keyColumns: readonly string[];
  key: (row: P) => string;
  target: UpsertTarget<Owned<P>>;
}) {
  return defineKind<P, Owned<P>, EmployeeContext>({
    kind: spec.kind,
    columns: spec.columns,
    keyColumns: spec.keyColumns,
    schema: spec.schema,
    load: loadEmployees,
    resolve(parsed, context): Resolution<Owned<P>> {
      const owner = employeeOf(context, parsed.nip);
      if (!owner.ok) return owner;
      return { ok: true, value: { ...parsed, employeeId: owner.id }, key: `${owner.id}|${spec.key(parsed)}` };
    },
    write: async (tx, instansiId, rows, present) =>
      (await upsertRows(tx, instansiId, { ...spec.target, newIds: true }, rows, present)).counts,
  });
}

const employeeId = <P>(): UpsertColumn<Owned<P>> => ({
  name: 'employee_id',
  type: 'uuid',
  value: (r) => r.employeeId,
});

export const riwayatJabatanKind = ownedKind<RiwayatJabatanRow>({
  kind: 'riwayat-jabatan',
  columns: RIWAYAT_JABATAN_COLUMNS,
  schema: riwayatJabatanSchema,
  keyColumns: ['nipBaru', 'tmtJabatan'],
  key: (r) => r.tmtJabatan,
  target: {
    table: 'position_history',
    key: ['employee_id', 'tmt_jabatan'],
    columns: [
      employeeId(),
      { name: 'tmt_jabatan', type: 'date', value: (r) => r.tmtJabatan },
      { name: 'jabatan_nama', type: 'text', value: (r) => r.jabatanNama },
      { name: 'jenis_jabatan_id', type: 'int2', value: (r) => r.jenisJabatanId, sources: ['jenisJabatanId'] },
      { name: 'eselon', type: 'text', value: (r) => r.eselon, sources: ['eselon'] },
      { name: 'jenjang', type: 'text', value: (r) => r.jenjang },
      { name: 'unor_nama', type: 'text', value: (r) => r.unorNama, sources: ['unorNama'] },
    ],
  },
});

export const skpKind = ownedKind<SkpRow>({
  kind: 'skp',
  columns: SKP_COLUMNS,
  schema: skpSchema,
  keyColumns: ['nipBaru', 'tahun'],
  key: (r) => String(r.tahun),
  target: {
    table: 'skp',
    key: ['employee_id', 'tahun'],
    columns: [
      employeeId(),
      { name: 'tahun', type: 'int2', value: (r) => r.tahun },
      { name: 'hasil_kerja', type: 'text', value: (r) => r.hasilKerja },
      { name: 'perilaku_kerja', type: 'text', value: (r) => r.perilakuKerja },
      { name: 'predikat', type: 'text', value: (r) => r.predikat },
      { name: 'predikat_derived', type: 'int2', value: (r) => r.predikatDerived },
    ],
  },
});

export const kompetensiKind = ownedKind<KompetensiRow>({
  kind: 'kompetensi',
  columns: KOMPETENSI_COLUMNS,
  schema: kompetensiSchema,
  keyColumns: ['nipBaru', 'tanggal'],
  key: (r) => r.tanggal,
  target: {
    table: 'competency_assessment',
    key: ['employee_id', 'tanggal'],
    columns: [
      employeeId(),
      { name: 'tanggal', type: 'date', value: (r) => r.tanggal },
      { name: 'lembaga', type: 'text', value: (r) => r.lembaga, sources: ['lembaga'] },
      ...COMPETENCY_KEYS.map((k): UpsertColumn<Owned<KompetensiRow>> => ({
        name: snake(k),
        type: 'float8',
        value: (r) => r[k],
      })),
      { name: 'jpm', type: 'float8', value: (r) => r.jpm, sources: ['jpm'] },
    ],
  },
});

export const potensiKind = ownedKind<PotensiRow>({
  kind: 'potensi',
  columns: POTENSI_COLUMNS,
  schema: potensiSchema,
  keyColumns: ['nipBaru', 'tanggal'],
  key: (r) => r.tanggal,
  target: {
    table: 'potential_assessment',
    key: ['employee_id', 'tanggal'],
    columns: [
      employeeId(),
      { name: 'tanggal', type: 'date', value: (r) => r.tanggal },
      { name: 'lembaga', type: 'text', value: (r) => r.lembaga, sources: ['lembaga'] },
      { name: 'total', type: 'float8', value: (r) => r.total },
      ...POTENTIAL_DIMENSION_KEYS.map((k): UpsertColumn<Owned<PotensiRow>> => ({
        name: snake(k),
        type: 'float8',
        value: (r) => r[k],
      })),
    ],
  },
});

export const hukdisKind = ownedKind<HukdisRow>({
  kind: 'hukdis',
  columns: HUKDIS_COLUMNS,
  schema: hukdisSchema,
  keyColumns: ['nipBaru', 'nomorSk', 'tanggalSk'],
  key: (r) => r.kunci,
  target: {
    table: 'sanction',
    key: ['employee_id', 'kunci'],
    columns: [
      employeeId(),
      { name: 'kunci', type: 'text', value: (r) => r.kunci },
      { name: 'tingkat', type: 'text', value: (r) => r.tingkat },
      { name: 'jenis', type: 'text', value: (r) => r.jenis, sources: ['jenis'] },
      { name: 'nomor_sk', type: 'text', value: (r) => r.nomorSk },
      { name: 'tanggal_sk', type: 'date', value: (r) => r.tanggalSk },
      { name: 'tmt_mulai', type: 'date', value: (r) => r.tmtMulai, sources: ['tmtMulai'] },
      { name: 'tmt_selesai', type: 'date', value: (r) => r.tmtSelesai, sources: ['tmtSelesai'] },
    ],
  },
});

export const diklatKind = ownedKind<DiklatRow>({
  kind: 'diklat',
  columns: DIKLAT_COLUMNS,
  schema: diklatSchema,
  keyColumns: ['nipBaru', 'nama', 'tanggalMulai'],
  key: (r) => `${r.nama}|${r.tanggalMulai}`,
  target: {
    table: 'training',
    key: ['employee_id', 'nama', 'tanggal_mulai'],
    columns: [
      employeeId(),
      { name: 'nama', type: 'text', value: (r) => r.nama },
      { name: 'tanggal_mulai', type: 'date', value: (r) => r.tanggalMulai },
      { name: 'tanggal_selesai', type: 'date', value: (r) => r.tanggalSelesai, sources: ['tanggalSelesai'] },
      { name: 'jp', type: 'int4', value: (r) => r.jp },
      { name: 'jenis', type: 'text', value: (r) => r.jenis, sources: ['jenis'] },
      { name: 'penyelenggara', type: 'text', value: (r) => r.penyelenggara, sources: ['penyelenggara'] },
      { name: 'biaya', type: 'int4', value: (r) => r.biaya, sources: ['biaya'] },
    ],
  },
});

/** camelCase SIASN key → the table's snake_case column (`orientasiPadaHasil` → `orientasi_pada_hasil`). */
function snake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
