import type { Level } from './levels.js';
import type { Education, Field } from './titles.js';

/**
 * Functional position families (jabatan fungsional) found in regional governments, with the study fields of
 * the people who hold them, and the pelaksana positions of the 2024 nomenclature (klerek, operator, teknisi;
 * regulations.md §4.4), each tied to the education it requires.
 */

/** A = expert track only (Ahli …), T = skill track only (Terampil/Mahir/Penyelia), B = both. */
export type Track = 'A' | 'T' | 'B';

export interface Family {
  key: string;
  nama: string;
  track: Track;
  fields: readonly Field[];
  /** Share of women among holders. */
  female: number;
  /** Share of PPPK among holders at entry levels (Ahli Pertama, Terampil). */
  pppk: number;
  /** Expert-track education when it differs from the level's default (dokter: S1 + profesi or specialist). */
  expertEducation?: readonly (readonly [Education, number])[];
  /** Level mix of the expert track when it differs from the default. */
  expertLevels?: readonly (readonly [Level, number])[];
}

function fam(
  key: string,
  nama: string,
  track: Track,
  fields: string,
  female: number,
  pppk = 0.04,
  extra: Partial<Family> = {},
): Family {
  return { key, nama, track, fields: fields.split(' ') as Field[], female, pppk, ...extra };
}

export const FAMILIES: readonly Family[] = [
  fam('guru', 'Guru', 'A', 'pendidikan', 0.66, 0.24, {
    // Most senior teachers sit at Ahli Madya (IV/a–IV/c): the guru career is long and promotion regular.
    expertLevels: [
      ['PERTAMA', 0.34],
      ['MUDA', 0.3],
      ['MADYA', 0.359],
      ['UTAMA', 0.001],
    ],
    expertEducation: [
      ['S1', 0.9],
      ['S2', 0.1],
    ],
  }),
  fam('pengawasSekolah', 'Pengawas Sekolah', 'A', 'pendidikan', 0.45, 0, {
    expertLevels: [
      ['MUDA', 0.4],
      ['MADYA', 0.6],
    ],
  }),
  fam('penilik', 'Penilik', 'A', 'pendidikan', 0.5),
  fam('dokter', 'Dokter', 'A', 'kedokteran', 0.55, 0.1, {
    expertEducation: [
      ['S1', 0.82],
      ['S2', 0.18],
    ],
  }),
  fam('dokterGigi', 'Dokter Gigi', 'A', 'kedokteranGigi', 0.65, 0.1, {
    expertEducation: [
      ['S1', 0.9],
      ['S2', 0.1],
    ],
  }),
  fam('perawat', 'Perawat', 'B', 'keperawatan', 0.68, 0.16),
  fam('bidan', 'Bidan', 'B', 'kebidanan', 1, 0.16, {
    expertEducation: [
      ['D4', 0.6],
      ['S1', 0.32],
      ['S2', 0.08],
    ],
  }),
  fam('apoteker', 'Apoteker', 'A', 'farmasi', 0.7, 0.1),
  fam('asistenApoteker', 'Asisten Apoteker', 'T', 'farmasi', 0.75, 0.15),
  fam('nutrisionis', 'Nutrisionis', 'B', 'gizi', 0.85, 0.12),
  fam('sanitarian', 'Tenaga Sanitasi Lingkungan', 'B', 'kesmas', 0.55, 0.1),
  fam('pranataLab', 'Pranata Laboratorium Kesehatan', 'B', 'laboratorium', 0.65, 0.12),
  fam('penyuluhKesmas', 'Penyuluh Kesehatan Masyarakat', 'A', 'kesmas', 0.6),
  fam('epidemiolog', 'Epidemiolog Kesehatan', 'A', 'kesmas', 0.55),
  fam('perekamMedis', 'Perekam Medis', 'T', 'laboratorium', 0.6, 0.12),
  fam('radiografer', 'Radiografer', 'T', 'laboratorium', 0.45, 0.1),
  fam('fisioterapis', 'Fisioterapis', 'T', 'kesmas', 0.55, 0.1),
  fam('adminKesehatan', 'Administrator Kesehatan', 'A', 'kesmas', 0.55),
  fam('analisKebijakan', 'Analis Kebijakan', 'A', 'pemerintahan umum sosial', 0.45),
  fam('perencana', 'Perencana', 'A', 'ekonomi teknik pemerintahan', 0.45),
  fam('pranataKomputer', 'Pranata Komputer', 'B', 'komputer', 0.35, 0.1),
  fam('arsiparis', 'Arsiparis', 'B', 'perpustakaan umum', 0.6, 0.06),
  fam('pustakawan', 'Pustakawan', 'B', 'perpustakaan', 0.65, 0.06),
  fam('analisSdm', 'Analis Sumber Daya Manusia Aparatur', 'A', 'pemerintahan umum', 0.55),
  fam('auditor', 'Auditor', 'B', 'akuntansi ekonomi', 0.45),
  fam('p2upd', 'Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah', 'A', 'pemerintahan hukum', 0.4),
  fam('analisKeuangan', 'Analis Pengelolaan Keuangan APBD', 'A', 'akuntansi ekonomi', 0.55),
  fam('pengelolaPbj', 'Pengelola Pengadaan Barang/Jasa', 'A', 'ekonomi teknik', 0.35),
  fam('analisHukum', 'Analis Hukum', 'A', 'hukum', 0.5),
  fam('perancang', 'Perancang Peraturan Perundang-undangan', 'A', 'hukum', 0.5),
  fam('pranataHumas', 'Pranata Hubungan Masyarakat', 'B', 'sosial', 0.55),
  fam('statistisi', 'Statistisi', 'B', 'statistik', 0.5),
  fam('sandiman', 'Sandiman', 'B', 'komputer', 0.3),
  fam('teknikJalan', 'Teknik Jalan dan Jembatan', 'B', 'teknik', 0.15),
  fam('teknikPengairan', 'Teknik Pengairan', 'B', 'teknik', 0.15),
  fam('teknikBangunan', 'Teknik Tata Bangunan dan Perumahan', 'B', 'teknik', 0.2),
  fam('penataRuang', 'Penata Ruang', 'A', 'teknik', 0.35),
  fam('pengujiKendaraan', 'Penguji Kendaraan Bermotor', 'B', 'teknik', 0.1),
  fam('pekerjaSosial', 'Pekerja Sosial', 'B', 'sosial', 0.55),
  fam('penyuluhSosial', 'Penyuluh Sosial', 'A', 'sosial', 0.5),
  fam('polpp', 'Polisi Pamong Praja', 'B', 'pemerintahan umum', 0.15, 0.05),
  fam('penyuluhPertanian', 'Penyuluh Pertanian', 'B', 'pertanian', 0.3, 0.08),
  fam('pengawasBenih', 'Pengawas Benih Tanaman', 'B', 'pertanian', 0.35),
  fam('popt', 'Pengendali Organisme Pengganggu Tumbuhan', 'B', 'pertanian', 0.35),
  fam('medikVeteriner', 'Medik Veteriner', 'A', 'veteriner', 0.45),
  fam('paramedikVeteriner', 'Paramedik Veteriner', 'T', 'peternakan', 0.35),
  fam('penyuluhPerikanan', 'Penyuluh Perikanan', 'B', 'perikanan', 0.3),
  fam('pengendaliDampak', 'Pengendali Dampak Lingkungan', 'A', 'teknik kesmas', 0.45),
  fam('pengawasLh', 'Pengawas Lingkungan Hidup', 'A', 'teknik kesmas', 0.35),
  fam('penyuluhKb', 'Penyuluh Keluarga Berencana', 'A', 'sosial kesmas', 0.6),
  fam('adminDatabase', 'Administrator Database Kependudukan', 'A', 'komputer', 0.45),
  fam('pengantarKerja', 'Pengantar Kerja', 'B', 'umum', 0.5),
  fam('mediatorHi', 'Mediator Hubungan Industrial', 'A', 'hukum', 0.4),
  fam('pamongBudaya', 'Pamong Budaya', 'A', 'sosial', 0.5),
  fam('adyatama', 'Adyatama Kepariwisataan dan Ekonomi Kreatif', 'A', 'ekonomi', 0.55),
  fam('pengawasKoperasi', 'Pengawas Koperasi', 'A', 'ekonomi', 0.5),
  fam('analisPerdagangan', 'Analis Perdagangan', 'A', 'ekonomi', 0.5),
  fam('penggerakSwadaya', 'Penggerak Swadaya Masyarakat', 'A', 'pemerintahan sosial', 0.4),
  fam('analisPangan', 'Analis Ketahanan Pangan', 'A', 'pertanian', 0.5),
  fam('penyuluhKehutanan', 'Penyuluh Kehutanan', 'B', 'kehutanan', 0.25),
  fam('polhut', 'Polisi Kehutanan', 'B', 'kehutanan', 0.1),
  fam('inspekturTambang', 'Inspektur Tambang', 'A', 'teknik', 0.15),
];

const BY_KEY = new Map(FAMILIES.map((f) => [f.key, f]));

export function family(key: string): Family {
  const f = BY_KEY.get(key);
  if (!f) throw new Error(`Rumpun jabatan fungsional tidak dikenal: ${key}`);
  return f;
}

/** Expert-track level mix: most experts are Pertama or Muda. */
export const EXPERT_LEVELS: readonly (readonly [Level, number])[] = [
  ['PERTAMA', 0.44],
  ['MUDA', 0.36],
  ['MADYA', 0.196],
  ['UTAMA', 0.004],
];

export const SKILL_LEVELS: readonly (readonly [Level, number])[] = [
  ['TERAMPIL', 0.5],
  ['MAHIR', 0.32],
  ['PENYELIA', 0.18],
];

/** A pelaksana position name and the education it is filled with (Kepmenpan-RB 11/2024 nomenclature). */
export interface PelaksanaName {
  nama: string;
  education: readonly (readonly [Education, number])[];
  /** Studies a holder would have, for titles. */
  field: Field;
}

const SMA_MIX = [
  ['SMA', 0.88],
  ['SMP', 0.08],
  ['SD', 0.04],
] as const;
const D3_MIX = [
  ['D3', 0.9],
  ['D2', 0.04],
  ['D1', 0.06],
] as const;
const S1_MIX = [
  ['S1', 0.92],
  ['D4', 0.04],
  ['S2', 0.04],
] as const;

export const PELAKSANA: readonly (readonly [PelaksanaName, number])[] = [
  [{ nama: 'Pengadministrasi Perkantoran', education: SMA_MIX, field: 'umum' }, 0.26],
  [{ nama: 'Operator Layanan Operasional', education: SMA_MIX, field: 'umum' }, 0.14],
  [{ nama: 'Teknisi Sarana dan Prasarana', education: SMA_MIX, field: 'teknik' }, 0.06],
  [{ nama: 'Pengolah Data dan Informasi', education: D3_MIX, field: 'komputer' }, 0.1],
  [{ nama: 'Pengelola Layanan Operasional', education: D3_MIX, field: 'umum' }, 0.08],
  [{ nama: 'Pengelola Umum Operasional', education: D3_MIX, field: 'ekonomi' }, 0.05],
  [{ nama: 'Penelaah Teknis Kebijakan', education: S1_MIX, field: 'umum' }, 0.17],
  [{ nama: 'Penata Layanan Operasional', education: S1_MIX, field: 'pemerintahan' }, 0.1],
  [{ nama: 'Penata Kelola Sistem dan Teknologi Informasi', education: S1_MIX, field: 'komputer' }, 0.04],
];

/** Staff support families every OPD secretariat has. */
export const SECRETARIAT_FAMILIES: Readonly<Record<string, number>> = {
  arsiparis: 1,
  perencana: 1,
  analisKeuangan: 0.8,
  pranataKomputer: 0.7,
  analisSdm: 0.5,
  pengelolaPbj: 0.3,
  pranataHumas: 0.3,
};
