import type { Education, Jenjang } from '../codes.js';
import type { PnsRank } from '../golongan.js';

/**
 * Codes and settings of succession (rules.md §6 [DEFAULT, on PP 11/2017 experience rules]) and of the talent
 * pool (rules.md §4). The settings are data: an instansi may change them; the defaults are rules.md's.
 */

/** Why a person is not eligible for a key position, in rules.md §6 table order (all that apply are kept). */
export const INELIGIBILITY_REASONS = [
  'JENJANG_TIDAK_SESUAI',
  'PANGKAT_KURANG',
  'PENDIDIKAN_KURANG',
  'PENGALAMAN_KURANG',
  'HUKDIS',
  'MENJELANG_PENSIUN',
  'TIDAK_AKTIF',
  'PEMANGKU_JABATAN',
  'BUKAN_PNS',
  'BELUM_DIPETAKAN',
] as const;
export type IneligibilityReason = (typeof INELIGIBILITY_REASONS)[number];

/** Kesiapan (rules.md §6), best first. */
export const READINESS_CODES = ['SIAP_SEKARANG', 'SIAP_1_2_TAHUN', 'SIAP_3_TAHUN_LEBIH'] as const;
export type Readiness = (typeof READINESS_CODES)[number];

/** The job levels a key position can be at (structural levels; rules.md §6 names the first three). */
export type TargetJenjang = Jenjang;

/**
 * Job step (rules.md §6): the current levels from which a target level can be reached. JPT Pratama,
 * Administrator and Pengawas are rules.md's. JPT Madya and JPT Utama are not in rules.md; they follow the
 * same pattern (the level below, the functional level of the same standing, the level itself). Any other
 * target (functional, pelaksana) accepts only its own level.
 */
export const JOB_STEP: Readonly<Partial<Record<Jenjang, readonly Jenjang[]>>> = {
  JPT_UTAMA: ['JPT_MADYA', 'JPT_UTAMA'],
  JPT_MADYA: ['JPT_PRATAMA', 'FUNGSIONAL_AHLI_UTAMA', 'JPT_MADYA'],
  JPT_PRATAMA: ['ADMINISTRATOR', 'FUNGSIONAL_AHLI_MADYA', 'JPT_PRATAMA'],
  ADMINISTRATOR: ['PENGAWAS', 'FUNGSIONAL_AHLI_MUDA', 'ADMINISTRATOR'],
  PENGAWAS: ['PELAKSANA', 'FUNGSIONAL_AHLI_PERTAMA', 'FUNGSIONAL_KETERAMPILAN', 'PENGAWAS'],
};

/** The levels a person at `current` may step to (the inverse of `JOB_STEP`). */
export function allowedSources(target: Jenjang): readonly Jenjang[] {
  return JOB_STEP[target] ?? [target];
}

/** Structural targets: PNS only unless a setting opens JPT targets to PPPK (rules.md §6, employment). */
export const STRUCTURAL_TARGETS: ReadonlySet<Jenjang> = new Set([
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
]);
export const JPT_TARGETS: ReadonlySet<Jenjang> = new Set(['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA']);

/** Pool groups (rules.md §4: per job level JPT, Administrator, Pengawas). */
export const POOL_LEVELS = ['JPT', 'ADMINISTRATOR', 'PENGAWAS'] as const;
export type PoolLevel = (typeof POOL_LEVELS)[number];

export interface SuccessionSettings {
  /** Slate size (rules.md §6: top 5, configurable). */
  readonly slateSize: number;
  /** A key position is covered with at least this many eligible candidates (rules.md §6: 3). */
  readonly coverageMinEligible: number;
  /** Open JPT targets to PPPK (rules.md §6 employment; default closed). */
  readonly pppkForJpt: boolean;
  /**
   * JPT targets of a province also draw on the provincial pool: the active people of all its kabupaten/kota
   * (rules.md §6: "For JPT targets the province can also draw on the provincial pool of all its
   * governments (a setting of the province)"; default off). Only a province may turn it on.
   */
  readonly jptFromProvincialPool: boolean;
  /** Target JPM for SIAP_SEKARANG (with box 7–9) and SIAP_1_2_TAHUN (rules.md §6: 90 / 78). */
  readonly readyNowJpm: number;
  readonly readySoonJpm: number;
  /** Minimum years from the reference date to retirement at the target's BUP (rules.md §6: 2). */
  readonly retirementBufferYears: number;
  /** Minimum years in the current level per target level (rules.md §6: 2 / 3 / 4). */
  readonly experienceYears: Readonly<Partial<Record<Jenjang, number>>>;
  /** Minimum rank per target level when the position names none (rules.md §6: IV/b, III/d, III/b). */
  readonly minimumRank: Readonly<Partial<Record<Jenjang, PnsRank>>>;
  /** Years of sanctions counted, ending with Y (rules.md §4, §6: Y−1 and Y). */
  readonly sanctionWindowYears: number;
  /** Pool members retiring within this many years are flagged (rules.md §4: 2). */
  readonly poolRetirementFlagYears: number;
}

/**
 * The defaults of rules.md §4 and §6. JPT Madya/Utama experience (2 years) and rank (IV/c, IV/d) are not in
 * rules.md: they extend the JPT Pratama row so that a key position at those levels still gets a slate.
 */
export const DEFAULT_SUCCESSION_SETTINGS: SuccessionSettings = Object.freeze({
  slateSize: 5,
  coverageMinEligible: 3,
  pppkForJpt: false,
  jptFromProvincialPool: false,
  readyNowJpm: 90,
  readySoonJpm: 78,
  retirementBufferYears: 2,
  experienceYears: Object.freeze({
    JPT_UTAMA: 2,
    JPT_MADYA: 2,
    JPT_PRATAMA: 2,
    ADMINISTRATOR: 3,
    PENGAWAS: 4,
  }),
  minimumRank: Object.freeze({
    JPT_UTAMA: 'IV/d',
    JPT_MADYA: 'IV/c',
    JPT_PRATAMA: 'IV/b',
    ADMINISTRATOR: 'III/d',
    PENGAWAS: 'III/b',
  } as const),
  sanctionWindowYears: 2,
  poolRetirementFlagYears: 2,
});

/** The minimum education of a key position: its own, else its level's (rules.md §5–§6). */
export function minimumEducationOf(
  own: Education | null,
  jenjang: Jenjang,
  byLevel: Readonly<Record<Jenjang, Education>>,
): Education {
  return own ?? byLevel[jenjang];
}

/** Indonesian explanation of each reason (shown to the person and the committee). */
export const REASON_MESSAGES: Readonly<Record<IneligibilityReason, string>> = {
  JENJANG_TIDAK_SESUAI: 'Jenjang jabatan sekarang bukan jenjang asal yang dapat naik ke jabatan ini.',
  PANGKAT_KURANG: 'Pangkat/golongan ruang di bawah pangkat minimal jabatan (atau tidak tercatat).',
  PENDIDIKAN_KURANG: 'Pendidikan terakhir di bawah pendidikan minimal jabatan (atau tidak tercatat).',
  PENGALAMAN_KURANG: 'Masa menduduki jenjang jabatan sekarang belum memenuhi syarat.',
  HUKDIS:
    'Ada hukuman disiplin sedang/berat pada dua tahun terakhir, atau sedang menjalani hukuman disiplin.',
  MENJELANG_PENSIUN:
    'Kurang dari 2 tahun menuju BUP jenjang jabatan target (atau tanggal lahir tidak diketahui).',
  TIDAK_AKTIF: 'Kedudukan kepegawaian tidak aktif.',
  PEMANGKU_JABATAN: 'Pemangku jabatan ini sendiri.',
  BUKAN_PNS: 'Bukan PNS (jabatan struktural ini hanya untuk PNS).',
  BELUM_DIPETAKAN: 'Tidak terpetakan pada pemetaan talenta terbit terakhir.',
};
