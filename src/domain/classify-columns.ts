import {
  allocateClassified,
  SOURCE_JABATAN,
  SOURCE_JENJANG,
  SOURCE_NONE,
  type ClassifiedColumns,
} from './classified-columns.js';
import {
  EDUCATION_CODES,
  JENJANG_CODES,
  PERFORMANCE_LEVEL_CODES,
  POTENTIAL_LEVEL_CODES,
  PREDIKAT_CODES,
} from './codes.js';
import { isEducationAtLeast } from './education.js';
import { asCompiled, type CompiledRules } from './fast-path.js';
import {
  STANDARD_INVALID,
  STANDARD_VALID,
  TMT_AFTER_REFERENCE,
  TMT_NONE,
  type MappingColumns,
} from './mapping-columns.js';
import { NINE_BOX_MATRIX } from './nine-box.js';
import type { RuleSetContent } from './rule-set.js';

/** Reason bits: bit k is NOT_MAPPED_REASON_CODES[k] (the order in which they are reported). */
const R_TIDAK_AKTIF = 1;
const R_JENJANG = 2;
const R_SKP = 4;
const R_KOMPETENSI = 8;
const R_POTENSI = 16;

/** Warning bits: bit k is WARNING_BIT_ORDER[k] (classified-columns.ts). */
const W_PREDIKAT = 1;
const W_STANDAR = 2;
const W_DIMENSI = 4;
const W_PENDIDIKAN = 8;
const W_TMT_TIDAK_ADA = 16;
const W_TMT_SETELAH = 32;

const BOX_BY_LEVELS = new Uint8Array(9);
PERFORMANCE_LEVEL_CODES.forEach((perf, a) =>
  POTENTIAL_LEVEL_CODES.forEach((pot, b) => (BOX_BY_LEVELS[a * 3 + b] = NINE_BOX_MATRIX[perf][pot])),
);

/** The rule set as flat tables indexed by code (points per predikat, Σ standard and minimum per jenjang…). */
function tablesOf(rules: CompiledRules) {
  const points = Float64Array.from(PREDIKAT_CODES, (p) => rules.points[p]);
  const standardSum = Float64Array.from(JENJANG_CODES, (j) => rules.standardSum[j]);
  const minimum = Int8Array.from(JENJANG_CODES, (j) => EDUCATION_CODES.indexOf(rules.minimumEducation[j]));
  const tr = rules.trackRecord;
  // Education points by (jenjang, pendidikan): rules.md §2, §5 (D4 = S1).
  const education = new Float64Array(JENJANG_CODES.length * EDUCATION_CODES.length);
  JENJANG_CODES.forEach((j, a) =>
    EDUCATION_CODES.forEach((e, b) => {
      education[a * EDUCATION_CODES.length + b] = isEducationAtLeast(e, rules.minimumEducation[j])
        ? tr.educationPoints
        : 0;
    }),
  );
  return { points, standardSum, minimum, education };
}

/** The level index of a score against two `>=` cut-offs (rules.md §1.2, §2): 0 top, 1 middle, 2 bottom. */
const levelOf = (score: number, top: number, middle: number): number =>
  score >= top ? 0 : score >= middle ? 1 : 2;

/**
 * `classifyEmployee` (classify.ts; rules.md §1–§3) over digested columns: every person of `input`, with
 * exactly the reference engine's arithmetic and order of operations, writing typed columns instead of
 * objects. The digest must have been built for the rule set's windows. Pure; `out` is overwritten.
 * One long loop on purpose: it is the hot path of product.md §4 (≥ 5 million a second), and every helper
 * call or object per person costs more than the work itself.
 */
export function classifyColumns(
  input: MappingColumns,
  ruleSet: RuleSetContent | CompiledRules,
  out: ClassifiedColumns = allocateClassified(input.size),
): ClassifiedColumns {
  const rules = asCompiled(ruleSet);
  const w = input.windows;
  if (
    w.performanceYears !== rules.windowYears ||
    w.assessmentYears !== rules.validityYears ||
    w.disciplineYears !== rules.trackRecord.disciplineWindowYears
  ) {
    throw new Error('classifyColumns: digest dibuat untuk jendela aturan yang lain');
  }
  const { points, standardSum: defaultSum, minimum, education: educationTable } = tablesOf(rules);
  const tr = rules.trackRecord;
  const { perfAbove, perfMeets, potHigh, potMedium, wK, wP, wR } = rules;
  const trainingMax = tr.trainingMaxPoints;
  const trainingTarget = tr.trainingTargetJp;
  const experienceMax = tr.experienceMaxPoints;
  const experienceTarget = tr.experienceTargetYears;
  const { none, lightOnly, mediumOrHeavy } = tr.disciplinePoints;
  const windowYears = rules.windowYears;
  const year = input.year;
  const nEdu = EDUCATION_CODES.length;
  // Every column in a local: the loop then reads typed arrays only (no property loads per person).
  const { active, jenjang: jenjangOf, pendidikan: pendidikanOf, skpPredikat, skpMismatch } = input;
  const { standardState, standardSum: ownSum, competencySum, potentialScore, potentialDimensions } = input;
  const { trainingJp, tmtState, tmtYear, tmtMonth, sanctionsRingan, sanctionsSedang, sanctionsBerat } = input;
  const { box, predikat, performanceScore, performanceLevel, competencyScore } = out;
  const { potentialAssessmentScore, trackRecordScore, potentialScore: potentialOut, potentialLevel } = out;
  const { trackRecordEducation, trackRecordTraining, trackRecordExperience, trackRecordDiscipline } = out;
  const { reasons: reasonsOut, warnings: warningsOut, skpUsed, standardSource, standardSum: sumOut } = out;
  const { minimumEducation, yearsInPosition } = out;

  for (let i = 0; i < input.size; i++) {
    let reasons = active[i] === 1 ? 0 : R_TIDAK_AKTIF;
    let warnings = 0;
    const jenjang = jenjangOf[i]!;
    if (jenjang < 0) reasons |= R_JENJANG;

    // Performance (rules.md §1.2): mean of the points of the window years present; Y required.
    let total = 0;
    let count = 0;
    let used = 0;
    const base = i * windowYears;
    const current = skpPredikat[base]!;
    for (let o = 0; o < windowYears; o++) {
      const p = skpPredikat[base + o]!;
      if (p < 0) continue;
      used |= 1 << o;
      count++;
      total += points[p]!;
    }
    if (skpMismatch[i] !== 0) warnings |= W_PREDIKAT;
    let perfScore = Number.NaN;
    let perfLevel = -1;
    if (current < 0) reasons |= R_SKP;
    else {
      perfScore = total / count;
      perfLevel = levelOf(perfScore, perfAbove, perfMeets);
    }

    // K against the position's own standard, else the job level's default (rules.md §2).
    let source = SOURCE_NONE;
    let standard = Number.NaN;
    const state = standardState[i];
    if (state === STANDARD_VALID) {
      source = SOURCE_JABATAN;
      standard = ownSum[i]!;
    } else if (state === STANDARD_INVALID) warnings |= W_STANDAR;
    if (source === SOURCE_NONE && jenjang >= 0) {
      source = SOURCE_JENJANG;
      standard = defaultSum[jenjang]!;
    }
    const achieved = competencySum[i]!;
    let k = Number.NaN;
    if (achieved !== achieved) reasons |= R_KOMPETENSI;
    // = jpmFromSums (competency.ts): min(100, 100 × Σ achieved ÷ Σ standard), none when Σ standard ≤ 0.
    else if (source !== SOURCE_NONE && standard > 0) {
      k = (100 * achieved) / standard;
      if (k > 100) k = 100;
    }

    // P (rules.md §2).
    const p = potentialScore[i]!;
    if (p !== p) reasons |= R_POTENSI;
    const dims = potentialDimensions[i]!;
    if (dims > 0 && dims < 8) warnings |= W_DIMENSI;

    // R: education, training, experience, discipline (rules.md §2).
    const pendidikan = pendidikanOf[i]!;
    if (pendidikan < 0) warnings |= W_PENDIDIKAN;
    const education =
      jenjang < 0 ? Number.NaN : pendidikan < 0 ? 0 : educationTable[jenjang * nEdu + pendidikan]!;
    const jpRatio = trainingJp[i]! / trainingTarget;
    const training = trainingMax * (jpRatio >= 1 ? 1 : jpRatio > 0 ? jpRatio : 0);
    let years = Number.NaN;
    let experience = 0;
    const tmt = tmtState[i];
    if (tmt === TMT_NONE) warnings |= W_TMT_TIDAK_ADA;
    else {
      if (tmt === TMT_AFTER_REFERENCE) {
        years = 0;
        warnings |= W_TMT_SETELAH;
      } else years = ((year - tmtYear[i]!) * 12 + (12 - tmtMonth[i]!)) / 12;
      const ratio = years / experienceTarget;
      experience = experienceMax * (ratio >= 1 ? 1 : ratio > 0 ? ratio : 0);
    }
    const discipline =
      sanctionsSedang[i]! > 0 || sanctionsBerat[i]! > 0
        ? mediumOrHeavy
        : sanctionsRingan[i]! > 0
          ? lightOnly
          : none;
    const r = education + training + experience + discipline; // NaN when education is unknown

    const potScore = wK * k + wP * p + wR * r; // NaN when any component is missing
    const potLevel = potScore === potScore ? levelOf(potScore, potHigh, potMedium) : -1;

    box[i] = reasons === 0 && perfLevel >= 0 && potLevel >= 0 ? BOX_BY_LEVELS[perfLevel * 3 + potLevel]! : 0;
    predikat[i] = current;
    performanceScore[i] = perfScore;
    performanceLevel[i] = perfLevel;
    competencyScore[i] = k;
    potentialAssessmentScore[i] = p;
    trackRecordScore[i] = r;
    potentialOut[i] = potScore;
    potentialLevel[i] = potLevel;
    trackRecordEducation[i] = education;
    trackRecordTraining[i] = training;
    trackRecordExperience[i] = experience;
    trackRecordDiscipline[i] = discipline;
    reasonsOut[i] = reasons;
    warningsOut[i] = warnings;
    skpUsed[i] = used;
    standardSource[i] = source;
    sumOut[i] = standard;
    minimumEducation[i] = jenjang < 0 ? -1 : minimum[jenjang]!;
    yearsInPosition[i] = years;
  }
  return out;
}
