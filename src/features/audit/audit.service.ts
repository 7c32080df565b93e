import type { Db } from '../../db/client.js';
import { GENESIS_HASH, hashEntry } from './audit.chain.js';
import { findAuditPage } from './audit.repository.js';

export type VerifyResult =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenSeq: number; reason: 'HASH_MISMATCH' | 'CHAIN_BROKEN' };

/**
 * Walks the whole chain: each entry's hash must match its content, and its prevHash the entry before.
 * Stops at the first broken entry, which is the one to investigate.
 */
export async function verifyAuditChain(db: Db, pageSize = 5_000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let afterSeq = 0;
  let entries = 0;
  for (;;) {
    const page = await findAuditPage(db, afterSeq, pageSize);
    if (page.length === 0) return { ok: true, entries };
    for (const row of page) {
      if (row.prevHash !== prevHash)
        return { ok: false, entries, brokenSeq: row.seq, reason: 'CHAIN_BROKEN' };
      const expected = hashEntry(
        {
          instansiId: row.instansiId,
          at: row.at,
          actor: row.actor,
          action: row.action,
          entity: row.entity,
          entityId: row.entityId,
          before: row.before,
          after: row.after,
        },
        row.prevHash,
      );
      if (expected !== row.hash) return { ok: false, entries, brokenSeq: row.seq, reason: 'HASH_MISMATCH' };
      prevHash = row.hash;
      afterSeq = row.seq;
      entries++;
    }
  }
}
