import {
  PERFORMANCE_LEVEL_CODES,
  PERFORMANCE_LEVEL_LABELS,
  POTENTIAL_LEVEL_CODES,
  POTENTIAL_LEVEL_LABELS,
} from './codes.js';
import type { ClassificationResult } from './classification.js';
import { formatGap, formatScore } from './messages.js';
import { boxName, boxOf, type Box } from './nine-box.js';
import type { RuleSetContent } from './rule-set.js';

/** The box part of an explanation (explain.ts): why this box, and what leads to a better one. */

/** One move to a neighbouring, better box: which axis, from which score to which cut-off. */
export interface NextStep {
  readonly axis: 'KINERJA' | 'POTENSIAL';
  readonly targetBox: Box;
  readonly score: number;
  readonly cutOff: number;
  /** cutOff − score, unrounded. */
  readonly gap: number;
  readonly text: string;
}

function levelRange(score: number, level: string, upper: number | null, lower: number | null): string {
  const bounds = [
    lower === null ? null : `≥ ${formatScore(lower)}`,
    upper === null ? null : `< ${formatScore(upper)}`,
  ]
    .filter((b) => b !== null)
    .join(' dan ');
  return `${formatScore(score)} (${bounds} → ${level})`;
}

/**
 * Why a mapped result sits in its box (rules.md §1.2, §2 cut-offs; §3 9-box): each score against the
 * cut-offs of its level. `null` when not mapped.
 */
export function whyBox(result: ClassificationResult, rules: RuleSetContent): string | null {
  const { box, performanceLevel: pl, potentialLevel: ol, performanceScore: ps, potentialScore: os } = result;
  if (box === null || pl === null || ol === null || ps === null || os === null) return null;
  const pc = rules.performanceCutOffs;
  const oc = rules.potentialCutOffs;
  const perf =
    pl === 'DI_ATAS_EKSPEKTASI'
      ? levelRange(ps, PERFORMANCE_LEVEL_LABELS[pl], null, pc.above)
      : pl === 'SESUAI_EKSPEKTASI'
        ? levelRange(ps, PERFORMANCE_LEVEL_LABELS[pl], pc.above, pc.meets)
        : levelRange(ps, PERFORMANCE_LEVEL_LABELS[pl], pc.meets, null);
  const pot =
    ol === 'TINGGI'
      ? levelRange(os, POTENTIAL_LEVEL_LABELS[ol], null, oc.high)
      : ol === 'MENENGAH'
        ? levelRange(os, POTENTIAL_LEVEL_LABELS[ol], oc.high, oc.medium)
        : levelRange(os, POTENTIAL_LEVEL_LABELS[ol], oc.medium, null);
  return `Kotak ${box} (${boxName(box)}): nilai kinerja ${perf} dan nilai potensial ${pot}.`;
}

/**
 * What moves a mapped person to each better neighbouring box (rules.md §3): on the performance axis, the
 * points to the next cut-off (rules.md §1.2); on the potential axis, the points to the next cut-off
 * (rules.md §2) and what that means for K, P or R alone when reachable. Empty for box 9 and when not mapped.
 */
export function nextSteps(result: ClassificationResult, rules: RuleSetContent): NextStep[] {
  const { performanceLevel: pl, potentialLevel: ol, performanceScore: ps, potentialScore: os } = result;
  if (result.box === null || pl === null || ol === null || ps === null || os === null) return [];
  const steps: NextStep[] = [];
  const pi = PERFORMANCE_LEVEL_CODES.indexOf(pl);
  const betterPerf = PERFORMANCE_LEVEL_CODES[pi - 1];
  if (betterPerf !== undefined) {
    const cutOff =
      betterPerf === 'DI_ATAS_EKSPEKTASI' ? rules.performanceCutOffs.above : rules.performanceCutOffs.meets;
    const targetBox = boxOf(betterPerf, ol);
    const gap = cutOff - ps;
    const text = `Nilai kinerja perlu naik ${formatGap(gap)} poin menjadi ${formatScore(cutOff)} untuk masuk kotak ${targetBox}.`;
    steps.push({ axis: 'KINERJA', targetBox, score: ps, cutOff, gap, text });
  }
  const oi = POTENTIAL_LEVEL_CODES.indexOf(ol);
  const betterPot = POTENTIAL_LEVEL_CODES[oi - 1];
  if (betterPot !== undefined) {
    const cutOff = betterPot === 'TINGGI' ? rules.potentialCutOffs.high : rules.potentialCutOffs.medium;
    const targetBox = boxOf(pl, betterPot);
    const gap = cutOff - os;
    const w = rules.weights;
    const options = (
      [
        ['nilai kompetensi', result.competencyScore, w.competency],
        ['nilai penilaian potensi', result.potentialAssessmentScore, w.potential],
        ['nilai rekam jejak', result.trackRecordScore, w.trackRecord],
      ] as const
    )
      .filter(([, score, weight]) => weight > 0 && score !== null && score + gap / weight <= 100)
      .map(([label, , weight]) => `${label} naik ${formatGap(gap / weight)} poin`);
    const alone = options.length === 0 ? '' : ` (setara dengan ${options.join(', atau ')})`;
    const text = `Nilai potensial perlu naik ${formatGap(gap)} poin menjadi ${formatScore(cutOff)} untuk masuk kotak ${targetBox}${alone}.`;
    steps.push({ axis: 'POTENSIAL', targetBox, score: os, cutOff, gap, text });
  }
  return steps;
}
