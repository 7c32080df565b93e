import type { Jenjang } from '../domain/codes.js';
import { PNS_RANK_CODES, type PnsRank } from '../domain/golongan.js';
import { mix, type Education } from './titles.js';

/**
 * Job levels as the generator sees them: the jenjang codes of rules.md §5, with the skill track split into
 * its steps (Terampil, Mahir, Penyelia), because each step has its own rank range. The numbers (ages,
 * tenure, rank ranges, education mix) are demo assumptions shaped by regulations.md §4: ranks follow
 * PP 99/2000 (I/a … IV/e), BUP follows UU 20/2023, and rank ranges per eselon follow the legacy PP 13/2002
 * table (regulations.md §4.5) so that managers meet the default minimum ranks of rules.md §6.
 */

export type { Jenjang };

/** A job level as the generator sees it: the jenjang, with the skill track split into its steps. */
export type Level =
  | 'JPT_MADYA'
  | 'JPT_PRATAMA'
  | 'ADMINISTRATOR'
  | 'PENGAWAS'
  | 'UTAMA'
  | 'MADYA'
  | 'MUDA'
  | 'PERTAMA'
  | 'PENYELIA'
  | 'MAHIR'
  | 'TERAMPIL'
  | 'PELAKSANA';

/** The 17 PNS ranks, lowest first: the domain's list (PP 99/2000; regulations.md §4.2). */
export const GOLONGAN = PNS_RANK_CODES;
export type Golongan = PnsRank;

export function golonganIndex(g: string): number {
  return (GOLONGAN as readonly string[]).indexOf(g);
}

export interface LevelInfo {
  jenjang: Jenjang;
  /** SIASN jenisJabatanId: 1 structural, 2 functional, 4 pelaksana. */
  jenisJabatanId: 1 | 2 | 4;
  /** Functional name suffix ("Ahli Muda", "Penyelia"). */
  suffix: string;
  /** Age at the reference date: mean and spread; the maximum is BUP − 1. */
  ageMean: number;
  ageSd: number;
  ageMin: number;
  bup: number;
  /** Whole years since TMT CPNS needed to plausibly hold the level. */
  minTenure: number;
  /** Rank range (indexes into GOLONGAN). */
  rank: readonly [number, number];
  /** Default education mix (a functional family or pelaksana tier may override it). */
  education: readonly (readonly [Education, number])[];
  /** Typical years in the current position at the reference date (max). */
  maxYearsInPosition: number;
}

const g = golonganIndex;

function lvl(
  jenjang: Jenjang,
  jenisJabatanId: 1 | 2 | 4,
  suffix: string,
  [ageMean, ageSd, ageMin]: readonly [number, number, number],
  bup: number,
  minTenure: number,
  [lo, hi]: readonly [string, string],
  education: string,
  maxYearsInPosition: number,
): LevelInfo {
  return {
    jenjang,
    jenisJabatanId,
    suffix,
    ageMean,
    ageSd,
    ageMin,
    bup,
    minTenure,
    rank: [g(lo), g(hi)],
    education: mix(education),
    maxYearsInPosition,
  };
}

// One row per level: jenjang, SIASN type, name suffix, age (mean, sd, min), BUP, minimum tenure, rank range,
// education mix, maximum years in the current post.
// prettier-ignore
export const LEVELS: Readonly<Record<Level, LevelInfo>> = {
  JPT_MADYA: lvl('JPT_MADYA', 1, '', [55, 2.5, 48], 60, 22, ['IV/c', 'IV/e'], 'S2:.6 S3:.4', 5),
  JPT_PRATAMA: lvl('JPT_PRATAMA', 1, '', [52, 3.5, 42], 60, 16, ['IV/b', 'IV/d'], 'S2:.74 S3:.1 S1:.16', 6),
  ADMINISTRATOR: lvl('ADMINISTRATOR', 1, '', [48, 4.5, 35], 58, 11, ['III/d', 'IV/b'], 'S2:.55 S1:.41 D4:.02 D3:.02', 7),
  PENGAWAS: lvl('PENGAWAS', 1, '', [45, 6, 29], 58, 6, ['III/b', 'IV/a'], 'S1:.62 S2:.22 D3:.12 SMA:.04', 8),
  UTAMA: lvl('FUNGSIONAL_AHLI_UTAMA', 2, 'Ahli Utama', [58, 3, 50], 65, 24, ['IV/d', 'IV/e'], 'S2:.6 S3:.4', 8),
  MADYA: lvl('FUNGSIONAL_AHLI_MADYA', 2, 'Ahli Madya', [50, 4.5, 38], 60, 13, ['IV/a', 'IV/c'], 'S2:.5 S1:.46 S3:.04', 12),
  MUDA: lvl('FUNGSIONAL_AHLI_MUDA', 2, 'Ahli Muda', [43, 6, 29], 58, 6, ['III/c', 'III/d'], 'S1:.72 S2:.28', 9),
  PERTAMA: lvl('FUNGSIONAL_AHLI_PERTAMA', 2, 'Ahli Pertama', [34, 7, 23], 58, 0, ['III/a', 'III/b'], 'S1:.86 D4:.06 S2:.08', 8),
  PENYELIA: lvl('FUNGSIONAL_KETERAMPILAN', 2, 'Penyelia', [49, 4.5, 37], 58, 13, ['III/c', 'III/d'], 'D3:.7 S1:.2 SMA:.1', 10),
  MAHIR: lvl('FUNGSIONAL_KETERAMPILAN', 2, 'Mahir', [41, 6, 28], 58, 6, ['III/a', 'III/b'], 'D3:.75 S1:.1 SMA:.15', 9),
  TERAMPIL: lvl('FUNGSIONAL_KETERAMPILAN', 2, 'Terampil', [32, 6.5, 21], 58, 0, ['II/b', 'II/d'], 'D3:.86 D2:.04 SMA:.1', 8),
  PELAKSANA: lvl('PELAKSANA', 4, '', [41, 9, 20], 58, 0, ['I/c', 'III/d'], 'SMA:1', 12),
};

/** The rank a CPNS starts in by the education they were appointed with (PP 99/2000 art. 11). */
export function entryGolongan(edu: Education): number {
  // prettier-ignore
  const entry: Record<Education, Golongan> = {
    SD: 'I/a', SMP: 'I/c', SMA: 'II/a', D1: 'II/a', D2: 'II/b', D3: 'II/c', D4: 'III/a', S1: 'III/a', S2: 'III/b',
    S3: 'III/c',
  };
  return g(entry[edu]);
}

/** The highest rank a pelaksana reaches by regular promotion with this education (PP 99/2000 art. 18). */
export function regularCeiling(edu: Education): number {
  // prettier-ignore
  const ceiling: Record<Education, Golongan> = {
    SD: 'II/a', SMP: 'II/c', SMA: 'III/b', D1: 'III/b', D2: 'III/b', D3: 'III/c', D4: 'III/d', S1: 'III/d',
    S2: 'IV/a', S3: 'IV/b',
  };
  return g(ceiling[edu]);
}

/** PPPK grade by education (Perpres 98/2020 grades; mapping of regulations.md §4.3, uncertain). */
export function pppkGrade(edu: Education): string {
  if (edu === 'S3') return 'XI';
  if (edu === 'S2') return 'X';
  if (edu === 'S1' || edu === 'D4') return 'IX';
  if (edu === 'D3' || edu === 'D2') return 'VII';
  return 'V';
}

/** Legacy eselon → level (UU 5/2014 art. 131; rules.md §5). */
export function levelOfEselon(eselon: string): Level {
  if (eselon.startsWith('I.')) return 'JPT_MADYA';
  if (eselon.startsWith('II.')) return 'JPT_PRATAMA';
  if (eselon.startsWith('III.')) return 'ADMINISTRATOR';
  return 'PENGAWAS';
}
