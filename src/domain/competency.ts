import type { Jenjang } from './codes.js';
import { yearOf, type IsoDate } from './dates.js';
import type { RuleSetContent } from './rule-set.js';

/**
 * The 8 managerial and 1 socio-cultural competencies, by their SIASN keys (PermenPANRB 38/2017;
 * regulations.md §3.2).
 */
export const COMPETENCY_KEYS = [
  'integritas',
  'kerjasama',
  'komunikasi',
  'orientasiPadaHasil',
  'pelayananPublik',
  'pengembanganDiriDanOrla',
  'mengelolaPerubahan',
  'pengambilanKeputusan',
  'perekatBangsa',
] as const;
export type CompetencyKey = (typeof COMPETENCY_KEYS)[number];

/** A level (1–5, decimals allowed for achieved levels) for each of the 9 competencies. */
export type CompetencyLevels = Readonly<Record<CompetencyKey, number>>;

/** Indonesian names of the competencies (PermenPANRB 38/2017). */
export const COMPETENCY_LABELS: Readonly<Record<CompetencyKey, string>> = {
  integritas: 'Integritas',
  kerjasama: 'Kerja Sama',
  komunikasi: 'Komunikasi',
  orientasiPadaHasil: 'Orientasi pada Hasil',
  pelayananPublik: 'Pelayanan Publik',
  pengembanganDiriDanOrla: 'Pengembangan Diri dan Orang Lain',
  mengelolaPerubahan: 'Mengelola Perubahan',
  pengambilanKeputusan: 'Pengambilan Keputusan',
  perekatBangsa: 'Perekat Bangsa',
};

/** The same standard level for all 9 competencies (the job-level default, rules.md §5). */
export function uniformStandard(level: number): CompetencyLevels {
  return {
    integritas: level,
    kerjasama: level,
    komunikasi: level,
    orientasiPadaHasil: level,
    pelayananPublik: level,
    pengembanganDiriDanOrla: level,
    mengelolaPerubahan: level,
    pengambilanKeputusan: level,
    perekatBangsa: level,
  };
}

/** Default standard of a job level in the rule set (rules.md §5 [DEFAULT]). */
export function jenjangStandard(
  jenjang: Jenjang,
  rules: Pick<RuleSetContent, 'standardLevels'>,
): CompetencyLevels {
  return uniformStandard(rules.standardLevels[jenjang]);
}

/** True when all 9 standard levels are present and within 1–5 (PermenPANRB 38/2017 levels). */
export function isValidStandard(
  standard: Partial<Record<CompetencyKey, number>>,
): standard is CompetencyLevels {
  for (const key of COMPETENCY_KEYS) {
    const level = standard[key];
    if (typeof level !== 'number' || !(level >= 1 && level <= 5)) return false;
  }
  return true;
}

/** Σ of the 9 levels. */
export function sumLevels(levels: CompetencyLevels): number {
  return (
    levels.integritas +
    levels.kerjasama +
    levels.komunikasi +
    levels.orientasiPadaHasil +
    levels.pelayananPublik +
    levels.pengembanganDiriDanOrla +
    levels.mengelolaPerubahan +
    levels.pengambilanKeputusan +
    levels.perekatBangsa
  );
}

/**
 * Job-Person Match, K (rules.md §2 [DEFAULT]; regulations.md §3.4): `min(100, 100 × Σ achieved ÷ Σ standard)`.
 * Levels above the standard are not capped one by one, only the total. `null` when Σ standard ≤ 0.
 */
export function jobPersonMatch(achieved: CompetencyLevels, standard: CompetencyLevels): number | null {
  return jpmFromSums(sumLevels(achieved), sumLevels(standard));
}

/** JPM from the two sums (the hot path keeps the standard's sum precomputed). */
export function jpmFromSums(achievedSum: number, standardSum: number): number | null {
  if (!(standardSum > 0)) return null;
  const jpm = (100 * achievedSum) / standardSum;
  return jpm > 100 ? 100 : jpm;
}

/**
 * True when an assessment dated `tanggal` is valid for a mapping of year Y (rules.md §2): after
 * 31 Dec Y−n and up to 31 Dec Y, n = `validityYears` (3), i.e. its year is one of Y−n+1 … Y.
 */
export function isWithinValidity(tanggal: IsoDate, year: number, validityYears: number): boolean {
  const y = yearOf(tanggal);
  return y > year - validityYears && y <= year;
}

export interface DatedRecord {
  readonly id: string;
  readonly tanggal: IsoDate;
}

/**
 * The most recent record valid for year Y (rules.md §2), optionally only among those `usable` (e.g. an
 * assessment with a score). Same date: the greater id, so the choice does not depend on input order.
 */
export function selectLatestValid<T extends DatedRecord>(
  records: readonly T[],
  year: number,
  validityYears: number,
  usable?: (record: T) => boolean,
): T | null {
  let best: T | null = null;
  for (const record of records) {
    if (!isWithinValidity(record.tanggal, year, validityYears)) continue;
    if (usable !== undefined && !usable(record)) continue;
    if (
      best === null ||
      record.tanggal > best.tanggal ||
      (record.tanggal === best.tanggal && record.id > best.id)
    ) {
      best = record;
    }
  }
  return best;
}
