import { createHash } from 'node:crypto';
import { canonicalJson } from '../../domain/rule-set.js';

/** The hash that starts the chain (there is no entry before the first). */
export const GENESIS_HASH = '0'.repeat(64);

/** An entry's fields. `before`/`after` must be JSON values (see `asJson`): they are hashed as stored. */
export type AuditFields = {
  instansiId: number | null;
  at: Date;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

/**
 * SHA-256 of an entry chained to the previous entry's hash: changing, inserting or removing any earlier
 * entry changes every hash after it (product.md §2 item 15).
 */
export function hashEntry(fields: AuditFields, prevHash: string): string {
  const body = canonicalJson({
    ...fields,
    at: fields.at.toISOString(),
    before: fields.before ?? null,
    after: fields.after ?? null,
    prevHash,
  });
  return createHash('sha256').update(body).digest('hex');
}

/**
 * The value as a jsonb column will hold it (dates become strings, undefined members vanish), so that the
 * hash computed on write equals the hash recomputed from the stored row.
 */
export function asJson(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}
