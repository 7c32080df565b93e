import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { BAWAAN_V1, contentHash, parseRuleSet, type RuleSetContent } from '../../domain/rule-set.js';
import { AppError } from '../../platform/errors.js';
import { appendAudit } from '../audit/audit.repository.js';
import {
  findRuleSetByKode,
  findVersion,
  findVisibleVersions,
  insertRuleSet,
  insertVersion,
  markPublished,
  nextVersionNumber,
  updateDraftContent,
  type RuleSetVersionWithSet,
} from './rule-sets.repository.js';

/** The built-in rule set: rules.md's defaults, "Bawaan v1". */
export const BUILT_IN_KODE = 'bawaan';

/**
 * Creates "Bawaan v1" (published) the first time it is needed. Idempotent, also when several mapping runs
 * of a fresh database start at once (`talenta map --all` on a server runs two): the first takes a
 * transaction lock and creates it; the others wait for the lock and find it.
 */
export async function ensureBuiltInRuleSet(db: Db): Promise<void> {
  if (await findRuleSetByKode(db, null, BUILT_IN_KODE)) return;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('talenta.rule_set.bawaan'))`);
    if (await findRuleSetByKode(tx, null, BUILT_IN_KODE)) return;
    const set = await insertRuleSet(tx, { instansiId: null, kode: BUILT_IN_KODE, nama: 'Bawaan' });
    const hash = contentHash(BAWAAN_V1);
    const version = await insertVersion(tx, {
      ruleSetId: set.id,
      version: 1,
      content: BAWAAN_V1,
      contentHash: hash,
      status: 'PUBLISHED',
    });
    await appendAudit(tx, {
      actor: 'system',
      action: 'rule_set.publish',
      entity: 'rule_set_version',
      entityId: version.id,
      after: { kode: BUILT_IN_KODE, version: 1, contentHash: hash },
    });
  });
}

/** `kode` or `kode@versi` (e.g. `bawaan`, `kapuas-2026@2`). */
export function parseRuleSetRef(ref: string): { kode: string; version: number | undefined } {
  const match = /^([A-Za-z0-9._-]+)(?:@(\d+))?$/.exec(ref.trim());
  if (!match?.[1]) {
    throw new AppError(
      'VALIDATION',
      `Aturan "${ref}" tidak dikenali: tulis kode aturan, atau kode@versi (mis. bawaan@1).`,
    );
  }
  return { kode: match[1], version: match[2] === undefined ? undefined : Number(match[2]) };
}

/** The version a ref names, as the instansi sees it; the latest published version without `@versi`. */
export async function getRuleSetVersion(db: Db, instansiId: number, ref = BUILT_IN_KODE) {
  await ensureBuiltInRuleSet(db);
  const { kode, version } = parseRuleSetRef(ref);
  const row = await findVersion(db, instansiId, kode, version);
  if (!row) {
    const which = version === undefined ? 'versi terbit' : `versi ${version}`;
    throw new AppError(
      'NOT_FOUND',
      `Aturan pemetaan "${kode}" (${which}) tidak ditemukan untuk instansi ini.`,
    );
  }
  return { ...row, rules: contentOf(row) };
}

/** The stored content, checked: a stored rule set that no longer parses is a defect, not user input. */
export function contentOf(row: Pick<RuleSetVersionWithSet, 'content' | 'kode' | 'version'>): RuleSetContent {
  const parsed = parseRuleSet(row.content);
  if (!parsed.ok) throw new Error(`stored rule set ${row.kode}@${row.version} is invalid`);
  return parsed.rules;
}

export async function listRuleSets(db: Db, instansiId: number) {
  await ensureBuiltInRuleSet(db);
  return findVisibleVersions(db, instansiId);
}

function assertValid(content: unknown): RuleSetContent {
  const parsed = parseRuleSet(content);
  if (!parsed.ok) {
    throw new AppError(
      'RULE_SET_INVALID',
      `Aturan tidak valid: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      parsed.issues,
    );
  }
  return parsed.rules;
}

/** Copies a visible version into a new rule set of the instansi, as draft version 1. */
export async function copyRuleSet(
  db: Db,
  instansiId: number,
  input: { from: string; kode: string; nama: string },
  actor: string,
) {
  const source = await getRuleSetVersion(db, instansiId, input.from);
  parseRuleSetRef(input.kode);
  return db.transaction(async (tx) => {
    if (await findRuleSetByKode(tx, instansiId, input.kode)) {
      throw new AppError('CONFLICT', `Aturan dengan kode "${input.kode}" sudah ada di instansi ini.`);
    }
    const set = await insertRuleSet(tx, { instansiId, kode: input.kode, nama: input.nama });
    const version = await insertVersion(tx, {
      ruleSetId: set.id,
      version: 1,
      content: source.rules,
      contentHash: contentHash(source.rules),
      status: 'DRAFT',
    });
    await appendAudit(tx, {
      instansiId,
      actor,
      action: 'rule_set.copy',
      entity: 'rule_set_version',
      entityId: version.id,
      after: { kode: input.kode, version: 1, from: `${source.kode}@${source.version}` },
    });
    return version;
  });
}

/** Replaces a draft's content after validation. Published versions never change. */
export async function updateDraft(db: Db, instansiId: number, ref: string, content: unknown, actor: string) {
  const rules = assertValid(content);
  const current = await getOwnVersion(db, instansiId, ref);
  if (current.status !== 'DRAFT') {
    throw new AppError(
      'RULE_SET_PUBLISHED',
      `Versi ${current.version} sudah terbit dan tidak dapat diubah; buat versi baru.`,
    );
  }
  const hash = contentHash(rules);
  await db.transaction(async (tx) => {
    await updateDraftContent(tx, current.id, rules, hash);
    await appendAudit(tx, {
      instansiId,
      actor,
      action: 'rule_set.update',
      entity: 'rule_set_version',
      entityId: current.id,
      before: { contentHash: current.contentHash },
      after: { contentHash: hash, content: rules },
    });
  });
  return { ...current, content: rules, contentHash: hash };
}

/** Starts the next version of an own rule set as a draft copy of its latest version. */
export async function newDraftVersion(db: Db, instansiId: number, kode: string, actor: string) {
  const set = await findRuleSetByKode(db, instansiId, kode);
  if (!set) throw new AppError('NOT_FOUND', `Aturan "${kode}" milik instansi ini tidak ditemukan.`);
  return db.transaction(async (tx) => {
    const number = await nextVersionNumber(tx, set.id);
    const latest = await findVersion(tx, instansiId, kode, number - 1);
    if (!latest) throw new Error('rule set without versions');
    const version = await insertVersion(tx, {
      ruleSetId: set.id,
      version: number,
      content: latest.content,
      contentHash: latest.contentHash,
      status: 'DRAFT',
    });
    await appendAudit(tx, {
      instansiId,
      actor,
      action: 'rule_set.new_version',
      entity: 'rule_set_version',
      entityId: version.id,
      after: { kode, version: number },
    });
    return version;
  });
}

/** Publishes a draft: from then on it can be used for official runs and never changes. */
export async function publishRuleSet(db: Db, instansiId: number, ref: string, actor: string) {
  const current = await getOwnVersion(db, instansiId, ref);
  if (current.status === 'PUBLISHED') return current;
  const rules = assertValid(current.content);
  await db.transaction(async (tx) => {
    await markPublished(tx, current.id);
    await appendAudit(tx, {
      instansiId,
      actor,
      action: 'rule_set.publish',
      entity: 'rule_set_version',
      entityId: current.id,
      after: { kode: current.kode, version: current.version, contentHash: contentHash(rules) },
    });
  });
  return { ...current, status: 'PUBLISHED' };
}

async function getOwnVersion(db: Db, instansiId: number, ref: string) {
  const { kode, version } = parseRuleSetRef(ref);
  const set = await findRuleSetByKode(db, instansiId, kode);
  if (!set) throw new AppError('NOT_FOUND', `Aturan "${kode}" milik instansi ini tidak ditemukan.`);
  const row = await findVersion(db, instansiId, kode, version ?? (await nextVersionNumber(db, set.id)) - 1);
  if (!row) throw new AppError('NOT_FOUND', `Aturan "${ref}" tidak ditemukan.`);
  return row;
}
