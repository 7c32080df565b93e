import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query.js';
import { mappingRun } from '../../db/schema/index.js';
import type { Tx } from '../audit/audit.repository.js';
import { RESULT_COLUMNS, insertSql, type ResultColumns, type StoredResultColumns } from './result-columns.js';
import type { PersonScope } from '../auth/policies/access.js';
import { personScopeCondition } from '../auth/scope.repository.js';

export type MappingRunRow = typeof mappingRun.$inferSelect;

export async function insertRun(
  tx: Tx,
  values: {
    instansiId: number;
    periode: number;
    ruleSetVersionId: string;
    ruleSetHash: string;
    createdBy: string;
  },
): Promise<MappingRunRow> {
  const [row] = await tx
    .insert(mappingRun)
    .values({ ...values, status: 'DRAFT' })
    .returning();
  if (!row) throw new Error('insert mapping_run returned nothing');
  return row;
}

// Rows per statement: one chunk travels as one array per column (see result-columns.ts).
const CHUNK = 5_000;

/**
 * Writes a run's results in bulk, a chunk per statement, inside the caller's transaction. Rows go in the
 * order given; in primary-key (employee id) order the index is appended to rather than split at random.
 */
export async function insertResults(
  tx: Pick<Db, 'execute'>,
  instansiId: number,
  runId: string,
  results: ResultColumns,
): Promise<void> {
  // The next chunk is packed while the server stores the previous one.
  let pending: Promise<unknown> | undefined;
  try {
    for (let start = 0; start < results.employeeIds.length; start += CHUNK) {
      const end = Math.min(start + CHUNK, results.employeeIds.length);
      const statement = insertSql(instansiId, runId, results, start, end);
      await pending;
      pending = tx.execute(statement);
    }
    await pending;
  } catch (error) {
    await pending?.catch(() => undefined);
    throw error;
  }
}

export async function finishRun(tx: Pick<Db, 'update'>, instansiId: number, runId: string, summary: unknown) {
  await tx
    .update(mappingRun)
    .set({ finishedAt: new Date(), summary })
    .where(and(eq(mappingRun.instansiId, instansiId), eq(mappingRun.id, runId)));
}

/**
 * Makes a run the official mapping of its instansi and year: the previously published run (if any) becomes
 * SUPERSEDED first, so the one-published-run index always holds. Both are kept.
 */
export async function publishRun(
  tx: Pick<Db, 'update'>,
  run: Pick<MappingRunRow, 'instansiId' | 'id' | 'periode'>,
) {
  const now = new Date();
  const superseded = await tx
    .update(mappingRun)
    .set({ status: 'SUPERSEDED', supersededAt: now })
    .where(
      and(
        eq(mappingRun.instansiId, run.instansiId),
        eq(mappingRun.periode, run.periode),
        eq(mappingRun.status, 'PUBLISHED'),
      ),
    )
    .returning({ id: mappingRun.id });
  await tx
    .update(mappingRun)
    .set({ status: 'PUBLISHED', publishedAt: now })
    .where(and(eq(mappingRun.instansiId, run.instansiId), eq(mappingRun.id, run.id)));
  return superseded.map((s) => s.id);
}

export async function findRuns(db: Db, instansiId: number, periode?: number): Promise<MappingRunRow[]> {
  return db
    .select()
    .from(mappingRun)
    .where(
      periode === undefined
        ? eq(mappingRun.instansiId, instansiId)
        : and(eq(mappingRun.instansiId, instansiId), eq(mappingRun.periode, periode)),
    )
    .orderBy(desc(mappingRun.startedAt));
}

export async function findRun(db: Pick<Db, 'select'>, instansiId: number, runId: string) {
  const [row] = await db
    .select()
    .from(mappingRun)
    .where(and(eq(mappingRun.instansiId, instansiId), eq(mappingRun.id, runId)))
    .limit(1);
  return row;
}

export async function findPublishedRun(db: Pick<Db, 'select'>, instansiId: number, periode: number) {
  const [row] = await db
    .select()
    .from(mappingRun)
    .where(
      and(
        eq(mappingRun.instansiId, instansiId),
        eq(mappingRun.periode, periode),
        eq(mappingRun.status, 'PUBLISHED'),
      ),
    )
    .limit(1);
  return row;
}

/** A stored result with the employee's identity and position, as exports and explanations need it. */
export type StoredResultRow = StoredResultColumns & {
  employee_id: string;
  nip: string;
  nama: string;
  unor_nama: string | null;
  jabatan_nama: string;
  jenjang_sekarang: string;
};

const RESULT_SELECT = sql`
  select r.employee_id, e.nip, e.nama, u.nama as unor_nama, e.jabatan_nama, e.jenjang as jenjang_sekarang,
         ${RESULT_COLUMNS}
  from mapping_result r
  join employee e on e.instansi_id = r.instansi_id and e.id = r.employee_id
  left join unit u on u.instansi_id = e.instansi_id and u.id = e.unit_id`;

/** Every result of a run, in NIP order (exports); only the people within `scope` when given. */
export async function findRunResults(
  db: Db,
  instansiId: number,
  runId: string,
  scope?: PersonScope,
): Promise<StoredResultRow[]> {
  return queryRows<StoredResultRow>(
    db,
    sql`${RESULT_SELECT} where r.instansi_id = ${instansiId} and r.run_id = ${runId}::uuid
        and ${personScopeCondition(scope)} order by e.nip`,
  );
}

/** One person's result; absent when they are outside `scope` (an actor's reach, see auth policies). */
export async function findEmployeeResult(
  db: Db,
  instansiId: number,
  runId: string,
  nip: string,
  scope?: PersonScope,
): Promise<StoredResultRow | undefined> {
  const [row] = await queryRows<StoredResultRow>(
    db,
    sql`${RESULT_SELECT} where r.instansi_id = ${instansiId} and r.run_id = ${runId}::uuid and e.nip = ${nip}
        and ${personScopeCondition(scope)}`,
  );
  return row;
}

/**
 * Box of every employee in two runs (null when absent from one), for movement between years; only the
 * people within `scope` (an actor's reach) when given.
 */
export async function findBoxPairs(
  db: Db,
  instansiId: number,
  fromRunId: string,
  toRunId: string,
  scope?: PersonScope,
) {
  return queryRows<{
    employee_id: string;
    nip: string;
    nama: string;
    from_box: number | null;
    to_box: number | null;
  }>(
    db,
    sql`select e.id as employee_id, e.nip, e.nama, a.box as from_box, b.box as to_box
        from employee e
        left join mapping_result a on a.instansi_id = e.instansi_id and a.run_id = ${fromRunId}::uuid and a.employee_id = e.id
        left join mapping_result b on b.instansi_id = e.instansi_id and b.run_id = ${toRunId}::uuid and b.employee_id = e.id
        where e.instansi_id = ${instansiId} and (a.employee_id is not null or b.employee_id is not null)
          and ${personScopeCondition(scope)}
        order by e.nip`,
  );
}
