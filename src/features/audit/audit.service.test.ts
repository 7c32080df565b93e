import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeDb } from '../../../test/db-engines.js';
import { appendAudit } from './audit.repository.js';
import { verifyAuditChain } from './audit.service.js';

describeDb('audit chain', (database) => {
  const db = () => database().db;

  it('verifies an intact chain, including dates and nested values in before/after', async () => {
    for (let i = 0; i < 3; i++) {
      await db().transaction((tx) =>
        appendAudit(tx, {
          actor: 'uji',
          action: 'uji.ubah',
          entity: 'uji',
          entityId: String(i),
          before: { n: i, when: new Date('2025-01-02T03:04:05Z') },
          after: { n: i + 0.1, list: [1, 'dua', { tiga: null }], skip: undefined },
        }),
      );
    }
    expect(await verifyAuditChain(db())).toEqual({ ok: true, entries: 3 });
  });

  it('refuses updates, and names the first entry changed behind the trigger', async () => {
    await expect(db().execute(sql`update audit_log set actor = 'x' where seq = 2`)).rejects.toThrow();
    // A superuser can disable the guard; the chain still shows the tampering.
    await db().execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await db().execute(sql`update audit_log set after = '{"n": 99}'::jsonb where seq = 2`);
    await db().execute(sql`alter table audit_log enable trigger audit_log_append_only`);
    expect(await verifyAuditChain(db())).toEqual({
      ok: false,
      entries: 1,
      brokenSeq: 2,
      reason: 'HASH_MISMATCH',
    });
  });
});
