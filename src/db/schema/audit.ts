import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The append-only audit log. Each entry holds the SHA-256 hash of the previous entry (`prevHash`) and its
 * own (`hash`), over a canonical form of its fields, so that `talenta audit verify` finds any entry changed
 * or removed. Updates and deletes are refused by a trigger in the migration. One chain for the whole
 * database, serialised by an advisory lock taken in the writing transaction.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    instansiId: integer('instansi_id'),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_instansi_idx').on(t.instansiId, t.seq)],
);
