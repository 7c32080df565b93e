import { describe, expect, it } from 'vitest';
import { computePerformance, performanceLevel, predikatPoints, type SkpRecord } from './performance.js';
import { BAWAAN_V1 } from './rule-set.js';

const cutOffs = BAWAAN_V1.performanceCutOffs;

describe('points per predikat (rules.md §1.2 [DEFAULT])', () => {
  it.each([
    { predikat: 'SANGAT_BAIK', points: 100 },
    { predikat: 'BAIK', points: 80 },
    { predikat: 'BUTUH_PERBAIKAN', points: 60 },
    { predikat: 'KURANG', points: 40 },
    { predikat: 'SANGAT_KURANG', points: 20 },
  ] as const)('$predikat = $points (rules.md §1.2)', ({ predikat, points }) => {
    expect(predikatPoints(predikat, BAWAAN_V1)).toBe(points);
  });
});

describe('performance level cut-offs, >= on the unrounded score (rules.md §1.2: 90 / 70)', () => {
  it.each([
    { score: 100, level: 'DI_ATAS_EKSPEKTASI', source: 'top of the scale' },
    { score: 90, level: 'DI_ATAS_EKSPEKTASI', source: 'rules.md §1.2 cut-off 90, exactly at' },
    { score: 89.99999999, level: 'SESUAI_EKSPEKTASI', source: 'rules.md §1.2 cut-off 90, just below' },
    { score: 89.995, level: 'SESUAI_EKSPEKTASI', source: 'cut-off 90: would display as 90,00 but is below' },
    { score: 70, level: 'SESUAI_EKSPEKTASI', source: 'rules.md §1.2 cut-off 70, exactly at' },
    { score: 69.99999999, level: 'DI_BAWAH_EKSPEKTASI', source: 'rules.md §1.2 cut-off 70, just below' },
    { score: 20, level: 'DI_BAWAH_EKSPEKTASI', source: 'bottom of the points' },
  ] as const)('$score → $level ($source)', ({ score, level }) => {
    expect(performanceLevel(score, cutOffs)).toBe(level);
  });
});

describe('computePerformance: window Y and Y−1, mean of years present (rules.md §1.2)', () => {
  const skp = (tahun: number, predikat: SkpRecord['predikat']): SkpRecord => ({ tahun, predikat });
  it.each([
    {
      skps: [skp(2025, 'SANGAT_BAIK'), skp(2024, 'BAIK')],
      expected: { score: 90, level: 'DI_ATAS_EKSPEKTASI', predikat: 'SANGAT_BAIK', years: [2025, 2024] },
      source: 'mean (100+80)/2 = 90, exactly at the cut-off',
    },
    {
      skps: [skp(2025, 'BAIK'), skp(2024, 'SANGAT_BAIK')],
      expected: { score: 90, level: 'DI_ATAS_EKSPEKTASI', predikat: 'BAIK', years: [2025, 2024] },
      source: 'predikatKinerja is the predikat of Y, not of the best year',
    },
    {
      skps: [skp(2025, 'BAIK')],
      expected: { score: 80, level: 'SESUAI_EKSPEKTASI', predikat: 'BAIK', years: [2025] },
      source: 'Y−1 missing: mean of Y alone',
    },
    {
      skps: [skp(2025, 'BAIK'), skp(2024, 'BUTUH_PERBAIKAN')],
      expected: { score: 70, level: 'SESUAI_EKSPEKTASI', predikat: 'BAIK', years: [2025, 2024] },
      source: 'mean (80+60)/2 = 70, exactly at the cut-off',
    },
    {
      skps: [skp(2025, 'BUTUH_PERBAIKAN'), skp(2024, 'KURANG')],
      expected: { score: 50, level: 'DI_BAWAH_EKSPEKTASI', predikat: 'BUTUH_PERBAIKAN', years: [2025, 2024] },
      source: 'below 70',
    },
    {
      skps: [skp(2025, 'SANGAT_BAIK'), skp(2024, 'SANGAT_KURANG'), skp(2023, 'SANGAT_KURANG')],
      expected: { score: 60, level: 'DI_BAWAH_EKSPEKTASI', predikat: 'SANGAT_BAIK', years: [2025, 2024] },
      source: 'Y−2 is outside the 2-year window',
    },
    {
      skps: [skp(2026, 'SANGAT_KURANG'), skp(2025, 'SANGAT_BAIK')],
      expected: { score: 100, level: 'DI_ATAS_EKSPEKTASI', predikat: 'SANGAT_BAIK', years: [2025] },
      source: 'a later year is not in the window',
    },
    {
      skps: [skp(2024, 'SANGAT_BAIK')],
      expected: { score: null, level: null, predikat: null, years: [2024] },
      source: 'rules.md §1.2: SKP of Y required (SKP_TAHUN_BERJALAN_TIDAK_ADA); Y−1 still listed',
    },
    {
      skps: [],
      expected: { score: null, level: null, predikat: null, years: [] },
      source: 'no SKP at all',
    },
  ])('$source', ({ skps, expected }) => {
    expect(computePerformance(skps, 2025, BAWAAN_V1)).toEqual(expected);
  });

  it('window length comes from the rule set (performanceWindowYears = 3)', () => {
    const rules = { ...BAWAAN_V1, performanceWindowYears: 3 };
    const result = computePerformance(
      [skp(2025, 'BAIK'), skp(2024, 'BAIK'), skp(2023, 'SANGAT_KURANG')],
      2025,
      rules,
    );
    expect(result.score).toBe(60);
    expect(result.years).toEqual([2025, 2024, 2023]);
  });
});
