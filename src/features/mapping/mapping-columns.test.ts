import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeDb } from '../../../test/db-engines.js';
import { seedDemo } from '../../demo/seed.js';
import { classifyEmployee, isActive } from '../../domain/classify.js';
import { classifyColumns } from '../../domain/classify-columns.js';
import { resultAt } from '../../domain/classified-columns.js';
import { BAWAAN_V1, type RuleSetContent } from '../../domain/rule-set.js';
import { ONE_YEAR_RULES, OTHER_RULES, windowsOf } from '../../domain/rule-set.fixture.js';
import { findInstansiSummaries } from '../instansi/instansi.repository.js';
import { loadMappingColumns, loadMappingInputs } from './mapping-inputs.repository.js';
import { findRunResults, insertResults } from './mapping-runs.repository.js';
import { toClassificationResult } from './result-columns.js';

/*
 * The mapping run's columnar path (packed text → digest → classifyColumns → typed columns → stored rows)
 * against the reference (objects → classifyEmployee), over every person of the seeded `kecil` demo
 * (15 instansi, 6,000 ASN), for Bawaan and for rule sets with other windows, weights and cut-offs.
 */
describeDb('columnar mapping path = classifyEmployee over the kecil demo', (db) => {
  it.each([
    { name: 'Bawaan v1', rules: BAWAAN_V1, year: 2025 },
    { name: 'other windows, weights, cut-offs', rules: OTHER_RULES, year: 2025 },
    { name: 'one-year windows', rules: ONE_YEAR_RULES, year: 2024 },
  ])(
    '$name, $year: every result and every stored field',
    async ({ rules, year }: { rules: RuleSetContent; year: number }) => {
      const database = db().db;
      if ((await findInstansiSummaries(database)).length === 0) {
        await seedDemo(database, { scale: 'kecil', seed: 1, year: 2025 });
      }
      let compared = 0;
      for (const inst of await findInstansiSummaries(database)) {
        const reference = await loadMappingInputs(database, inst.id, year, windowsOf(rules));
        const { employeeIds, columns, inactive } = await loadMappingColumns(
          database,
          inst.id,
          year,
          windowsOf(rules),
        );
        const active = reference.filter((e) => isActive(e.input.kedudukan));
        expect(employeeIds).toHaveLength(active.length);
        expect(inactive).toBe(reference.length - active.length);
        const expected = new Map(active.map((e) => [e.employeeId, classifyEmployee(e.input, rules, year)]));
        const out = classifyColumns(columns, rules);
        employeeIds.forEach((id, i) => expect(resultAt(columns, out, i), id).toStrictEqual(expected.get(id)));

        // Written from the columns and read back as the explanation and export read it.
        const runId = randomUUID();
        await database.transaction((tx) =>
          insertResults(tx, inst.id, runId, { employeeIds, digest: columns, out }),
        );
        const stored = await findRunResults(database, inst.id, runId);
        expect(stored).toHaveLength(active.length);
        for (const row of stored) {
          expect(toClassificationResult(row, year), row.employee_id).toStrictEqual(
            expected.get(row.employee_id),
          );
        }
        compared += stored.length;
      }
      expect(compared).toBeGreaterThan(5_000);
    },
    300_000,
  );
});
