import { quote } from '../fields.js';
import { defineKind } from '../import-kind.js';
import { findUnitsByUnorId, type ExistingUnit } from '../import-lookups.repository.js';
import type { FieldIssue } from '../import-types.js';
import { upsertRows, type UpsertTarget } from '../import-write.repository.js';
import { PEGAWAI_COLUMNS, pegawaiSchema, type PegawaiRow } from '../schemas/pegawai.schema.js';

type Resolved = PegawaiRow & { unitId: string | null };

/** Re-importing a file updates only the columns it has (see `UpsertColumn.sources`). */
const EMPLOYEE: UpsertTarget<Resolved> = {
  table: 'employee',
  key: ['nip'],
  touch: true,
  newIds: true,
  columns: [
    { name: 'nip', type: 'text', value: (r) => r.nip },
    { name: 'nama', type: 'text', value: (r) => r.nama },
    { name: 'gelar_depan', type: 'text', value: (r) => r.gelarDepan, sources: ['gelarDepan'] },
    { name: 'gelar_belakang', type: 'text', value: (r) => r.gelarBelakang, sources: ['gelarBelakang'] },
    { name: 'tgl_lahir', type: 'date', value: (r) => r.tglLahir, sources: ['tglLahir'] },
    { name: 'jenis_kelamin', type: 'text', value: (r) => r.jenisKelamin, sources: ['jenisKelamin'] },
    { name: 'jenis_pegawai', type: 'text', value: (r) => r.jenisPegawai, sources: ['jenisPegawai'] },
    { name: 'kedudukan', type: 'text', value: (r) => r.kedudukan, sources: ['kedudukanPns'] },
    { name: 'golongan', type: 'text', value: (r) => r.golongan, sources: ['golRuangAkhir'] },
    { name: 'tmt_golongan', type: 'date', value: (r) => r.tmtGolongan, sources: ['tmtGolAkhir'] },
    { name: 'pendidikan', type: 'text', value: (r) => r.pendidikan, sources: ['pendidikanTerakhir'] },
    {
      name: 'pendidikan_nama',
      type: 'text',
      value: (r) => r.pendidikanNama,
      sources: ['pendidikanTerakhir'],
    },
    { name: 'unit_id', type: 'uuid', value: (r) => r.unitId, sources: ['unorId'] },
    { name: 'jabatan_nama', type: 'text', value: (r) => r.jabatanNama },
    { name: 'jenis_jabatan_id', type: 'int2', value: (r) => r.jenisJabatanId, sources: ['jenisJabatanId'] },
    { name: 'eselon', type: 'text', value: (r) => r.eselon, sources: ['eselon'] },
    { name: 'jenjang', type: 'text', value: (r) => r.jenjang },
    { name: 'tmt_jabatan', type: 'date', value: (r) => r.tmtJabatan, sources: ['tmtJabatan'] },
    { name: 'tmt_cpns', type: 'date', value: (r) => r.tmtCpns, sources: ['tmtCpns'] },
  ],
};

/** `pegawai`: employees by NIP; `unorId` links the unit when it is known, else a warning. */
export const pegawaiKind = defineKind<PegawaiRow, Resolved, { units: Map<string, ExistingUnit> }>({
  kind: 'pegawai',
  columns: PEGAWAI_COLUMNS,
  keyColumns: ['nipBaru'],
  schema: pegawaiSchema,
  load: async (db, instansiId) => ({ units: await findUnitsByUnorId(db, instansiId) }),
  resolve(parsed, { units }) {
    const warnings: FieldIssue[] = [];
    let unitId: string | null = null;
    if (parsed.unorId !== null) {
      unitId = units.get(parsed.unorId)?.id ?? null;
      if (unitId === null) {
        warnings.push({
          column: 'unorId',
          code: 'UNOR_TIDAK_DITEMUKAN',
          message: `${quote(parsed.unorId)} tidak ada di data unit instansi ini; pegawai disimpan tanpa unit. Impor unor dulu bila perlu.`,
        });
      }
    }
    return { ok: true, value: { ...parsed, unitId }, key: parsed.nip, warnings };
  },
  write: async (tx, instansiId, rows, present) =>
    (await upsertRows(tx, instansiId, EMPLOYEE, rows, present)).counts,
});
