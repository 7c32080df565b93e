import { expect, it } from 'vitest';
import { benchImport } from './import-bench.js';

it('benchImport imports its generated files and reports time and memory', async () => {
  const report = await benchImport({ rows: 300 });
  expect(report).toMatchObject({ rows: 300, engine: 'pglite' });
  expect(report.csvSeconds).toBeGreaterThan(0);
  expect(report.xlsxSeconds).toBeGreaterThan(0);
  expect(report.csvReimportSeconds).toBeGreaterThan(0);
  expect(report.peakRssMb).toBeGreaterThanOrEqual(report.peakRssMbByFormat.csv);
  expect(report.xlsxReadOnly.seconds).toBeGreaterThan(0);
});
