import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditLog, instansi } from '../../db/schema/index.js';

/** Which entries: those of `instansiIds` (and of no instansi when `includeGlobal`), within [from, to). */
export type AuditFilter = {
  instansiIds: readonly number[];
  includeGlobal: boolean;
  from?: Date | undefined;
  to?: Date | undefined;
};

function where(filter: AuditFilter): SQL | undefined {
  const scope = [
    ...(filter.instansiIds.length > 0 ? [inArray(auditLog.instansiId, [...filter.instansiIds])] : []),
    ...(filter.includeGlobal ? [isNull(auditLog.instansiId)] : []),
  ];
  return and(
    scope.length > 0 ? or(...scope) : sql`false`,
    filter.from ? gte(auditLog.at, filter.from) : undefined,
    filter.to ? lt(auditLog.at, filter.to) : undefined,
  );
}

const columns = {
  seq: auditLog.seq,
  at: auditLog.at,
  instansiKode: instansi.kode,
  actor: auditLog.actor,
  action: auditLog.action,
  entity: auditLog.entity,
  entityId: auditLog.entityId,
  before: auditLog.before,
  after: auditLog.after,
  prevHash: auditLog.prevHash,
  hash: auditLog.hash,
};

export type AuditEntryRow = {
  seq: number;
  at: Date;
  instansiKode: string | null;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  prevHash: string;
  hash: string;
};

/** A page of entries, newest first. */
export async function findAuditEntries(
  db: Db,
  filter: AuditFilter,
  page: { limit: number; offset: number },
): Promise<AuditEntryRow[]> {
  return db
    .select(columns)
    .from(auditLog)
    .leftJoin(instansi, eq(instansi.id, auditLog.instansiId))
    .where(where(filter))
    .orderBy(desc(auditLog.seq))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countAuditEntries(db: Db, filter: AuditFilter): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(where(filter));
  return row?.n ?? 0;
}

/** Entries in chain order after `afterSeq` (keyset paging, for exports of any length). */
export async function findAuditEntriesAfter(
  db: Db,
  filter: AuditFilter,
  afterSeq: number,
  limit: number,
): Promise<AuditEntryRow[]> {
  return db
    .select(columns)
    .from(auditLog)
    .leftJoin(instansi, eq(instansi.id, auditLog.instansiId))
    .where(and(where(filter), gt(auditLog.seq, afterSeq)))
    .orderBy(asc(auditLog.seq))
    .limit(limit);
}
