import type { PerformanceLevel, Predikat } from './codes.js';
import type { RuleSetContent } from './rule-set.js';

/** An annual SKP as the engine needs it: the year and its (official or derived) predikat. */
export interface SkpRecord {
  readonly tahun: number;
  readonly predikat: Predikat;
}

/** Points of a predikat in the rule set (rules.md §1.2 [DEFAULT]: 100 / 80 / 60 / 40 / 20). */
export function predikatPoints(predikat: Predikat, rules: Pick<RuleSetContent, 'predikatPoints'>): number {
  return rules.predikatPoints[predikat];
}

/**
 * Performance level of a score (rules.md §1.2 [DEFAULT]): `>= above` (90) → DI_ATAS_EKSPEKTASI,
 * `>= meets` (70) → SESUAI_EKSPEKTASI, else DI_BAWAH_EKSPEKTASI; compared unrounded.
 */
export function performanceLevel(
  score: number,
  cutOffs: RuleSetContent['performanceCutOffs'],
): PerformanceLevel {
  if (score >= cutOffs.above) return 'DI_ATAS_EKSPEKTASI';
  if (score >= cutOffs.meets) return 'SESUAI_EKSPEKTASI';
  return 'DI_BAWAH_EKSPEKTASI';
}

export interface PerformanceResult {
  /** Mean of the points of the window years present; `null` without the SKP of year Y. */
  readonly score: number | null;
  readonly level: PerformanceLevel | null;
  /** Predikat of year Y (the export's `predikatKinerja`), `null` when absent. */
  readonly predikat: Predikat | null;
  /** The window years found, Y first (those averaged when there is a score). */
  readonly years: readonly number[];
}

/** First SKP of `tahun` in the list (the data has one per year; a duplicate is ignored). */
function skpOf(skps: readonly SkpRecord[], tahun: number): SkpRecord | undefined {
  for (const skp of skps) if (skp.tahun === tahun) return skp;
  return undefined;
}

/**
 * Performance of year Y (rules.md §1.2 [DEFAULT]): window Y, Y−1, … (`performanceWindowYears`), score =
 * mean of the points of the years present. The SKP of Y is required: without it the score and level are
 * `null` (reason `SKP_TAHUN_BERJALAN_TIDAK_ADA`), though the other window years are still listed.
 */
export function computePerformance(
  skps: readonly SkpRecord[],
  year: number,
  rules: Pick<RuleSetContent, 'predikatPoints' | 'performanceCutOffs' | 'performanceWindowYears'>,
): PerformanceResult {
  const years: number[] = [];
  let total = 0;
  let current: Predikat | null = null;
  for (let offset = 0; offset < rules.performanceWindowYears; offset++) {
    const skp = skpOf(skps, year - offset);
    if (skp === undefined) continue;
    if (offset === 0) current = skp.predikat;
    years.push(skp.tahun);
    total += rules.predikatPoints[skp.predikat];
  }
  if (current === null) return { score: null, level: null, predikat: null, years };
  const score = total / years.length;
  return { score, level: performanceLevel(score, rules.performanceCutOffs), predikat: current, years };
}
