/**
 * Closed code lists of the domain (architecture.md §3: store codes, not labels). This module is the source
 * of truth; `src/db/schema/codes.ts` repeats some of the lists for check constraints and must stay identical
 * (codes.test.ts checks that).
 */

/** Jenjang jabatan: job level codes (rules.md §5). */
export const JENJANG_CODES = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'FUNGSIONAL_AHLI_UTAMA',
  'FUNGSIONAL_AHLI_MADYA',
  'FUNGSIONAL_AHLI_MUDA',
  'FUNGSIONAL_AHLI_PERTAMA',
  'FUNGSIONAL_KETERAMPILAN',
] as const;
export type Jenjang = (typeof JENJANG_CODES)[number];

/** Tingkat pendidikan, lowest first; D4 and S1 rank equal (rules.md §5 education order). */
export const EDUCATION_CODES = ['SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;
export type Education = (typeof EDUCATION_CODES)[number];

/** Rating hasil kerja / perilaku kerja (PermenPANRB 6/2022; rules.md §1.1). */
export const RATING_CODES = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const;
export type Rating = (typeof RATING_CODES)[number];

/** Predikat kinerja, best first (PermenPANRB 6/2022; rules.md §1.1). */
export const PREDIKAT_CODES = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type Predikat = (typeof PREDIKAT_CODES)[number];

/** Level kinerja: the performance axis of the 9-box, best first (PermenPANRB 20/2025 Art. 17; rules.md §1.2). */
export const PERFORMANCE_LEVEL_CODES = [
  'DI_ATAS_EKSPEKTASI',
  'SESUAI_EKSPEKTASI',
  'DI_BAWAH_EKSPEKTASI',
] as const;
export type PerformanceLevel = (typeof PERFORMANCE_LEVEL_CODES)[number];

/** Level potensial: the potential axis of the 9-box, best first (PermenPANRB 20/2025 Art. 17; rules.md §2). */
export const POTENTIAL_LEVEL_CODES = ['TINGGI', 'MENENGAH', 'RENDAH'] as const;
export type PotentialLevel = (typeof POTENTIAL_LEVEL_CODES)[number];

/** Tingkat hukuman disiplin (PP 94/2021 Art. 8). */
export const SEVERITY_CODES = ['RINGAN', 'SEDANG', 'BERAT'] as const;
export type Severity = (typeof SEVERITY_CODES)[number];

/** Jenis pegawai (glossary: PNS permanent, PPPK contract). */
export const EMPLOYMENT_TYPES = ['PNS', 'PPPK'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** Jenis kelamin as stored: L (laki-laki), P (perempuan). */
export const SEX_CODES = ['L', 'P'] as const;
export type Sex = (typeof SEX_CODES)[number];

/** Status of one mapping result (rules.md §2). */
export const MAPPING_STATUS_CODES = ['DIPETAKAN', 'TIDAK_DIPETAKAN'] as const;
export type MappingStatus = (typeof MAPPING_STATUS_CODES)[number];

/**
 * Why an employee could not be mapped (rules.md §1.2, §2); all that apply are reported, in this order.
 * - `JENJANG_TIDAK_DIKETAHUI`: no valid job level, so neither the default competency standard nor the
 *   minimum education can be known (not in rules.md; added because both depend on it).
 * - `TIDAK_AKTIF`: the kedudukan is not active (rules.md §2). A run leaves such people out with `isActive`;
 *   the engine reports it too, so that a caller that forgets to filter cannot map them.
 */
export const NOT_MAPPED_REASON_CODES = [
  'TIDAK_AKTIF',
  'JENJANG_TIDAK_DIKETAHUI',
  'SKP_TAHUN_BERJALAN_TIDAK_ADA',
  'ASESMEN_KOMPETENSI_TIDAK_ADA',
  'ASESMEN_POTENSI_TIDAK_ADA',
] as const;
export type NotMappedReason = (typeof NOT_MAPPED_REASON_CODES)[number];

/**
 * Data-quality warnings: the record is used as given, but someone should look at it.
 * - `PENDIDIKAN_TIDAK_DIKETAHUI`: education unknown, education part of the track record = 0 (rules.md §2).
 * - `PREDIKAT_TIDAK_SESUAI_RATING`: the official predikat disagrees with the matrix; it is kept (rules.md §1.1).
 * - `NIP_TIDAK_SESUAI_TGL_LAHIR` / `NIP_TIDAK_SESUAI_JENIS_KELAMIN`: the record disagrees with the NIP
 *   (import-format.md §3).
 * - `TMT_JABATAN_TIDAK_ADA`: no start date in the current position; experience part = 0.
 * - `TMT_JABATAN_SETELAH_TANGGAL_ACUAN`: the position starts after the reference date; experience part = 0.
 * - `STANDAR_JABATAN_TIDAK_VALID`: the position's own competency standard is unusable (a level missing or
 *   outside 1–5); the job level's default is used instead.
 * - `ASESMEN_POTENSI_DIMENSI_TIDAK_LENGKAP`: P was computed from fewer than the 8 dimensions.
 */
export const WARNING_CODES = [
  'PENDIDIKAN_TIDAK_DIKETAHUI',
  'PREDIKAT_TIDAK_SESUAI_RATING',
  'NIP_TIDAK_SESUAI_TGL_LAHIR',
  'NIP_TIDAK_SESUAI_JENIS_KELAMIN',
  'TMT_JABATAN_TIDAK_ADA',
  'TMT_JABATAN_SETELAH_TANGGAL_ACUAN',
  'STANDAR_JABATAN_TIDAK_VALID',
  'ASESMEN_POTENSI_DIMENSI_TIDAK_LENGKAP',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** Why a NIP (or PPPK number) is invalid (rules.md §5; Perka BKN 22/2007). */
export const NIP_ERROR_CODES = [
  'NIP_BUKAN_18_DIGIT',
  'NIP_TGL_LAHIR_TIDAK_VALID',
  'NIP_TMT_CPNS_TIDAK_VALID',
  'NIP_TMT_CPNS_SEBELUM_LAHIR',
  'NIP_JENIS_KELAMIN_TIDAK_VALID',
] as const;
export type NipError = (typeof NIP_ERROR_CODES)[number];

/** Why a job level could not be derived from an import row (rules.md §5: a row error). */
export const JENJANG_ERROR_CODES = [
  'JABATAN_FUNGSIONAL_TANPA_JENJANG',
  'JENIS_JABATAN_TIDAK_DIKENAL',
  'JENIS_JABATAN_TIDAK_DIKETAHUI',
] as const;
export type JenjangError = (typeof JENJANG_ERROR_CODES)[number];

function member<T extends string>(codes: readonly T[]): (value: unknown) => value is T {
  const set: ReadonlySet<unknown> = new Set(codes);
  return (value: unknown): value is T => set.has(value);
}

/** Type guards: true when the value is one of the list's codes. */
export const isJenjang = member(JENJANG_CODES);
export const isEducation = member(EDUCATION_CODES);
export const isRating = member(RATING_CODES);
export const isPredikat = member(PREDIKAT_CODES);
export const isSeverity = member(SEVERITY_CODES);
export const isEmploymentType = member(EMPLOYMENT_TYPES);
export const isSex = member(SEX_CODES);

/** UI labels of the predikat (rules.md §1.1). The UI proper takes labels from i18n; these serve texts built here. */
export const PREDIKAT_LABELS: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang/Misconduct',
  SANGAT_KURANG: 'Sangat Kurang',
};

/** Labels of the performance levels (PermenPANRB 20/2025 Art. 17). */
export const PERFORMANCE_LEVEL_LABELS: Readonly<Record<PerformanceLevel, string>> = {
  DI_ATAS_EKSPEKTASI: 'Di Atas Ekspektasi',
  SESUAI_EKSPEKTASI: 'Sesuai Ekspektasi',
  DI_BAWAH_EKSPEKTASI: 'Di Bawah Ekspektasi',
};

/** Labels of the potential levels (PermenPANRB 20/2025 Art. 17). */
export const POTENTIAL_LEVEL_LABELS: Readonly<Record<PotentialLevel, string>> = {
  TINGGI: 'Tinggi',
  MENENGAH: 'Menengah',
  RENDAH: 'Rendah',
};

/** Labels of the job levels (rules.md §5). */
export const JENJANG_LABELS: Readonly<Record<Jenjang, string>> = {
  JPT_UTAMA: 'JPT Utama',
  JPT_MADYA: 'JPT Madya',
  JPT_PRATAMA: 'JPT Pratama',
  ADMINISTRATOR: 'Administrator',
  PENGAWAS: 'Pengawas',
  PELAKSANA: 'Pelaksana',
  FUNGSIONAL_AHLI_UTAMA: 'Fungsional Ahli Utama',
  FUNGSIONAL_AHLI_MADYA: 'Fungsional Ahli Madya',
  FUNGSIONAL_AHLI_MUDA: 'Fungsional Ahli Muda',
  FUNGSIONAL_AHLI_PERTAMA: 'Fungsional Ahli Pertama',
  FUNGSIONAL_KETERAMPILAN: 'Fungsional Keterampilan',
};
