import { createHash } from 'node:crypto';

/** The hash that starts the chain (there is no entry before the first). */
export const GENESIS_HASH = '0'.repeat(64);

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

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * SHA-256 of an entry chained to the previous entry's hash: changing, inserting or removing any earlier
 * entry changes every hash after it (product.md §2 item 15).
 */
export function hashEntry(fields: AuditFields, prevHash: string): string {
  const body = canonicalJson({ ...fields, at: fields.at.toISOString(), prevHash });
  return createHash('sha256').update(body).digest('hex');
}
