import { describe, expect, it } from 'vitest';
import type { ClassificationInput } from './classification.js';
import { classifyEmployee } from './classify.js';
import { explainResult } from './explain.js';
import { person as basePerson } from './person.fixture.js';
import { BAWAAN_V1 } from './rule-set.js';

/** Administrator with K = 100 and R = 100: potential = 60 + 0.4 × P. */
function person(overrides: Partial<ClassificationInput> = {}): ClassificationInput {
  return basePerson({
    skps: [{ tahun: 2025, predikat: 'BAIK' }],
    potentialAssessments: [{ id: 'p1', tanggal: '2024-05-02', total: 54.5, dims: {} }],
    ...overrides,
  });
}

const explain = (overrides: Partial<ClassificationInput> = {}) =>
  explainResult(classifyEmployee(person(overrides), BAWAAN_V1, 2025), BAWAAN_V1);

describe('explainResult: a mapped person', () => {
  const e = explain();

  it('names the box, its recommendation and why (rules.md §3)', () => {
    expect(e.box).toBe(5);
    expect(e.boxName).toBe('Kinerja sesuai ekspektasi dan potensial menengah');
    expect(e.recommendation).toBe('Penempatan yang sesuai; Bimbingan kinerja; Pengembangan kompetensi');
    expect(e.whyBox).toBe(
      'Kotak 5 (Kinerja sesuai ekspektasi dan potensial menengah): nilai kinerja 80,00 (≥ 70,00 dan < 90,00 → Sesuai Ekspektasi) dan nilai potensial 81,80 (≥ 70,00 dan < 85,00 → Menengah).',
    );
  });

  it.each([
    { key: 'competency', weight: 0.4, score: 100, contribution: 40, source: 'rules.md §2: 0.40·K' },
    {
      key: 'potentialAssessment',
      weight: 0.4,
      score: 54.5,
      contribution: 21.8,
      source: 'rules.md §2: 0.40·P',
    },
    { key: 'trackRecord', weight: 0.2, score: 100, contribution: 20, source: 'rules.md §2: 0.20·R' },
  ])(
    'component $key: weight $weight × $score = $contribution ($source)',
    ({ key, weight, score, contribution }) => {
      const c = e.potential.components.find((x) => x.key === key);
      expect(c).toMatchObject({ weight, score });
      expect(c?.contribution).toBeCloseTo(contribution, 12);
      expect(c?.text.length).toBeGreaterThan(10);
    },
  );

  it('shows the cut-offs and the formulas', () => {
    expect(e.performance.cutOffs).toEqual({ above: 90, meets: 70 });
    expect(e.potential.cutOffs).toEqual({ high: 85, medium: 70 });
    expect(e.performance.text).toBe(
      'Nilai kinerja 80,00 = rata-rata poin predikat SKP 2025: Baik (80 poin).',
    );
    expect(e.potential.text).toBe('Nilai potensial 81,80 = 0,40 × 100,00 + 0,40 × 54,50 + 0,20 × 100,00.');
  });

  it.each([
    { key: 'education', points: 25, max: 25, text: 'Pendidikan S1 memenuhi minimum S1/D4.' },
    { key: 'training', points: 25, max: 25, text: '20 JP pelatihan selesai pada 2025; penuh pada 20 JP.' },
    {
      key: 'experience',
      points: 25,
      max: 25,
      text: '4,75 tahun pada jabatan saat ini per 31 Desember 2025; penuh pada 2 tahun.',
    },
    { key: 'discipline', points: 25, max: 25, text: 'Tidak ada hukuman disiplin pada 2024–2025.' },
  ])('track-record part $key (rules.md §2)', ({ key, points, max, text }) => {
    expect(e.potential.trackRecordParts.find((p) => p.key === key)).toMatchObject({
      points,
      maxPoints: max,
      text,
    });
  });

  it('says what moves them to a better box, with the unrounded gap', () => {
    expect(e.nextSteps).toHaveLength(2);
    const [perf, pot] = e.nextSteps;
    expect(perf).toMatchObject({ axis: 'KINERJA', targetBox: 7, cutOff: 90, gap: 10 });
    expect(perf?.text).toBe('Nilai kinerja perlu naik 10,00 poin menjadi 90,00 untuk masuk kotak 7.');
    expect(pot).toMatchObject({ axis: 'POTENSIAL', targetBox: 8, cutOff: 85 });
    expect(pot?.gap).toBeCloseTo(3.2, 12);
    expect(pot?.text).toBe(
      'Nilai potensial perlu naik 3,20 poin menjadi 85,00 untuk masuk kotak 8 (setara dengan nilai penilaian potensi naik 8,00 poin).',
    );
  });
});

describe('explainResult: not mapped', () => {
  it('lists what to supply for every reason (rules.md §2: all reasons)', () => {
    const e = explain({ skps: [], potentialAssessments: [] });
    expect(e.status).toBe('TIDAK_DIPETAKAN');
    expect(e.box).toBeNull();
    expect(e.whyBox).toBeNull();
    expect(e.nextSteps).toEqual([]);
    expect(e.missingData.map((m) => m.reason)).toEqual([
      'SKP_TAHUN_BERJALAN_TIDAK_ADA',
      'ASESMEN_POTENSI_TIDAK_ADA',
    ]);
    expect(e.missingData[0]?.text).toContain('Lengkapi SKP tahun 2025');
    expect(e.summary).toContain('Tidak dipetakan pada tahun 2025');
    expect(e.performance.text).toBe('Nilai kinerja tidak dapat dihitung: SKP tahun 2025 belum ada.');
    expect(e.potential.components.find((c) => c.key === 'competency')?.contribution).toBe(40);
  });

  it('explains warnings', () => {
    const e = explain({ pendidikan: null });
    expect(e.warnings.map((w) => w.code)).toEqual(['PENDIDIKAN_TIDAK_DIKETAHUI']);
    expect(e.warnings[0]?.text).toContain('Pendidikan terakhir');
    expect(e.potential.trackRecordParts[0]).toMatchObject({
      points: 0,
      text: 'Pendidikan terakhir tidak diketahui.',
    });
  });

  it.each([
    {
      sanctions: [{ tingkat: 'RINGAN', tanggalSk: '2025-01-01' }],
      text: 'Hanya hukuman disiplin ringan pada 2024–2025.',
    },
    {
      sanctions: [{ tingkat: 'BERAT', tanggalSk: '2024-01-01' }],
      text: 'Ada hukuman disiplin sedang/berat pada 2024–2025.',
    },
  ] as const)('discipline text: $text', ({ sanctions, text }) => {
    expect(explain({ sanctions }).potential.trackRecordParts[3]?.text).toBe(text);
  });
});
