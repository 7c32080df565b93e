/**
 * Job-level codes (`jenjang`, rules.md §5; src/domain/codes.ts), in the order the UI lists them. One list
 * for every page that filters or edits by job level; each feature keeps its own labels.
 */
export const JENJANG = [
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
export type Jenjang = (typeof JENJANG)[number];
