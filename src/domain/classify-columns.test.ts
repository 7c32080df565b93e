import { describe, expect, it } from 'vitest';
import type { ClassificationInput, SkpInput } from './classification.js';
import { classifyEmployee } from './classify.js';
import { classifyColumns } from './classify-columns.js';
import { resultAt } from './classified-columns.js';
import { EDUCATION_CODES, JENJANG_CODES, PREDIKAT_CODES, RATING_CODES, SEVERITY_CODES } from './codes.js';
import { COMPETENCY_KEYS, uniformStandard, type CompetencyLevels } from './competency.js';
import { digestInputs } from './mapping-columns.js';
import { person } from './person.fixture.js';
import { POTENTIAL_DIMENSION_KEYS, type PotentialDimensions } from './potential.js';
import { BAWAAN_V1, type RuleSetContent } from './rule-set.js';
import { ONE_YEAR_RULES, OTHER_RULES, windowsOf } from './rule-set.fixture.js';

/** A small deterministic PRNG (mulberry32), so that every run checks the same persons. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}

const date = (r: ReturnType<typeof random>, from: number, to: number) =>
  `${r.int(from, to)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;

/**
 * Persons that reach every branch of rules.md §1–§3: SKP gaps, duplicates and disagreeing ratings;
 * assessments in and out of validity, on the same date, without a score, with partial dimensions; own
 * standards valid and not; unknown job level or education; start dates before and after the reference
 * date; trainings and sanctions in and out of their windows; inactive people.
 */
function variant(r: ReturnType<typeof random>): ClassificationInput {
  const skps: SkpInput[] = [];
  for (let n = r.int(0, 5); n > 0; n--) {
    skps.push({
      tahun: r.int(2021, 2026),
      predikat: r.pick(PREDIKAT_CODES),
      ...(r.chance(0.5) ? { resultRating: r.pick(RATING_CODES), behaviourRating: r.pick(RATING_CODES) } : {}),
    });
  }
  const levels = (): CompetencyLevels => {
    const l = {} as Record<(typeof COMPETENCY_KEYS)[number], number>;
    for (const k of COMPETENCY_KEYS) l[k] = r.int(1, 5) + (r.chance(0.2) ? 0.5 : 0);
    return l;
  };
  const sameDate = date(r, 2021, 2026);
  const dims = (): PotentialDimensions => {
    const d: Partial<Record<(typeof POTENTIAL_DIMENSION_KEYS)[number], number | null>> = {};
    for (const k of POTENTIAL_DIMENSION_KEYS) if (r.chance(0.8)) d[k] = r.chance(0.1) ? null : r.int(1, 5);
    return d;
  };
  let standard: CompetencyLevels | null = null;
  if (r.chance(0.3)) standard = r.chance(0.3) ? { ...levels(), integritas: 7 } : levels();
  return person({
    kedudukan: r.pick(['Aktif', 'Aktif', 'Aktif', 'CPNS', null, 'Pemberhentian', 'Tidak Aktif']),
    jenjang: r.chance(0.1) ? null : r.pick(JENJANG_CODES),
    pendidikan: r.chance(0.1) ? null : r.pick(EDUCATION_CODES),
    tmtJabatan: r.chance(0.1) ? null : date(r, 2015, 2027),
    positionStandard: standard,
    skps,
    competencyAssessments: Array.from({ length: r.int(0, 3) }, (_, n) => ({
      id: `k${r.int(0, 9)}${n}`,
      tanggal: r.chance(0.3) ? sameDate : date(r, 2019, 2026),
      levels: levels(),
    })),
    potentialAssessments: Array.from({ length: r.int(0, 3) }, (_, n) => ({
      id: `p${r.int(0, 9)}${n}`,
      tanggal: r.chance(0.3) ? sameDate : date(r, 2019, 2026),
      total: r.chance(0.4) ? r.int(0, 100) + r.next() : null,
      dims: r.chance(0.9) ? dims() : {},
    })),
    trainings: Array.from({ length: r.int(0, 4) }, () => ({
      jp: r.int(1, 16) + (r.chance(0.2) ? 0.25 : 0),
      tanggalMulai: date(r, 2023, 2026),
      tanggalSelesai: r.chance(0.3) ? null : date(r, 2024, 2026),
    })),
    sanctions: Array.from({ length: r.chance(0.3) ? r.int(1, 3) : 0 }, () => ({
      tingkat: r.pick(SEVERITY_CODES),
      tanggalSk: date(r, 2021, 2026),
    })),
  });
}

/** Classifies every input both ways and returns the indexes where they differ (with the first diff). */
function compareBothWays(inputs: readonly ClassificationInput[], rules: RuleSetContent, year: number) {
  const digest = digestInputs(inputs, year, windowsOf(rules));
  const out = classifyColumns(digest, rules);
  for (let i = 0; i < inputs.length; i++) {
    expect(resultAt(digest, out, i), `person ${i}`).toStrictEqual(classifyEmployee(inputs[i]!, rules, year));
  }
}

describe('classifyColumns gives exactly the results of classifyEmployee (rules.md §1–§3)', () => {
  const r = random(20251231);
  const persons = [
    person(),
    person({ jenjang: null, positionStandard: uniformStandard(4) }),
    person({ kedudukan: 'Diberhentikan', skps: [], competencyAssessments: [], potentialAssessments: [] }),
    person({ tmtJabatan: '2026-01-01', pendidikan: null }),
    ...Array.from({ length: 5000 }, () => variant(r)),
  ];

  it.each([
    { name: 'Bawaan v1 (rules.md defaults)', rules: BAWAAN_V1, year: 2025 },
    { name: 'Bawaan v1, another year', rules: BAWAAN_V1, year: 2024 },
    { name: 'other windows, weights, points, cut-offs, standards, R parts', rules: OTHER_RULES, year: 2025 },
    { name: 'one-year windows', rules: ONE_YEAR_RULES, year: 2026 },
  ])('$name, year $year', ({ rules, year }) => {
    compareBothWays(persons, rules, year);
  });

  it('refuses a digest made for other windows', () => {
    const digest = digestInputs([person()], 2025, windowsOf(BAWAAN_V1));
    expect(() => classifyColumns(digest, OTHER_RULES)).toThrow(/jendela/);
  });
});
