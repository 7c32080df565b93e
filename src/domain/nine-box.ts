import type { PerformanceLevel, PotentialLevel } from './codes.js';

/** A box of the 9-box, 1 (below expectation, low potential) … 9 (above expectation, high potential). */
export type Box = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
export const BOXES: readonly Box[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/**
 * Kotak manajemen talenta: box by performance level (rows) and potential level (columns)
 * (PermenPANRB 3/2020; rules.md §3 [REG]; regulations.md §1.5).
 */
export const NINE_BOX_MATRIX: Readonly<Record<PerformanceLevel, Readonly<Record<PotentialLevel, Box>>>> = {
  DI_ATAS_EKSPEKTASI: { RENDAH: 4, MENENGAH: 7, TINGGI: 9 },
  SESUAI_EKSPEKTASI: { RENDAH: 2, MENENGAH: 5, TINGGI: 8 },
  DI_BAWAH_EKSPEKTASI: { RENDAH: 1, MENENGAH: 3, TINGGI: 6 },
};

/** The box of a performance and potential level (PermenPANRB 3/2020 9-box; rules.md §3). */
export function boxOf(performance: PerformanceLevel, potential: PotentialLevel): Box {
  return NINE_BOX_MATRIX[performance][potential];
}

export interface BoxLevels {
  readonly performanceLevel: PerformanceLevel;
  readonly potentialLevel: PotentialLevel;
}

/** The levels a box stands for (inverse of the PermenPANRB 3/2020 matrix; rules.md §3). */
export function levelsOfBox(box: Box): BoxLevels {
  for (const performanceLevel of NINE_BOX_ROWS) {
    for (const potentialLevel of NINE_BOX_COLUMNS) {
      if (NINE_BOX_MATRIX[performanceLevel][potentialLevel] === box)
        return { performanceLevel, potentialLevel };
    }
  }
  throw new RangeError(`Kotak tidak dikenal: ${String(box)}`);
}

/** Grid rows, top to bottom (rules.md §3 layout: vertical axis performance). */
export const NINE_BOX_ROWS: readonly PerformanceLevel[] = [
  'DI_ATAS_EKSPEKTASI',
  'SESUAI_EKSPEKTASI',
  'DI_BAWAH_EKSPEKTASI',
];
/** Grid columns, left to right (rules.md §3 layout: horizontal axis potential). */
export const NINE_BOX_COLUMNS: readonly PotentialLevel[] = ['RENDAH', 'MENENGAH', 'TINGGI'];

export interface GridCell extends BoxLevels {
  readonly box: Box;
}

/** The 9-box as drawn (rules.md §3): rows top → bottom, cells left → right: `[[4,7,9],[2,5,8],[1,3,6]]`. */
export function nineBoxGrid(): GridCell[][] {
  return NINE_BOX_ROWS.map((performanceLevel) =>
    NINE_BOX_COLUMNS.map((potentialLevel) => ({
      box: boxOf(performanceLevel, potentialLevel),
      performanceLevel,
      potentialLevel,
    })),
  );
}

/** Follow-up actions recommended by box (regulations.md §1.5; rules.md §3). */
export const RECOMMENDATION_CODES = [
  'DIPROMOSIKAN',
  'DIPERTAHANKAN',
  'KRS_INSTANSI_NASIONAL',
  'KRS_INSTANSI',
  'PENGHARGAAN',
  'ROTASI_PERLUASAN_JABATAN',
  'ROTASI_PENGAYAAN_JABATAN',
  'ROTASI',
  'BIMBINGAN_KINERJA',
  'KONSELING_KINERJA',
  'PENGEMBANGAN_KOMPETENSI',
  'TUGAS_BELAJAR',
  'PENEMPATAN_SESUAI',
  'PROSES_SESUAI_KETENTUAN',
] as const;
export type RecommendationCode = (typeof RECOMMENDATION_CODES)[number];

/** Indonesian text of each recommendation (regulations.md §1.5, the text repeated across implementations). */
export const RECOMMENDATION_TEXTS: Readonly<Record<RecommendationCode, string>> = {
  DIPROMOSIKAN: 'Dipromosikan dan dipertahankan',
  DIPERTAHANKAN: 'Dipertahankan',
  KRS_INSTANSI_NASIONAL: 'Masuk Kelompok Rencana Suksesi Instansi/Nasional',
  KRS_INSTANSI: 'Masuk Kelompok Rencana Suksesi Instansi',
  PENGHARGAAN: 'Penghargaan',
  ROTASI_PERLUASAN_JABATAN: 'Rotasi/perluasan jabatan',
  ROTASI_PENGAYAAN_JABATAN: 'Rotasi/pengayaan jabatan',
  ROTASI: 'Rotasi',
  BIMBINGAN_KINERJA: 'Bimbingan kinerja',
  KONSELING_KINERJA: 'Konseling kinerja',
  PENGEMBANGAN_KOMPETENSI: 'Pengembangan kompetensi',
  TUGAS_BELAJAR: 'Tugas belajar',
  PENEMPATAN_SESUAI: 'Penempatan yang sesuai',
  PROSES_SESUAI_KETENTUAN: 'Diproses sesuai ketentuan peraturan perundang-undangan',
};

/** Recommended follow-up per box, in the order of the table (rules.md §3; regulations.md §1.5). */
export const BOX_RECOMMENDATIONS: Readonly<Record<Box, readonly RecommendationCode[]>> = {
  9: ['DIPROMOSIKAN', 'KRS_INSTANSI_NASIONAL', 'PENGHARGAAN'],
  8: ['DIPERTAHANKAN', 'KRS_INSTANSI', 'ROTASI_PERLUASAN_JABATAN', 'BIMBINGAN_KINERJA'],
  7: [
    'DIPERTAHANKAN',
    'KRS_INSTANSI',
    'ROTASI_PENGAYAAN_JABATAN',
    'PENGEMBANGAN_KOMPETENSI',
    'TUGAS_BELAJAR',
  ],
  6: ['PENEMPATAN_SESUAI', 'BIMBINGAN_KINERJA', 'KONSELING_KINERJA'],
  5: ['PENEMPATAN_SESUAI', 'BIMBINGAN_KINERJA', 'PENGEMBANGAN_KOMPETENSI'],
  4: ['ROTASI', 'PENGEMBANGAN_KOMPETENSI'],
  3: ['BIMBINGAN_KINERJA', 'KONSELING_KINERJA', 'PENGEMBANGAN_KOMPETENSI', 'PENEMPATAN_SESUAI'],
  2: ['BIMBINGAN_KINERJA', 'PENGEMBANGAN_KOMPETENSI', 'PENEMPATAN_SESUAI'],
  1: ['PROSES_SESUAI_KETENTUAN'],
};

/** The box's recommendation as one text, actions joined by "; " (the export's `rekomendasi`). */
export function recommendationText(box: Box): string {
  return BOX_RECOMMENDATIONS[box].map((code) => RECOMMENDATION_TEXTS[code]).join('; ');
}

const PERFORMANCE_PHRASE: Readonly<Record<PerformanceLevel, string>> = {
  DI_ATAS_EKSPEKTASI: 'di atas ekspektasi',
  SESUAI_EKSPEKTASI: 'sesuai ekspektasi',
  DI_BAWAH_EKSPEKTASI: 'di bawah ekspektasi',
};
const POTENTIAL_PHRASE: Readonly<Record<PotentialLevel, string>> = {
  TINGGI: 'tinggi',
  MENENGAH: 'menengah',
  RENDAH: 'rendah',
};

/** Box name, e.g. 9 → "Kinerja di atas ekspektasi dan potensial tinggi" (regulations.md §1.5). */
export function boxName(box: Box): string {
  const { performanceLevel, potentialLevel } = levelsOfBox(box);
  return `Kinerja ${PERFORMANCE_PHRASE[performanceLevel]} dan potensial ${POTENTIAL_PHRASE[potentialLevel]}`;
}

/** True for a number that is a box 1–9. */
export function isBox(value: unknown): value is Box {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 9;
}
