import { isActive } from '../../domain/classify.js';
import { isPredikat, isRating } from '../../domain/codes.js';
import { isWithinValidity } from '../../domain/competency.js';
import { checkRecordAgainstNip } from '../../domain/nip.js';
import { resolvePredikat } from '../../domain/predikat.js';
import type { QualityEmployeeRow, QualitySkpRow } from './data-quality.repository.js';

/**
 * What the data-quality report checks, per active employee (rules.md §1–§2, import-format.md §3). The first
 * five keep a person out of the mapping of year Y; the others are warnings on data that is used as given.
 */
export const QUALITY_CHECKS = [
  'SKP_TAHUN_BERJALAN_TIDAK_ADA',
  'ASESMEN_KOMPETENSI_TIDAK_ADA',
  'ASESMEN_KOMPETENSI_KEDALUWARSA',
  'ASESMEN_POTENSI_TIDAK_ADA',
  'ASESMEN_POTENSI_KEDALUWARSA',
  'PENDIDIKAN_TIDAK_DIKETAHUI',
  'NIP_TIDAK_SESUAI_TGL_LAHIR',
  'NIP_TIDAK_SESUAI_JENIS_KELAMIN',
  'PREDIKAT_TIDAK_SESUAI_RATING',
] as const;
export type QualityCheck = (typeof QUALITY_CHECKS)[number];

export const BLOCKING_CHECKS: ReadonlySet<QualityCheck> = new Set([
  'SKP_TAHUN_BERJALAN_TIDAK_ADA',
  'ASESMEN_KOMPETENSI_TIDAK_ADA',
  'ASESMEN_KOMPETENSI_KEDALUWARSA',
  'ASESMEN_POTENSI_TIDAK_ADA',
  'ASESMEN_POTENSI_KEDALUWARSA',
]);

export const QUALITY_CHECK_LABELS: Readonly<Record<QualityCheck, string>> = {
  SKP_TAHUN_BERJALAN_TIDAK_ADA: 'SKP tahun berjalan tidak ada',
  ASESMEN_KOMPETENSI_TIDAK_ADA: 'Belum pernah dinilai kompetensinya',
  ASESMEN_KOMPETENSI_KEDALUWARSA: 'Penilaian kompetensi kedaluwarsa',
  ASESMEN_POTENSI_TIDAK_ADA: 'Belum pernah dinilai potensinya',
  ASESMEN_POTENSI_KEDALUWARSA: 'Penilaian potensi kedaluwarsa',
  PENDIDIKAN_TIDAK_DIKETAHUI: 'Pendidikan tidak diketahui',
  NIP_TIDAK_SESUAI_TGL_LAHIR: 'Tanggal lahir tidak sesuai NIP',
  NIP_TIDAK_SESUAI_JENIS_KELAMIN: 'Jenis kelamin tidak sesuai NIP',
  PREDIKAT_TIDAK_SESUAI_RATING: 'Predikat tidak sesuai rating',
};

export type CheckRules = { year: number; assessmentValidityYears: number };

/** Missing (never assessed) or expired (assessed, but none valid for year Y) — rules.md §2. */
function assessment(
  latest: string | null,
  count: number,
  rules: CheckRules,
): 'OK' | 'TIDAK_ADA' | 'KEDALUWARSA' {
  if (latest !== null && isWithinValidity(latest, rules.year, rules.assessmentValidityYears)) return 'OK';
  return count === 0 ? 'TIDAK_ADA' : 'KEDALUWARSA';
}

/** Whether the row counts (active employees only, rules.md §2), and every check it fails. */
export function checkEmployee(
  e: QualityEmployeeRow,
  skps: readonly QualitySkpRow[],
  rules: CheckRules,
): { active: boolean; failed: QualityCheck[] } {
  if (!isActive(e.kedudukan)) return { active: false, failed: [] };
  const failed: QualityCheck[] = [];
  if (!e.has_skp) failed.push('SKP_TAHUN_BERJALAN_TIDAK_ADA');
  const competency = assessment(e.competency_latest, e.competency_count, rules);
  if (competency !== 'OK') failed.push(`ASESMEN_KOMPETENSI_${competency}`);
  const potential = assessment(e.potential_latest, e.potential_count, rules);
  if (potential !== 'OK') failed.push(`ASESMEN_POTENSI_${potential}`);
  if (e.pendidikan === null) failed.push('PENDIDIKAN_TIDAK_DIKETAHUI');
  if (e.jenis_pegawai === 'PNS') {
    for (const code of checkRecordAgainstNip(e.nip, { tglLahir: e.tgl_lahir, jenisKelamin: e.jenis_kelamin }))
      if (code === 'NIP_TIDAK_SESUAI_TGL_LAHIR' || code === 'NIP_TIDAK_SESUAI_JENIS_KELAMIN')
        failed.push(code);
  }
  const mismatch = skps.some(
    (s) =>
      isRating(s.hasil_kerja) &&
      isRating(s.perilaku_kerja) &&
      isPredikat(s.predikat) &&
      resolvePredikat({
        resultRating: s.hasil_kerja,
        behaviourRating: s.perilaku_kerja,
        predikat: s.predikat,
      }).warning !== null,
  );
  if (mismatch) failed.push('PREDIKAT_TIDAK_SESUAI_RATING');
  return { active: true, failed };
}
