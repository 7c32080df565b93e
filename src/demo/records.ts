import { addDays, addMonths, yearOf } from './calendar.js';
import { dateIn } from './careers.js';
import type { Person } from './people.js';
import type { Rng } from './prng.js';
import type { AwardRow, SanctionRow, SkpRow } from './rows.js';

/**
 * Performance, development and discipline records: two years of SKP (PermenPANRB 6/2022), training with
 * lesson hours and cost, disciplinary sanctions (PP 94/2021) and awards. Their rates are demo assumptions:
 * most SKP "Baik", a small share of sanctions, most people with some training hours in the year but many
 * under the 20 JP right (regulations.md §4.9).
 */

type Rating = 'DI_ATAS_EKSPEKTASI' | 'SESUAI_EKSPEKTASI' | 'DI_BAWAH_EKSPEKTASI';
type Predikat = 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';

/** PermenPANRB 6/2022 matrix (rules.md §1.1): [hasil kerja][perilaku kerja]. */
const MATRIX: Record<Rating, Record<Rating, Predikat>> = {
  DI_ATAS_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'KURANG',
    SESUAI_EKSPEKTASI: 'BAIK',
    DI_ATAS_EKSPEKTASI: 'SANGAT_BAIK',
  },
  SESUAI_EKSPEKTASI: { DI_BAWAH_EKSPEKTASI: 'KURANG', SESUAI_EKSPEKTASI: 'BAIK', DI_ATAS_EKSPEKTASI: 'BAIK' },
  DI_BAWAH_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'SANGAT_KURANG',
    SESUAI_EKSPEKTASI: 'BUTUH_PERBAIKAN',
    DI_ATAS_EKSPEKTASI: 'BUTUH_PERBAIKAN',
  },
};

/** Behaviour ratings lean towards the results rating. */
const BEHAVIOUR: Record<Rating, readonly (readonly [Rating, number])[]> = {
  DI_ATAS_EKSPEKTASI: [
    ['DI_ATAS_EKSPEKTASI', 0.6],
    ['SESUAI_EKSPEKTASI', 0.38],
    ['DI_BAWAH_EKSPEKTASI', 0.02],
  ],
  SESUAI_EKSPEKTASI: [
    ['DI_ATAS_EKSPEKTASI', 0.12],
    ['SESUAI_EKSPEKTASI', 0.84],
    ['DI_BAWAH_EKSPEKTASI', 0.04],
  ],
  DI_BAWAH_EKSPEKTASI: [
    ['DI_ATAS_EKSPEKTASI', 0.03],
    ['SESUAI_EKSPEKTASI', 0.6],
    ['DI_BAWAH_EKSPEKTASI', 0.37],
  ],
};

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function isActive(kedudukan: string | null): boolean {
  return !kedudukan || kedudukan === 'CPNS' || kedudukan.toLowerCase().includes('aktif');
}

/** SKP of years Y−1 and Y; a few people lack one (not yet rated, not yet appointed, or left). */
export function skpRecords(rng: Rng, instansiId: number, person: Person, year: number): SkpRow[] {
  const rows: SkpRow[] = [];
  for (const tahun of [year - 1, year]) {
    if (yearOf(person.tmtCpns) > tahun) continue;
    if (tahun === year && (!isActive(person.kedudukan) || rng.chance(0.04))) continue;
    if (tahun === year - 1 && rng.chance(0.03)) continue;
    const perf = person.performance + rng.normal(0, 0.6);
    const above = clamp(0.17 + 0.13 * perf, 0.03, 0.6);
    const below = clamp(0.06 - 0.05 * perf, 0.01, 0.35);
    const hasil = rng.weighted<Rating>([
      ['DI_ATAS_EKSPEKTASI', above],
      ['SESUAI_EKSPEKTASI', 1 - above - below],
      ['DI_BAWAH_EKSPEKTASI', below],
    ]);
    const perilaku = rng.weighted(BEHAVIOUR[hasil]);
    rows.push({
      instansiId,
      id: rng.uuid(),
      employeeId: person.id,
      tahun,
      hasilKerja: hasil,
      perilakuKerja: perilaku,
      predikat: MATRIX[hasil][perilaku],
      // Most SIASN records carry the official predikat; some older imports had only the two ratings.
      predikatDerived: rng.chance(0.1) ? 1 : 0,
    });
  }
  return rows;
}

const TINGKAT = ['RINGAN', 'SEDANG', 'BERAT'] as const;
const TINGKAT_WEIGHTS = [0.74, 0.19, 0.07];
const TINGKAT_MANAGER = [0.74, 0.19, 0];

const JENIS: Record<'RINGAN' | 'SEDANG' | 'BERAT', readonly string[]> = {
  RINGAN: ['Teguran lisan', 'Teguran tertulis', 'Pernyataan tidak puas secara tertulis'],
  SEDANG: [
    'Pemotongan tunjangan kinerja sebesar 25% selama 6 bulan',
    'Pemotongan tunjangan kinerja sebesar 25% selama 9 bulan',
    'Pemotongan tunjangan kinerja sebesar 25% selama 12 bulan',
  ],
  BERAT: [
    'Penurunan jabatan setingkat lebih rendah selama 12 bulan',
    'Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan',
  ],
};

/** About 2.5% of staff have a sanction in the last five years, more often the weaker performers. */
export function sanctionRecords(rng: Rng, instansiId: number, person: Person, year: number): SanctionRow[] {
  if (!rng.chance(person.performance < -0.8 ? 0.07 : 0.018)) return [];
  const manager = person.slot.position.eselon !== null;
  // A manager still in post cannot be under a heavy sanction (it would have removed them from it).
  const tingkat = rng.choice(TINGKAT, manager ? TINGKAT_MANAGER : TINGKAT_WEIGHTS);
  // Decided in the last five years, most recently more often.
  const y = Math.max(yearOf(person.tmtCpns), year - rng.choice([0, 1, 2, 3, 4], [0.3, 0.3, 0.2, 0.12, 0.08]));
  const tanggalSk = dateIn(rng, y);
  const jenis = rng.pick(JENIS[tingkat]);
  const nomorSk = `862/${String(rng.int(1, 999)).padStart(4, '0')}/BKD/${y}`;
  const tmtMulai = addDays(tanggalSk, rng.int(3, 20));
  const months = tingkat === 'RINGAN' ? 0 : Number(/selama (\d+) bulan/.exec(jenis)?.[1] ?? 12);
  return [
    {
      instansiId,
      id: rng.uuid(),
      employeeId: person.id,
      tingkat,
      jenis,
      nomorSk,
      tanggalSk,
      tmtMulai,
      tmtSelesai: months ? addMonths(tmtMulai, months) : null,
      kunci: nomorSk,
    },
  ];
}

/** Satyalancana Karya Satya for 10/20/30 years of service, and the odd merit award. */
export function awardRecords(
  rng: Rng,
  instansiId: number,
  person: Person,
  year: number,
  region: string,
): AwardRow[] {
  const rows: AwardRow[] = [];
  const tmtYear = yearOf(person.tmtCpns);
  for (const [years, label] of [
    [10, 'X'],
    [20, 'XX'],
    [30, 'XXX'],
  ] as const) {
    const tahun = tmtYear + years + rng.int(0, 3);
    if (person.pppk || tahun > year || !rng.chance(0.12)) continue;
    rows.push({
      instansiId,
      id: rng.uuid(),
      employeeId: person.id,
      nama: `Satyalancana Karya Satya ${label} Tahun`,
      tahun,
      nomorSk: `Keppres Nomor ${rng.int(20, 120)}/TK/${tahun}`,
    });
  }
  if (person.performance > 1.2 && rng.chance(0.08)) {
    const profile = person.slot.position.unit.profile;
    const what =
      profile === 'school'
        ? 'Guru Berprestasi'
        : profile === 'puskesmas' || profile === 'rsud'
          ? 'Tenaga Kesehatan Teladan'
          : 'ASN Berprestasi';
    const tahun = rng.int(Math.max(tmtYear, year - 4), year);
    rows.push({
      instansiId,
      id: rng.uuid(),
      employeeId: person.id,
      nama: `${what} Tingkat ${region}`,
      tahun,
      nomorSk: null,
    });
  }
  return rows;
}
