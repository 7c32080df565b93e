import { describe, expect, it } from 'vitest';
import {
  disciplinePoints,
  educationPoints,
  experiencePoints,
  hasPotentialScore,
  potentialAssessmentScore,
  potentialLevel,
  potentialScore,
  sanctionsInWindow,
  trainingJpInYear,
  trainingPoints,
  yearsInPosition,
  type SanctionRecord,
} from './potential.js';
import { BAWAAN_V1 } from './rule-set.js';

const tr = BAWAAN_V1.trackRecord;

describe('P: potential assessment score (rules.md §2)', () => {
  it.each([
    { total: 77.5, dims: {}, score: 77.5, used: 0, source: 'rules.md §2: the total on 0–100' },
    { total: 60, dims: { intelektual: 5 }, score: 60, used: 0, source: 'the total wins over dimensions' },
    {
      total: null,
      dims: {
        intelektual: 4,
        interpersonal: 4,
        kesadaranDiri: 4,
        berfikirKritis: 4,
        pemecahanMasalah: 4,
        kecerdasanEmosional: 4,
        growthMindset: 4,
        motivasiKomitmen: 4,
      },
      score: 80,
      used: 8,
      source: 'rules.md §2: 100 × mean(dims) ÷ 5 = 100 × 4 ÷ 5',
    },
    {
      total: null,
      dims: {
        intelektual: 5,
        interpersonal: 3,
        kesadaranDiri: 4,
        berfikirKritis: 4,
        pemecahanMasalah: 4,
        kecerdasanEmosional: 4,
        growthMindset: 4,
        motivasiKomitmen: 4.25,
      },
      score: (100 * (32.25 / 8)) / 5,
      used: 8,
      source: 'decimal dimensions',
    },
    {
      total: null,
      dims: { intelektual: 5, interpersonal: 3, kesadaranDiri: null },
      score: 80,
      used: 2,
      source: 'decision: missing dimensions are left out of the mean, not counted as 0',
    },
    { total: null, dims: {}, score: null, used: 0, source: 'decision: no total and no dimension → no score' },
  ])('$source', ({ total, dims, score, used }) => {
    const result = potentialAssessmentScore({ total, dims });
    expect(result.dimensionsUsed).toBe(used);
    if (score === null) expect(result.score).toBeNull();
    else expect(result.score).toBeCloseTo(score, 12);
    expect(hasPotentialScore({ total, dims })).toBe(score !== null);
  });
});

describe('R, education part (rules.md §2, minimum per job level rules.md §5)', () => {
  it.each([
    { pendidikan: 'S1', minimum: 'S1', points: 25, source: 'meets exactly' },
    { pendidikan: 'D4', minimum: 'S1', points: 25, source: 'D4 = S1 (rules.md §5)' },
    { pendidikan: 'S2', minimum: 'D3', points: 25, source: 'above minimum' },
    { pendidikan: 'D3', minimum: 'S1', points: 0, source: 'just below S1/D4' },
    { pendidikan: null, minimum: 'SMA', points: 0, source: 'rules.md §2: unknown → 0 (with a warning)' },
  ] as const)('$pendidikan vs $minimum → $points ($source)', ({ pendidikan, minimum, points }) => {
    expect(educationPoints(pendidikan, minimum, tr)).toBe(points);
  });
});

describe('R, competency development part: 25 × min(1, JP ÷ 20) (rules.md §2)', () => {
  it.each([
    { jp: 0, points: 0, source: 'no training' },
    { jp: 10, points: 12.5, source: 'half the target' },
    { jp: 19, points: 23.75, source: 'just below 20 JP' },
    { jp: 20, points: 25, source: 'exactly 20 JP (PP 11/2017, regulations.md §4.9)' },
    { jp: 45, points: 25, source: 'capped' },
  ])('$jp JP → $points ($source)', ({ jp, points }) => {
    expect(trainingPoints(jp, tr)).toBe(points);
  });

  it.each([
    {
      trainings: [{ jp: 8, tanggalMulai: '2025-12-20', tanggalSelesai: '2025-12-31' }],
      jp: 8,
      source: 'ended on the reference date',
    },
    {
      trainings: [{ jp: 8, tanggalMulai: '2025-12-20', tanggalSelesai: '2026-01-05' }],
      jp: 0,
      source: 'rules.md §2: counted by tanggalSelesai, which is in Y+1',
    },
    {
      trainings: [{ jp: 8, tanggalMulai: '2024-12-20', tanggalSelesai: '2025-01-05' }],
      jp: 8,
      source: 'started in Y−1, ended in Y',
    },
    {
      trainings: [{ jp: 6, tanggalMulai: '2025-03-01', tanggalSelesai: null }],
      jp: 6,
      source: 'rules.md §2: no tanggalSelesai → tanggalMulai',
    },
    {
      trainings: [
        { jp: 6, tanggalMulai: '2025-03-01', tanggalSelesai: '2025-03-02' },
        { jp: 12, tanggalMulai: '2025-06-01', tanggalSelesai: '2025-06-05' },
        { jp: 40, tanggalMulai: '2024-06-01', tanggalSelesai: '2024-06-05' },
      ],
      jp: 18,
      source: 'sum over year Y only',
    },
  ])('$source', ({ trainings, jp }) => {
    expect(trainingJpInYear(trainings, 2025)).toBe(jp);
  });
});

describe('R, experience part: 25 × min(1, years ÷ 2), years = whole months ÷ 12 (rules.md §2)', () => {
  it.each([
    { tmt: '2021-03-15', years: 4.75, points: 25, source: 'rules.md preamble example: 57 months' },
    { tmt: '2023-12-31', years: 2, points: 25, source: 'exactly 2 years (24 months)' },
    {
      tmt: '2024-01-01',
      years: 23 / 12,
      points: 25 * (23 / 24),
      source: 'just below: the 24th month completes on 1 Jan 2026',
    },
    { tmt: '2024-12-31', years: 1, points: 12.5, source: 'one year' },
    {
      tmt: '2025-01-01',
      years: 11 / 12,
      points: 25 * (11 / 24),
      source: 'TMT on the 1st: 11 whole months at 31 Dec',
    },
    { tmt: '2025-12-31', years: 0, points: 0, source: 'started on the reference date' },
    { tmt: '2026-02-01', years: 0, points: 0, source: 'starts after the reference date' },
  ])('tmtJabatan $tmt → $years years, $points points ($source)', ({ tmt, years, points }) => {
    const y = yearsInPosition(tmt, '2025-12-31');
    expect(y).toBe(years);
    expect(experiencePoints(y, tr)).toBeCloseTo(points, 12);
  });
});

describe('R, discipline part: none 25, only ringan 15, any sedang/berat 0 (rules.md §2; PP 94/2021)', () => {
  const s = (tingkat: SanctionRecord['tingkat'], tanggalSk: string): SanctionRecord => ({
    tingkat,
    tanggalSk,
  });
  it.each([
    { sanctions: [], points: 25, source: 'no sanction' },
    { sanctions: [s('RINGAN', '2025-03-01')], points: 15, source: 'only light in Y' },
    {
      sanctions: [s('RINGAN', '2024-01-01'), s('RINGAN', '2025-01-01')],
      points: 15,
      source: 'only light in Y−1 and Y',
    },
    { sanctions: [s('SEDANG', '2024-01-01')], points: 0, source: 'medium in Y−1' },
    { sanctions: [s('BERAT', '2025-12-31')], points: 0, source: 'heavy on the reference date' },
    {
      sanctions: [s('RINGAN', '2025-01-01'), s('BERAT', '2024-06-01')],
      points: 0,
      source: 'light and heavy → 0',
    },
    { sanctions: [s('BERAT', '2023-12-31')], points: 25, source: 'Y−2 is outside the window' },
    { sanctions: [s('BERAT', '2026-01-01')], points: 25, source: 'Y+1 is outside the window' },
  ])('$source → $points', ({ sanctions, points }) => {
    expect(disciplinePoints(sanctionsInWindow(sanctions, 2025, tr.disciplineWindowYears), tr)).toBe(points);
  });
});

describe('potential score = 0.40·K + 0.40·P + 0.20·R and level (rules.md §2: 85 / 70)', () => {
  it.each([
    { k: 100, p: 100, r: 100, score: 100 },
    { k: 80, p: 70, r: 60, score: 72 },
    { k: 85, p: 85, r: 85, score: 85 },
    { k: 0, p: 0, r: 100, score: 20 },
  ])('K=$k P=$p R=$r → $score (rules.md §2 weights)', ({ k, p, r, score }) => {
    expect(potentialScore(k, p, r, BAWAAN_V1.weights)).toBeCloseTo(score, 12);
  });

  it.each([
    { score: 85, level: 'TINGGI', source: 'rules.md §2 cut-off 85, exactly at' },
    { score: 84.99999999, level: 'MENENGAH', source: 'rules.md §2 cut-off 85, just below' },
    { score: 84.999, level: 'MENENGAH', source: 'cut-off 85: displays as 85,00 but is below' },
    { score: 70, level: 'MENENGAH', source: 'rules.md §2 cut-off 70, exactly at' },
    { score: 69.99999999, level: 'RENDAH', source: 'rules.md §2 cut-off 70, just below' },
    { score: 0, level: 'RENDAH', source: 'bottom' },
  ] as const)('$score → $level ($source)', ({ score, level }) => {
    expect(potentialLevel(score, BAWAAN_V1.potentialCutOffs)).toBe(level);
  });

  it('K = P = R = 85 lands exactly on the cut-off: TINGGI (no float drift)', () => {
    expect(potentialLevel(potentialScore(85, 85, 85, BAWAAN_V1.weights), BAWAAN_V1.potentialCutOffs)).toBe(
      'TINGGI',
    );
    expect(potentialLevel(potentialScore(70, 70, 70, BAWAAN_V1.weights), BAWAAN_V1.potentialCutOffs)).toBe(
      'MENENGAH',
    );
  });
});
