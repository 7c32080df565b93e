import { describe, expect, it } from 'vitest';
import { classifyEmployee } from './classify.js';
import type { ClassificationInput } from './classification.js';
import { nextSteps, whyBox } from './explain-box.js';
import { person } from './person.fixture.js';
import { BAWAAN_V1 } from './rule-set.js';

/** Administrator with K = 100 and R = 100 (potential = 60 + 0.4 × P) and one SKP of 2025. */
function resultFor(predikat: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN', total: number) {
  const input = person({
    skps: [{ tahun: 2025, predikat }],
    potentialAssessments: [{ id: 'p1', tanggal: '2024-05-02', total, dims: {} }],
  });
  return classifyEmployee(input, BAWAAN_V1, 2025);
}

describe('nextSteps: better neighbouring boxes (rules.md §3; cut-offs rules.md §1.2, §2)', () => {
  it.each([
    { predikat: 'SANGAT_BAIK', total: 100, box: 9, targets: [], source: 'box 9: nothing above' },
    { predikat: 'SANGAT_BAIK', total: 50, box: 7, targets: [9], source: 'box 7: potential only' },
    { predikat: 'SANGAT_BAIK', total: 0, box: 4, targets: [7], source: 'box 4: potential to MENENGAH' },
    { predikat: 'BAIK', total: 100, box: 8, targets: [9], source: 'box 8: performance only' },
    { predikat: 'BAIK', total: 50, box: 5, targets: [7, 8], source: 'box 5: both axes' },
    { predikat: 'BAIK', total: 0, box: 2, targets: [4, 5], source: 'box 2: both axes' },
    { predikat: 'BUTUH_PERBAIKAN', total: 100, box: 6, targets: [8], source: 'box 6: performance to SESUAI' },
    { predikat: 'BUTUH_PERBAIKAN', total: 50, box: 3, targets: [5, 6], source: 'box 3: both axes' },
    { predikat: 'BUTUH_PERBAIKAN', total: 0, box: 1, targets: [2, 3], source: 'box 1: both axes' },
  ] as const)('$source', ({ predikat, total, box, targets }) => {
    const result = resultFor(predikat, total);
    expect(result.box).toBe(box);
    expect(nextSteps(result, BAWAAN_V1).map((s) => s.targetBox)).toEqual(targets);
  });

  it.each([
    {
      total: 54.5,
      text: 'Nilai potensial perlu naik 3,20 poin menjadi 85,00 untuk masuk kotak 8 (setara dengan nilai penilaian potensi naik 8,00 poin).',
      source: 'brief example: 81,80 → 85 for box 8',
    },
    {
      total: 0,
      text: 'Nilai potensial perlu naik 10,00 poin menjadi 70,00 untuk masuk kotak 5 (setara dengan nilai penilaian potensi naik 25,00 poin).',
      source: 'rules.md §2 cut-off 70 from 60,00',
    },
    {
      total: 62.49999,
      text: 'Nilai potensial perlu naik 0,01 poin menjadi 85,00 untuk masuk kotak 8 (setara dengan nilai penilaian potensi naik 0,01 poin).',
      source: 'just below the cut-off: the gap is rounded up, never shown as 0,00',
    },
  ])('potential step text ($source)', ({ total, text }) => {
    const step = nextSteps(resultFor('BAIK', total), BAWAAN_V1).find((s) => s.axis === 'POTENSIAL');
    expect(step?.text).toBe(text);
  });

  it('K and R at 100 cannot carry the step alone, so only P is offered', () => {
    const [, pot] = nextSteps(resultFor('BAIK', 54.5), BAWAAN_V1);
    expect(pot?.text).not.toContain('kompetensi');
    expect(pot?.text).not.toContain('rekam jejak');
  });

  it('no steps when not mapped', () => {
    const result = classifyEmployee(baseEmpty(), BAWAAN_V1, 2025);
    expect(result.box).toBeNull();
    expect(nextSteps(result, BAWAAN_V1)).toEqual([]);
    expect(whyBox(result, BAWAAN_V1)).toBeNull();
  });
});

function baseEmpty(): ClassificationInput {
  return {
    employmentType: 'PPPK',
    kedudukan: null,
    jenjang: 'PELAKSANA',
    pendidikan: null,
    tmtJabatan: null,
    positionStandard: null,
    skps: [],
    competencyAssessments: [],
    potentialAssessments: [],
    trainings: [],
    sanctions: [],
  };
}

describe('whyBox: each score against its cut-offs (rules.md §1.2, §2, §3)', () => {
  it.each([
    {
      predikat: 'SANGAT_BAIK',
      total: 100,
      text: 'Kotak 9 (Kinerja di atas ekspektasi dan potensial tinggi): nilai kinerja 100,00 (≥ 90,00 → Di Atas Ekspektasi) dan nilai potensial 100,00 (≥ 85,00 → Tinggi).',
    },
    {
      predikat: 'BAIK',
      total: 54.5,
      text: 'Kotak 5 (Kinerja sesuai ekspektasi dan potensial menengah): nilai kinerja 80,00 (≥ 70,00 dan < 90,00 → Sesuai Ekspektasi) dan nilai potensial 81,80 (≥ 70,00 dan < 85,00 → Menengah).',
    },
    {
      predikat: 'BUTUH_PERBAIKAN',
      total: 0,
      text: 'Kotak 1 (Kinerja di bawah ekspektasi dan potensial rendah): nilai kinerja 60,00 (< 70,00 → Di Bawah Ekspektasi) dan nilai potensial 60,00 (< 70,00 → Rendah).',
    },
  ] as const)('$predikat, P $total', ({ predikat, total, text }) => {
    expect(whyBox(resultFor(predikat, total), BAWAAN_V1)).toBe(text);
  });
});
