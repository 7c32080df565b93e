import type { ClassificationResult } from './classification.js';
import {
  EDUCATION_CODES,
  JENJANG_CODES,
  NOT_MAPPED_REASON_CODES,
  PERFORMANCE_LEVEL_CODES,
  POTENTIAL_LEVEL_CODES,
  PREDIKAT_CODES,
  type NotMappedReason,
  type WarningCode,
} from './codes.js';
import { referenceDate } from './dates.js';
import type { MappingColumns } from './mapping-columns.js';
import type { Box } from './nine-box.js';

/*
 * The output of the columnar engine (classify-columns.ts) and how to read one person back as the reference
 * engine's result object (classify.ts).
 */

/** Warning bits, in the order `classifyEmployee` reports them. */
export const WARNING_BIT_ORDER: readonly WarningCode[] = [
  'PREDIKAT_TIDAK_SESUAI_RATING',
  'STANDAR_JABATAN_TIDAK_VALID',
  'ASESMEN_POTENSI_DIMENSI_TIDAK_LENGKAP',
  'PENDIDIKAN_TIDAK_DIKETAHUI',
  'TMT_JABATAN_TIDAK_ADA',
  'TMT_JABATAN_SETELAH_TANGGAL_ACUAN',
];
/** `standardSource` values. */
export const SOURCE_NONE = -1;
export const SOURCE_JABATAN = 0;
export const SOURCE_JENJANG = 1;

/**
 * The results of `classifyColumns`, one slot per person. NaN stands for null in the score columns, −1 in
 * the level and code columns (indexes into PERFORMANCE_LEVEL_CODES, POTENTIAL_LEVEL_CODES, PREDIKAT_CODES,
 * EDUCATION_CODES); box 0 means not mapped.
 */
export interface ClassifiedColumns {
  readonly size: number;
  readonly box: Uint8Array;
  readonly predikat: Int8Array;
  readonly performanceScore: Float64Array;
  readonly performanceLevel: Int8Array;
  readonly competencyScore: Float64Array;
  readonly potentialAssessmentScore: Float64Array;
  readonly trackRecordScore: Float64Array;
  readonly potentialScore: Float64Array;
  readonly potentialLevel: Int8Array;
  readonly trackRecordEducation: Float64Array;
  readonly trackRecordTraining: Float64Array;
  readonly trackRecordExperience: Float64Array;
  readonly trackRecordDiscipline: Float64Array;
  /** Bit k: NOT_MAPPED_REASON_CODES[k]. */
  readonly reasons: Uint8Array;
  /** Bit k: WARNING_BIT_ORDER[k]. */
  readonly warnings: Uint8Array;
  /** Bit `offset`: the SKP of Y − offset was used. */
  readonly skpUsed: Uint8Array;
  readonly standardSource: Int8Array;
  readonly standardSum: Float64Array;
  readonly minimumEducation: Int8Array;
  readonly yearsInPosition: Float64Array;
}

export function allocateClassified(size: number): ClassifiedColumns {
  const f64 = () => new Float64Array(size);
  const i8 = () => new Int8Array(size);
  const u8 = () => new Uint8Array(size);
  return {
    size,
    box: u8(),
    predikat: i8(),
    performanceScore: f64(),
    performanceLevel: i8(),
    competencyScore: f64(),
    potentialAssessmentScore: f64(),
    trackRecordScore: f64(),
    potentialScore: f64(),
    potentialLevel: i8(),
    trackRecordEducation: f64(),
    trackRecordTraining: f64(),
    trackRecordExperience: f64(),
    trackRecordDiscipline: f64(),
    reasons: u8(),
    warnings: u8(),
    skpUsed: u8(),
    standardSource: i8(),
    standardSum: f64(),
    minimumEducation: i8(),
    yearsInPosition: f64(),
  };
}

const orNull = (x: number): number | null => (x === x ? x : null);
const codeOrNull = <T>(codes: readonly T[], i: number): T | null => (i < 0 ? null : codes[i]!);

/** Reason codes of a bitmask, in NOT_MAPPED_REASON_CODES order. */
export function reasonsOf(mask: number): NotMappedReason[] {
  return NOT_MAPPED_REASON_CODES.filter((_, k) => (mask & (1 << k)) !== 0);
}

/** Warning codes of a bitmask, in the order `classifyEmployee` reports them. */
export function warningsOf(mask: number): WarningCode[] {
  return WARNING_BIT_ORDER.filter((_, k) => (mask & (1 << k)) !== 0);
}

/** Person `i` as the reference engine's result object (explanations, tests). */
export function resultAt(input: MappingColumns, out: ClassifiedColumns, i: number): ClassificationResult {
  const year = input.year;
  const w = input.windows.performanceYears;
  const skpYears: number[] = [];
  const skpPredikat: (typeof PREDIKAT_CODES)[number][] = [];
  for (let o = 0; o < w; o++) {
    if ((out.skpUsed[i]! & (1 << o)) === 0) continue;
    skpYears.push(year - o);
    skpPredikat.push(PREDIKAT_CODES[input.skpPredikat[i * w + o]!]!);
  }
  const box = out.box[i]!;
  const compId = input.competencyId[i];
  const potId = input.potentialId[i];
  const source = out.standardSource[i];
  return {
    year,
    status: box > 0 ? 'DIPETAKAN' : 'TIDAK_DIPETAKAN',
    box: box > 0 ? (box as Box) : null,
    predikat: codeOrNull(PREDIKAT_CODES, out.predikat[i]!),
    performanceScore: orNull(out.performanceScore[i]!),
    performanceLevel: codeOrNull(PERFORMANCE_LEVEL_CODES, out.performanceLevel[i]!),
    competencyScore: orNull(out.competencyScore[i]!),
    potentialAssessmentScore: orNull(out.potentialAssessmentScore[i]!),
    trackRecordScore: orNull(out.trackRecordScore[i]!),
    trackRecordParts: {
      education: orNull(out.trackRecordEducation[i]!),
      training: out.trackRecordTraining[i]!,
      experience: out.trackRecordExperience[i]!,
      discipline: out.trackRecordDiscipline[i]!,
    },
    potentialScore: orNull(out.potentialScore[i]!),
    potentialLevel: codeOrNull(POTENTIAL_LEVEL_CODES, out.potentialLevel[i]!),
    reasons: reasonsOf(out.reasons[i]!),
    warnings: warningsOf(out.warnings[i]!),
    inputs: {
      referenceDate: referenceDate(year),
      jenjang: codeOrNull(JENJANG_CODES, input.jenjang[i]!),
      skpYears,
      skpPredikat,
      competencyAssessment:
        compId !== null && compId !== undefined ? { id: compId, tanggal: input.competencyDate[i]! } : null,
      potentialAssessment:
        potId !== null && potId !== undefined ? { id: potId, tanggal: input.potentialDate[i]! } : null,
      standardSource: source === SOURCE_JABATAN ? 'JABATAN' : source === SOURCE_JENJANG ? 'JENJANG' : null,
      standardSum: orNull(out.standardSum[i]!),
      pendidikan: codeOrNull(EDUCATION_CODES, input.pendidikan[i]!),
      minimumEducation: codeOrNull(EDUCATION_CODES, out.minimumEducation[i]!),
      trainingJp: input.trainingJp[i]!,
      yearsInPosition: orNull(out.yearsInPosition[i]!),
      sanctions: {
        ringan: input.sanctionsRingan[i]!,
        sedang: input.sanctionsSedang[i]!,
        berat: input.sanctionsBerat[i]!,
      },
      potentialDimensionsUsed: input.potentialDimensions[i]!,
    },
  };
}
