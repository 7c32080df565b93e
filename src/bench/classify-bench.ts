import { classifyEmployee, isActive, type ClassificationInput } from '../domain/classify.js';
import { boxesFor, compileRules } from '../domain/fast-path.js';
import type { RuleSetContent } from '../domain/rule-set.js';

export type ClassifyBenchResult = {
  /** Full classification from raw records (SKP, assessments, training, sanctions) to the box. */
  classifyPerSecond: number;
  /** The columnar box step alone (scores → box), the engine's innermost loop. */
  boxOnlyPerSecond: number;
  employees: number;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Pure classification throughput over `total` employees, cycling through the demo's real inputs so that
 * every record shape of the demo occurs. Median of `repeats` timed passes after one warm-up pass.
 */
export function benchClassify(
  inputs: readonly ClassificationInput[],
  rules: RuleSetContent,
  year: number,
  total: number,
  repeats = 5,
): ClassifyBenchResult {
  const active = inputs.filter((i) => isActive(i.kedudukan));
  if (active.length === 0) throw new Error('no inputs to classify');
  const compiled = compileRules(rules);
  let sink = 0;
  const pass = () => {
    const t0 = performance.now();
    for (let i = 0, j = 0; i < total; i++, j++) {
      if (j === active.length) j = 0;
      sink += classifyEmployee(active[j]!, compiled, year).box ?? 0;
    }
    return performance.now() - t0;
  };
  pass();
  const full = Array.from({ length: repeats }, pass);

  const perf = new Float64Array(total);
  const pot = new Float64Array(total);
  for (let i = 0; i < total; i++) {
    perf[i] = (i * 37) % 101;
    pot[i] = (i * 53) % 101;
  }
  const out = new Uint8Array(total);
  const boxPass = () => {
    const t0 = performance.now();
    boxesFor(perf, pot, compiled, out);
    return performance.now() - t0;
  };
  boxPass();
  const boxOnly = Array.from({ length: repeats }, boxPass);
  sink += out[total - 1] ?? 0;
  if (sink < 0) console.log(sink); // keeps the work observable to the optimiser
  return {
    classifyPerSecond: Math.round(total / (median(full) / 1000)),
    boxOnlyPerSecond: Math.round(total / (median(boxOnly) / 1000)),
    employees: total,
  };
}
