import { addDays, yearOf } from './calendar.js';
import { dateIn } from './careers.js';
import type { Person } from './people.js';
import type { Rng } from './prng.js';
import type { TrainingRow } from './rows.js';

/**
 * Training (SIASN rw-diklat, rw-kursus) with lesson hours (JP) and cost in rupiah. Most people have some
 * hours in the year but many stay under the 20 JP right (regulations.md §4.9); new managers attend the
 * leadership course of their level and new CPNS the basic training. JP and costs are demo estimates.
 */

/** [name, kind, JP min, JP max, cost min, cost max (rupiah), organiser] */
type Course = readonly [string, string, number, number, number, number, string];

// prettier-ignore
const GENERAL: readonly Course[] = [
  ['Webinar Penguatan Nilai Dasar BerAKHLAK', 'Seminar', 2, 4, 0, 0, 'Badan Kepegawaian Negara'],
  ['E-Learning ASN Unggul: Manajemen Kinerja', 'E-Learning', 4, 10, 0, 0, 'Lembaga Administrasi Negara'],
  ['Bimbingan Teknis Penyusunan SKP dan Ekspektasi Kinerja', 'Bimtek', 8, 16, 1_500_000, 3_500_000, 'BKD'],
  ['Pelatihan Pengadaan Barang/Jasa Tingkat Dasar', 'Pelatihan Teknis', 24, 40, 3_000_000, 6_000_000, 'LKPP'],
  ['Workshop Penyusunan Renstra dan Renja Perangkat Daerah', 'Workshop', 16, 24, 2_000_000, 4_500_000, 'Bappeda'],
  ['Bimbingan Teknis Pengelolaan Keuangan Daerah', 'Bimtek', 16, 32, 3_000_000, 7_500_000, 'Kemendagri'],
  ['Pelatihan Manajemen Kearsipan Dinamis', 'Pelatihan Teknis', 20, 40, 2_500_000, 5_000_000, 'ANRI'],
  ['Pelatihan Penulisan Naskah Dinas', 'Pelatihan Teknis', 12, 20, 1_000_000, 2_500_000, 'BPSDM Provinsi'],
  ['Sosialisasi Netralitas ASN dan Disiplin PNS', 'Sosialisasi', 2, 4, 0, 500_000, 'BKD'],
  ['Pelatihan Literasi Digital dan Keamanan Informasi', 'Pelatihan Teknis', 8, 16, 500_000, 2_000_000, 'Diskominfo'],
  ['Bimbingan Teknis SIASN dan Manajemen Talenta', 'Bimtek', 8, 16, 1_500_000, 4_000_000, 'BKN Kanreg VIII'],
];
// prettier-ignore
const SCHOOL: readonly Course[] = [
  ['Pelatihan Implementasi Kurikulum Merdeka', 'Pelatihan Teknis', 20, 32, 1_000_000, 3_000_000, 'BBPMP Kalteng'],
  ['Lokakarya Asesmen Pembelajaran', 'Workshop', 8, 16, 500_000, 1_500_000, 'Dinas Pendidikan'],
  ['Pelatihan Pembelajaran Berdiferensiasi', 'Pelatihan Teknis', 24, 32, 1_500_000, 3_000_000, 'Balai Guru Penggerak'],
  ['Webinar Pendidikan Inklusif', 'Seminar', 2, 4, 0, 0, 'Kemendikdasmen'],
];
// prettier-ignore
const HEALTH: readonly Course[] = [
  ['Pelatihan Basic Trauma Cardiac Life Support', 'Pelatihan Teknis', 40, 50, 2_500_000, 4_000_000, 'PPNI'],
  ['Pelatihan Pencegahan dan Pengendalian Infeksi', 'Pelatihan Teknis', 16, 32, 1_500_000, 3_000_000, 'Dinas Kesehatan'],
  ['Pelatihan Asuhan Persalinan Normal', 'Pelatihan Teknis', 40, 50, 3_000_000, 5_000_000, 'P2KS'],
  ['Seminar Tata Laksana Stunting', 'Seminar', 4, 8, 0, 500_000, 'Kementerian Kesehatan'],
];
// prettier-ignore
const LEADERSHIP: Readonly<Record<string, Course>> = {
  PENGAWAS: ['Pelatihan Kepemimpinan Pengawas', 'Pelatihan Kepemimpinan', 280, 300, 20_000_000, 28_000_000, 'BPSDM Provinsi'],
  ADMINISTRATOR: ['Pelatihan Kepemimpinan Administrator', 'Pelatihan Kepemimpinan', 340, 360, 30_000_000, 40_000_000, 'BPSDM Provinsi'],
  JPT_PRATAMA: ['Pelatihan Kepemimpinan Nasional Tingkat II', 'Pelatihan Kepemimpinan', 400, 420, 90_000_000, 110_000_000, 'LAN'],
};
// prettier-ignore
const LATSAR: Course = ['Pelatihan Dasar CPNS', 'Pelatihan Dasar', 270, 290, 12_000_000, 16_000_000, 'BPSDM Provinsi'];

function course(rng: Rng, instansiId: number, person: Person, c: Course, year: number): TrainingRow {
  const [nama, jenis, jpMin, jpMax, costMin, costMax, penyelenggara] = c;
  const jp = rng.int(jpMin, jpMax);
  const mulai = dateIn(rng, year, 1, 11);
  return {
    instansiId,
    id: rng.uuid(),
    employeeId: person.id,
    nama,
    jenis,
    penyelenggara,
    tanggalMulai: mulai,
    // A training of n JP takes about n/8 working days; some records have no end date.
    tanggalSelesai: rng.chance(0.05) ? null : addDays(mulai, Math.max(0, Math.ceil(jp / 8) - 1)),
    jp,
    biaya: rng.chance(0.08) ? null : Math.round(rng.int(costMin, costMax) / 1000) * 1000,
  };
}

export function trainingRecords(rng: Rng, instansiId: number, person: Person, year: number): TrainingRow[] {
  const rows: TrainingRow[] = [];
  const seen = new Set<string>();
  const push = (row: TrainingRow) => {
    const key = `${row.nama}|${row.tanggalMulai}`;
    if (!seen.has(key)) rows.push(row);
    seen.add(key);
  };
  const profile = person.slot.position.unit.profile;
  const pool =
    profile === 'school' ? SCHOOL : profile === 'puskesmas' || profile === 'rsud' ? HEALTH : GENERAL;
  for (const y of [year - 1, year]) {
    if (yearOf(person.tmtCpns) > y) continue;
    const n =
      y === year
        ? rng.choice([0, 1, 2, 3], [0.14, 0.42, 0.3, 0.14])
        : rng.choice([0, 1, 2], [0.3, 0.45, 0.25]);
    for (let i = 0; i < n; i++) {
      push(course(rng, instansiId, person, rng.chance(0.6) ? rng.pick(pool) : rng.pick(GENERAL), y));
    }
  }
  const lead = LEADERSHIP[person.slot.position.level];
  const tmtYear = yearOf(person.tmtJabatan);
  if (lead && tmtYear >= year - 1 && rng.chance(0.6)) push(course(rng, instansiId, person, lead, tmtYear));
  if (person.kedudukan === 'CPNS') push(course(rng, instansiId, person, LATSAR, year));
  return rows;
}
