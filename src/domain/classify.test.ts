import { describe, expect, it } from 'vitest';
import { classifyEmployee } from './classify.js';
import { person } from './person.fixture.js';
import { uniformStandard } from './competency.js';
import { BAWAAN_V1 } from './rule-set.js';

const Y = 2025;

const perfSkps = {
  DI_ATAS: [
    { tahun: 2025, predikat: 'SANGAT_BAIK' },
    { tahun: 2024, predikat: 'SANGAT_BAIK' },
  ],
  SESUAI: [{ tahun: 2025, predikat: 'BAIK' }],
  DI_BAWAH: [{ tahun: 2025, predikat: 'BUTUH_PERBAIKAN' }],
} as const;
/** With K = R = 100: potential = 60 + 0.4 × P. */
const potTotal = { TINGGI: 100, MENENGAH: 50, RENDAH: 0 } as const;

describe('classifyEmployee: every box (rules.md §1.2, §2, §3)', () => {
  it.each([
    { perf: 'DI_ATAS', pot: 'RENDAH', box: 4, source: 'rules.md §3 row 1 col 1' },
    { perf: 'DI_ATAS', pot: 'MENENGAH', box: 7, source: 'rules.md §3 row 1 col 2' },
    { perf: 'DI_ATAS', pot: 'TINGGI', box: 9, source: 'rules.md §3 row 1 col 3' },
    { perf: 'SESUAI', pot: 'RENDAH', box: 2, source: 'rules.md §3 row 2 col 1' },
    { perf: 'SESUAI', pot: 'MENENGAH', box: 5, source: 'rules.md §3 row 2 col 2' },
    { perf: 'SESUAI', pot: 'TINGGI', box: 8, source: 'rules.md §3 row 2 col 3' },
    { perf: 'DI_BAWAH', pot: 'RENDAH', box: 1, source: 'rules.md §3 row 3 col 1' },
    { perf: 'DI_BAWAH', pot: 'MENENGAH', box: 3, source: 'rules.md §3 row 3 col 2' },
    { perf: 'DI_BAWAH', pot: 'TINGGI', box: 6, source: 'rules.md §3 row 3 col 3' },
  ] as const)('$perf × $pot → box $box ($source)', ({ perf, pot, box }) => {
    const result = classifyEmployee(
      person({
        skps: perfSkps[perf],
        potentialAssessments: [{ id: 'p', tanggal: '2025-01-01', total: potTotal[pot], dims: {} }],
      }),
      BAWAAN_V1,
      Y,
    );
    expect(result).toMatchObject({ status: 'DIPETAKAN', box, reasons: [], warnings: [] });
  });
});

describe('classifyEmployee: cut-offs through the whole engine', () => {
  it.each([
    {
      total: 62.5,
      level: 'TINGGI',
      box: 9,
      source: 'rules.md §2 cut-off 85: 60 + 0.4 × 62.5 = 85, exactly at',
    },
    { total: 62.49999, level: 'MENENGAH', box: 7, source: 'rules.md §2 cut-off 85, just below' },
    {
      total: 25,
      level: 'MENENGAH',
      box: 7,
      source: 'rules.md §2 cut-off 70: 60 + 0.4 × 25 = 70, exactly at',
    },
    { total: 24.99999, level: 'RENDAH', box: 4, source: 'rules.md §2 cut-off 70, just below' },
  ] as const)('P total $total → $level ($source)', ({ total, level, box }) => {
    const result = classifyEmployee(
      person({ potentialAssessments: [{ id: 'p', tanggal: '2025-01-01', total, dims: {} }] }),
      BAWAAN_V1,
      Y,
    );
    expect(result.potentialLevel).toBe(level);
    expect(result.box).toBe(box);
  });

  it.each([
    {
      skps: [
        { tahun: 2025, predikat: 'SANGAT_BAIK' },
        { tahun: 2024, predikat: 'BAIK' },
      ],
      score: 90,
      level: 'DI_ATAS_EKSPEKTASI',
      source: 'rules.md §1.2 cut-off 90, exactly at: (100+80)/2',
    },
    {
      skps: [
        { tahun: 2025, predikat: 'BAIK' },
        { tahun: 2024, predikat: 'BUTUH_PERBAIKAN' },
      ],
      score: 70,
      level: 'SESUAI_EKSPEKTASI',
      source: 'rules.md §1.2 cut-off 70, exactly at: (80+60)/2',
    },
    {
      skps: [
        { tahun: 2025, predikat: 'BUTUH_PERBAIKAN' },
        { tahun: 2024, predikat: 'BAIK' },
      ],
      score: 70,
      level: 'SESUAI_EKSPEKTASI',
      source: 'order of years does not matter for the mean',
    },
    {
      skps: [
        { tahun: 2025, predikat: 'BUTUH_PERBAIKAN' },
        { tahun: 2024, predikat: 'BUTUH_PERBAIKAN' },
      ],
      score: 60,
      level: 'DI_BAWAH_EKSPEKTASI',
      source: 'below 70',
    },
  ] as const)('$source', ({ skps, score, level }) => {
    const result = classifyEmployee(person({ skps }), BAWAAN_V1, Y);
    expect(result.performanceScore).toBe(score);
    expect(result.performanceLevel).toBe(level);
  });
});

describe('classifyEmployee: not mapped, with every reason that applies (rules.md §2)', () => {
  it.each([
    {
      overrides: { skps: [{ tahun: 2024, predikat: 'BAIK' }] },
      reasons: ['SKP_TAHUN_BERJALAN_TIDAK_ADA'],
      source: 'rules.md §1.2: SKP of Y required',
    },
    {
      overrides: { competencyAssessments: [] },
      reasons: ['ASESMEN_KOMPETENSI_TIDAK_ADA'],
      source: 'rules.md §2 K: none',
    },
    {
      overrides: {
        competencyAssessments: [{ id: 'old', tanggal: '2022-12-31', levels: uniformStandard(3) }],
      },
      reasons: ['ASESMEN_KOMPETENSI_TIDAK_ADA'],
      source: 'rules.md §2 K: dated 31 Dec Y−3 is expired',
    },
    {
      overrides: { potentialAssessments: [] },
      reasons: ['ASESMEN_POTENSI_TIDAK_ADA'],
      source: 'rules.md §2 P: none',
    },
    {
      overrides: { potentialAssessments: [{ id: 'p', tanggal: '2025-06-01', total: null, dims: {} }] },
      reasons: ['ASESMEN_POTENSI_TIDAK_ADA'],
      source: 'decision: an assessment without any score does not count',
    },
    {
      overrides: { jenjang: null },
      reasons: ['JENJANG_TIDAK_DIKETAHUI'],
      source: 'decision: job level unknown',
    },
    {
      overrides: { kedudukan: 'Pensiun' },
      reasons: ['TIDAK_AKTIF'],
      source: 'rules.md §2 active definition',
    },
    {
      overrides: { skps: [], competencyAssessments: [] },
      reasons: ['SKP_TAHUN_BERJALAN_TIDAK_ADA', 'ASESMEN_KOMPETENSI_TIDAK_ADA'],
      source: 'rules.md §2: two reasons at once',
    },
    {
      overrides: { skps: [], competencyAssessments: [], potentialAssessments: [] },
      reasons: ['SKP_TAHUN_BERJALAN_TIDAK_ADA', 'ASESMEN_KOMPETENSI_TIDAK_ADA', 'ASESMEN_POTENSI_TIDAK_ADA'],
      source: 'rules.md §2: the three data reasons at once',
    },
    {
      overrides: {
        kedudukan: 'Meninggal',
        jenjang: null,
        skps: [],
        competencyAssessments: [],
        potentialAssessments: [],
      },
      reasons: [
        'TIDAK_AKTIF',
        'JENJANG_TIDAK_DIKETAHUI',
        'SKP_TAHUN_BERJALAN_TIDAK_ADA',
        'ASESMEN_KOMPETENSI_TIDAK_ADA',
        'ASESMEN_POTENSI_TIDAK_ADA',
      ],
      source: 'every reason at once, in code-list order',
    },
  ] as const)('$source → $reasons', ({ overrides, reasons }) => {
    const result = classifyEmployee(person(overrides), BAWAAN_V1, Y);
    expect(result.status).toBe('TIDAK_DIPETAKAN');
    expect(result.box).toBeNull();
    expect(result.reasons).toEqual(reasons);
  });

  it('computes every component it can even when not mapped (SKP of Y missing)', () => {
    const result = classifyEmployee(person({ skps: [{ tahun: 2024, predikat: 'BAIK' }] }), BAWAAN_V1, Y);
    expect(result).toMatchObject({
      status: 'TIDAK_DIPETAKAN',
      box: null,
      performanceScore: null,
      performanceLevel: null,
      predikat: null,
      competencyScore: 100,
      potentialAssessmentScore: 100,
      trackRecordScore: 100,
      potentialScore: 100,
      potentialLevel: 'TINGGI',
    });
    expect(result.inputs.skpYears).toEqual([2024]);
  });

  it('computes performance and R when both assessments are missing', () => {
    const result = classifyEmployee(
      person({ competencyAssessments: [], potentialAssessments: [] }),
      BAWAAN_V1,
      Y,
    );
    expect(result).toMatchObject({
      performanceScore: 100,
      performanceLevel: 'DI_ATAS_EKSPEKTASI',
      competencyScore: null,
      potentialAssessmentScore: null,
      trackRecordScore: 100,
      potentialScore: null,
      potentialLevel: null,
    });
  });

  it('unknown job level: K from the position standard still computed, R and potential not', () => {
    const result = classifyEmployee(
      person({ jenjang: null, positionStandard: uniformStandard(4) }),
      BAWAAN_V1,
      Y,
    );
    expect(result.competencyScore).toBe(75);
    expect(result.trackRecordParts.education).toBeNull();
    expect(result.trackRecordScore).toBeNull();
    expect(result.potentialScore).toBeNull();
  });
});
