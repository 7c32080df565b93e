import { jpmFromSums, sumLevels, type CompetencyLevels } from '../competency.js';
import type { Box } from '../nine-box.js';
import type { KeyPosition, SuccessionPerson } from './candidate.js';
import { ineligibilityReasons, type EligibilityContext } from './eligibility.js';
import {
  INELIGIBILITY_REASONS,
  type IneligibilityReason,
  type Readiness,
  type SuccessionSettings,
} from './rules.js';

/** An eligible candidate with the values the ranking reads (rules.md §6). */
export interface RankedCandidate {
  readonly employeeId: string;
  /** The candidate's government when not the target's own (provincial pool, rules.md §6); else null. */
  readonly instansiId: number | null;
  readonly nip: string;
  readonly box: Box;
  /** JPM against the target's standard, unrounded. */
  readonly targetJpm: number;
  readonly potentialScore: number;
  readonly performanceScore: number;
  readonly readiness: Readiness;
}

export interface SlateEntry extends RankedCandidate {
  /** 1 … slate size. */
  readonly rank: number;
  readonly emergency: boolean;
}

export type ReasonCounts = Record<IneligibilityReason, number>;

export interface Slate {
  readonly positionId: string;
  readonly eligibleCount: number;
  readonly readyNowCount: number;
  readonly entries: readonly SlateEntry[];
  /** The emergency successor's employee id, `null` when the slate has no one ready now. */
  readonly emergencyEmployeeId: string | null;
  /** The emergency successor's government when not the target's own (provincial pool); else null. */
  readonly emergencyInstansiId: number | null;
  readonly covered: boolean;
  /** People not eligible per reason (a person counts once under each of their reasons). */
  readonly reasonCounts: ReasonCounts;
  readonly ineligibleCount: number;
}

/** Target JPM (rules.md §6): K's formula, `min(100, 100 × Σ achieved ÷ Σ standard)`, with the target's standard. */
export function targetJpm(achieved: CompetencyLevels, standard: CompetencyLevels): number {
  return jpmFromSums(sumLevels(achieved), sumLevels(standard)) ?? 0;
}

/** Box tier (rules.md §6 ranking): 9, then 8, then 7, then every other box together. */
export function boxTier(box: number): number {
  return box === 9 ? 0 : box === 8 ? 1 : box === 7 ? 2 : 3;
}

/**
 * Ranking order (rules.md §6), best first: box tier, target JPM (desc), potential score (desc),
 * performance score (desc), NIP ascending. Negative when `a` ranks before `b`.
 */
export function compareCandidates(a: RankedCandidate, b: RankedCandidate): number {
  return (
    boxTier(a.box) - boxTier(b.box) ||
    b.targetJpm - a.targetJpm ||
    b.potentialScore - a.potentialScore ||
    b.performanceScore - a.performanceScore ||
    (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0)
  );
}

/**
 * Kesiapan (rules.md §6): SIAP_SEKARANG when box 7–9 and target JPM ≥ 90; SIAP_1_2_TAHUN when target JPM
 * ≥ 78; else SIAP_3_TAHUN_LEBIH (`>=` on the unrounded JPM).
 */
export function readinessOf(
  box: number,
  jpm: number,
  settings: Pick<SuccessionSettings, 'readyNowJpm' | 'readySoonJpm'>,
): Readiness {
  if (box >= 7 && jpm >= settings.readyNowJpm) return 'SIAP_SEKARANG';
  if (jpm >= settings.readySoonJpm) return 'SIAP_1_2_TAHUN';
  return 'SIAP_3_TAHUN_LEBIH';
}

export function emptyReasonCounts(): ReasonCounts {
  return Object.fromEntries(INELIGIBILITY_REASONS.map((r) => [r, 0])) as ReasonCounts;
}

/**
 * Covered (rules.md §6): at least `coverageMinEligible` (3) eligible candidates and at least one ready now
 * among them (all eligible candidates, not only the slate's top k).
 */
export function isCovered(
  eligibleCount: number,
  readyNowCount: number,
  settings: SuccessionSettings,
): boolean {
  return eligibleCount >= settings.coverageMinEligible && readyNowCount >= 1;
}

/** The top k of ranked candidates, numbered, with the emergency successor (the best SIAP_SEKARANG in it). */
export function slateEntries(ranked: readonly RankedCandidate[], slateSize: number): SlateEntry[] {
  const top = ranked.slice(0, slateSize);
  const emergency = top.findIndex((c) => c.readiness === 'SIAP_SEKARANG');
  return top.map((c, i) => ({ ...c, rank: i + 1, emergency: i === emergency }));
}

/**
 * The slate of one key position (rules.md §6): every person checked, the eligible ranked, the top k kept,
 * the emergency successor, coverage, and the count of ineligible people per reason. Pure reference: the
 * columnar engine (slate-engine.ts) must give the same.
 */
export function buildSlate(
  target: KeyPosition,
  people: readonly SuccessionPerson[],
  context: EligibilityContext,
): Slate {
  const reasonCounts = emptyReasonCounts();
  const eligible: RankedCandidate[] = [];
  let ineligibleCount = 0;
  for (const person of people) {
    const reasons = ineligibilityReasons(person, target, context);
    if (reasons.length > 0 || person.mapping === null) {
      ineligibleCount++;
      for (const r of reasons) reasonCounts[r]++;
      continue;
    }
    const m = person.mapping;
    const jpm = targetJpm(m.competencies, target.standard);
    eligible.push({
      employeeId: person.employeeId,
      instansiId: person.instansiId ?? null,
      nip: person.nip,
      box: m.box,
      targetJpm: jpm,
      potentialScore: m.potentialScore,
      performanceScore: m.performanceScore,
      readiness: readinessOf(m.box, jpm, context.settings),
    });
  }
  eligible.sort(compareCandidates);
  const entries = slateEntries(eligible, context.settings.slateSize);
  const readyNowCount = eligible.filter((c) => c.readiness === 'SIAP_SEKARANG').length;
  return {
    positionId: target.positionId,
    eligibleCount: eligible.length,
    readyNowCount,
    entries,
    emergencyEmployeeId: entries.find((e) => e.emergency)?.employeeId ?? null,
    emergencyInstansiId: entries.find((e) => e.emergency)?.instansiId ?? null,
    covered: isCovered(eligible.length, readyNowCount, context.settings),
    reasonCounts,
    ineligibleCount,
  };
}

/** Bench strength of an instansi (product.md §2.6): coverage and depth over its key positions. */
export interface BenchStrength {
  readonly keyPositions: number;
  readonly covered: number;
  /** covered ÷ key positions × 100; `null` without key positions. */
  readonly coveredPercent: number | null;
  readonly withEmergencySuccessor: number;
  /** Key positions without any eligible candidate. */
  readonly withoutCandidates: number;
  /** Mean eligible candidates per key position. */
  readonly meanEligible: number | null;
  /** Ready-now candidates on the slates ÷ key positions (≥ 1 means one ready successor per post). */
  readonly readyNowPerPosition: number | null;
  /** Distinct people on at least one slate. */
  readonly distinctCandidates: number;
}

export function benchStrength(slates: readonly Slate[]): BenchStrength {
  const n = slates.length;
  const people = new Set<string>();
  let covered = 0;
  let emergency = 0;
  let empty = 0;
  let eligible = 0;
  let readyOnSlates = 0;
  for (const s of slates) {
    if (s.covered) covered++;
    if (s.emergencyEmployeeId !== null) emergency++;
    if (s.eligibleCount === 0) empty++;
    eligible += s.eligibleCount;
    for (const e of s.entries) {
      people.add(e.employeeId);
      if (e.readiness === 'SIAP_SEKARANG') readyOnSlates++;
    }
  }
  return {
    keyPositions: n,
    covered,
    coveredPercent: n === 0 ? null : (100 * covered) / n,
    withEmergencySuccessor: emergency,
    withoutCandidates: empty,
    meanEligible: n === 0 ? null : eligible / n,
    readyNowPerPosition: n === 0 ? null : readyOnSlates / n,
    distinctCandidates: people.size,
  };
}
