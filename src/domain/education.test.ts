import { describe, expect, it } from 'vitest';
import { EDUCATION_CODES, JENJANG_CODES, type Education } from './codes.js';
import {
  DEFAULT_MINIMUM_EDUCATION,
  compareEducation,
  isEducationAtLeast,
  parseEducation,
} from './education.js';

describe('education order (rules.md §5: SD < SMP < SMA < D1 < D2 < D3 < D4 = S1 < S2 < S3)', () => {
  it.each([
    { lower: 'SD', higher: 'SMP' },
    { lower: 'SMP', higher: 'SMA' },
    { lower: 'SMA', higher: 'D1' },
    { lower: 'D1', higher: 'D2' },
    { lower: 'D2', higher: 'D3' },
    { lower: 'D3', higher: 'D4' },
    { lower: 'D3', higher: 'S1' },
    { lower: 'D4', higher: 'S2' },
    { lower: 'S1', higher: 'S2' },
    { lower: 'S2', higher: 'S3' },
  ] satisfies { lower: Education; higher: Education }[])(
    '$lower < $higher (rules.md §5 order)',
    ({ lower, higher }) => {
      expect(compareEducation(lower, higher)).toBeLessThan(0);
      expect(compareEducation(higher, lower)).toBeGreaterThan(0);
      expect(isEducationAtLeast(higher, lower)).toBe(true);
      expect(isEducationAtLeast(lower, higher)).toBe(false);
    },
  );

  it('D4 and S1 rank equal, each meets the other (rules.md §5 "D4 = S1")', () => {
    expect(compareEducation('D4', 'S1')).toBe(0);
    expect(isEducationAtLeast('D4', 'S1')).toBe(true);
    expect(isEducationAtLeast('S1', 'D4')).toBe(true);
  });

  it('every code meets itself', () => {
    for (const code of EDUCATION_CODES) expect(isEducationAtLeast(code, code)).toBe(true);
  });
});

describe('minimum education per job level [DEFAULT] (rules.md §5 table)', () => {
  it.each([
    { jenjang: 'JPT_UTAMA', minimum: 'S1', source: 'rules.md §5 row JPT Utama: S1/D4' },
    { jenjang: 'JPT_MADYA', minimum: 'S1', source: 'rules.md §5 row JPT Madya: S1/D4' },
    { jenjang: 'JPT_PRATAMA', minimum: 'S1', source: 'rules.md §5 row JPT Pratama: S1/D4' },
    { jenjang: 'ADMINISTRATOR', minimum: 'S1', source: 'rules.md §5 row Administrator: S1/D4' },
    { jenjang: 'PENGAWAS', minimum: 'D3', source: 'rules.md §5 row Pengawas: D3' },
    { jenjang: 'PELAKSANA', minimum: 'SMA', source: 'rules.md §5 row Pelaksana: SMA' },
    { jenjang: 'FUNGSIONAL_AHLI_UTAMA', minimum: 'S1', source: 'rules.md §5 row Ahli Utama: S1/D4' },
    { jenjang: 'FUNGSIONAL_AHLI_MADYA', minimum: 'S1', source: 'rules.md §5 row Ahli Madya: S1/D4' },
    { jenjang: 'FUNGSIONAL_AHLI_MUDA', minimum: 'S1', source: 'rules.md §5 row Ahli Muda: S1/D4' },
    { jenjang: 'FUNGSIONAL_AHLI_PERTAMA', minimum: 'S1', source: 'rules.md §5 last row: S1/D4 (ahli)' },
    {
      jenjang: 'FUNGSIONAL_KETERAMPILAN',
      minimum: 'SMA',
      source: 'rules.md §5 last row: SMA (keterampilan)',
    },
  ] as const)('$jenjang needs $minimum ($source)', ({ jenjang, minimum }) => {
    expect(DEFAULT_MINIMUM_EDUCATION[jenjang]).toBe(minimum);
  });

  it('covers all 11 job levels', () => {
    expect(Object.keys(DEFAULT_MINIMUM_EDUCATION).sort()).toEqual([...JENJANG_CODES].sort());
  });

  it.each([
    { actual: 'D4', jenjang: 'FUNGSIONAL_AHLI_PERTAMA', ok: true, source: 'D4 meets S1/D4' },
    { actual: 'D3', jenjang: 'FUNGSIONAL_AHLI_PERTAMA', ok: false, source: 'D3 just below S1/D4' },
    { actual: 'SMA', jenjang: 'FUNGSIONAL_KETERAMPILAN', ok: true, source: 'keterampilan: SMA exactly' },
    { actual: 'SMP', jenjang: 'FUNGSIONAL_KETERAMPILAN', ok: false, source: 'keterampilan: just below SMA' },
    { actual: 'D3', jenjang: 'PENGAWAS', ok: true, source: 'Pengawas: D3 exactly' },
    { actual: 'D2', jenjang: 'PENGAWAS', ok: false, source: 'Pengawas: just below D3' },
  ] as const)('$actual for $jenjang: $ok ($source)', ({ actual, jenjang, ok }) => {
    expect(isEducationAtLeast(actual, DEFAULT_MINIMUM_EDUCATION[jenjang])).toBe(ok);
  });
});

describe('parseEducation (import-format.md §2 pendidikanTerakhir: codes or SIASN names)', () => {
  it.each([
    { value: 'S1', expected: 'S1' },
    { value: 's1', expected: 'S1' },
    { value: 'S-1/Sarjana', expected: 'S1' },
    { value: 'S-2', expected: 'S2' },
    { value: 'S-3/Doktor', expected: 'S3' },
    { value: 'Diploma III/Sarjana Muda', expected: 'D3' },
    { value: 'Diploma IV', expected: 'D4' },
    { value: 'D-IV', expected: 'D4' },
    { value: 'D IV', expected: 'D4' },
    { value: 'Diploma I', expected: 'D1' },
    { value: 'Diploma II', expected: 'D2' },
    { value: 'SLTA', expected: 'SMA' },
    { value: 'SLTA Kejuruan', expected: 'SMA' },
    { value: 'SMK', expected: 'SMA' },
    { value: 'SLTP', expected: 'SMP' },
    { value: 'Sekolah Dasar', expected: 'SD' },
    { value: 'Magister', expected: 'S2' },
    { value: 'Sarjana', expected: 'S1' },
    { value: 'Paket C', expected: null },
    { value: '', expected: null },
  ])('$value → $expected', ({ value, expected }) => {
    expect(parseEducation(value)).toBe(expected);
  });
});
