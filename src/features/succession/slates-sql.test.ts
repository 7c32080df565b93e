import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../../test/db-engines.js';
import { queryRows } from '../../db/query.js';
import { seedDemo } from '../../demo/seed.js';
import { runMapping } from '../mapping/mapping.service.js';
import { slatesBySql, type SqlSlateRow } from './slates-sql.js';
import { computeSlatesFor, loadSuccessionInputs, successionBasis } from './succession.service.js';

/**
 * The columnar engine and the one-query SQL ranking (rules.md §6) give the same slates on the seeded demo
 * (two governments of the `kecil` scale; every structural post made key so that many slates are filled).
 */
describeDb('slates: columnar engine = SQL (LATERAL top-k)', (database) => {
  const db = () => database().db;
  let kodes: string[] = [];

  beforeAll(async () => {
    const seeded = await seedDemo(db(), { scale: 'kecil', only: ['kalteng', 'palangkaraya'] });
    expect(seeded.instansi).toBe(2);
    await db().execute(
      `update position set is_key = true where jenjang in ('JPT_MADYA','JPT_PRATAMA','ADMINISTRATOR','PENGAWAS')`,
    );
    kodes = (await queryRows<{ kode: string }>(db(), 'select kode from instansi order by kode')).map(
      (r) => r.kode,
    );
    for (const kode of kodes)
      await runMapping(db(), { instansiKode: kode, periode: 2025, actor: 'uji', publish: true });
  });

  it.each([{ slateSize: 5 }, { slateSize: 12 }])('equal slates with %o', async (settings) => {
    let filled = 0;
    for (const kode of kodes) {
      const [inst] = await queryRows<{ id: number }>(db(), `select id from instansi where kode = '${kode}'`);
      const basis = await successionBasis(db(), inst!.id, settings);
      const { positions, people } = await loadSuccessionInputs(db(), inst!.id, basis);
      const engine = computeSlatesFor(positions, people, basis.context);
      const rows = await slatesBySql(
        db(),
        inst!.id,
        basis.mapping.id,
        basis.mapping.periode,
        basis.context.settings,
        basis.rules,
      );
      const byPosition = new Map<string, SqlSlateRow[]>();
      for (const r of rows) byPosition.set(r.position_id, [...(byPosition.get(r.position_id) ?? []), r]);
      for (const slate of engine) {
        const fromSql = byPosition.get(slate.positionId) ?? [];
        expect(fromSql.map((r) => r.employee_id)).toEqual(slate.entries.map((e) => e.employeeId));
        fromSql.forEach((r, i) => expect(Number(r.target_jpm)).toBe(slate.entries[i]!.targetJpm));
        if (slate.entries.length > 0) filled++;
      }
    }
    expect(filled).toBeGreaterThan(10);
  });
});
