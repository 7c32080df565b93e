import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query.js';

/**
 * What an import looks rows up against, loaded once per import (never per row): an instansi's employees by
 * NIP and its units by SIASN unor id. Both fit in memory (a province has ~10^5 employees, ~10^3 units).
 */

export async function findEmployeeIdsByNip(
  db: Pick<Db, 'execute'>,
  instansiId: number,
): Promise<Map<string, string>> {
  const rows = await queryRows<{ nip: string; id: string }>(
    db,
    sql`select nip, id from employee where instansi_id = ${instansiId}`,
  );
  return new Map(rows.map((r) => [r.nip, r.id]));
}

export type ExistingUnit = { id: string; unorId: string; parentId: string | null; path: string };

export async function findUnitsByUnorId(
  db: Pick<Db, 'execute'>,
  instansiId: number,
): Promise<Map<string, ExistingUnit>> {
  const rows = await queryRows<{ id: string; unor_id: string; parent_id: string | null; path: string }>(
    db,
    sql`select id, unor_id, parent_id, path from unit where instansi_id = ${instansiId}`,
  );
  return new Map(
    rows.map((r) => [r.unor_id, { id: r.id, unorId: r.unor_id, parentId: r.parent_id, path: r.path }]),
  );
}
