import type {
  Education,
  EmploymentType,
  Jenjang,
  MappingStatus,
  NotMappedReason,
  PerformanceLevel,
  PotentialLevel,
  Predikat,
  Rating,
  WarningCode,
} from './codes.js';
import type { CompetencyLevels } from './competency.js';
import type { IsoDate } from './dates.js';
import type { Box } from './nine-box.js';
import type { PotentialDimensions, SanctionCounts, SanctionRecord, TrainingRecord } from './potential.js';

/*
 * The input and output shapes of the mapping engine (classify.ts; rules.md §1–§3), kept apart so that
 * loaders, repositories and presenters can import them without the engine.
 */

/** An annual SKP (PermenPANRB 6/2022): the year and its official or derived predikat. */
export interface SkpInput {
  readonly tahun: number;
  readonly predikat: Predikat;
  /** The ratings, when loaded: a predikat that disagrees with them raises a warning (rules.md §1.1). */
  readonly resultRating?: Rating | null;
  readonly behaviourRating?: Rating | null;
}

/** A competency assessment (PermenPANRB 38/2017): its 9 achieved levels. */
export interface CompetencyAssessmentInput {
  readonly id: string;
  readonly tanggal: IsoDate;
  readonly levels: CompetencyLevels;
}

/** A potential assessment (PermenPANRB 20/2025 Art. 17): a 0–100 total and/or the 8 dimensions (1–5). */
export interface PotentialAssessmentInput {
  readonly id: string;
  readonly tanggal: IsoDate;
  readonly total: number | null;
  readonly dims: PotentialDimensions;
}

/** One employee's data, already loaded (plain values; dates as `YYYY-MM-DD`). */
export interface ClassificationInput {
  /** PNS and PPPK are mapped alike (rules.md §2); carried for the record. */
  readonly employmentType: EmploymentType;
  readonly kedudukan: string | null;
  readonly jenjang: Jenjang | null;
  readonly pendidikan: Education | null;
  readonly tmtJabatan: IsoDate | null;
  /** The current position's own standard levels; `null` → the job level's default (rules.md §2). */
  readonly positionStandard: CompetencyLevels | null;
  readonly skps: readonly SkpInput[];
  readonly competencyAssessments: readonly CompetencyAssessmentInput[];
  readonly potentialAssessments: readonly PotentialAssessmentInput[];
  readonly trainings: readonly TrainingRecord[];
  readonly sanctions: readonly SanctionRecord[];
}

/** The four parts of R (rules.md §2); `education` is `null` when the job level is unknown. */
export interface TrackRecordParts {
  readonly education: number | null;
  readonly training: number;
  readonly experience: number;
  readonly discipline: number;
}

/** Identities and values of the inputs a result was computed from (stored with it, architecture.md §3). */
export interface InputsUsed {
  readonly referenceDate: IsoDate;
  readonly jenjang: Jenjang | null;
  /** SKP years found in the window, Y first. */
  readonly skpYears: readonly number[];
  /** Their predikat, in the same order. */
  readonly skpPredikat: readonly Predikat[];
  readonly competencyAssessment: { readonly id: string; readonly tanggal: IsoDate } | null;
  readonly potentialAssessment: { readonly id: string; readonly tanggal: IsoDate } | null;
  /** Whose standard K was measured against: the position's own or the job level's default. */
  readonly standardSource: 'JABATAN' | 'JENJANG' | null;
  readonly standardSum: number | null;
  readonly pendidikan: Education | null;
  readonly minimumEducation: Education | null;
  readonly trainingJp: number;
  /** Whole months in the current position ÷ 12 at the reference date; `null` without `tmtJabatan`. */
  readonly yearsInPosition: number | null;
  readonly sanctions: SanctionCounts;
  /** Dimensions averaged for P (0 when the assessment's total was used). */
  readonly potentialDimensionsUsed: number;
}

/** One employee's mapping for year Y: every score unrounded, levels, box, reasons and warnings. */
export interface ClassificationResult {
  readonly year: number;
  readonly status: MappingStatus;
  readonly box: Box | null;
  /** Predikat of year Y (the export's `predikatKinerja`). */
  readonly predikat: Predikat | null;
  readonly performanceScore: number | null;
  readonly performanceLevel: PerformanceLevel | null;
  /** K (JPM). */
  readonly competencyScore: number | null;
  /** P. */
  readonly potentialAssessmentScore: number | null;
  /** R. */
  readonly trackRecordScore: number | null;
  readonly trackRecordParts: TrackRecordParts;
  readonly potentialScore: number | null;
  readonly potentialLevel: PotentialLevel | null;
  /** Every reason that applies, in `NOT_MAPPED_REASON_CODES` order; empty when mapped. */
  readonly reasons: readonly NotMappedReason[];
  readonly warnings: readonly WarningCode[];
  readonly inputs: InputsUsed;
}
