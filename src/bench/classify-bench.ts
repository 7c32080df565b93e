import { classifyEmployee, isActive, type ClassificationInput } from '../domain/classify.js';
import { classifyColumns } from '../domain/classify-columns.js';
import { allocateClassified } from '../domain/classified-columns.js';
import { boxesFor, compileRules } from '../domain/fast-path.js';
import { digestInputs } from '../domain/mapping-columns.js';
import type { RuleSetContent } from '../domain/rule-set.js';

export type ClassifyBenchResult = {
  /**
   * The engine of a mapping run: `classifyColumns` over digested columns (every score, level, box, reason,
   * warning and input used, written to typed columns). Digesting is part of the load and timed apart.
   */
  classifyPerSecond: number;
  /** Digesting the loaded records into columns (`digestInputs`, from `ClassificationInput` objects). */
  digestPerSecond: number;
  /** The readable reference `classifyEmployee`, one result object per person (explanations use it). */
  referencePerSecond: number;
  /** The columnar box step alone (scores → box), the engine's innermost loop. */
  boxOnlyPerSecond: number;
  employees: number;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Median time (ms) of `repeats` passes after one warm-up pass. */
function timed(pass: () => void, repeats: number): number {
  pass();
  return median(
    Array.from({ length: repeats }, () => {
      const t0 = performance.now();
      pass();
      return performance.now() - t0;
    }),
  );
}

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
  const windows = {
    performanceYears: rules.performanceWindowYears,
    assessmentYears: rules.assessmentValidityYears,
    disciplineYears: rules.trackRecord.disciplineWindowYears,
  };
  const cycled = Array.from({ length: total }, (_, i) => active[i % active.length]!);
  let sink = 0;

  let digest = digestInputs(cycled, year, windows);
  const digestMs = timed(
    () => {
      digest = digestInputs(cycled, year, windows);
    },
    Math.min(repeats, 3),
  );
  const out = allocateClassified(total);
  const columnarMs = timed(() => classifyColumns(digest, compiled, out), repeats);
  sink += out.box[total - 1] ?? 0;

  const referenceMs = timed(() => {
    for (let i = 0; i < total; i++) sink += classifyEmployee(cycled[i]!, compiled, year).box ?? 0;
  }, repeats);

  const perf = new Float64Array(total);
  const pot = new Float64Array(total);
  for (let i = 0; i < total; i++) {
    perf[i] = (i * 37) % 101;
    pot[i] = (i * 53) % 101;
  }
  const boxes = new Uint8Array(total);
  const boxMs = timed(() => boxesFor(perf, pot, compiled, boxes), repeats);
  sink += boxes[total - 1] ?? 0;
  if (sink < 0) console.log(sink); // keeps the work observable to the optimiser
  const rate = (ms: number) => Math.round(total / (ms / 1000));
  return {
    classifyPerSecond: rate(columnarMs),
    digestPerSecond: rate(digestMs),
    referencePerSecond: rate(referenceMs),
    boxOnlyPerSecond: rate(boxMs),
    employees: total,
  };
}
