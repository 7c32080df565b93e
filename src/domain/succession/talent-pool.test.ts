import { describe, expect, it } from 'vitest';
import { forecastVacancies, vacanciesPerYear } from './vacancy.js';
import {
  POOL_EXCLUSION_MESSAGES,
  POOL_EXCLUSION_REASONS,
  excludedFromPool,
  poolExclusionReasons,
  poolMembership,
  poolRetirement,
  proposeTalentPool,
  type PoolSource,
} from './talent-pool.js';
import { DEFAULT_SUCCESSION_SETTINGS } from './rules.js';

const src = (over: Partial<PoolSource>): PoolSource => ({
  employeeId: 'e',
  nip: '197506152000031001',
  jenjang: 'ADMINISTRATOR',
  kedudukan: 'Aktif',
  box: 9,
  birthDate: '1975-06-15',
  sanctions: [],
  ...over,
});

describe('talent pool proposal (rules.md §4)', () => {
  it.each([
    { case: 'box 7 is proposed', p: { box: 7 }, pool: 'JPT' },
    { case: 'box 6 is not', p: { box: 6 }, pool: null },
    {
      case: 'a Pengawas goes to the Administrator pool',
      p: { jenjang: 'PENGAWAS' as const },
      pool: 'ADMINISTRATOR',
    },
    { case: 'a Pelaksana goes to the Pengawas pool', p: { jenjang: 'PELAKSANA' as const }, pool: 'PENGAWAS' },
    { case: 'not active: excluded', p: { kedudukan: 'Pensiun' }, pool: null },
    {
      case: 'SEDANG decided in Y−1: excluded (HUKDIS_SEDANG_BERAT)',
      p: {
        sanctions: [
          { tingkat: 'SEDANG' as const, tanggalSk: '2024-01-01', tmtMulai: null, tmtSelesai: null },
        ],
      },
      pool: null,
    },
    {
      case: 'BERAT decided in Y−2: kept',
      p: {
        sanctions: [{ tingkat: 'BERAT' as const, tanggalSk: '2023-12-31', tmtMulai: null, tmtSelesai: null }],
      },
      pool: 'JPT',
    },
    {
      case: 'RINGAN in Y: kept',
      p: {
        sanctions: [
          { tingkat: 'RINGAN' as const, tanggalSk: '2025-05-01', tmtMulai: null, tmtSelesai: null },
        ],
      },
      pool: 'JPT',
    },
  ])('$case', ({ p, pool }) => {
    const out = proposeTalentPool([src(p)], 2025, '2025-12-31', DEFAULT_SUCCESSION_SETTINGS);
    expect(out[0]?.poolLevel ?? null).toBe(pool);
  });
  it.each([
    { birthDate: '1969-12-01', soon: false, note: 'BUP 58 → 1 Jan 2028: 24 months' },
    { birthDate: '1969-11-30', soon: true, note: 'BUP 58 → 1 Dec 2027: 23 months, kept but flagged' },
  ])('retiring within 2 years: $note', ({ birthDate, soon }) => {
    const [p] = proposeTalentPool([src({ birthDate })], 2025, '2025-12-31', DEFAULT_SUCCESSION_SETTINGS);
    expect(p?.retiringSoon).toBe(soon);
  });
});

const sanction = (
  tingkat: 'RINGAN' | 'SEDANG' | 'BERAT',
  tanggalSk: string,
  tmtSelesai: string | null = null,
) => ({
  tingkat,
  tanggalSk,
  tmtMulai: null,
  tmtSelesai,
});

describe('exclusions from the proposal, every reason kept (rules.md §4)', () => {
  it.each([
    { case: 'active, no sanction', p: {}, reasons: [] },
    {
      case: 'SEDANG decided in Y',
      p: { sanctions: [sanction('SEDANG', '2025-03-01')] },
      reasons: ['HUKDIS_SEDANG_BERAT'],
    },
    {
      case: 'BERAT decided in Y−1',
      p: { sanctions: [sanction('BERAT', '2024-01-01')] },
      reasons: ['HUKDIS_SEDANG_BERAT'],
    },
    {
      case: 'BERAT decided in Y−2, still served: not a pool rule',
      p: { sanctions: [sanction('BERAT', '2023-12-31', '2026-12-31')] },
      reasons: [],
    },
    { case: 'RINGAN in Y', p: { sanctions: [sanction('RINGAN', '2025-05-01')] }, reasons: [] },
    { case: 'not active', p: { kedudukan: 'Pensiun' }, reasons: ['TIDAK_AKTIF'] },
    { case: '"Non Aktif" is not active', p: { kedudukan: 'Non Aktif' }, reasons: ['TIDAK_AKTIF'] },
    { case: 'CPNS is active', p: { kedudukan: 'CPNS' }, reasons: [] },
    {
      case: 'both, in rules.md order',
      p: { kedudukan: 'Pensiun', sanctions: [sanction('SEDANG', '2024-06-01')] },
      reasons: ['HUKDIS_SEDANG_BERAT', 'TIDAK_AKTIF'],
    },
  ])('$case', ({ p, reasons }) => {
    expect(poolExclusionReasons(src(p), 2025, DEFAULT_SUCCESSION_SETTINGS)).toEqual(reasons);
  });

  it('every exclusion has an Indonesian message', () => {
    for (const r of POOL_EXCLUSION_REASONS) expect(POOL_EXCLUSION_MESSAGES[r]).toMatch(/\S/);
  });

  it('lists the excluded of boxes 7–9 only, by pool, box and NIP, and never proposes them', () => {
    const people = [
      src({ employeeId: 'a', nip: '2', box: 9, kedudukan: 'Pensiun' }),
      src({ employeeId: 'b', nip: '1', box: 7, sanctions: [sanction('BERAT', '2025-01-01')] }),
      src({ employeeId: 'c', nip: '3', box: 6, kedudukan: 'Pensiun' }), // box 6: never proposed anyway
      src({ employeeId: 'd', nip: '4', box: 8, jenjang: 'PENGAWAS', kedudukan: 'Tidak Aktif' }),
      src({ employeeId: 'e', nip: '5', box: 8 }),
    ];
    expect(
      excludedFromPool(people, 2025, DEFAULT_SUCCESSION_SETTINGS).map((x) => [
        x.employeeId,
        x.poolLevel,
        x.reasons,
      ]),
    ).toEqual([
      ['a', 'JPT', ['TIDAK_AKTIF']],
      ['b', 'JPT', ['HUKDIS_SEDANG_BERAT']],
      ['d', 'ADMINISTRATOR', ['TIDAK_AKTIF']],
    ]);
    const proposed = proposeTalentPool(people, 2025, '2025-12-31', DEFAULT_SUCCESSION_SETTINGS);
    expect(proposed.map((p) => p.employeeId)).toEqual(['e']);
  });
});

describe('retirement of any pool member, proposed or added (rules.md §4, date per §5)', () => {
  it.each([
    {
      note: 'Administrator, BUP 58',
      birth: '1969-12-01',
      jenjang: 'ADMINISTRATOR',
      date: '2028-01-01',
      soon: false,
    },
    {
      note: 'Administrator, 23 months: flagged',
      birth: '1969-11-30',
      jenjang: 'ADMINISTRATOR',
      date: '2027-12-01',
      soon: true,
    },
    {
      note: 'JPT Pratama, BUP 60',
      birth: '1966-05-10',
      jenjang: 'JPT_PRATAMA',
      date: '2026-06-01',
      soon: true,
    },
    {
      note: 'Fungsional Ahli Utama, BUP 65',
      birth: '1966-05-10',
      jenjang: 'FUNGSIONAL_AHLI_UTAMA',
      date: '2031-06-01',
      soon: false,
    },
    { note: 'birth date unknown', birth: null, jenjang: 'PENGAWAS', date: null, soon: false },
  ] as const)('$note', ({ birth, jenjang, date, soon }) => {
    expect(poolRetirement(birth, jenjang, '2025-12-31', DEFAULT_SUCCESSION_SETTINGS)).toEqual({
      retirementDate: date,
      retiringSoon: soon,
    });
  });
});

describe('pool membership: the latest committee decision applies (rules.md §4)', () => {
  const proposal = [
    { employeeId: 'a', poolLevel: 'JPT' as const },
    { employeeId: 'b', poolLevel: 'JPT' as const },
  ];
  it('proposal, confirm, remove, re-add, add from outside', () => {
    const members = poolMembership(proposal, [
      { employeeId: 'a', poolLevel: 'JPT', keputusan: 'KONFIRMASI', seq: 1 },
      { employeeId: 'b', poolLevel: 'JPT', keputusan: 'KELUARKAN', seq: 2 },
      { employeeId: 'c', poolLevel: 'JPT', keputusan: 'TAMBAH', seq: 3 },
      { employeeId: 'a', poolLevel: 'JPT', keputusan: 'KELUARKAN', seq: 4 },
      { employeeId: 'a', poolLevel: 'JPT', keputusan: 'TAMBAH', seq: 5 },
    ]);
    expect(members.map((m) => [m.employeeId, m.status, m.member])).toEqual([
      ['a', 'DITAMBAHKAN', true],
      ['b', 'DIKELUARKAN', false],
      ['c', 'DITAMBAHKAN', true],
    ]);
  });
});

describe('vacancy forecast from retirement dates (rules.md §5)', () => {
  it('vacant now, retiring at the BUP of the position level, unknown', () => {
    const f = forecastVacancies(
      [
        { positionId: 'v', jenjang: 'JPT_PRATAMA', incumbent: null },
        { positionId: 'r', jenjang: 'JPT_PRATAMA', incumbent: { employeeId: 'x', birthDate: '1966-05-10' } },
        { positionId: 'u', jenjang: 'ADMINISTRATOR', incumbent: { employeeId: 'y', birthDate: null } },
      ],
      '2025-12-31',
    );
    expect(f.map((x) => [x.kind, x.vacancyDate])).toEqual([
      ['KOSONG', null],
      ['PENSIUN', '2026-06-01'],
      ['TIDAK_DIKETAHUI', null],
    ]);
    expect(vacanciesPerYear(f, 2025, 3)).toEqual([
      { tahun: 2025, jumlah: 1 },
      { tahun: 2026, jumlah: 1 },
      { tahun: 2027, jumlah: 0 },
    ]);
  });
});
