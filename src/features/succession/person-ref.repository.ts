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
