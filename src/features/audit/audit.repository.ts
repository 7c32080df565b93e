import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditLog } from '../../db/schema/index.js';
import { GENESIS_HASH, asJson, hashEntry, type AuditFields } from './audit.chain.js';

/** Any transaction or database handle: audit entries are written in the same transaction as the change. */
export type Tx = Pick<Db, 'select' | 'insert' | 'execute'>;

// One chain for the database: writers queue on this advisory lock, held until their transaction ends.
const AUDIT_LOCK_KEY = 7_410_001;

export type AuditInput = Omit<AuditFields, 'at' | 'instansiId' | 'entityId' | 'before' | 'after'> &
  Partial<Pick<AuditFields, 'instansiId' | 'entityId' | 'before' | 'after'>> & { at?: Date };

function toFields(input: AuditInput): AuditFields {
  return {
    instansiId: input.instansiId ?? null,
    at: input.at ?? new Date(),
    actor: input.actor,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId ?? null,
    before: asJson(input.before),
    after: asJson(input.after),
  };
}

/** Appends one entry. Call inside the transaction that makes the change it records. */
export async function appendAudit(tx: Tx, input: AuditInput): Promise<void> {
  await appendAuditMany(tx, [input]);
}

/** Appends entries in order, chained in memory and inserted 500 at a time (bulk work such as seeding). */
export async function appendAuditMany(tx: Tx, inputs: readonly AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows = inputs.map((input) => {
    const fields = toFields(input);
    const row = { ...fields, prevHash, hash: hashEntry(fields, prevHash) };
    prevHash = row.hash;
    return row;
  });
  for (let i = 0; i < rows.length; i += 500) await tx.insert(auditLog).values(rows.slice(i, i + 500));
}

export type AuditRow = typeof auditLog.$inferSelect;

/** Entries in chain order, a page at a time (the chain may be long). */
export async function findAuditPage(db: Db, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return db.select().from(auditLog).where(gt(auditLog.seq, afterSeq)).orderBy(asc(auditLog.seq)).limit(limit);
}
