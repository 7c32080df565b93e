import {
  JENJANG_LABELS,
  PREDIKAT_LABELS,
  type Education,
  type MappingStatus,
  type NotMappedReason,
  type PerformanceLevel,
  type PotentialLevel,
  type Predikat,
  type WarningCode,
} from './codes.js';
import type { ClassificationResult } from './classification.js';
import { nextSteps, whyBox, type NextStep } from './explain-box.js';
import { boxName, recommendationText, type Box } from './nine-box.js';
import { formatDate, formatScore, missingDataText, WARNING_TEXTS } from './messages.js';
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

/** D4 and S1 rank equal (rules.md §5), so a minimum of either reads "S1/D4". */
const minimumLabel = (code: Education): string => (code === 'S1' || code === 'D4' ? 'S1/D4' : code);

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
        : `Pendidikan ${inputs.pendidikan} ${tp.education === t.educationPoints ? 'memenuhi' : 'belum memenuhi'} minimum ${minimumLabel(inputs.minimumEducation)}.`;
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
