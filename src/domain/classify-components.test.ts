import { describe, expect, it } from 'vitest';
import { classifyEmployee } from './classify.js';
import { person } from './person.fixture.js';
import { uniformStandard } from './competency.js';
import { BAWAAN_V1, type RuleSetContent } from './rule-set.js';

const Y = 2025;

describe('classifyEmployee: components and warnings', () => {
  it.each([
    {
      overrides: { pendidikan: null },
      warnings: ['PENDIDIKAN_TIDAK_DIKETAHUI'],
      r: 75,
      source: 'rules.md §2: education unknown → 0 + warning',
    },
    {
      overrides: { pendidikan: 'D3' },
      warnings: [],
      r: 75,
      source: 'rules.md §5: D3 below the Administrator minimum S1/D4',
    },
    {
      overrides: { tmtJabatan: null },
      warnings: ['TMT_JABATAN_TIDAK_ADA'],
      r: 75,
      source: 'decision: no tmtJabatan → experience 0 + warning',
    },
    {
      overrides: { tmtJabatan: '2026-01-01' },
      warnings: ['TMT_JABATAN_SETELAH_TANGGAL_ACUAN'],
      r: 75,
      source: 'decision: starts after 31 Dec Y',
    },
    {
      overrides: { tmtJabatan: '2025-01-01' },
      warnings: [],
      r: 75 + 25 * (11 / 24),
      source: 'rules.md §2: 11 whole months at 31 Dec',
    },
    { overrides: { trainings: [] }, warnings: [], r: 75, source: 'rules.md §2: no JP' },
    {
      overrides: { sanctions: [{ tingkat: 'RINGAN', tanggalSk: '2024-03-01' }] },
      warnings: [],
      r: 90,
      source: 'rules.md §2: only ringan → 15',
    },
    {
      overrides: { sanctions: [{ tingkat: 'SEDANG', tanggalSk: '2025-03-01' }] },
      warnings: [],
      r: 75,
      source: 'rules.md §2: sedang → 0',
    },
    {
      overrides: {
        skps: [
          {
            tahun: 2025,
            predikat: 'SANGAT_BAIK',
            resultRating: 'SESUAI_EKSPEKTASI',
            behaviourRating: 'SESUAI_EKSPEKTASI',
          },
        ],
      },
      warnings: ['PREDIKAT_TIDAK_SESUAI_RATING'],
      r: 100,
      source: 'rules.md §1.1: official predikat kept, warning',
    },
    {
      overrides: { positionStandard: { ...uniformStandard(3), integritas: 9 } },
      warnings: ['STANDAR_JABATAN_TIDAK_VALID'],
      r: 100,
      source: 'decision: unusable position standard → job-level default + warning',
    },
    {
      overrides: {
        potentialAssessments: [
          { id: 'p', tanggal: '2025-01-01', total: null, dims: { intelektual: 5, interpersonal: 5 } },
        ],
      },
      warnings: ['ASESMEN_POTENSI_DIMENSI_TIDAK_LENGKAP'],
      r: 100,
      source: 'decision: P from the dimensions present + warning',
    },
  ] as const)('$source', ({ overrides, warnings, r }) => {
    const result = classifyEmployee(person(overrides), BAWAAN_V1, Y);
    expect(result.warnings).toEqual(warnings);
    expect(result.trackRecordScore).toBeCloseTo(r, 12);
    expect(result.status).toBe('DIPETAKAN');
  });

  it('K uses the position standard when recorded, else the job-level default (rules.md §2)', () => {
    const own = classifyEmployee(person({ positionStandard: uniformStandard(4) }), BAWAAN_V1, Y);
    expect(own.competencyScore).toBe(75);
    expect(own.inputs).toMatchObject({ standardSource: 'JABATAN', standardSum: 36 });
    const byLevel = classifyEmployee(person({ jenjang: 'JPT_PRATAMA' }), BAWAAN_V1, Y);
    expect(byLevel.competencyScore).toBe(75);
    expect(byLevel.inputs).toMatchObject({ standardSource: 'JENJANG', standardSum: 36 });
  });

  it('records the inputs used (architecture.md §3)', () => {
    const result = classifyEmployee(
      person({
        competencyAssessments: [
          { id: 'k-old', tanggal: '2023-02-01', levels: uniformStandard(2) },
          { id: 'k-new', tanggal: '2025-03-01', levels: uniformStandard(3) },
        ],
        trainings: [
          { jp: 8, tanggalMulai: '2025-02-01', tanggalSelesai: '2025-02-02' },
          { jp: 4, tanggalMulai: '2025-12-30', tanggalSelesai: null },
        ],
      }),
      BAWAAN_V1,
      Y,
    );
    expect(result.inputs).toEqual({
      referenceDate: '2025-12-31',
      jenjang: 'ADMINISTRATOR',
      skpYears: [2025, 2024],
      skpPredikat: ['SANGAT_BAIK', 'SANGAT_BAIK'],
      competencyAssessment: { id: 'k-new', tanggal: '2025-03-01' },
      potentialAssessment: { id: 'p1', tanggal: '2024-05-02' },
      standardSource: 'JENJANG',
      standardSum: 27,
      pendidikan: 'S1',
      minimumEducation: 'S1',
      trainingJp: 12,
      yearsInPosition: 4.75,
      sanctions: { ringan: 0, sedang: 0, berat: 0 },
      potentialDimensionsUsed: 0,
    });
    expect(result.trackRecordParts).toEqual({ education: 25, training: 15, experience: 25, discipline: 25 });
  });

  it('follows the rule set it is given (weights and cut-offs)', () => {
    const rules: RuleSetContent = {
      ...BAWAAN_V1,
      weights: { competency: 0, potential: 1, trackRecord: 0 },
      potentialCutOffs: { high: 95, medium: 40 },
    };
    const result = classifyEmployee(
      person({ potentialAssessments: [{ id: 'p', tanggal: '2025-01-01', total: 90, dims: {} }] }),
      rules,
      Y,
    );
    expect(result.potentialScore).toBe(90);
    expect(result.potentialLevel).toBe('MENENGAH');
    expect(result.box).toBe(7);
  });
});
