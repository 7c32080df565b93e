import type { Database } from '../db/client.js';
import { findInstansiSummaries } from '../features/instansi/instansi.repository.js';
import { slatesBySql } from '../features/succession/slates-sql.js';
import {
  computeSlatesFor,
  loadSuccessionInputs,
  recomputeSlates,
  successionBasis,
} from '../features/succession/succession.service.js';

export type SlatesBench = {
  keyPositions: number;
  employees: number;
  /** Every instansi's `recomputeSlates` (read → engine → write → audit), median of runs. */
  seconds: number;
  runsSeconds: number[];
  /** The engine alone (digest + every check + top-k), summed over the instansi, median of runs. */
  computeSeconds: number;
  /** The same ranking as one SQL query per instansi (LATERAL top-k), median of runs; null when not asked. */
  sqlSeconds: number | null;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Times the succession slates of every instansi of a database whose mappings are published (after
 * `benchMapping`): the service end to end, the engine alone, and (with `withSql`) the one-query SQL ranking.
 */
export async function benchSlates(
  database: Database,
  options: { runs: number; withSql: boolean; log: (line: string) => void },
): Promise<SlatesBench> {
  const db = database.db;
  const instansi = await findInstansiSummaries(db);
  const runs: number[] = [];
  let keyPositions = 0;
  let employees = 0;
  for (let r = 0; r < options.runs; r++) {
    const start = performance.now();
    keyPositions = 0;
    employees = 0;
    for (const i of instansi) {
      const out = await recomputeSlates(db, { instansi: { id: i.id }, actor: 'bench' });
      keyPositions += out.keyPositions;
      employees += out.evaluated;
    }
    runs.push((performance.now() - start) / 1000);
    options.log(
      `  suksesi ${r + 1}/${options.runs}: ${runs[r]!.toFixed(2)} s (${keyPositions} jabatan kunci)`,
    );
  }
  const inputs = [];
  for (const i of instansi) {
    const basis = await successionBasis(db, i.id);
    inputs.push({ id: i.id, basis, ...(await loadSuccessionInputs(db, i.id, basis)) });
  }
  const compute: number[] = [];
  for (let r = 0; r < options.runs; r++) {
    const start = performance.now();
    for (const x of inputs) computeSlatesFor(x.positions, x.people, x.basis.context, x.pool?.people ?? null);
    compute.push((performance.now() - start) / 1000);
  }
  let sqlSeconds: number | null = null;
  if (options.withSql) {
    const sqlRuns: number[] = [];
    for (let r = 0; r < options.runs; r++) {
      const start = performance.now();
      for (const x of inputs)
        await slatesBySql(
          db,
          x.id,
          x.basis.mapping.id,
          x.basis.mapping.periode,
          x.basis.context.settings,
          x.basis.rules,
        );
      sqlRuns.push((performance.now() - start) / 1000);
      options.log(`  suksesi SQL ${r + 1}/${options.runs}: ${sqlRuns[r]!.toFixed(2)} s`);
    }
    sqlSeconds = median(sqlRuns);
  }
  return {
    keyPositions,
    employees,
    seconds: median(runs),
    runsSeconds: runs,
    computeSeconds: median(compute),
    sqlSeconds,
  };
}
