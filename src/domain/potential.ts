import type { Education, PotentialLevel, Severity } from './codes.js';
import { isEducationAtLeast } from './education.js';
import { monthsBetween, yearOf, type IsoDate } from './dates.js';
import type { RuleSetContent } from './rule-set.js';

/** The 8 potential dimensions, on 1–5 (PermenPANRB 20/2025 Art. 17; import-format.md `potensi`). */
export const POTENTIAL_DIMENSION_KEYS = [
  'intelektual',
  'interpersonal',
  'kesadaranDiri',
  'berfikirKritis',
  'pemecahanMasalah',
  'kecerdasanEmosional',
  'growthMindset',
  'motivasiKomitmen',
] as const;
export type PotentialDimensionKey = (typeof POTENTIAL_DIMENSION_KEYS)[number];
export type PotentialDimensions = Readonly<Partial<Record<PotentialDimensionKey, number | null>>>;

export interface PotentialAssessmentValues {
  /** The assessment's total on 0–100, when given. */
  readonly total: number | null;
  readonly dims: PotentialDimensions;
}

export interface PotentialAssessmentScore {
  /** P on 0–100, `null` when the assessment holds no score at all. */
  readonly score: number | null;
  /** How many dimensions were averaged (0 when the total was used). */
  readonly dimensionsUsed: number;
}

/**
 * P, the potential-assessment component (rules.md §2 [DEFAULT]): the total when given, else
 * `100 × mean(dimensions) ÷ 5`. Missing dimensions are left out of the mean (not counted as 0);
 * with no total and no dimension there is no score.
 */
export function potentialAssessmentScore(assessment: PotentialAssessmentValues): PotentialAssessmentScore {
  if (assessment.total !== null && Number.isFinite(assessment.total)) {
    return { score: assessment.total, dimensionsUsed: 0 };
  }
  let sum = 0;
  let count = 0;
  for (const key of POTENTIAL_DIMENSION_KEYS) {
    const v = assessment.dims[key];
    if (typeof v === 'number' && Number.isFinite(v)) {
      sum += v;
      count += 1;
    }
  }
  return count === 0
    ? { score: null, dimensionsUsed: 0 }
    : { score: (100 * (sum / count)) / 5, dimensionsUsed: count };
}

/** True when the assessment yields a P score (used to pick the most recent scorable assessment). */
export function hasPotentialScore(assessment: PotentialAssessmentValues): boolean {
  if (assessment.total !== null && Number.isFinite(assessment.total)) return true;
  for (const key of POTENTIAL_DIMENSION_KEYS) {
    const v = assessment.dims[key];
    if (typeof v === 'number' && Number.isFinite(v)) return true;
  }
  return false;
}

type TrackRecordRules = RuleSetContent['trackRecord'];

/**
 * Education part of R (rules.md §2): `educationPoints` (25) when the highest education meets the minimum
 * of the current job level (rules.md §5 order, D4 = S1), else 0; 0 too when unknown (the caller warns).
 */
export function educationPoints(
  pendidikan: Education | null,
  minimum: Education,
  rules: Pick<TrackRecordRules, 'educationPoints'>,
): number {
  return pendidikan !== null && isEducationAtLeast(pendidikan, minimum) ? rules.educationPoints : 0;
}

export interface TrainingRecord {
  readonly jp: number;
  readonly tanggalMulai: IsoDate;
  readonly tanggalSelesai: IsoDate | null;
}

/** JP of the trainings that ended in year Y: by `tanggalSelesai`, else `tanggalMulai` (rules.md §2). */
export function trainingJpInYear(trainings: readonly TrainingRecord[], year: number): number {
  let jp = 0;
  for (const t of trainings) {
    if (yearOf(t.tanggalSelesai ?? t.tanggalMulai) === year) jp += t.jp;
  }
  return jp;
}

/**
 * Competency-development part of R (rules.md §2; 20 JP a year, PP 11/2017, regulations.md §4.9):
 * `trainingMaxPoints × min(1, JP ÷ trainingTargetJp)` = `25 × min(1, JP ÷ 20)`.
 */
export function trainingPoints(
  jp: number,
  rules: Pick<TrackRecordRules, 'trainingMaxPoints' | 'trainingTargetJp'>,
): number {
  const ratio = jp / rules.trainingTargetJp;
  return rules.trainingMaxPoints * (ratio >= 1 ? 1 : ratio > 0 ? ratio : 0);
}

/**
 * Years in the current position at the reference date (rules.md §2): whole months from `tmtJabatan` ÷ 12,
 * 0 when the position starts after the reference date.
 */
export function yearsInPosition(tmtJabatan: IsoDate, reference: IsoDate): number {
  const months = monthsBetween(tmtJabatan, reference);
  return months > 0 ? months / 12 : 0;
}

/**
 * Experience part of R (rules.md §2): `experienceMaxPoints × min(1, years ÷ experienceTargetYears)`
 * = `25 × min(1, years ÷ 2)`.
 */
export function experiencePoints(
  years: number,
  rules: Pick<TrackRecordRules, 'experienceMaxPoints' | 'experienceTargetYears'>,
): number {
  const ratio = years / rules.experienceTargetYears;
  return rules.experienceMaxPoints * (ratio >= 1 ? 1 : ratio > 0 ? ratio : 0);
}

export interface SanctionRecord {
  readonly tingkat: Severity;
  readonly tanggalSk: IsoDate;
}

/** Sanctions by severity decided within the discipline window ending with Y (Y−1 and Y by default). */
export interface SanctionCounts {
  readonly ringan: number;
  readonly sedang: number;
  readonly berat: number;
}

/** Counts the sanctions whose decision date (`tanggalSk`) falls in Y−n+1 … Y (rules.md §2). */
export function sanctionsInWindow(
  sanctions: readonly SanctionRecord[],
  year: number,
  windowYears: number,
): SanctionCounts {
  let ringan = 0;
  let sedang = 0;
  let berat = 0;
  for (const s of sanctions) {
    const y = yearOf(s.tanggalSk);
    if (y > year - windowYears && y <= year) {
      if (s.tingkat === 'RINGAN') ringan += 1;
      else if (s.tingkat === 'SEDANG') sedang += 1;
      else berat += 1;
    }
  }
  return { ringan, sedang, berat };
}

/**
 * Discipline part of R (rules.md §2; PP 94/2021 levels): no sanction in the window → 25; only light
 * (ringan) → 15; any medium (sedang) or heavy (berat) → 0.
 */
export function disciplinePoints(
  counts: SanctionCounts,
  rules: Pick<TrackRecordRules, 'disciplinePoints'>,
): number {
  if (counts.sedang > 0 || counts.berat > 0) return rules.disciplinePoints.mediumOrHeavy;
  if (counts.ringan > 0) return rules.disciplinePoints.lightOnly;
  return rules.disciplinePoints.none;
}

/**
 * Potential score (rules.md §2 [DEFAULT]): `wK·K + wP·P + wR·R` (0.40 / 0.40 / 0.20), unrounded.
 */
export function potentialScore(
  competency: number,
  assessment: number,
  trackRecord: number,
  weights: RuleSetContent['weights'],
): number {
  return weights.competency * competency + weights.potential * assessment + weights.trackRecord * trackRecord;
}

/**
 * Potential level (rules.md §2 [DEFAULT]): `>= high` (85) → TINGGI, `>= medium` (70) → MENENGAH, else
 * RENDAH; compared unrounded.
 */
export function potentialLevel(score: number, cutOffs: RuleSetContent['potentialCutOffs']): PotentialLevel {
  if (score >= cutOffs.high) return 'TINGGI';
  if (score >= cutOffs.medium) return 'MENENGAH';
  return 'RENDAH';
}
