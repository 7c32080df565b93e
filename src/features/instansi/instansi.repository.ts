import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import { employee, instansi } from '../../db/schema/index.js';
import type { Tx } from '../audit/audit.repository.js';

export type InstansiRow = typeof instansi.$inferSelect;
export type InstansiSummaryRow = {
  id: number;
  kode: string;
  nama: string;
  jenis: string;
  indukKode: string | null;
  jumlahPegawai: number;
};

const induk = alias(instansi, 'induk');

/**
 * Every instansi with its parent's code and its employee count, parents first; only those of `ids` when
 * given (the instansi an actor may see).
 */
export async function findInstansiSummaries(db: Db, ids?: readonly number[]): Promise<InstansiSummaryRow[]> {
  const counts = db
    .select({ instansiId: employee.instansiId, n: sql<number>`count(*)::int`.as('n') })
    .from(employee)
    .groupBy(employee.instansiId)
    .as('counts');
  return db
    .select({
      id: instansi.id,
      kode: instansi.kode,
      nama: instansi.nama,
      jenis: instansi.jenis,
      indukKode: induk.kode,
      jumlahPegawai: sql<number>`coalesce(${counts.n}, 0)`.mapWith(Number),
    })
    .from(instansi)
    .leftJoin(induk, eq(induk.id, instansi.indukId))
    .leftJoin(counts, eq(counts.instansiId, instansi.id))
    .where(ids ? inArray(instansi.id, [...ids]) : undefined)
    .orderBy(sql`${instansi.indukId} is not null`, asc(instansi.kode));
}

export async function findInstansiByKode(
  db: Pick<Db, 'select'>,
  kode: string,
): Promise<InstansiRow | undefined> {
  const [row] = await db.select().from(instansi).where(eq(instansi.kode, kode)).limit(1);
  return row;
}

/** An instansi by its code, only when it is one of `ids`: another tenant's instansi reads as absent. */
export async function findVisibleInstansiByKode(
  db: Pick<Db, 'select'>,
  ids: readonly number[],
  kode: string,
): Promise<InstansiRow | undefined> {
  if (ids.length === 0) return undefined;
  const [row] = await db
    .select()
    .from(instansi)
    .where(and(eq(instansi.kode, kode), inArray(instansi.id, [...ids])))
    .limit(1);
  return row;
}

export async function insertInstansi(
  tx: Tx,
  values: { kode: string; nama: string; jenis: string; indukId: number | null },
): Promise<InstansiRow> {
  const [row] = await tx.insert(instansi).values(values).returning();
  if (!row) throw new Error('insert instansi returned nothing');
  return row;
}

export async function countInstansi(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(instansi);
  return row?.n ?? 0;
}
