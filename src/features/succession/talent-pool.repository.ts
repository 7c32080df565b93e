import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query.js';
import { talentPoolDecision } from '../../db/schema/index.js';
import type { PoolDecisionKind } from '../../domain/succession/talent-pool.js';
import type { PoolLevel } from '../../domain/succession/rules.js';
import type { Tx } from '../audit/audit.repository.js';

export type PoolDecisionRow = {
  id: string;
  seq: number;
  employee_id: string;
  nip: string;
  nama: string;
  pool_level: PoolLevel;
  keputusan: PoolDecisionKind;
  alasan: string | null;
  mapping_run_id: string | null;
  decided_by: string;
  decided_at: string | Date;
};

/** Every decision of an instansi (optionally one pool, or one person), oldest first. */
export async function findPoolDecisions(
  db: Db,
  instansiId: number,
  poolLevel?: PoolLevel,
  employeeId?: string,
) {
  return queryRows<PoolDecisionRow>(
    db,
    sql`select d.id, d.seq, d.employee_id, e.nip, e.nama, d.pool_level, d.keputusan, d.alasan, d.mapping_run_id,
               d.decided_by, d.decided_at
        from talent_pool_decision d join employee e on e.instansi_id = d.instansi_id and e.id = d.employee_id
        where d.instansi_id = ${instansiId}
        ${poolLevel === undefined ? sql`` : sql`and d.pool_level = ${poolLevel}`}
        ${employeeId === undefined ? sql`` : sql`and d.employee_id = ${employeeId}`}
        order by d.seq`,
  );
}

export async function insertPoolDecision(tx: Tx, values: typeof talentPoolDecision.$inferInsert) {
  const [row] = await tx.insert(talentPoolDecision).values(values).returning();
  if (!row) throw new Error('insert talent_pool_decision returned nothing');
  return row;
}

/** Name, position and unit of people (for presenting pool members). */
export async function findPeopleInfo(db: Db, instansiId: number, ids: readonly string[]) {
  if (ids.length === 0)
    return new Map<string, { nip: string; nama: string; jabatan_nama: string; unit_nama: string | null }>();
  const rows = await queryRows<{
    id: string;
    nip: string;
    nama: string;
    jabatan_nama: string;
    unit_nama: string | null;
  }>(
    db,
    sql`select e.id, e.nip, e.nama, e.jabatan_nama, u.nama as unit_nama
        from employee e left join unit u on u.instansi_id = e.instansi_id and u.id = e.unit_id
        where e.instansi_id = ${instansiId} and e.id = any(${`{${ids.join(',')}}`}::uuid[])`,
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** The instansi a province draws its provincial pool from: itself and its kabupaten/kota. */
export async function findProvinceMembers(db: Db, provinceId: number) {
  return queryRows<{ id: number; kode: string; nama: string }>(
    db,
    sql`select id, kode, nama from instansi where id = ${provinceId} or induk_id = ${provinceId} order by kode`,
  );
}
