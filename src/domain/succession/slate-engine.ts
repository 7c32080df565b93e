import { JENJANG_CODES, type Jenjang } from '../codes.js';
import { sumLevels } from '../competency.js';
import { monthOf, yearOf } from '../dates.js';
import { EDUCATION_RANK } from '../education.js';
import { parsePnsRank, pnsRankOrder } from '../golongan.js';
import { retirementAgeFor } from '../jenjang.js';
import { isActive } from '../kedudukan.js';
import type { Box } from '../nine-box.js';
import type { KeyPosition, SuccessionPerson } from './candidate.js';
import {
  hasMediumOrHeavySanction,
  isServingSanction,
  monthsInLevel,
  type EligibilityContext,
} from './eligibility.js';
import {
  INELIGIBILITY_REASONS,
  JPT_TARGETS,
  STRUCTURAL_TARGETS,
  allowedSources,
  minimumEducationOf,
} from './rules.js';
import {
  emptyReasonCounts,
  isCovered,
  readinessOf,
  slateEntries,
  type RankedCandidate,
  type Slate,
} from './slate.js';

/**
 * The columnar slate engine (rules.md §6 at scale): each person is digested once into typed arrays (job
 * level, rank index, education index, months in level, birth month, sanction/status/employment/mapping
 * flags, box, scores, Σ achieved competency levels), each key position into a few numbers, and every
 * (position, person) pair is checked with integer comparisons. The slates equal `buildSlate`'s (the pure
 * reference) — a test holds them together. The reference date is 31 December of the mapping year.
 */

const JENJANG_INDEX = new Map<Jenjang, number>(JENJANG_CODES.map((c, i) => [c, i]));
const BIT = Object.fromEntries(INELIGIBILITY_REASONS.map((r, i) => [r, 1 << i])) as Record<
  (typeof INELIGIBILITY_REASONS)[number],
  number
>;

export interface DigestedPeople {
  readonly n: number;
  /** People in NIP order, so an index comparison is the NIP tie-break. */
  readonly ids: readonly string[];
  readonly nips: readonly string[];
  /** The person's government when not the target's own (provincial pool); 0 for the own instansi. */
  readonly instansi: Int32Array;
  readonly jenjang: Uint8Array;
  /** 1–17 PNS rank; 0 unknown; -1 PPPK (a grade is not compared with ranks). */
  readonly rank: Int8Array;
  /** EDUCATION_RANK; 0 unknown. */
  readonly edu: Int8Array;
  /** Whole months in the current level at the reference date; -1 unknown. */
  readonly monthsInLevel: Int32Array;
  /** year × 12 + month − 1 of the birth date; -1 unknown. */
  readonly birthMonth: Int32Array;
  /** Bits of fixed failures (HUKDIS, TIDAK_AKTIF, BELUM_DIPETAKAN) and 1 << 15 for PPPK. */
  readonly fixed: Uint16Array;
  /** Key-position index held (incumbent check); -1 none. */
  readonly held: Int32Array;
  readonly box: Uint8Array;
  readonly potential: Float64Array;
  readonly performance: Float64Array;
  readonly achievedSum: Float64Array;
}

const PPPK = 1 << 15;

export function digestPeople(
  people: readonly SuccessionPerson[],
  positions: readonly KeyPosition[],
  context: EligibilityContext,
): DigestedPeople {
  const sorted = [...people].sort((a, b) => (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0));
  const n = sorted.length;
  const held = new Map(positions.map((p, i) => [p.positionId, i]));
  const d = {
    n,
    ids: sorted.map((p) => p.employeeId),
    nips: sorted.map((p) => p.nip),
    instansi: Int32Array.from(sorted, (p) => p.instansiId ?? 0),
    jenjang: new Uint8Array(n),
    rank: new Int8Array(n),
    edu: new Int8Array(n),
    monthsInLevel: new Int32Array(n),
    birthMonth: new Int32Array(n),
    fixed: new Uint16Array(n),
    held: new Int32Array(n),
    box: new Uint8Array(n),
    potential: new Float64Array(n),
    performance: new Float64Array(n),
    achievedSum: new Float64Array(n),
  };
  const { year, referenceDate, settings } = context;
  for (let i = 0; i < n; i++) {
    const p = sorted[i]!;
    d.jenjang[i] = JENJANG_INDEX.get(p.jenjang) ?? 255;
    if (p.employmentType === 'PPPK') d.rank[i] = -1;
    else {
      const r = p.golongan === null ? null : parsePnsRank(p.golongan);
      d.rank[i] = r === null ? 0 : pnsRankOrder(r);
    }
    d.edu[i] = p.pendidikan === null ? 0 : EDUCATION_RANK[p.pendidikan];
    d.monthsInLevel[i] = monthsInLevel(p, referenceDate) ?? -1;
    d.birthMonth[i] = p.birthDate === null ? -1 : yearOf(p.birthDate) * 12 + monthOf(p.birthDate) - 1;
    let fixed = 0;
    if (
      hasMediumOrHeavySanction(p.sanctions, year, settings.sanctionWindowYears) ||
      isServingSanction(p.sanctions, referenceDate)
    )
      fixed |= BIT.HUKDIS;
    if (!isActive(p.kedudukan)) fixed |= BIT.TIDAK_AKTIF;
    if (p.mapping === null) fixed |= BIT.BELUM_DIPETAKAN;
    if (p.employmentType === 'PPPK') fixed |= PPPK;
    d.fixed[i] = fixed;
    d.held[i] = p.positionId === null ? -1 : (held.get(p.positionId) ?? -1);
    if (p.mapping !== null) {
      d.box[i] = p.mapping.box;
      d.potential[i] = p.mapping.potentialScore;
      d.performance[i] = p.mapping.performanceScore;
      d.achievedSum[i] = sumLevels(p.mapping.competencies);
    }
  }
  return d;
}

/** One key position reduced to the numbers its checks compare with. */
interface CompiledTarget {
  readonly sources: number;
  readonly minRank: number;
  readonly minEdu: number;
  readonly requiredMonths: number;
  readonly bup: number;
  readonly pppkAllowed: boolean;
  readonly stdSum: number;
}

function compileTarget(t: KeyPosition, context: EligibilityContext): CompiledTarget {
  const { settings } = context;
  let sources = 0;
  for (const j of allowedSources(t.jenjang)) sources |= 1 << JENJANG_INDEX.get(j)!;
  const minRank =
    (t.minGolongan === null ? null : parsePnsRank(t.minGolongan)) ?? settings.minimumRank[t.jenjang] ?? null;
  return {
    sources,
    minRank: minRank === null ? 0 : pnsRankOrder(minRank),
    minEdu: EDUCATION_RANK[minimumEducationOf(t.minPendidikan, t.jenjang, context.minimumEducation)],
    requiredMonths: (settings.experienceYears[t.jenjang] ?? 0) * 12,
    bup: retirementAgeFor(t.jenjang),
    pppkAllowed: !STRUCTURAL_TARGETS.has(t.jenjang) || (settings.pppkForJpt && JPT_TARGETS.has(t.jenjang)),
    stdSum: sumLevels(t.standard),
  };
}

/** Reasons of person `i` for a compiled target `p` (index `pi`), as bits in INELIGIBILITY_REASONS order. */
function reasonBits(
  d: DigestedPeople,
  i: number,
  c: CompiledTarget,
  pi: number,
  refMonth: number,
  bufferMonths: number,
): number {
  const fixed = d.fixed[i]!;
  let bits = fixed & (BIT.HUKDIS | BIT.TIDAK_AKTIF | BIT.BELUM_DIPETAKAN);
  if ((c.sources & (1 << d.jenjang[i]!)) === 0) bits |= BIT.JENJANG_TIDAK_SESUAI;
  const rank = d.rank[i]!;
  if (rank >= 0 && c.minRank > 0 && rank < c.minRank) bits |= BIT.PANGKAT_KURANG;
  if (d.edu[i]! < c.minEdu || d.edu[i] === 0) bits |= BIT.PENDIDIKAN_KURANG;
  if (c.requiredMonths > 0 && d.monthsInLevel[i]! < c.requiredMonths) bits |= BIT.PENGALAMAN_KURANG;
  const birth = d.birthMonth[i]!;
  if (birth < 0) bits |= BIT.MENJELANG_PENSIUN;
  else {
    // Retirement is the 1st of the month after the BUP birthday; from 31 Dec, monthsBetween as dates.ts.
    const r = birth + 12 * c.bup + 1;
    const months = r > refMonth ? r - refMonth - 1 : r - refMonth;
    if (months < bufferMonths) bits |= BIT.MENJELANG_PENSIUN;
  }
  if (d.held[i] === pi) bits |= BIT.PEMANGKU_JABATAN;
  if ((fixed & PPPK) !== 0 && !c.pppkAllowed) bits |= BIT.BUKAN_PNS;
  return bits;
}

const tier = (box: number) => (box === 9 ? 0 : box === 8 ? 1 : box === 7 ? 2 : 3);

/** True when candidate a ranks before b (rules.md §6 order; index order is NIP order). */
function before(d: DigestedPeople, a: number, ja: number, b: number, jb: number): boolean {
  const ta = tier(d.box[a]!);
  const tb = tier(d.box[b]!);
  if (ta !== tb) return ta < tb;
  if (ja !== jb) return ja > jb;
  if (d.potential[a] !== d.potential[b]) return d.potential[a]! > d.potential[b]!;
  if (d.performance[a] !== d.performance[b]) return d.performance[a]! > d.performance[b]!;
  return a < b;
}

/**
 * Slates of every key position over the digested people: reasons counted per position, the eligible kept
 * in a top-k buffer (insertion into k sorted slots), readiness and coverage as rules.md §6.
 */
export function computeSlates(
  d: DigestedPeople,
  positions: readonly KeyPosition[],
  context: EligibilityContext,
): Slate[] {
  const { settings } = context;
  const k = settings.slateSize;
  const refMonth = context.year * 12 + 11;
  const bufferMonths = settings.retirementBufferYears * 12;
  const topIdx = new Int32Array(k);
  const topJpm = new Float64Array(k);
  const counts = new Int32Array(INELIGIBILITY_REASONS.length);
  return positions.map((t, pi) => {
    const c = compileTarget(t, context);
    counts.fill(0);
    let size = 0;
    let eligible = 0;
    let readyNow = 0;
    let ineligible = 0;
    for (let i = 0; i < d.n; i++) {
      const bits = reasonBits(d, i, c, pi, refMonth, bufferMonths);
      if (bits !== 0) {
        ineligible++;
        for (let b = 0; b < counts.length; b++) if ((bits & (1 << b)) !== 0) counts[b]!++;
        continue;
      }
      eligible++;
      const jpm = c.stdSum > 0 ? Math.min(100, (100 * d.achievedSum[i]!) / c.stdSum) : 0;
      if (d.box[i]! >= 7 && jpm >= settings.readyNowJpm) readyNow++;
      if (size === k && !before(d, i, jpm, topIdx[k - 1]!, topJpm[k - 1]!)) continue;
      let at = size < k ? size++ : k - 1;
      while (at > 0 && before(d, i, jpm, topIdx[at - 1]!, topJpm[at - 1]!)) {
        topIdx[at] = topIdx[at - 1]!;
        topJpm[at] = topJpm[at - 1]!;
        at--;
      }
      topIdx[at] = i;
      topJpm[at] = jpm;
    }
    const ranked: RankedCandidate[] = [];
    for (let s = 0; s < size; s++) ranked.push(candidateAt(d, topIdx[s]!, topJpm[s]!, context));
    const entries = slateEntries(ranked, k);
    const reasonCounts = emptyReasonCounts();
    INELIGIBILITY_REASONS.forEach((r, b) => (reasonCounts[r] = counts[b]!));
    return {
      positionId: t.positionId,
      eligibleCount: eligible,
      readyNowCount: readyNow,
      entries,
      emergencyEmployeeId: entries.find((e) => e.emergency)?.employeeId ?? null,
      emergencyInstansiId: entries.find((e) => e.emergency)?.instansiId ?? null,
      covered: isCovered(eligible, readyNow, settings),
      reasonCounts,
      ineligibleCount: ineligible,
    };
  });
}

function candidateAt(
  d: DigestedPeople,
  i: number,
  jpm: number,
  context: EligibilityContext,
): RankedCandidate {
  const box = d.box[i]! as Box;
  const s = context.settings;
  return {
    employeeId: d.ids[i]!,
    instansiId: d.instansi[i]! === 0 ? null : d.instansi[i]!,
    nip: d.nips[i]!,
    box,
    targetJpm: jpm,
    potentialScore: d.potential[i]!,
    performanceScore: d.performance[i]!,
    readiness: readinessOf(box, jpm, s),
  };
}

/** Every person's reasons for one key position (the `--semua` export): codes per person, in NIP order. */
export function evaluatePosition(
  d: DigestedPeople,
  positions: readonly KeyPosition[],
  pi: number,
  context: EligibilityContext,
): { index: number; reasons: string[]; jpm: number }[] {
  const c = compileTarget(positions[pi]!, context);
  const refMonth = context.year * 12 + 11;
  const out: { index: number; reasons: string[]; jpm: number }[] = [];
  for (let i = 0; i < d.n; i++) {
    const bits = reasonBits(d, i, c, pi, refMonth, context.settings.retirementBufferYears * 12);
    const reasons = INELIGIBILITY_REASONS.filter((_, b) => (bits & (1 << b)) !== 0);
    const jpm = c.stdSum > 0 ? Math.min(100, (100 * d.achievedSum[i]!) / c.stdSum) : 0;
    out.push({ index: i, reasons, jpm });
  }
  return out;
}
