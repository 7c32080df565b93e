import {
  JENJANG_LABELS,
  PERFORMANCE_LEVEL_CODES,
  PERFORMANCE_LEVEL_LABELS,
  POTENTIAL_LEVEL_CODES,
  POTENTIAL_LEVEL_LABELS,
  PREDIKAT_LABELS,
  type MappingStatus,
  type NotMappedReason,
  type PerformanceLevel,
  type PotentialLevel,
  type Predikat,
  type WarningCode,
} from './codes.js';
import type { ClassificationResult } from './classify.js';
import { boxName, boxOf, recommendationText, type Box } from './nine-box.js';
import { formatDate, formatGap, formatScore, missingDataText, WARNING_TEXTS } from './messages.js';
import type { RuleSetContent } from './rule-set.js';

export type ComponentKey = 'competency' | 'potentialAssessment' | 'trackRecord';
export type TrackRecordPartKey = 'education' | 'training' | 'experience' | 'discipline';

export interface ComponentExplanation {
  readonly key: ComponentKey;
  readonly label: string;
  readonly score: number | null;
  readonly weight: number;
  /** weight × score: the points this component adds to the potential score. */
  readonly contribution: number | null;
  readonly text: string;
}

export interface TrackRecordPartExplanation {
  readonly key: TrackRecordPartKey;
  readonly label: string;
  readonly points: number | null;
  readonly maxPoints: number;
  readonly text: string;
}

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

export interface Explanation {
  readonly year: number;
  readonly status: MappingStatus;
  readonly box: Box | null;
  readonly boxName: string | null;
  readonly recommendation: string | null;
  readonly summary: string;
  readonly performance: {
    readonly score: number | null;
    readonly level: PerformanceLevel | null;
    readonly predikat: Predikat | null;
    readonly cutOffs: RuleSetContent['performanceCutOffs'];
    readonly text: string;
  };
  readonly potential: {
    readonly score: number | null;
    readonly level: PotentialLevel | null;
    readonly cutOffs: RuleSetContent['potentialCutOffs'];
    readonly components: readonly ComponentExplanation[];
    readonly trackRecordParts: readonly TrackRecordPartExplanation[];
    readonly text: string;
  };
  readonly whyBox: string | null;
  readonly nextSteps: readonly NextStep[];
  readonly missingData: readonly { readonly reason: NotMappedReason; readonly text: string }[];
  readonly warnings: readonly { readonly code: WarningCode; readonly text: string }[];
}

const s = (v: number | null): string => (v === null ? '–' : formatScore(v));

function performanceText(result: ClassificationResult, rules: RuleSetContent): string {
  const { inputs } = result;
  if (result.performanceScore === null)
    return `Nilai kinerja tidak dapat dihitung: SKP tahun ${result.year} belum ada.`;
  const parts = inputs.skpYears.map((tahun, i) => {
    const p = inputs.skpPredikat[i];
    return p === undefined
      ? String(tahun)
      : `${tahun}: ${PREDIKAT_LABELS[p]} (${rules.predikatPoints[p]} poin)`;
  });
  return `Nilai kinerja ${s(result.performanceScore)} = rata-rata poin predikat SKP ${parts.join('; ')}.`;
}

function componentTexts(result: ClassificationResult): Record<ComponentKey, string> {
  const { inputs } = result;
  const standard =
    inputs.standardSource === 'JABATAN'
      ? 'standar kompetensi jabatan'
      : inputs.jenjang === null
        ? 'standar (tidak diketahui)'
        : `standar bawaan jenjang ${JENJANG_LABELS[inputs.jenjang]}`;
  const ca = inputs.competencyAssessment;
  const pa = inputs.potentialAssessment;
  const tp = result.trackRecordParts;
  return {
    competency:
      ca === null
        ? 'Tidak ada penilaian kompetensi yang berlaku.'
        : `JPM penilaian kompetensi ${formatDate(ca.tanggal)} terhadap ${standard} (jumlah standar ${s(inputs.standardSum)}), paling tinggi 100.`,
    potentialAssessment:
      pa === null
        ? 'Tidak ada penilaian potensi yang berlaku.'
        : inputs.potentialDimensionsUsed === 0
          ? `Nilai total penilaian potensi ${formatDate(pa.tanggal)}.`
          : `100 × rata-rata ${inputs.potentialDimensionsUsed} dimensi ÷ 5, penilaian potensi ${formatDate(pa.tanggal)}.`,
    trackRecord: `Pendidikan ${s(tp.education)} + pengembangan kompetensi ${s(tp.training)} + pengalaman ${s(tp.experience)} + disiplin ${s(tp.discipline)}.`,
  };
}

function trackRecordParts(result: ClassificationResult, rules: RuleSetContent): TrackRecordPartExplanation[] {
  const { inputs, trackRecordParts: tp, year } = result;
  const t = rules.trackRecord;
  const sanctions = inputs.sanctions;
  const window = `${year - t.disciplineWindowYears + 1}–${year}`;
  const education =
    inputs.minimumEducation === null
      ? 'Jenjang jabatan tidak diketahui, sehingga pendidikan minimum tidak diketahui.'
      : inputs.pendidikan === null
        ? 'Pendidikan terakhir tidak diketahui.'
        : `Pendidikan ${inputs.pendidikan} ${tp.education === t.educationPoints ? 'memenuhi' : 'belum memenuhi'} minimum ${inputs.minimumEducation}.`;
  const years = inputs.yearsInPosition;
  return [
    {
      key: 'education',
      label: 'Pendidikan',
      points: tp.education,
      maxPoints: t.educationPoints,
      text: education,
    },
    {
      key: 'training',
      label: 'Pengembangan kompetensi',
      points: tp.training,
      maxPoints: t.trainingMaxPoints,
      text: `${inputs.trainingJp} JP pelatihan selesai pada ${year}; penuh pada ${t.trainingTargetJp} JP.`,
    },
    {
      key: 'experience',
      label: 'Pengalaman jabatan',
      points: tp.experience,
      maxPoints: t.experienceMaxPoints,
      text:
        years === null
          ? 'TMT jabatan tidak diketahui.'
          : `${s(years)} tahun pada jabatan saat ini per ${formatDate(inputs.referenceDate)}; penuh pada ${t.experienceTargetYears} tahun.`,
    },
    {
      key: 'discipline',
      label: 'Disiplin',
      points: tp.discipline,
      maxPoints: t.disciplinePoints.none,
      text:
        sanctions.sedang + sanctions.berat > 0
          ? `Ada hukuman disiplin sedang/berat pada ${window}.`
          : sanctions.ringan > 0
            ? `Hanya hukuman disiplin ringan pada ${window}.`
            : `Tidak ada hukuman disiplin pada ${window}.`,
    },
  ];
}

function nextSteps(result: ClassificationResult, rules: RuleSetContent): NextStep[] {
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

function levelRange(score: number, level: string, upper: number | null, lower: number | null): string {
  const bounds = [
    lower === null ? null : `≥ ${formatScore(lower)}`,
    upper === null ? null : `< ${formatScore(upper)}`,
  ]
    .filter((b) => b !== null)
    .join(' dan ');
  return `${formatScore(score)} (${bounds} → ${level})`;
}

function whyBox(result: ClassificationResult, rules: RuleSetContent): string | null {
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
 * Explains a result for people (product.md §2.4: "a full, stored explanation"): each component with its
 * inputs, weight and contribution; the cut-offs; why this box; what would move the person to a better
 * neighbouring box; and, when not mapped, which data to supply per reason. Indonesian; numbers shown with
 * two decimals, computed from the unrounded values.
 */
export function explainResult(result: ClassificationResult, rules: RuleSetContent): Explanation {
  const texts = componentTexts(result);
  const w = rules.weights;
  const component = (
    key: ComponentKey,
    label: string,
    score: number | null,
    weight: number,
  ): ComponentExplanation => ({
    key,
    label,
    score,
    weight,
    contribution: score === null ? null : weight * score,
    text: texts[key],
  });
  const components = [
    component('competency', 'Kompetensi (K)', result.competencyScore, w.competency),
    component('potentialAssessment', 'Penilaian potensi (P)', result.potentialAssessmentScore, w.potential),
    component('trackRecord', 'Rekam jejak (R)', result.trackRecordScore, w.trackRecord),
  ];
  const potentialText =
    result.potentialScore === null
      ? 'Nilai potensial tidak dapat dihitung karena ada komponen yang tidak tersedia.'
      : `Nilai potensial ${s(result.potentialScore)} = ${components
          .map((c) => `${formatScore(c.weight)} × ${s(c.score)}`)
          .join(' + ')}.`;
  const missingData = result.reasons.map((reason) => ({
    reason,
    text: missingDataText(reason, result.year, rules.assessmentValidityYears),
  }));
  const box = result.box;
  const summary =
    box === null
      ? `Tidak dipetakan pada tahun ${result.year}: ${missingData.map((m) => m.text).join(' ')}`
      : `Kotak ${box}: ${boxName(box)}. Rekomendasi: ${recommendationText(box)}.`;
  return {
    year: result.year,
    status: result.status,
    box,
    boxName: box === null ? null : boxName(box),
    recommendation: box === null ? null : recommendationText(box),
    summary,
    performance: {
      score: result.performanceScore,
      level: result.performanceLevel,
      predikat: result.predikat,
      cutOffs: rules.performanceCutOffs,
      text: performanceText(result, rules),
    },
    potential: {
      score: result.potentialScore,
      level: result.potentialLevel,
      cutOffs: rules.potentialCutOffs,
      components,
      trackRecordParts: trackRecordParts(result, rules),
      text: potentialText,
    },
    whyBox: whyBox(result, rules),
    nextSteps: nextSteps(result, rules),
    missingData,
    warnings: result.warnings.map((code) => ({ code, text: WARNING_TEXTS[code] })),
  };
}
