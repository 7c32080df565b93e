import { expect, it } from 'vitest';
import { describeDb } from '../../../test/db-engines.js';
import { queryRows } from '../../db/query.js';
import { BUILT_IN_KODE, ensureBuiltInRuleSet } from './rule-sets.service.js';

describeDb('the built-in rule set "Bawaan v1"', (database) => {
  it('is created once, also when several runs of a fresh database ask for it at the same time', async () => {
    const db = database().db;
    // Two mapping runs at once (`talenta map --all` on a server) used to race here: both found no rule set
    // and the second insert failed on the unique key.
    await Promise.all(Array.from({ length: 4 }, () => ensureBuiltInRuleSet(db)));
    await ensureBuiltInRuleSet(db);
    const sets = await queryRows<{ n: number; versions: number; audits: number }>(
      db,
      `select (select count(*)::int from rule_set where kode = '${BUILT_IN_KODE}') as n,
              (select count(*)::int from rule_set_version v join rule_set s on s.id = v.rule_set_id
                where s.kode = '${BUILT_IN_KODE}') as versions,
              (select count(*)::int from audit_log where action = 'rule_set.publish') as audits`,
    );
    expect(sets[0]).toEqual({ n: 1, versions: 1, audits: 1 });
  });
});
