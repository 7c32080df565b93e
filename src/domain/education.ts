import type { Education, Jenjang } from './codes.js';

/**
 * Rank of each education level: SD < SMP < SMA < D1 < D2 < D3 < D4 = S1 < S2 < S3 (rules.md §5).
 */
export const EDUCATION_RANK: Readonly<Record<Education, number>> = {
  SD: 1,
  SMP: 2,
  SMA: 3,
  D1: 4,
  D2: 5,
  D3: 6,
  D4: 7,
  S1: 7,
  S2: 8,
  S3: 9,
};

/** Negative, zero or positive as `a` is below, equal to or above `b`; D4 and S1 compare equal (rules.md §5). */
export function compareEducation(a: Education, b: Education): number {
  return EDUCATION_RANK[a] - EDUCATION_RANK[b];
}

/** True when `actual` meets `minimum` (rules.md §5 education order; D4 meets S1 and S1 meets D4). */
export function isEducationAtLeast(actual: Education, minimum: Education): boolean {
  return EDUCATION_RANK[actual] >= EDUCATION_RANK[minimum];
}

/**
 * Default minimum education per job level [DEFAULT] (rules.md §5): S1/D4 for JPT, Administrator and
 * Fungsional Ahli; D3 for Pengawas; SMA for Pelaksana and Fungsional Keterampilan. `S1` stands for "S1/D4"
 * (they rank equal).
 */
export const DEFAULT_MINIMUM_EDUCATION: Readonly<Record<Jenjang, Education>> = {
  JPT_UTAMA: 'S1',
  JPT_MADYA: 'S1',
  JPT_PRATAMA: 'S1',
  ADMINISTRATOR: 'S1',
  PENGAWAS: 'D3',
  PELAKSANA: 'SMA',
  FUNGSIONAL_AHLI_UTAMA: 'S1',
  FUNGSIONAL_AHLI_MADYA: 'S1',
  FUNGSIONAL_AHLI_MUDA: 'S1',
  FUNGSIONAL_AHLI_PERTAMA: 'S1',
  FUNGSIONAL_KETERAMPILAN: 'SMA',
};

/** Spellings seen in SIASN (`tkPendidikan` names) and spreadsheets, after removing spaces, `-`, `_`, `.`. */
const EDUCATION_ALIASES: Readonly<Record<string, Education>> = {
  SD: 'SD',
  SEKOLAHDASAR: 'SD',
  SMP: 'SMP',
  SLTP: 'SMP',
  SLTPKEJURUAN: 'SMP',
  MTS: 'SMP',
  SMA: 'SMA',
  SMU: 'SMA',
  SMK: 'SMA',
  SLTA: 'SMA',
  SLTAKEJURUAN: 'SMA',
  SLTAKEGURUAN: 'SMA',
  D1: 'D1',
  DI: 'D1',
  DIPLOMAI: 'D1',
  D2: 'D2',
  DII: 'D2',
  DIPLOMAII: 'D2',
  D3: 'D3',
  DIII: 'D3',
  DIPLOMAIII: 'D3',
  SARJANAMUDA: 'D3',
  D4: 'D4',
  DIV: 'D4',
  DIPLOMAIV: 'D4',
  S1: 'S1',
  SARJANA: 'S1',
  S2: 'S2',
  MAGISTER: 'S2',
  S3: 'S3',
  DOKTOR: 'S3',
};

/**
 * Normalises an education level: the codes (`S1`), SIASN names (`S-1/Sarjana`, `Diploma III/Sarjana Muda`,
 * `SLTA Kejuruan`, `S-3/Doktor`) and common short forms (`D-IV`, `SMK`). The part before a `/` is tried
 * first, then the part after it. Anything else → `null` (the caller keeps the raw text and warns).
 */
export function parseEducation(value: string): Education | null {
  const parts = value.toUpperCase().split('/');
  for (const part of parts) {
    const key = part.replace(/[\s\-_.]+/g, '');
    const hit = EDUCATION_ALIASES[key];
    if (hit) return hit;
  }
  return null;
}
