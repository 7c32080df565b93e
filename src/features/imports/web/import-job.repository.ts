import { and, desc, eq, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { importFile, importIssue, importJob, instansi } from '../../../db/schema/index.js';
import type { DbTx as Tx } from '../import.service.js';
import type { ImportIssue } from '../import-types.js';

export type ImportJobRow = typeof importJob.$inferSelect;
export type ImportStatus = ImportJobRow['status'];
export type FileRole = 'UNGGAHAN' | 'KESALAHAN';
type Conn = Db | Tx;

const key = (instansiId: number, id: string) =>
  and(eq(importJob.instansiId, instansiId), eq(importJob.id, id));

export async function insertImport(
  tx: Tx,
  values: { instansiId: number; kind: string; fileName: string; createdBy: string; content: Buffer },
): Promise<ImportJobRow> {
  const [row] = await tx
    .insert(importJob)
    .values({
      instansiId: values.instansiId,
      kind: values.kind,
      fileName: values.fileName,
      sizeBytes: values.content.length,
      status: 'MENUNGGU',
      phase: 'validasi',
      createdBy: values.createdBy,
    })
    .returning();
  await putFile(tx, values.instansiId, row!.id, 'UNGGAHAN', values.content);
  return row!;
}

export async function findImport(db: Conn, instansiId: number, id: string): Promise<ImportJobRow | null> {
  const [row] = await db.select().from(importJob).where(key(instansiId, id));
  return row ?? null;
}

export async function listImports(db: Db, instansiId: number, limit: number): Promise<ImportJobRow[]> {
  return db
    .select()
    .from(importJob)
    .where(eq(importJob.instansiId, instansiId))
    .orderBy(desc(importJob.createdAt), desc(importJob.id))
    .limit(limit);
}

/**
 * Moves an import to another status only from the expected ones (so that two requests or two workers
 * cannot both take the same step); null when it was not in one of them.
 */
export async function transition(
  db: Conn,
  instansiId: number,
  id: string,
  from: readonly ImportStatus[],
  set: Partial<Omit<ImportJobRow, 'instansiId' | 'id'>>,
  extra?: { commitNotStarted?: true },
): Promise<ImportJobRow | null> {
  const [row] = await db
    .update(importJob)
    .set({ ...set, updatedAt: sql`now()` })
    .where(
      and(
        key(instansiId, id),
        inArray(importJob.status, [...from]),
        extra?.commitNotStarted ? isNull(importJob.commitStartedAt) : undefined,
      ),
    )
    .returning();
  return row ?? null;
}

/** Progress of a running step; ignored once the step has ended (a late write must not undo the end). */
export async function saveProgress(
  db: Db,
  instansiId: number,
  id: string,
  progress: { percent: number; rowsRead: number },
): Promise<void> {
  await db
    .update(importJob)
    .set({ ...progress, updatedAt: sql`now()` })
    .where(and(key(instansiId, id), inArray(importJob.status, ['MEMVALIDASI', 'MENERAPKAN'])));
}

/** Imports a dead process left mid-step: all of them when no other process can run jobs, else stale ones. */
export async function findInterrupted(db: Db, staleBefore: Date | null): Promise<ImportJobRow[]> {
  return db
    .select()
    .from(importJob)
    .where(
      and(
        sql`(${importJob.status} = 'MEMVALIDASI' or (${importJob.status} = 'MENERAPKAN' and ${isNotNull(importJob.commitStartedAt)}))`,
        staleBefore ? lt(importJob.updatedAt, staleBefore) : undefined,
      ),
    );
}

export async function putFile(
  db: Conn,
  instansiId: number,
  importId: string,
  role: FileRole,
  content: Buffer,
): Promise<void> {
  await db
    .insert(importFile)
    .values({ instansiId, importId, role, content })
    .onConflictDoUpdate({
      target: [importFile.instansiId, importFile.importId, importFile.role],
      set: { content },
    });
}

export async function deleteFile(db: Conn, instansiId: number, importId: string, role: FileRole) {
  await db
    .delete(importFile)
    .where(
      and(
        eq(importFile.instansiId, instansiId),
        eq(importFile.importId, importId),
        eq(importFile.role, role),
      ),
    );
}

export async function readFile(
  db: Db,
  instansiId: number,
  importId: string,
  role: FileRole,
): Promise<Buffer | null> {
  const [row] = await db
    .select({ content: importFile.content })
    .from(importFile)
    .where(
      and(
        eq(importFile.instansiId, instansiId),
        eq(importFile.importId, importId),
        eq(importFile.role, role),
      ),
    );
  return row?.content ?? null;
}

/** Rows per INSERT of issues: 9 parameters each, well under PostgreSQL's 65,535. */
const ISSUE_BATCH = 2_000;

export async function replaceIssues(
  tx: Tx,
  instansiId: number,
  importId: string,
  issues: readonly ImportIssue[],
): Promise<void> {
  await tx
    .delete(importIssue)
    .where(and(eq(importIssue.instansiId, instansiId), eq(importIssue.importId, importId)));
  for (let start = 0; start < issues.length; start += ISSUE_BATCH) {
    const values = issues.slice(start, start + ISSUE_BATCH).map((issue, i) => ({
      instansiId,
      importId,
      seq: start + i + 1,
      rowNumber: issue.row,
      severity: issue.severity,
      column: issue.column,
      value: issue.value ?? null,
      code: issue.code,
      message: issue.message,
    }));
    await tx.insert(importIssue).values(values);
  }
}

export type IssueRow = typeof importIssue.$inferSelect;

export async function pageIssues(
  db: Db,
  instansiId: number,
  importId: string,
  page: { offset: number; limit: number; severity?: 'error' | 'warning' | undefined },
): Promise<{ total: number; rows: IssueRow[] }> {
  const where = and(
    eq(importIssue.instansiId, instansiId),
    eq(importIssue.importId, importId),
    page.severity ? eq(importIssue.severity, page.severity) : undefined,
  );
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(importIssue)
    .where(where);
  const rows = await db
    .select()
    .from(importIssue)
    .where(where)
    .orderBy(importIssue.seq)
    .offset(page.offset)
    .limit(page.limit);
  return { total: count?.n ?? 0, rows };
}

export async function findInstansiKode(db: Db, instansiId: number): Promise<string | null> {
  const [row] = await db.select({ kode: instansi.kode }).from(instansi).where(eq(instansi.id, instansiId));
  return row?.kode ?? null;
}
