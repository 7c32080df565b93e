import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { ruleSet, ruleSetVersion } from '../../db/schema/index.js';
import type { Tx } from '../audit/audit.repository.js';

export type RuleSetRow = typeof ruleSet.$inferSelect;
export type RuleSetVersionRow = typeof ruleSetVersion.$inferSelect;
export type RuleSetVersionWithSet = RuleSetVersionRow & {
  kode: string;
  nama: string;
  instansiId: number | null;
};

const versionColumns = {
  id: ruleSetVersion.id,
  ruleSetId: ruleSetVersion.ruleSetId,
  version: ruleSetVersion.version,
  content: ruleSetVersion.content,
  contentHash: ruleSetVersion.contentHash,
  status: ruleSetVersion.status,
  createdAt: ruleSetVersion.createdAt,
  publishedAt: ruleSetVersion.publishedAt,
  kode: ruleSet.kode,
  nama: ruleSet.nama,
  instansiId: ruleSet.instansiId,
};

/** Rule sets an instansi may use: its own and the built-in ones (instansi_id null). */
const visibleTo = (instansiId: number) => or(eq(ruleSet.instansiId, instansiId), isNull(ruleSet.instansiId));

export async function findRuleSetByKode(
  db: Pick<Db, 'select'>,
  instansiId: number | null,
  kode: string,
): Promise<RuleSetRow | undefined> {
  const owner = instansiId === null ? isNull(ruleSet.instansiId) : eq(ruleSet.instansiId, instansiId);
  const [row] = await db
    .select()
    .from(ruleSet)
    .where(and(owner, eq(ruleSet.kode, kode)))
    .limit(1);
  return row;
}

/** The rule sets visible to an instansi with all their versions, own sets first. */
export async function findVisibleVersions(db: Db, instansiId: number): Promise<RuleSetVersionWithSet[]> {
  return db
    .select(versionColumns)
    .from(ruleSetVersion)
    .innerJoin(ruleSet, eq(ruleSet.id, ruleSetVersion.ruleSetId))
    .where(visibleTo(instansiId))
    .orderBy(sql`${ruleSet.instansiId} is null`, ruleSet.kode, desc(ruleSetVersion.version));
}

/** One version by its set's code and number (or the latest published one when `version` is undefined). */
export async function findVersion(
  db: Pick<Db, 'select'>,
  instansiId: number,
  kode: string,
  version: number | undefined,
): Promise<RuleSetVersionWithSet | undefined> {
  const [row] = await db
    .select(versionColumns)
    .from(ruleSetVersion)
    .innerJoin(ruleSet, eq(ruleSet.id, ruleSetVersion.ruleSetId))
    .where(
      and(
        visibleTo(instansiId),
        eq(ruleSet.kode, kode),
        version === undefined ? eq(ruleSetVersion.status, 'PUBLISHED') : eq(ruleSetVersion.version, version),
      ),
    )
    // Own sets shadow a built-in set of the same code.
    .orderBy(sql`${ruleSet.instansiId} is null`, desc(ruleSetVersion.version))
    .limit(1);
  return row;
}

export async function findVersionById(
  db: Pick<Db, 'select'>,
  id: string,
): Promise<RuleSetVersionWithSet | undefined> {
  const [row] = await db
    .select(versionColumns)
    .from(ruleSetVersion)
    .innerJoin(ruleSet, eq(ruleSet.id, ruleSetVersion.ruleSetId))
    .where(eq(ruleSetVersion.id, id))
    .limit(1);
  return row;
}

export async function insertRuleSet(
  tx: Tx,
  values: { instansiId: number | null; kode: string; nama: string },
): Promise<RuleSetRow> {
  const [row] = await tx.insert(ruleSet).values(values).returning();
  if (!row) throw new Error('insert rule_set returned nothing');
  return row;
}

export async function insertVersion(
  tx: Tx,
  values: {
    ruleSetId: string;
    version: number;
    content: unknown;
    contentHash: string;
    status: 'DRAFT' | 'PUBLISHED';
  },
): Promise<RuleSetVersionRow> {
  const publishedAt = values.status === 'PUBLISHED' ? new Date() : null;
  const [row] = await tx
    .insert(ruleSetVersion)
    .values({ ...values, publishedAt })
    .returning();
  if (!row) throw new Error('insert rule_set_version returned nothing');
  return row;
}

export async function nextVersionNumber(db: Pick<Db, 'select'>, ruleSetId: string): Promise<number> {
  const [row] = await db
    .select({ max: sql<number>`coalesce(max(${ruleSetVersion.version}), 0)::int` })
    .from(ruleSetVersion)
    .where(eq(ruleSetVersion.ruleSetId, ruleSetId));
  return (row?.max ?? 0) + 1;
}

/** Draft edits only: the trigger refuses any change to a published version. */
export async function updateDraftContent(
  tx: Pick<Db, 'update'>,
  id: string,
  content: unknown,
  contentHash: string,
): Promise<void> {
  await tx
    .update(ruleSetVersion)
    .set({ content, contentHash })
    .where(and(eq(ruleSetVersion.id, id), eq(ruleSetVersion.status, 'DRAFT')));
}

export async function markPublished(tx: Pick<Db, 'update'>, id: string): Promise<void> {
  await tx
    .update(ruleSetVersion)
    .set({ status: 'PUBLISHED', publishedAt: new Date() })
    .where(and(eq(ruleSetVersion.id, id), eq(ruleSetVersion.status, 'DRAFT')));
}
