import type { NotMappedReason, WarningCode } from './codes.js';
import { dayOf, monthOf, yearOf, type IsoDate } from './dates.js';

/**
 * Indonesian texts and number/date formats for explanations built in the domain (explain.ts). Display
 * only: computations keep full precision (rules.md preamble).
 */

/** A score for display: two decimals, decimal comma (85 → "85,00", 3.2 → "3,20"). */
export function formatScore(value: number): string {
  return value.toFixed(2).replace('.', ',');
}

/**
 * A gap to a cut-off for display, rounded **up** to the next hundredth (at least 0,01), so that "naik X"
 * is always enough; float noise below 1e-6 is ignored (85 − 81.8 → "3,20", not "3,21").
 */
export function formatGap(gap: number): string {
  const hundredths = Math.ceil(Math.round(gap * 1e6) / 1e4);
  return formatScore(Math.max(1, hundredths) / 100);
}

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** A date as Indonesians write it: `2025-12-31` → "31 Desember 2025". */
export function formatDate(date: IsoDate): string {
  return `${dayOf(date)} ${MONTHS[monthOf(date) - 1] ?? ''} ${yearOf(date)}`;
}

/** What data to supply for each reason of not being mapped, for mapping year Y (rules.md §1.2, §2). */
export function missingDataText(reason: NotMappedReason, year: number, validityYears: number): string {
  const from = `1 Januari ${year - validityYears + 1}`;
  const to = `31 Desember ${year}`;
  switch (reason) {
    case 'TIDAK_AKTIF':
      return 'Kedudukan pegawai tidak aktif, sehingga tidak diikutkan dalam pemetaan. Perbarui kedudukan bila datanya keliru.';
    case 'JENJANG_TIDAK_DIKETAHUI':
      return 'Jenjang jabatan tidak diketahui. Lengkapi jenjang, atau jenis jabatan, eselon, dan nama jabatan pada data pegawai.';
    case 'SKP_TAHUN_BERJALAN_TIDAK_ADA':
      return `SKP tahun ${year} belum ada. Lengkapi SKP tahun ${year} (rating hasil kerja, rating perilaku kerja, dan predikat kinerja).`;
    case 'ASESMEN_KOMPETENSI_TIDAK_ADA':
      return `Belum ada penilaian kompetensi yang berlaku. Lengkapi hasil penilaian 9 kompetensi manajerial dan sosial kultural bertanggal ${from} sampai ${to}.`;
    case 'ASESMEN_POTENSI_TIDAK_ADA':
      return `Belum ada penilaian potensi yang berlaku. Lengkapi hasil penilaian potensi (nilai total 0–100 atau 8 dimensi bernilai 1–5) bertanggal ${from} sampai ${to}.`;
  }
}

/** Text of each data-quality warning. */
export const WARNING_TEXTS: Readonly<Record<WarningCode, string>> = {
  PENDIDIKAN_TIDAK_DIKETAHUI:
    'Pendidikan terakhir tidak diketahui; bagian pendidikan pada rekam jejak bernilai 0. Lengkapi pendidikan terakhir.',
  PREDIKAT_TIDAK_SESUAI_RATING:
    'Predikat kinerja pada SKP tidak sesuai dengan matriks rating hasil kerja dan perilaku kerja; predikat resmi tetap dipakai. Periksa data SKP.',
  NIP_TIDAK_SESUAI_TGL_LAHIR: 'Tanggal lahir tidak sesuai dengan NIP. Periksa tanggal lahir atau NIP.',
  NIP_TIDAK_SESUAI_JENIS_KELAMIN: 'Jenis kelamin tidak sesuai dengan NIP. Periksa jenis kelamin atau NIP.',
  TMT_JABATAN_TIDAK_ADA:
    'TMT jabatan saat ini tidak diketahui; bagian pengalaman pada rekam jejak bernilai 0. Lengkapi TMT jabatan.',
  TMT_JABATAN_SETELAH_TANGGAL_ACUAN:
    'TMT jabatan saat ini sesudah tanggal acuan pemetaan; bagian pengalaman pada rekam jejak bernilai 0.',
  STANDAR_JABATAN_TIDAK_VALID:
    'Standar kompetensi jabatan tidak lengkap atau di luar 1–5; dipakai standar bawaan jenjang jabatan. Perbaiki standar kompetensi jabatan.',
  ASESMEN_POTENSI_DIMENSI_TIDAK_LENGKAP:
    'Penilaian potensi tidak memuat kedelapan dimensi; nilai dihitung dari dimensi yang ada.',
};
