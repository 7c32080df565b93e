import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query.js';
import type { PersonScope } from '../auth/policies/access.js';
import { personScopeCondition } from '../auth/scope.repository.js';

/** An employee of the instansi by NIP, within the actor's person scope; null when absent or out of reach. */
export async function findPersonInScope(
  db: Db,
  instansiId: number,
  nip: string,
  scope: PersonScope,
): Promise<{ employeeId: string; nama: string } | null> {
  const [row] = await queryRows<{ id: string; nama: string }>(
    db,
    sql`select e.id, e.nama from employee e
        where e.instansi_id = ${instansiId} and e.nip = ${nip} and ${personScopeCondition(scope)}`,
  );
  return row ? { employeeId: row.id, nama: row.nama } : null;
}

/**
 * An employee by NIP among other governments (a province's kabupaten/kota, for a candidate drawn from the
 * provincial pool); the first by instansi kode when the NIP is recorded in more than one.
 */
export async function findPersonInGovernments(
  db: Db,
  instansiIds: readonly number[],
  nip: string,
  /** Only people now at one of these job levels (those a provincial pool draws). */
  jenjang: readonly string[],
): Promise<{
  employeeId: string;
  instansiId: number;
  instansiKode: string;
  nama: string;
  kedudukan: string | null;
} | null> {
  if (instansiIds.length === 0 || jenjang.length === 0) return null;
  const [row] = await queryRows<{
    id: string;
    instansi_id: number;
    kode: string;
    nama: string;
    kedudukan: string | null;
  }>(
    db,
    sql`select e.id, e.instansi_id, i.kode, e.nama, e.kedudukan from employee e join instansi i on i.id = e.instansi_id
        where e.instansi_id = any(${`{${instansiIds.join(',')}}`}::int[]) and e.nip = ${nip}
          and e.jenjang = any(${`{${jenjang.join(',')}}`}::text[])
        order by i.kode limit 1`,
  );
  return row
    ? {
        employeeId: row.id,
        instansiId: Number(row.instansi_id),
        instansiKode: row.kode,
        nama: row.nama,
        kedudukan: row.kedudukan,
      }
    : null;
}
