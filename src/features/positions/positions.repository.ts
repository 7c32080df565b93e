import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query.js';
import { position } from '../../db/schema/index.js';

export type PositionFilter = {
  /** Part of the kode or the name, case-insensitive. */
  search?: string | undefined;
  jenjang?: string | undefined;
  isKey?: boolean | undefined;
  /** `unit.path` of a unit: positions of that unit and every unit below it. */
  unitPath?: string | undefined;
  /** Exactly this kode (one position). */
  kode?: string | undefined;
};

export type PositionRow = {
  id: string;
  kode: string;
  nama: string;
  jenjang: string;
  eselon: string | null;
  min_golongan: string | null;
  min_pendidikan: string | null;
  is_key: boolean;
  alasan_kritikal: string | null;
  updated_at: string | Date;
  unit_nama: string;
};

function conditions(instansiId: number, f: PositionFilter): SQL {
  const parts: SQL[] = [sql`p.instansi_id = ${instansiId}`];
  // Containment without LIKE: no wildcards to escape (as the employee search).
  if (f.search)
    parts.push(
      sql`(strpos(lower(p.kode), lower(${f.search})) > 0 or strpos(lower(p.nama), lower(${f.search})) > 0)`,
    );
  if (f.jenjang) parts.push(sql`p.jenjang = ${f.jenjang}`);
  if (f.isKey !== undefined) parts.push(sql`p.is_key = ${f.isKey}`);
  if (f.unitPath) parts.push(sql`starts_with(u.path, ${f.unitPath})`);
  if (f.kode !== undefined) parts.push(sql`p.kode = ${f.kode}`);
  return sql.join(parts, sql` and `);
}

/** One page of the instansi's positions matching `filter`, in kode order, and how many match in all. */
export async function findPositionPage(
  db: Db,
  instansiId: number,
  filter: PositionFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: PositionRow[]; total: number }> {
  const from = sql`from position p join unit u on u.instansi_id = p.instansi_id and u.id = p.unit_id
    where ${conditions(instansiId, filter)}`;
  const rows = await queryRows<PositionRow>(
    db,
    sql`select p.id, p.kode, p.nama, p.jenjang, p.eselon, p.min_golongan, p.min_pendidikan, p.is_key,
               p.alasan_kritikal, p.updated_at, u.nama as unit_nama
        ${from} order by p.kode limit ${page.limit} offset ${page.offset}`,
  );
  const [count] = await queryRows<{ total: number }>(db, sql`select count(*)::int as total ${from}`);
  return { rows, total: count?.total ?? 0 };
}

/** A position by kode, locked until the transaction ends (two admins toggling it queue). */
export async function lockPositionByKode(tx: Pick<Db, 'select'>, instansiId: number, kode: string) {
  const [row] = await tx
    .select()
    .from(position)
    .where(and(eq(position.instansiId, instansiId), eq(position.kode, kode)))
    .for('update');
  return row ?? null;
}

/** Sets the key status and its reason (null when not key). */
export async function updateKeyStatus(
  tx: Pick<Db, 'update'>,
  instansiId: number,
  id: string,
  isKey: boolean,
  alasanKritikal: string | null,
) {
  const [row] = await tx
    .update(position)
    .set({ isKey, alasanKritikal, updatedAt: new Date() })
    .where(and(eq(position.instansiId, instansiId), eq(position.id, id)))
    .returning();
  if (!row) throw new Error('update position returned nothing');
  return row;
}
