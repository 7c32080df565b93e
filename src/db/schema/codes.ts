import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * Closed code lists stored in the data (architecture.md §3: codes, not labels). The domain module owns
 * their meaning; the database only refuses values outside the list.
 */
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

export const EDUCATION_CODES = ['SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;
export const RATING_CODES = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const;
export const PREDIKAT_CODES = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export const SEVERITY_CODES = ['RINGAN', 'SEDANG', 'BERAT'] as const;

/** `column in ('A','B',…)`, tolerating null (nullable columns say so with notNull instead). */
export function inList(column: AnyPgColumn, codes: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(codes.map((c) => `'${c}'`).join(','))})`;
}
