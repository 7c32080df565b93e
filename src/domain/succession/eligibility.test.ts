import { describe, expect, it } from 'vitest';
import type { Jenjang } from '../codes.js';
import type { KeyPosition, SuccessionPerson } from './candidate.js';
import { ineligibilityReasons, levelRunStart } from './eligibility.js';
import type { SuccessionSettings } from './rules.js';
import { context, person, target } from './succession.fixture.js';

type Row = {
  case: string;
  person?: Partial<SuccessionPerson>;
  target?: Partial<KeyPosition>;
  settings?: Partial<SuccessionSettings>;
  expected: string[];
};

const check = (row: Row) =>
  expect(ineligibilityReasons(person(row.person), target(row.target), context(row.settings))).toEqual(
    row.expected,
  );

describe('job step (rules.md §6 JENJANG_TIDAK_SESUAI)', () => {
  const rows: [Jenjang, Jenjang, boolean][] = [
    ['JPT_PRATAMA', 'ADMINISTRATOR', true],
    ['JPT_PRATAMA', 'FUNGSIONAL_AHLI_MADYA', true],
    ['JPT_PRATAMA', 'JPT_PRATAMA', true],
    ['JPT_PRATAMA', 'PENGAWAS', false],
    ['JPT_PRATAMA', 'FUNGSIONAL_AHLI_MUDA', false],
    ['ADMINISTRATOR', 'PENGAWAS', true],
    ['ADMINISTRATOR', 'FUNGSIONAL_AHLI_MUDA', true],
    ['ADMINISTRATOR', 'ADMINISTRATOR', true],
    ['ADMINISTRATOR', 'PELAKSANA', false],
    ['ADMINISTRATOR', 'JPT_PRATAMA', false],
    ['PENGAWAS', 'PELAKSANA', true],
    ['PENGAWAS', 'FUNGSIONAL_AHLI_PERTAMA', true],
    ['PENGAWAS', 'FUNGSIONAL_KETERAMPILAN', true],
    ['PENGAWAS', 'PENGAWAS', true],
    ['PENGAWAS', 'ADMINISTRATOR', false],
  ];
  it.each(rows)('target %s, now %s → eligible step: %s (rules.md §6)', (to, now, ok) => {
    const reasons = ineligibilityReasons(
      person({ jenjang: now, golongan: 'IV/e', pendidikan: 'S3' }),
      target({ jenjang: to }),
      context(),
    );
    expect(reasons.includes('JENJANG_TIDAK_SESUAI')).toBe(!ok);
  });
});

describe('each check at and just past its boundary (rules.md §6)', () => {
  it.each<Row>([
    { case: 'base person is eligible', expected: [] },
    // rank: default IV/b for JPT Pratama, III/d Administrator; the position's own minimum first
    { case: 'rank IV/b = JPT Pratama default', person: { golongan: 'IV/b' }, expected: [] },
    { case: 'rank IV/a < IV/b', person: { golongan: 'IV/a' }, expected: ['PANGKAT_KURANG'] },
    { case: 'own minimum IV/c, has IV/b', target: { minGolongan: 'IV/c' }, expected: ['PANGKAT_KURANG'] },
    {
      case: 'own minimum IV/c, has IV/c',
      person: { golongan: 'IV/c' },
      target: { minGolongan: 'IV/c' },
      expected: [],
    },
    {
      case: 'Administrator target, III/d passes',
      person: { jenjang: 'PENGAWAS', golongan: 'III/d' },
      target: { jenjang: 'ADMINISTRATOR' },
      expected: [],
    },
    {
      case: 'Administrator target, III/c fails',
      person: { jenjang: 'PENGAWAS', golongan: 'III/c' },
      target: { jenjang: 'ADMINISTRATOR' },
      expected: ['PANGKAT_KURANG'],
    },
    {
      case: 'Pengawas target, III/b passes, III/a fails',
      person: { jenjang: 'PELAKSANA', golongan: 'III/a', pendidikan: 'D3', tmtJabatan: '2021-12-31' },
      target: { jenjang: 'PENGAWAS' },
      expected: ['PANGKAT_KURANG'],
    },
    { case: 'unknown rank of a PNS fails', person: { golongan: null }, expected: ['PANGKAT_KURANG'] },
    {
      case: 'a PPPK grade is not compared with ranks (only BUKAN_PNS)',
      person: { employmentType: 'PPPK', golongan: 'IX' },
      expected: ['BUKAN_PNS'],
    },
    // education: S1/D4 for JPT and Administrator, D3 for Pengawas (rules.md §5, D4 = S1)
    { case: 'S1 meets S1/D4', person: { pendidikan: 'S1' }, expected: [] },
    { case: 'D4 meets S1/D4', person: { pendidikan: 'D4' }, expected: [] },
    { case: 'D3 < S1/D4', person: { pendidikan: 'D3' }, expected: ['PENDIDIKAN_KURANG'] },
    { case: 'unknown education fails', person: { pendidikan: null }, expected: ['PENDIDIKAN_KURANG'] },
    {
      case: "position's own minimum S2, has S1",
      person: { pendidikan: 'S1' },
      target: { minPendidikan: 'S2' },
      expected: ['PENDIDIKAN_KURANG'],
    },
    {
      case: 'Pengawas target: D3 passes',
      person: { jenjang: 'PELAKSANA', golongan: 'III/b', pendidikan: 'D3', tmtJabatan: '2021-12-31' },
      target: { jenjang: 'PENGAWAS' },
      expected: [],
    },
    {
      case: 'Pengawas target: D2 fails',
      person: { jenjang: 'PELAKSANA', golongan: 'III/b', pendidikan: 'D2', tmtJabatan: '2021-12-31' },
      target: { jenjang: 'PENGAWAS' },
      expected: ['PENDIDIKAN_KURANG'],
    },
    // experience: whole months to 31 Dec 2025 ≥ 24 / 36 / 48
    { case: 'JPT: 2023-12-31 → 24 months', person: { tmtJabatan: '2023-12-31' }, expected: [] },
    {
      case: 'JPT: 2024-01-01 → 23 months',
      person: { tmtJabatan: '2024-01-01' },
      expected: ['PENGALAMAN_KURANG'],
    },
    {
      case: 'Administrator: 2022-12-31 → 36 months',
      person: { jenjang: 'PENGAWAS', golongan: 'III/d', tmtJabatan: '2022-12-31' },
      target: { jenjang: 'ADMINISTRATOR' },
      expected: [],
    },
    {
      case: 'Administrator: 2023-01-01 → 35 months',
      person: { jenjang: 'PENGAWAS', golongan: 'III/d', tmtJabatan: '2023-01-01' },
      target: { jenjang: 'ADMINISTRATOR' },
      expected: ['PENGALAMAN_KURANG'],
    },
    {
      case: 'Pengawas: 2021-12-31 → 48 months',
      person: { jenjang: 'PELAKSANA', golongan: 'III/b', pendidikan: 'D3', tmtJabatan: '2021-12-31' },
      target: { jenjang: 'PENGAWAS' },
      expected: [],
    },
    {
      case: 'Pengawas: 2022-01-01 → 47 months',
      person: { jenjang: 'PELAKSANA', golongan: 'III/b', pendidikan: 'D3', tmtJabatan: '2022-01-01' },
      target: { jenjang: 'PENGAWAS' },
      expected: ['PENGALAMAN_KURANG'],
    },
    {
      case: 'unbroken run: two Administrator posts since 2019 count together',
      person: {
        tmtJabatan: '2025-03-01',
        positionHistory: [
          { jenjang: 'PENGAWAS', tmtJabatan: '2015-01-01' },
          { jenjang: 'ADMINISTRATOR', tmtJabatan: '2019-01-01' },
        ],
      },
      expected: [],
    },
    {
      case: 'broken run: Administrator, then Pengawas, then Administrator again from 2025',
      person: {
        tmtJabatan: '2025-03-01',
        positionHistory: [
          { jenjang: 'ADMINISTRATOR', tmtJabatan: '2015-01-01' },
          { jenjang: 'PENGAWAS', tmtJabatan: '2019-01-01' },
        ],
      },
      expected: ['PENGALAMAN_KURANG'],
    },
    {
      case: 'no tmtJabatan and no history fails',
      person: { tmtJabatan: null },
      expected: ['PENGALAMAN_KURANG'],
    },
    // discipline: medium/heavy decided in 2024 or 2025; or serving at 31 Dec 2025
    {
      case: 'SEDANG decided 2024-01-01 (Y−1)',
      person: {
        sanctions: [{ tingkat: 'SEDANG', tanggalSk: '2024-01-01', tmtMulai: null, tmtSelesai: null }],
      },
      expected: ['HUKDIS'],
    },
    {
      case: 'SEDANG decided 2023-12-31 (before Y−1)',
      person: {
        sanctions: [{ tingkat: 'SEDANG', tanggalSk: '2023-12-31', tmtMulai: null, tmtSelesai: null }],
      },
      expected: [],
    },
    {
      case: 'BERAT decided 2025-12-31',
      person: {
        sanctions: [{ tingkat: 'BERAT', tanggalSk: '2025-12-31', tmtMulai: null, tmtSelesai: null }],
      },
      expected: ['HUKDIS'],
    },
    {
      case: 'RINGAN decided in Y, finished before the reference date',
      person: {
        sanctions: [
          { tingkat: 'RINGAN', tanggalSk: '2025-03-01', tmtMulai: '2025-03-01', tmtSelesai: '2025-12-30' },
        ],
      },
      expected: [],
    },
    {
      case: 'RINGAN still served on 2025-12-31',
      person: {
        sanctions: [
          { tingkat: 'RINGAN', tanggalSk: '2025-03-01', tmtMulai: '2025-03-01', tmtSelesai: '2025-12-31' },
        ],
      },
      expected: ['HUKDIS'],
    },
    {
      case: 'SEDANG decided 2022 but served until 2026',
      person: {
        sanctions: [
          { tingkat: 'SEDANG', tanggalSk: '2022-06-01', tmtMulai: '2022-07-01', tmtSelesai: '2026-06-30' },
        ],
      },
      expected: ['HUKDIS'],
    },
    // retirement at the target's BUP: ≥ 24 whole months from 31 Dec 2025
    {
      case: 'BUP 60, born Dec 1967 → 1 Jan 2028 = 24 months',
      person: { birthDate: '1967-12-10' },
      expected: [],
    },
    {
      case: 'BUP 60, born Nov 1967 → 1 Dec 2027 = 23 months',
      person: { birthDate: '1967-11-10' },
      expected: ['MENJELANG_PENSIUN'],
    },
    {
      case: "the target's BUP (60), not the own (58): Administrator born Nov 1969 → 1 Dec 2029",
      person: { birthDate: '1969-11-10' },
      expected: [],
    },
    {
      case: 'Administrator target (BUP 58), Pengawas born Nov 1969 → 1 Dec 2027',
      person: { jenjang: 'PENGAWAS', golongan: 'III/d', birthDate: '1969-11-10' },
      target: { jenjang: 'ADMINISTRATOR' },
      expected: ['MENJELANG_PENSIUN'],
    },
    { case: 'unknown birth date fails', person: { birthDate: null }, expected: ['MENJELANG_PENSIUN'] },
    // status, incumbent, employment, mapping
    { case: 'Pensiun is not active', person: { kedudukan: 'Pensiun' }, expected: ['TIDAK_AKTIF'] },
    { case: 'CPNS is active', person: { kedudukan: 'CPNS' }, expected: [] },
    {
      case: 'the incumbent of the target',
      person: { positionId: 'p-target' },
      expected: ['PEMANGKU_JABATAN'],
    },
    {
      case: 'PPPK to JPT with the setting open',
      person: { employmentType: 'PPPK', golongan: 'XIII' },
      settings: { pppkForJpt: true },
      expected: [],
    },
    {
      case: 'PPPK to Administrator, setting open (JPT only)',
      person: { employmentType: 'PPPK', golongan: 'XIII', jenjang: 'PENGAWAS' },
      target: { jenjang: 'ADMINISTRATOR' },
      settings: { pppkForJpt: true },
      expected: ['BUKAN_PNS'],
    },
    { case: 'not in the latest published mapping', person: { mapping: null }, expected: ['BELUM_DIPETAKAN'] },
  ])('$case', check);
});

describe('every failure of a person, in rules.md §6 order', () => {
  it('reports every failing check at once (a PPPK grade is not compared with ranks)', () =>
    check({
      case: 'all',
      person: {
        jenjang: 'PELAKSANA',
        employmentType: 'PPPK',
        golongan: null,
        pendidikan: 'SMA',
        tmtJabatan: '2025-06-01',
        birthDate: '1966-01-01',
        kedudukan: 'Pensiun',
        positionId: 'p-target',
        sanctions: [{ tingkat: 'BERAT', tanggalSk: '2025-02-01', tmtMulai: null, tmtSelesai: null }],
        mapping: null,
      },
      expected: [
        'JENJANG_TIDAK_SESUAI',
        'PENDIDIKAN_KURANG',
        'PENGALAMAN_KURANG',
        'HUKDIS',
        'MENJELANG_PENSIUN',
        'TIDAK_AKTIF',
        'PEMANGKU_JABATAN',
        'BUKAN_PNS',
        'BELUM_DIPETAKAN',
      ],
    }));
  it('rank and education and experience together', () =>
    check({
      case: 'three',
      person: { golongan: 'III/d', pendidikan: 'D3', tmtJabatan: '2025-01-01' },
      expected: ['PANGKAT_KURANG', 'PENDIDIKAN_KURANG', 'PENGALAMAN_KURANG'],
    }));
});

describe('levelRunStart (rules.md §6: earliest tmtJabatan of the unbroken run)', () => {
  it.each([
    { history: [], tmt: '2020-01-01', expected: '2020-01-01' },
    {
      history: [{ jenjang: 'ADMINISTRATOR' as const, tmtJabatan: '2020-01-01' }],
      tmt: '2020-01-01',
      expected: '2020-01-01',
    },
    {
      history: [{ jenjang: 'ADMINISTRATOR' as const, tmtJabatan: '2027-01-01' }],
      tmt: '2020-01-01',
      expected: '2020-01-01',
    },
    {
      history: [{ jenjang: 'ADMINISTRATOR' as const, tmtJabatan: '2016-01-01' }],
      tmt: null,
      expected: '2016-01-01',
    },
  ])('history $history, current $tmt → $expected', ({ history, tmt, expected }) =>
    expect(levelRunStart('ADMINISTRATOR', tmt, history)).toBe(expected),
  );
});
