import type { Db } from '../../db/client.js';
import type { PersonScope } from '../auth/policies/access.js';
import type { Cell, StreamedTable } from '../exports/table-writer.js';
import { PEGAWAI_COLUMNS } from '../imports/schemas/pegawai.schema.js';
import { formatDmy } from '../imports/normalize.js';
import { getInstansiOrThrow } from '../mapping/mapping.service.js';
import { findEmployeesForExport, type EmployeeExportRow } from './employees.repository.js';

const PAGE = 5_000;
const date = (d: string | null): Cell => (d === null ? null : formatDmy(d));

/** One employee in the columns of the `pegawai` import, in their order, so the file imports back unchanged. */
function toRow(e: EmployeeExportRow): Cell[] {
  const byColumn: Record<string, Cell> = {
    nipBaru: e.nip,
    nama: e.nama,
    gelarDepan: e.gelar_depan,
    gelarBelakang: e.gelar_belakang,
    tglLahir: date(e.tgl_lahir),
    jenisKelamin: e.jenis_kelamin,
    jenisPegawai: e.jenis_pegawai,
    kedudukanPns: e.kedudukan,
    golRuangAkhir: e.golongan,
    tmtGolAkhir: date(e.tmt_golongan),
    // An education that could not be read is exported as it was written, so it round-trips.
    pendidikanTerakhir: e.pendidikan ?? e.pendidikan_nama,
    unorId: e.unor_id,
    unorNama: e.unor_nama,
    jenisJabatanId: e.jenis_jabatan_id,
    jabatanNama: e.jabatan_nama,
    eselon: e.eselon,
    jenjang: e.jenjang,
    tmtJabatan: date(e.tmt_jabatan),
    tmtCpns: date(e.tmt_cpns),
  };
  return PEGAWAI_COLUMNS.map((c) => byColumn[c.name] ?? null);
}

/**
 * The pegawai export (import-format.md §2 `pegawai` columns, SIASN names, dates DD-MM-YYYY): one row per
 * employee in NIP order, read a page at a time while the file is written. Formula-safety is the table
 * writer's; the importer removes the guard again, so the file re-imports with every row unchanged. With
 * `scope` (an actor's reach), only the people within it.
 */
export async function buildPegawaiExport(
  db: Db,
  instansiKode: string,
  scope?: PersonScope,
): Promise<StreamedTable> {
  const instansi = await getInstansiOrThrow(db, instansiKode);
  async function* rows(): AsyncGenerator<Cell[]> {
    let after = '';
    for (;;) {
      const page = await findEmployeesForExport(db, instansi.id, after, PAGE, scope);
      for (const e of page) yield toRow(e);
      const last = page[page.length - 1];
      if (!last || page.length < PAGE) return;
      after = last.nip;
    }
  }
  return { sheetName: 'pegawai', columns: PEGAWAI_COLUMNS.map((c) => c.name), rows: rows() };
}
