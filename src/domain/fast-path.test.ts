import { describe, expect, it } from 'vitest';
import type { ClassificationInput } from './classification.js';
import { classifyEmployee } from './classify.js';
import { uniformStandard } from './competency.js';
import { asCompiled, boxFor, boxForComponents, boxesFor, compileRules } from './fast-path.js';
import { BAWAAN_V1 } from './rule-set.js';

const Y = 2025;

const compiled = compileRules(BAWAAN_V1);

describe('boxFor: branch-only box from the two scores (rules.md §1.2, §2 cut-offs; §3 9-box)', () => {
  it.each([
    { perf: 95, pot: 60, box: 4, source: 'rules.md §3 row 1 col 1' },
    { perf: 95, pot: 75, box: 7, source: 'rules.md §3 row 1 col 2' },
    { perf: 95, pot: 90, box: 9, source: 'rules.md §3 row 1 col 3' },
    { perf: 80, pot: 60, box: 2, source: 'rules.md §3 row 2 col 1' },
    { perf: 80, pot: 75, box: 5, source: 'rules.md §3 row 2 col 2' },
    { perf: 80, pot: 90, box: 8, source: 'rules.md §3 row 2 col 3' },
    { perf: 50, pot: 60, box: 1, source: 'rules.md §3 row 3 col 1' },
    { perf: 50, pot: 75, box: 3, source: 'rules.md §3 row 3 col 2' },
    { perf: 50, pot: 90, box: 6, source: 'rules.md §3 row 3 col 3' },
    { perf: 90, pot: 85, box: 9, source: 'rules.md §1.2 cut-off 90 and §2 cut-off 85, both exactly at' },
    { perf: 89.99999999, pot: 85, box: 8, source: 'rules.md §1.2 cut-off 90, just below' },
    { perf: 90, pot: 84.99999999, box: 7, source: 'rules.md §2 cut-off 85, just below' },
    { perf: 70, pot: 70, box: 5, source: 'rules.md §1.2 cut-off 70 and §2 cut-off 70, both exactly at' },
    { perf: 69.99999999, pot: 70, box: 3, source: 'rules.md §1.2 cut-off 70, just below' },
    { perf: 70, pot: 69.99999999, box: 2, source: 'rules.md §2 cut-off 70, just below' },
  ])('performance $perf, potential $pot → box $box ($source)', ({ perf, pot, box }) => {
    expect(boxFor(perf, pot, compiled)).toBe(box);
  });

  it.each([
    { perf: 90, k: 85, p: 85, r: 85, box: 9, source: 'rules.md §2: 0.4·85 + 0.4·85 + 0.2·85 = 85' },
    { perf: 80, k: 100, p: 50, r: 100, box: 5, source: 'rules.md §2: 40 + 20 + 20 = 80' },
    { perf: 60, k: 0, p: 0, r: 0, box: 1, source: 'all zero' },
  ])('boxForComponents($perf, K=$k, P=$p, R=$r) → $box ($source)', ({ perf, k, p, r, box }) => {
    expect(boxForComponents(perf, k, p, r, compiled)).toBe(box);
  });

  it('boxesFor fills a column of boxes', () => {
    const out = new Uint8Array(3);
    boxesFor(new Float64Array([95, 80, 50]), new Float64Array([90, 75, 60]), compiled, out);
    expect([...out]).toEqual([9, 5, 1]);
  });
});

describe('compileRules', () => {
  it('precomputes Σ of the default standard per job level (9 × level, rules.md §5)', () => {
    expect(compiled.standardSum.ADMINISTRATOR).toBe(27);
    expect(compiled.standardSum.JPT_UTAMA).toBe(45);
    expect(compiled.standardSum.PELAKSANA).toBe(9);
    expect(compiled).toMatchObject({
      wK: 0.4,
      wP: 0.4,
      wR: 0.2,
      perfAbove: 90,
      perfMeets: 70,
      potHigh: 85,
      potMedium: 70,
    });
  });

  it('asCompiled compiles a rule set once and passes a compiled one through', () => {
    const once = asCompiled(BAWAAN_V1);
    expect(asCompiled(BAWAAN_V1)).toBe(once);
    expect(asCompiled(compiled)).toBe(compiled);
  });
});

/** Deterministic PRNG (mulberry32): the same inputs on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('fast path agrees with the full path (seeded random inputs)', () => {
  const PREDIKATS = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
  const JENJANGS = ['JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL_AHLI_MUDA'] as const;
  const EDUCATIONS = ['SMA', 'D3', 'D4', 'S1', 'S2', null] as const;

  function randomPerson(rand: () => number): ClassificationInput {
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
    const level = (): number => 1 + Math.round(rand() * 16) / 4;
    const levels = {
      ...uniformStandard(0),
      integritas: level(),
      kerjasama: level(),
      komunikasi: level(),
      orientasiPadaHasil: level(),
      pelayananPublik: level(),
      pengembanganDiriDanOrla: level(),
      mengelolaPerubahan: level(),
      pengambilanKeputusan: level(),
      perekatBangsa: level(),
    };
    // Totals around the cut-offs are common, exact cut-off hits included.
    const total = pick([62.5, 25, 85, 70, Math.round(rand() * 1000) / 10, rand() * 100]);
    return {
      employmentType: 'PNS',
      kedudukan: 'Aktif',
      positionStandard: null,
      jenjang: pick(JENJANGS),
      pendidikan: pick(EDUCATIONS),
      tmtJabatan: `20${20 + Math.floor(rand() * 6)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
      skps:
        rand() < 0.7
          ? [
              { tahun: 2025, predikat: pick(PREDIKATS) },
              { tahun: 2024, predikat: pick(PREDIKATS) },
            ]
          : [{ tahun: 2025, predikat: pick(PREDIKATS) }],
      competencyAssessments: [{ id: 'k', tanggal: '2024-06-01', levels }],
      potentialAssessments: [{ id: 'p', tanggal: '2025-06-01', total, dims: {} }],
      trainings: [{ jp: Math.floor(rand() * 30), tanggalMulai: '2025-03-01', tanggalSelesai: null }],
      sanctions:
        rand() < 0.2
          ? [{ tingkat: pick(['RINGAN', 'SEDANG', 'BERAT'] as const), tanggalSk: '2025-01-10' }]
          : [],
    };
  }

  it.each([
    { seed: 1, rules: BAWAAN_V1, name: 'Bawaan v1' },
    { seed: 2, rules: BAWAAN_V1, name: 'Bawaan v1, other seed' },
    {
      seed: 3,
      rules: {
        ...BAWAAN_V1,
        weights: { competency: 0.5, potential: 0.3, trackRecord: 0.2 },
        potentialCutOffs: { high: 80, medium: 60 },
      },
      name: 'changed weights and cut-offs',
    },
  ])('4,000 people, $name', ({ seed, rules }) => {
    const rand = mulberry32(seed);
    const compiled = compileRules(rules);
    const perf = new Float64Array(4000);
    const pot = new Float64Array(4000);
    const expected = new Uint8Array(4000);
    const boxesSeen = new Set<number>();
    for (let i = 0; i < 4000; i++) {
      const input = randomPerson(rand);
      const full = classifyEmployee(input, rules, Y);
      expect(classifyEmployee(input, compiled, Y)).toEqual(full);
      expect(full.status).toBe('DIPETAKAN');
      const {
        performanceScore: ps,
        potentialScore: os,
        competencyScore: k,
        potentialAssessmentScore: p,
        trackRecordScore: r,
      } = full;
      if (ps === null || os === null || k === null || p === null || r === null || full.box === null) {
        throw new Error('a mappable person must have every score');
      }
      expect(boxFor(ps, os, compiled)).toBe(full.box);
      expect(boxForComponents(ps, k, p, r, compiled)).toBe(full.box);
      perf[i] = ps;
      pot[i] = os;
      expected[i] = full.box;
      boxesSeen.add(full.box);
    }
    const out = new Uint8Array(4000);
    boxesFor(perf, pot, compiled, out);
    expect(out).toEqual(expected);
    expect(boxesSeen.size).toBe(9);
  });
});
