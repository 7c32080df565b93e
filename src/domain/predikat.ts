import { PREDIKAT_CODES, RATING_CODES, type Predikat, type Rating } from './codes.js';

/**
 * Predikat kinerja matrix: row = rating hasil kerja, column = rating perilaku kerja
 * (PermenPANRB 6/2022; rules.md §1.1 [REG]; regulations.md §2.3).
 */
export const PREDIKAT_MATRIX: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> = {
  DI_ATAS_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'KURANG',
    SESUAI_EKSPEKTASI: 'BAIK',
    DI_ATAS_EKSPEKTASI: 'SANGAT_BAIK',
  },
  SESUAI_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'KURANG',
    SESUAI_EKSPEKTASI: 'BAIK',
    DI_ATAS_EKSPEKTASI: 'BAIK',
  },
  DI_BAWAH_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'SANGAT_KURANG',
    SESUAI_EKSPEKTASI: 'BUTUH_PERBAIKAN',
    DI_ATAS_EKSPEKTASI: 'BUTUH_PERBAIKAN',
  },
};

/** Predikat derived from the two ratings (PermenPANRB 6/2022 matrix; rules.md §1.1). */
export function derivePredikat(resultRating: Rating, behaviourRating: Rating): Predikat {
  return PREDIKAT_MATRIX[resultRating][behaviourRating];
}

export interface SkpRatings {
  readonly resultRating: Rating;
  readonly behaviourRating: Rating;
  /** The official predikat when the record carries one. */
  readonly predikat: Predikat | null;
}

export interface ResolvedPredikat {
  readonly predikat: Predikat;
  /** True when the record carried no predikat and it was derived from the ratings. */
  readonly derived: boolean;
  readonly warning: 'PREDIKAT_TIDAK_SESUAI_RATING' | null;
}

/**
 * The predikat of an SKP record (rules.md §1.1): the official one when present — kept even when it
 * disagrees with the matrix, with warning `PREDIKAT_TIDAK_SESUAI_RATING` — else derived from the ratings.
 */
export function resolvePredikat(skp: SkpRatings): ResolvedPredikat {
  const fromMatrix = derivePredikat(skp.resultRating, skp.behaviourRating);
  if (skp.predikat === null) return { predikat: fromMatrix, derived: true, warning: null };
  return {
    predikat: skp.predikat,
    derived: false,
    warning: skp.predikat === fromMatrix ? null : 'PREDIKAT_TIDAK_SESUAI_RATING',
  };
}

/** Upper-case words joined by `_`: "Di atas  ekspektasi" → "DI_ATAS_EKSPEKTASI". */
function codeKey(value: string): string {
  return value
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * Normalises a rating written as a code or a label (import-format.md §2): `DI_ATAS_EKSPEKTASI`,
 * `Di Atas Ekspektasi`, `diatas ekspektasi`, `Di-bawah Ekspektasi`; `null` when not recognised.
 */
export function parseRating(value: string): Rating | null {
  const key = codeKey(value)
    .replace(/^DIATAS_/, 'DI_ATAS_')
    .replace(/^DIBAWAH_/, 'DI_BAWAH_');
  return (RATING_CODES as readonly string[]).includes(key) ? (key as Rating) : null;
}

/**
 * Normalises a predikat written as a code or a label (import-format.md §2): `SANGAT_BAIK`, `Sangat Baik`,
 * `Kurang/Misconduct`, `Misconduct`, `butuh perbaikan`; `null` when not recognised.
 */
export function parsePredikat(value: string): Predikat | null {
  const key = codeKey(value);
  if (key === 'KURANG_MISCONDUCT' || key === 'MISCONDUCT') return 'KURANG';
  return (PREDIKAT_CODES as readonly string[]).includes(key) ? (key as Predikat) : null;
}
