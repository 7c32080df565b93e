import { JENJANG_CODES, type Education, type Jenjang, type Predikat } from './codes.js';
import type { Box } from './nine-box.js';
import type { RuleSetContent } from './rule-set.js';

/**
 * A rule set flattened for the hot loop of a mapping run (product.md §4: ≥ 5 million classifications/s):
 * plain number fields, Σ of the default standard per job level precomputed. Build once per run.
 */
export interface CompiledRules {
  readonly kind: 'compiled';
  readonly source: RuleSetContent;
  readonly wK: number;
  readonly wP: number;
  readonly wR: number;
  readonly perfAbove: number;
  readonly perfMeets: number;
  readonly potHigh: number;
  readonly potMedium: number;
  readonly points: Readonly<Record<Predikat, number>>;
  readonly windowYears: number;
  readonly validityYears: number;
  /** Σ of the 9 default standard levels of each job level (9 × level). */
  readonly standardSum: Readonly<Record<Jenjang, number>>;
  readonly minimumEducation: Readonly<Record<Jenjang, Education>>;
  readonly trackRecord: RuleSetContent['trackRecord'];
}

/** Precomputes what the hot loop needs from a (validated) rule set (rules.md §1.2, §2, §5). */
export function compileRules(rules: RuleSetContent): CompiledRules {
  const standardSum = {} as Record<Jenjang, number>;
  for (const jenjang of JENJANG_CODES) standardSum[jenjang] = 9 * rules.standardLevels[jenjang];
  return Object.freeze({
    kind: 'compiled',
    source: rules,
    wK: rules.weights.competency,
    wP: rules.weights.potential,
    wR: rules.weights.trackRecord,
    perfAbove: rules.performanceCutOffs.above,
    perfMeets: rules.performanceCutOffs.meets,
    potHigh: rules.potentialCutOffs.high,
    potMedium: rules.potentialCutOffs.medium,
    points: rules.predikatPoints,
    windowYears: rules.performanceWindowYears,
    validityYears: rules.assessmentValidityYears,
    standardSum: Object.freeze(standardSum),
    minimumEducation: rules.minimumEducation,
    trackRecord: rules.trackRecord,
  });
}

/**
 * The box for a performance score and a potential score (rules.md §1.2, §2 cut-offs with `>=` on the
 * unrounded values; PermenPANRB 3/2020 9-box, rules.md §3). Branches only, no allocation.
 */
export function boxFor(performanceScore: number, potentialScore: number, rules: CompiledRules): Box {
  if (performanceScore >= rules.perfAbove) {
    return potentialScore >= rules.potHigh ? 9 : potentialScore >= rules.potMedium ? 7 : 4;
  }
  if (performanceScore >= rules.perfMeets) {
    return potentialScore >= rules.potHigh ? 8 : potentialScore >= rules.potMedium ? 5 : 2;
  }
  return potentialScore >= rules.potHigh ? 6 : potentialScore >= rules.potMedium ? 3 : 1;
}

/**
 * The box from the performance score and the three potential components K, P, R (rules.md §2:
 * potential = wK·K + wP·P + wR·R). No allocation.
 */
export function boxForComponents(
  performanceScore: number,
  competency: number,
  assessment: number,
  trackRecord: number,
  rules: CompiledRules,
): Box {
  return boxFor(
    performanceScore,
    rules.wK * competency + rules.wP * assessment + rules.wR * trackRecord,
    rules,
  );
}

/**
 * Columnar form for bulk runs: `out[i] = boxFor(performance[i], potential[i])`. The arrays must have the
 * same length.
 */
export function boxesFor(
  performance: Float64Array,
  potential: Float64Array,
  rules: CompiledRules,
  out: Uint8Array,
): void {
  const n = performance.length;
  for (let i = 0; i < n; i++) out[i] = boxFor(performance[i] ?? 0, potential[i] ?? 0, rules);
}

const compiledCache = new WeakMap<RuleSetContent, CompiledRules>();

/** `rules` compiled, reusing the compiled form of the same rule-set object (memoised, no visible state). */
export function asCompiled(rules: RuleSetContent | CompiledRules): CompiledRules {
  if ('kind' in rules) return rules;
  let compiled = compiledCache.get(rules);
  if (compiled === undefined) {
    compiled = compileRules(rules);
    compiledCache.set(rules, compiled);
  }
  return compiled;
}
