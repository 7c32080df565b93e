import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../../test/db-engines.js';
import { queryRows } from '../../db/query.js';
import { seedDemo } from '../../demo/seed.js';
import { provincialPoolLevels } from '../../domain/succession/provincial-pool.js';
import { runMapping } from '../mapping/mapping.service.js';
import { slatesBySql, type SqlSlateRow } from './slates-sql.js';
import { computeSlatesFor, loadSuccessionInputs, successionBasis } from './succession.service.js';

/**
 * The columnar engine and the one-query SQL ranking (rules.md §6) give the same slates on the seeded demo
 * (two governments of the `kecil` scale; every structural post made key so that many slates are filled),
 * also when the province draws its JPT candidates from the provincial pool (Palangka Raya under Kalteng).
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

  it.each([
    { slateSize: 5 },
    { slateSize: 12 },
    { slateSize: 5, jptFromProvincialPool: true },
    { slateSize: 8, jptFromProvincialPool: true, pppkForJpt: true },
  ])('equal slates with %o', async (settings) => {
    let filled = 0;
    let drawn = 0;
    for (const kode of kodes) {
      const [inst] = await queryRows<{ id: number }>(db(), `select id from instansi where kode = '${kode}'`);
      const basis = await successionBasis(db(), inst!.id, settings);
      const { positions, people, pool } = await loadSuccessionInputs(db(), inst!.id, basis);
      expect(pool !== null).toBe(settings.jptFromProvincialPool === true && kode === 'kalteng');
      const engine = computeSlatesFor(positions, people, basis.context, pool?.people ?? null);
      const rows = await slatesBySql(
        db(),
        inst!.id,
        basis.mapping.id,
        basis.mapping.periode,
        basis.context.settings,
        basis.rules,
        pool && {
          governments: pool.use.governments.flatMap((g) =>
            g.mappingRunId ? [{ instansiId: g.instansiId, mappingRunId: g.mappingRunId }] : [],
          ),
          jenjang: provincialPoolLevels(positions),
        },
      );
      const byPosition = new Map<string, SqlSlateRow[]>();
      for (const r of rows) byPosition.set(r.position_id, [...(byPosition.get(r.position_id) ?? []), r]);
      for (const slate of engine) {
        const fromSql = byPosition.get(slate.positionId) ?? [];
        expect(fromSql.map((r) => [r.employee_id, r.employee_instansi_id])).toEqual(
          slate.entries.map((e) => [e.employeeId, e.instansiId]),
        );
        fromSql.forEach((r, i) => expect(Number(r.target_jpm)).toBe(slate.entries[i]!.targetJpm));
        if (slate.entries.length > 0) filled++;
        drawn += slate.entries.filter((e) => e.instansiId !== null).length;
      }
    }
    expect(filled).toBeGreaterThan(10);
    // With the pool on, some Palangka Raya people make the province's JPT slates.
    if (settings.jptFromProvincialPool) expect(drawn).toBeGreaterThan(0);
    else expect(drawn).toBe(0);
  });
});
