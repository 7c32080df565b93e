import type { ClassificationInput } from './classification.js';
import { EDUCATION_CODES, JENJANG_CODES, PREDIKAT_CODES, type Rating } from './codes.js';
import { isValidStandard, sumLevels } from './competency.js';
import { referenceDate, yearOf } from './dates.js';
import { isActive } from './kedudukan.js';
import { POTENTIAL_DIMENSION_KEYS } from './potential.js';
import { derivePredikat } from './predikat.js';

/**
 * The digest of a mapping run's inputs as typed columns, one slot per person: what `classifyColumns`
 * (classify-columns.ts) needs and nothing else. Digesting applies the parts of rules.md that depend only on
 * the year and the windows (which SKP counts for which year, which assessment is the latest valid one, JP of
 * the trainings of Y, sanctions in the window); the rule set's points, standards, weights and cut-offs are
 * applied by the classification. A digest is built for one year and one set of windows.
 */
export interface DigestWindows {
  /** SKP years Y, Y−1, … (rules.md §1.2). */
  readonly performanceYears: number;
  /** Assessments dated in Y−n+1 … Y (rules.md §2). */
  readonly assessmentYears: number;
  /** Sanctions decided in Y−n+1 … Y (rules.md §2). */
  readonly disciplineYears: number;
}

/** `tmtState` values. */
export const TMT_NONE = 0;
export const TMT_SET = 1;
/** The position starts after the reference date (31 Dec Y). */
export const TMT_AFTER_REFERENCE = 2;

/** `standardState` values: no own standard, a valid one (its Σ in `standardSum`), an unusable one. */
export const STANDARD_NONE = 0;
export const STANDARD_VALID = 1;
export const STANDARD_INVALID = 2;

const indexOf = <T extends string>(codes: readonly T[]): ReadonlyMap<string, number> =>
  new Map(codes.map((c, i) => [c, i]));
const JENJANG_INDEX = indexOf(JENJANG_CODES);
const EDUCATION_INDEX = indexOf(EDUCATION_CODES);
const PREDIKAT_INDEX = indexOf(PREDIKAT_CODES);

function codeIndex(index: ReadonlyMap<string, number>, code: string | null, what: string): number {
  if (code === null) return -1;
  const i = index.get(code);
  if (i === undefined) throw new Error(`kode ${what} tidak dikenal: ${code}`);
  return i;
}

/**
 * Fills the columns of `size` people for `year` and `windows`. Records may come in any order; for each
 * person the same choice is made as `classifyEmployee` makes from the same records in the same order.
 */
export class MappingColumns {
  readonly active: Uint8Array;
  /** Index in JENJANG_CODES, −1 unknown. */
  readonly jenjang: Int8Array;
  /** Index in EDUCATION_CODES, −1 unknown. */
  readonly pendidikan: Int8Array;
  readonly tmtState: Uint8Array;
  readonly tmtYear: Int16Array;
  readonly tmtMonth: Uint8Array;
  readonly standardState: Uint8Array;
  readonly standardSum: Float64Array;
  /** Predikat index (PREDIKAT_CODES) of year Y − offset at `i × performanceYears + offset`, −1 none. */
  readonly skpPredikat: Int8Array;
  /** Bit `offset`: that year's predikat disagrees with its ratings (rules.md §1.1). */
  readonly skpMismatch: Uint8Array;
  /** Σ of the 9 levels of the latest valid competency assessment, NaN none. */
  readonly competencySum: Float64Array;
  readonly competencyId: (string | null)[];
  readonly competencyDate: (string | null)[];
  /** P of the latest valid scored potential assessment, NaN none. */
  readonly potentialScore: Float64Array;
  readonly potentialDimensions: Uint8Array;
  readonly potentialId: (string | null)[];
  readonly potentialDate: (string | null)[];
  readonly trainingJp: Float64Array;
  readonly sanctionsRingan: Uint16Array;
  readonly sanctionsSedang: Uint16Array;
  readonly sanctionsBerat: Uint16Array;
  private readonly referenceDate: string;

  constructor(
    readonly size: number,
    readonly year: number,
    readonly windows: DigestWindows,
  ) {
    this.active = new Uint8Array(size);
    this.jenjang = new Int8Array(size);
    this.pendidikan = new Int8Array(size);
    this.tmtState = new Uint8Array(size);
    this.tmtYear = new Int16Array(size);
    this.tmtMonth = new Uint8Array(size);
    this.standardState = new Uint8Array(size);
    this.standardSum = new Float64Array(size);
    this.skpPredikat = new Int8Array(size * windows.performanceYears).fill(-1);
    this.skpMismatch = new Uint8Array(size);
    this.competencySum = new Float64Array(size).fill(Number.NaN);
    this.competencyId = new Array<string | null>(size).fill(null);
    this.competencyDate = new Array<string | null>(size).fill(null);
    this.potentialScore = new Float64Array(size).fill(Number.NaN);
    this.potentialDimensions = new Uint8Array(size);
    this.potentialId = new Array<string | null>(size).fill(null);
    this.potentialDate = new Array<string | null>(size).fill(null);
    this.trainingJp = new Float64Array(size);
    this.sanctionsRingan = new Uint16Array(size);
    this.sanctionsSedang = new Uint16Array(size);
    this.sanctionsBerat = new Uint16Array(size);
    this.referenceDate = referenceDate(year);
  }

  /** The person's own fields; `standardSum` is Σ of a valid position standard (see `setStandard`). */
  setPerson(
    i: number,
    kedudukan: string | null,
    jenjang: string | null,
    pendidikan: string | null,
    tmtJabatan: string | null,
  ): void {
    this.active[i] = isActive(kedudukan) ? 1 : 0;
    this.jenjang[i] = codeIndex(JENJANG_INDEX, jenjang, 'jenjang');
    this.pendidikan[i] = codeIndex(EDUCATION_INDEX, pendidikan, 'pendidikan');
    if (tmtJabatan === null) this.tmtState[i] = TMT_NONE;
    else {
      // Same comparison as classifyEmployee: ISO dates compare as text (rules.md §2, reference 31 Dec Y).
      this.tmtState[i] = tmtJabatan > this.referenceDate ? TMT_AFTER_REFERENCE : TMT_SET;
      this.tmtYear[i] = yearOf(tmtJabatan);
      this.tmtMonth[i] = (tmtJabatan.charCodeAt(5) - 48) * 10 + (tmtJabatan.charCodeAt(6) - 48);
    }
  }

  /** The position's own standard (rules.md §2): valid when all 9 levels are within 1–5. */
  setStandard(i: number, standard: Parameters<typeof isValidStandard>[0] | null): void {
    if (standard === null) this.standardState[i] = STANDARD_NONE;
    else if (isValidStandard(standard)) {
      this.standardState[i] = STANDARD_VALID;
      this.standardSum[i] = sumLevels(standard);
    } else this.standardState[i] = STANDARD_INVALID;
  }

  /** An SKP (rules.md §1.2): the first one of each window year counts, as in `classifyEmployee`. */
  addSkp(
    i: number,
    tahun: number,
    predikat: string,
    resultRating: Rating | null | undefined,
    behaviourRating: Rating | null | undefined,
  ): void {
    const offset = this.year - tahun;
    const w = this.windows.performanceYears;
    if (!(offset >= 0 && offset < w)) return;
    const slot = i * w + offset;
    if (this.skpPredikat[slot] !== -1) return;
    const p = codeIndex(PREDIKAT_INDEX, predikat, 'predikat');
    this.skpPredikat[slot] = p;
    if (resultRating && behaviourRating && derivePredikat(resultRating, behaviourRating) !== predikat) {
      this.skpMismatch[i]! |= 1 << offset;
    }
  }

  private isValid(tanggal: string): boolean {
    const y = yearOf(tanggal);
    return y > this.year - this.windows.assessmentYears && y <= this.year;
  }

  /** A competency assessment with Σ of its 9 levels (rules.md §2: the latest valid; same date: greater id). */
  addCompetency(i: number, id: string, tanggal: string, levelSum: number): void {
    if (!this.isValid(tanggal)) return;
    const best = this.competencyDate[i];
    if (
      best === null ||
      best === undefined ||
      tanggal > best ||
      (tanggal === best && id > this.competencyId[i]!)
    ) {
      this.competencyId[i] = id;
      this.competencyDate[i] = tanggal;
      this.competencySum[i] = levelSum;
    }
  }

  /**
   * A potential assessment (rules.md §2): P is the total when given, else 100 × mean(dimensions given) ÷ 5;
   * only assessments with a score compete for the latest valid one. `dims` in POTENTIAL_DIMENSION_KEYS order.
   */
  addPotential(
    i: number,
    id: string,
    tanggal: string,
    total: number | null,
    dims: ArrayLike<number | null | undefined>,
  ): void {
    if (!this.isValid(tanggal)) return;
    let score: number;
    let used = 0;
    if (total !== null && Number.isFinite(total)) score = total;
    else {
      let sum = 0;
      for (let d = 0; d < POTENTIAL_DIMENSION_KEYS.length; d++) {
        const v = dims[d];
        if (typeof v === 'number' && Number.isFinite(v)) {
          sum += v;
          used += 1;
        }
      }
      if (used === 0) return;
      score = (100 * (sum / used)) / 5;
    }
    const best = this.potentialDate[i];
    if (
      best === null ||
      best === undefined ||
      tanggal > best ||
      (tanggal === best && id > this.potentialId[i]!)
    ) {
      this.potentialId[i] = id;
      this.potentialDate[i] = tanggal;
      this.potentialScore[i] = score;
      this.potentialDimensions[i] = used;
    }
  }

  /** A training: its JP count for Y when it ended in Y (by `tanggalSelesai`, else `tanggalMulai`; rules.md §2). */
  addTraining(i: number, jp: number, tanggalMulai: string, tanggalSelesai: string | null): void {
    if (yearOf(tanggalSelesai ?? tanggalMulai) === this.year) this.trainingJp[i]! += jp;
  }

  /** A sanction, counted when decided in Y−n+1 … Y (rules.md §2). */
  addSanction(i: number, tingkat: string, tanggalSk: string): void {
    const y = yearOf(tanggalSk);
    if (!(y > this.year - this.windows.disciplineYears && y <= this.year)) return;
    if (tingkat === 'RINGAN') this.sanctionsRingan[i]! += 1;
    else if (tingkat === 'SEDANG') this.sanctionsSedang[i]! += 1;
    else this.sanctionsBerat[i]! += 1;
  }
}

/** The digest of already-loaded inputs (tests, benches and callers that hold `ClassificationInput`s). */
export function digestInputs(
  inputs: readonly ClassificationInput[],
  year: number,
  windows: DigestWindows,
): MappingColumns {
  const columns = new MappingColumns(inputs.length, year, windows);
  const dims = new Array<number | null | undefined>(POTENTIAL_DIMENSION_KEYS.length);
  inputs.forEach((input, i) => {
    columns.setPerson(i, input.kedudukan, input.jenjang, input.pendidikan, input.tmtJabatan);
    columns.setStandard(i, input.positionStandard);
    for (const s of input.skps) columns.addSkp(i, s.tahun, s.predikat, s.resultRating, s.behaviourRating);
    for (const c of input.competencyAssessments)
      columns.addCompetency(i, c.id, c.tanggal, sumLevels(c.levels));
    for (const p of input.potentialAssessments) {
      POTENTIAL_DIMENSION_KEYS.forEach((key, d) => (dims[d] = p.dims[key]));
      columns.addPotential(i, p.id, p.tanggal, p.total, dims);
    }
    for (const t of input.trainings) columns.addTraining(i, t.jp, t.tanggalMulai, t.tanggalSelesai);
    for (const s of input.sanctions) columns.addSanction(i, s.tingkat, s.tanggalSk);
  });
  return columns;
}
