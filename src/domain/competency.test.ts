import { describe, expect, it } from 'vitest';
import {
  COMPETENCY_KEYS,
  isValidStandard,
  isWithinValidity,
  jenjangStandard,
  jobPersonMatch,
  selectLatestValid,
  uniformStandard,
  type CompetencyLevels,
} from './competency.js';
import { BAWAAN_V1 } from './rule-set.js';

const levels = (values: number[]): CompetencyLevels =>
  Object.fromEntries(COMPETENCY_KEYS.map((k, i) => [k, values[i] ?? 0])) as CompetencyLevels;

describe('the 9 competencies (PermenPANRB 38/2017; regulations.md §3.2 SIASN keys)', () => {
  it('keys in SIASN order', () => {
    expect(COMPETENCY_KEYS).toEqual([
      'integritas',
      'kerjasama',
      'komunikasi',
      'orientasiPadaHasil',
      'pelayananPublik',
      'pengembanganDiriDanOrla',
      'mengelolaPerubahan',
      'pengambilanKeputusan',
      'perekatBangsa',
    ]);
  });
});

describe('JPM: K = min(100, 100 × Σ achieved ÷ Σ standard) (rules.md §2; regulations.md §3.4)', () => {
  it.each([
    { achieved: [3, 3, 3, 3, 3, 3, 3, 3, 3], standard: 3, k: 100, source: 'exactly at standard' },
    { achieved: [3, 3, 3, 3, 3, 3, 3, 3, 2], standard: 3, k: (100 * 26) / 27, source: 'one level short' },
    {
      achieved: [4, 4, 4, 4, 4, 4, 4, 4, 4],
      standard: 3,
      k: 100,
      source: 'above standard capped at 100 in total',
    },
    {
      achieved: [5, 5, 5, 5, 1, 1, 1, 1, 3],
      standard: 3,
      k: (100 * 27) / 27,
      source: 'surplus offsets deficit (no per-item cap)',
    },
    {
      achieved: [2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5],
      standard: 3,
      k: (100 * 22.5) / 27,
      source: 'decimal levels (import-format.md kompetensi)',
    },
    { achieved: [1, 1, 1, 1, 1, 1, 1, 1, 1], standard: 4, k: 25, source: 'JPT Pratama standard 4' },
  ])('$achieved vs $standard → $k ($source)', ({ achieved, standard, k }) => {
    expect(jobPersonMatch(levels(achieved), uniformStandard(standard))).toBeCloseTo(k, 12);
  });

  it('a standard with Σ 0 gives no JPM', () => {
    expect(jobPersonMatch(uniformStandard(3), uniformStandard(0))).toBeNull();
  });

  it.each([
    { jenjang: 'JPT_PRATAMA', level: 4, source: 'rules.md §5 row JPT Pratama' },
    { jenjang: 'ADMINISTRATOR', level: 3, source: 'rules.md §5 row Administrator' },
    { jenjang: 'FUNGSIONAL_KETERAMPILAN', level: 1, source: 'rules.md §5 last row' },
  ] as const)('default standard of $jenjang is $level on all 9 ($source)', ({ jenjang, level }) => {
    expect(jenjangStandard(jenjang, BAWAAN_V1)).toEqual(uniformStandard(level));
  });

  it.each([
    { standard: { ...uniformStandard(3) }, ok: true, source: 'complete, 1–5' },
    { standard: { ...uniformStandard(3), integritas: 0 }, ok: false, source: 'level 0' },
    { standard: { ...uniformStandard(3), perekatBangsa: 6 }, ok: false, source: 'level 6' },
    { standard: { integritas: 3 }, ok: false, source: 'incomplete' },
  ])('isValidStandard: $ok ($source)', ({ standard, ok }) => {
    expect(isValidStandard(standard)).toBe(ok);
  });
});

describe('validity window: after 31 Dec Y−3, up to 31 Dec Y (rules.md §2)', () => {
  it.each([
    { tanggal: '2025-12-31', valid: true, source: 'rules.md §2: up to 31 Dec Y, exactly at' },
    { tanggal: '2026-01-01', valid: false, source: 'rules.md §2: just after 31 Dec Y' },
    { tanggal: '2023-01-01', valid: true, source: 'rules.md §2: first day after 31 Dec Y−3' },
    { tanggal: '2022-12-31', valid: false, source: 'rules.md §2: 31 Dec Y−3 itself is excluded' },
  ])('$tanggal for Y=2025: $valid ($source)', ({ tanggal, valid }) => {
    expect(isWithinValidity(tanggal, 2025, BAWAAN_V1.assessmentValidityYears)).toBe(valid);
  });

  it.each([
    {
      records: [
        { id: 'a', tanggal: '2023-05-01' },
        { id: 'b', tanggal: '2025-02-01' },
        { id: 'c', tanggal: '2024-07-01' },
      ],
      expected: 'b',
      source: 'rules.md §2: the most recent valid one',
    },
    {
      records: [
        { id: 'a', tanggal: '2024-05-01' },
        { id: 'b', tanggal: '2026-01-15' },
      ],
      expected: 'a',
      source: 'a later, not yet valid assessment is ignored',
    },
    {
      records: [{ id: 'a', tanggal: '2022-12-31' }],
      expected: null,
      source: 'only an expired one',
    },
    {
      records: [
        { id: 'b', tanggal: '2024-05-01' },
        { id: 'a', tanggal: '2024-05-01' },
      ],
      expected: 'b',
      source: 'same date: the greater id, whatever the input order',
    },
    { records: [], expected: null, source: 'none' },
  ])('$source', ({ records, expected }) => {
    expect(selectLatestValid(records, 2025, 3)?.id ?? null).toBe(expected);
    expect(selectLatestValid([...records].reverse(), 2025, 3)?.id ?? null).toBe(expected);
  });

  it('the usable filter skips records without a score', () => {
    const records = [
      { id: 'old', tanggal: '2024-01-01', ok: true },
      { id: 'new', tanggal: '2025-01-01', ok: false },
    ];
    expect(selectLatestValid(records, 2025, 3, (r) => r.ok)?.id).toBe('old');
  });
});
