import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query.js';
import type { PersonScope } from '../auth/policies/access.js';
import { personScopeCondition } from '../auth/scope.repository.js';

/** An employee as the pegawai export needs it: SIASN data-utama fields plus the unit's SIASN id and name. */
export type EmployeeExportRow = {
  nip: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  tgl_lahir: string | null;
  jenis_kelamin: string | null;
  jenis_pegawai: string;
  kedudukan: string | null;
  golongan: string | null;
  tmt_golongan: string | null;
  pendidikan: string | null;
  pendidikan_nama: string | null;
  unor_id: string | null;
  unor_nama: string | null;
  jenis_jabatan_id: number | null;
  jabatan_nama: string;
  eselon: string | null;
  jenjang: string;
  tmt_jabatan: string | null;
  tmt_cpns: string | null;
};

/**
 * One page of an instansi's employees in NIP order after `afterNip` (keyset paging: memory stays flat);
 * only those within `scope` (an actor's reach) when given.
 */
export async function findEmployeesForExport(
  db: Db,
  instansiId: number,
  afterNip: string,
  limit: number,
  scope?: PersonScope,
): Promise<EmployeeExportRow[]> {
  return queryRows<EmployeeExportRow>(
    db,
    sql`select e.nip, e.nama, e.gelar_depan, e.gelar_belakang, e.tgl_lahir::text, e.jenis_kelamin, e.jenis_pegawai,
               e.kedudukan, e.golongan, e.tmt_golongan::text, e.pendidikan, e.pendidikan_nama,
               u.unor_id, u.nama as unor_nama, e.jenis_jabatan_id, e.jabatan_nama, e.eselon, e.jenjang,
               e.tmt_jabatan::text, e.tmt_cpns::text
        from employee e
        left join unit u on u.instansi_id = e.instansi_id and u.id = e.unit_id
        where e.instansi_id = ${instansiId} and e.nip > ${afterNip} and ${personScopeCondition(scope)}
        order by e.nip
        limit ${limit}`,
  );
}
