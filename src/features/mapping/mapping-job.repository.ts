import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { mappingJob } from '../../db/schema/index.js';

export type MappingJobRow = typeof mappingJob.$inferSelect;
export type MappingJobStatus = 'MENUNGGU' | 'BERJALAN' | 'SELESAI' | 'GAGAL';
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Conn = Db | Tx;

const key = (instansiId: number, id: string) =>
  and(eq(mappingJob.instansiId, instansiId), eq(mappingJob.id, id));

export async function insertMappingJob(
  tx: Conn,
  values: {
    instansiId: number;
    periode: number;
    ruleSet: string | null;
    publish: boolean;
    createdBy: string;
  },
): Promise<MappingJobRow> {
  const [row] = await tx
    .insert(mappingJob)
    .values({ ...values, status: 'MENUNGGU' })
    .returning();
  return row!;
}

export async function findMappingJob(
  db: Conn,
  instansiId: number,
  id: string,
): Promise<MappingJobRow | null> {
  const [row] = await db.select().from(mappingJob).where(key(instansiId, id));
  return row ?? null;
}

export async function listMappingJobs(db: Db, instansiId: number, limit: number): Promise<MappingJobRow[]> {
  return db
    .select()
    .from(mappingJob)
    .where(eq(mappingJob.instansiId, instansiId))
    .orderBy(desc(mappingJob.createdAt), desc(mappingJob.id))
    .limit(limit);
}

/** Moves a job on only from the expected statuses (two workers cannot both take it); null otherwise. */
export async function transitionMappingJob(
  db: Conn,
  instansiId: number,
  id: string,
  from: readonly MappingJobStatus[],
  set: Partial<Omit<MappingJobRow, 'instansiId' | 'id'>>,
): Promise<MappingJobRow | null> {
  const [row] = await db
    .update(mappingJob)
    .set({ ...set, updatedAt: sql`now()` })
    .where(and(key(instansiId, id), inArray(mappingJob.status, [...from])))
    .returning();
  return row ?? null;
}

/** Jobs a dead process left running. */
export async function findRunningMappingJobs(db: Db): Promise<MappingJobRow[]> {
  return db.select().from(mappingJob).where(eq(mappingJob.status, 'BERJALAN'));
}
