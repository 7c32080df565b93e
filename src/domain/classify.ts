import type { NotMappedReason, Predikat, WarningCode } from './codes.js';
import type {
  ClassificationInput,
  ClassificationResult,
  InputsUsed,
  SkpInput,
  TrackRecordParts,
} from './classification.js';
import { isValidStandard, jpmFromSums, selectLatestValid, sumLevels } from './competency.js';
import { monthOf, referenceDate, yearOf, type IsoDate } from './dates.js';
import { asCompiled, type CompiledRules } from './fast-path.js';
import { isActive } from './kedudukan.js';
import { boxOf } from './nine-box.js';
import { performanceLevel } from './performance.js';
import {
  disciplinePoints,
  educationPoints,
  experiencePoints,
  hasPotentialScore,
  potentialAssessmentScore,
  potentialLevel,
  sanctionsInWindow,
  trainingJpInYear,
  trainingPoints,
  type SanctionCounts,
} from './potential.js';
import { derivePredikat } from './predikat.js';
import type { RuleSetContent } from './rule-set.js';

// The engine's public surface, as other modules already import it from here (types live in
// classification.ts, the active check in kedudukan.ts).
export type {
  ClassificationInput,
  ClassificationResult,
  CompetencyAssessmentInput,
  InputsUsed,
  PotentialAssessmentInput,
  SkpInput,
  TrackRecordParts,
} from './classification.js';
export { isActive } from './kedudukan.js';

interface Performance {
  readonly score: number | null;
  readonly predikat: Predikat | null;
  readonly years: number[];
  readonly predikats: Predikat[];
  readonly mismatch: boolean;
}

function performanceOf(skps: readonly SkpInput[], year: number, rules: CompiledRules): Performance {
  const years: number[] = [];
  const predikats: Predikat[] = [];
  let total = 0;
  let predikat: Predikat | null = null;
  let mismatch = false;
  for (let offset = 0; offset < rules.windowYears; offset++) {
    const tahun = year - offset;
    let skp: SkpInput | undefined;
    for (const s of skps) {
      if (s.tahun === tahun) {
        skp = s;
        break;
      }
    }
    if (skp === undefined) continue;
    if (offset === 0) predikat = skp.predikat;
    years.push(tahun);
    predikats.push(skp.predikat);
    total += rules.points[skp.predikat];
    const { resultRating, behaviourRating } = skp;
    if (resultRating && behaviourRating && derivePredikat(resultRating, behaviourRating) !== skp.predikat) {
      mismatch = true;
    }
  }
  return { score: predikat === null ? null : total / years.length, predikat, years, predikats, mismatch };
}

const NO_SANCTIONS: SanctionCounts = Object.freeze({ ringan: 0, sedang: 0, berat: 0 });
const NONE: readonly never[] = Object.freeze([]);
let lastYear = Number.NaN;
let lastReferenceDate = '';

/** 31 Dec Y, remembered for the last year asked (a run classifies many people for one year). */
function referenceDateOf(year: number): IsoDate {
  if (year !== lastYear) {
    lastReferenceDate = referenceDate(year);
    lastYear = year;
  }
  return lastReferenceDate;
}

/**
 * Classifies one employee for mapping year Y (rules.md §1–§3): performance from the SKP window, potential
 * from K (JPM), P (potential assessment) and R (track record), the box from the two levels. Every component
 * that can be computed is, even when the employee cannot be mapped; `reasons` lists every reason that
 * applies. Pure: the reference date is 31 Dec Y.
 */
export function classifyEmployee(
  input: ClassificationInput,
  ruleSet: RuleSetContent | CompiledRules,
  year: number,
): ClassificationResult {
  const rules = asCompiled(ruleSet);
  const source = rules.source;
  const refDate = referenceDateOf(year);
  // Allocated only when something is reported: most people have neither.
  let reasons: NotMappedReason[] | null = null;
  let warnings: WarningCode[] | null = null;
  const { jenjang } = input;

  if (!isActive(input.kedudukan)) (reasons ??= []).push('TIDAK_AKTIF');
  if (jenjang === null) (reasons ??= []).push('JENJANG_TIDAK_DIKETAHUI');

  // Performance (rules.md §1.2).
  const perf = performanceOf(input.skps, year, rules);
  if (perf.score === null) (reasons ??= []).push('SKP_TAHUN_BERJALAN_TIDAK_ADA');
  if (perf.mismatch) (warnings ??= []).push('PREDIKAT_TIDAK_SESUAI_RATING');
  const perfLevel = perf.score === null ? null : performanceLevel(perf.score, source.performanceCutOffs);

  // K: JPM against the position's own standard, else the job level's default (rules.md §2).
  let standardSource: InputsUsed['standardSource'] = null;
  let standardSum: number | null = null;
  if (input.positionStandard !== null) {
    if (isValidStandard(input.positionStandard)) {
      standardSource = 'JABATAN';
      standardSum = sumLevels(input.positionStandard);
    } else {
      (warnings ??= []).push('STANDAR_JABATAN_TIDAK_VALID');
    }
  }
  if (standardSum === null && jenjang !== null) {
    standardSource = 'JENJANG';
    standardSum = rules.standardSum[jenjang];
  }
  const competency = selectLatestValid(input.competencyAssessments, year, rules.validityYears);
  if (competency === null) (reasons ??= []).push('ASESMEN_KOMPETENSI_TIDAK_ADA');
  const k =
    competency === null || standardSum === null
      ? null
      : jpmFromSums(sumLevels(competency.levels), standardSum);

  // P: the most recent valid assessment that has a score (rules.md §2).
  const potential = selectLatestValid(
    input.potentialAssessments,
    year,
    rules.validityYears,
    hasPotentialScore,
  );
  if (potential === null) (reasons ??= []).push('ASESMEN_POTENSI_TIDAK_ADA');
  const pScore = potential === null ? null : potentialAssessmentScore(potential);
  const p = pScore === null ? null : pScore.score;
  const dimensionsUsed = pScore === null ? 0 : pScore.dimensionsUsed;
  if (dimensionsUsed > 0 && dimensionsUsed < 8)
    (warnings ??= []).push('ASESMEN_POTENSI_DIMENSI_TIDAK_LENGKAP');

  // R: four parts (rules.md §2).
  const tr = rules.trackRecord;
  const minimumEducation = jenjang === null ? null : rules.minimumEducation[jenjang];
  if (input.pendidikan === null) (warnings ??= []).push('PENDIDIKAN_TIDAK_DIKETAHUI');
  const education =
    minimumEducation === null ? null : educationPoints(input.pendidikan, minimumEducation, tr);
  const trainingJp = trainingJpInYear(input.trainings, year);
  let years: number | null = null;
  const tmt = input.tmtJabatan;
  if (tmt === null) (warnings ??= []).push('TMT_JABATAN_TIDAK_ADA');
  else if (tmt > refDate) {
    years = 0;
    (warnings ??= []).push('TMT_JABATAN_SETELAH_TANGGAL_ACUAN');
  } else {
    // = yearsInPosition(tmt, refDate): 31 Dec is a month end, so its own month always counts.
    years = ((year - yearOf(tmt)) * 12 + (12 - monthOf(tmt))) / 12;
  }
  const sanctions =
    input.sanctions.length === 0
      ? NO_SANCTIONS
      : sanctionsInWindow(input.sanctions, year, tr.disciplineWindowYears);
  const parts: TrackRecordParts = {
    education,
    training: trainingPoints(trainingJp, tr),
    experience: years === null ? 0 : experiencePoints(years, tr),
    discipline: disciplinePoints(sanctions, tr),
  };
  const r = education === null ? null : education + parts.training + parts.experience + parts.discipline;

  const potScore = k === null || p === null || r === null ? null : rules.wK * k + rules.wP * p + rules.wR * r;
  const potLevel = potScore === null ? null : potentialLevel(potScore, source.potentialCutOffs);
  const mapped = reasons === null && perfLevel !== null && potLevel !== null;

  return {
    year,
    status: mapped ? 'DIPETAKAN' : 'TIDAK_DIPETAKAN',
    box: mapped ? boxOf(perfLevel, potLevel) : null,
    predikat: perf.predikat,
    performanceScore: perf.score,
    performanceLevel: perfLevel,
    competencyScore: k,
    potentialAssessmentScore: p,
    trackRecordScore: r,
    trackRecordParts: parts,
    potentialScore: potScore,
    potentialLevel: potLevel,
    reasons: reasons ?? NONE,
    warnings: warnings ?? NONE,
    inputs: {
      referenceDate: refDate,
      jenjang,
      skpYears: perf.years,
      skpPredikat: perf.predikats,
      competencyAssessment: competency === null ? null : { id: competency.id, tanggal: competency.tanggal },
      potentialAssessment: potential === null ? null : { id: potential.id, tanggal: potential.tanggal },
      standardSource,
      standardSum,
      pendidikan: input.pendidikan,
      minimumEducation,
      trainingJp,
      yearsInPosition: years,
      sanctions,
      potentialDimensionsUsed: dimensionsUsed,
    },
  };
}
