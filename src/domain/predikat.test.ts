import { describe, expect, it } from 'vitest';
import { PREDIKAT_MATRIX, derivePredikat, parsePredikat, parseRating, resolvePredikat } from './predikat.js';

describe('predikat kinerja matrix (PermenPANRB 6/2022; rules.md §1.1 [REG])', () => {
  it.each([
    {
      hasil: 'DI_ATAS_EKSPEKTASI',
      perilaku: 'DI_BAWAH_EKSPEKTASI',
      predikat: 'KURANG',
      source: 'PermenPANRB 6/2022 matrix, row 1 col 1',
    },
    {
      hasil: 'DI_ATAS_EKSPEKTASI',
      perilaku: 'SESUAI_EKSPEKTASI',
      predikat: 'BAIK',
      source: 'PermenPANRB 6/2022 matrix, row 1 col 2',
    },
    {
      hasil: 'DI_ATAS_EKSPEKTASI',
      perilaku: 'DI_ATAS_EKSPEKTASI',
      predikat: 'SANGAT_BAIK',
      source: 'PermenPANRB 6/2022 matrix, row 1 col 3',
    },
    {
      hasil: 'SESUAI_EKSPEKTASI',
      perilaku: 'DI_BAWAH_EKSPEKTASI',
      predikat: 'KURANG',
      source: 'PermenPANRB 6/2022 matrix, row 2 col 1',
    },
    {
      hasil: 'SESUAI_EKSPEKTASI',
      perilaku: 'SESUAI_EKSPEKTASI',
      predikat: 'BAIK',
      source: 'PermenPANRB 6/2022 matrix, row 2 col 2',
    },
    {
      hasil: 'SESUAI_EKSPEKTASI',
      perilaku: 'DI_ATAS_EKSPEKTASI',
      predikat: 'BAIK',
      source: 'PermenPANRB 6/2022 matrix, row 2 col 3',
    },
    {
      hasil: 'DI_BAWAH_EKSPEKTASI',
      perilaku: 'DI_BAWAH_EKSPEKTASI',
      predikat: 'SANGAT_KURANG',
      source: 'PermenPANRB 6/2022 matrix, row 3 col 1',
    },
    {
      hasil: 'DI_BAWAH_EKSPEKTASI',
      perilaku: 'SESUAI_EKSPEKTASI',
      predikat: 'BUTUH_PERBAIKAN',
      source: 'PermenPANRB 6/2022 matrix, row 3 col 2',
    },
    {
      hasil: 'DI_BAWAH_EKSPEKTASI',
      perilaku: 'DI_ATAS_EKSPEKTASI',
      predikat: 'BUTUH_PERBAIKAN',
      source: 'PermenPANRB 6/2022 matrix, row 3 col 3',
    },
  ] as const)('hasil $hasil × perilaku $perilaku → $predikat ($source)', ({ hasil, perilaku, predikat }) => {
    expect(derivePredikat(hasil, perilaku)).toBe(predikat);
    expect(PREDIKAT_MATRIX[hasil][perilaku]).toBe(predikat);
  });
});

describe('resolvePredikat: official predikat kept, warning on disagreement (rules.md §1.1)', () => {
  it.each([
    {
      input: { resultRating: 'DI_ATAS_EKSPEKTASI', behaviourRating: 'DI_ATAS_EKSPEKTASI', predikat: null },
      expected: { predikat: 'SANGAT_BAIK', derived: true, warning: null },
      source: 'rules.md §1.1: no predikat → derived',
    },
    {
      input: { resultRating: 'SESUAI_EKSPEKTASI', behaviourRating: 'SESUAI_EKSPEKTASI', predikat: 'BAIK' },
      expected: { predikat: 'BAIK', derived: false, warning: null },
      source: 'official agrees with the matrix',
    },
    {
      input: {
        resultRating: 'SESUAI_EKSPEKTASI',
        behaviourRating: 'SESUAI_EKSPEKTASI',
        predikat: 'SANGAT_BAIK',
      },
      expected: { predikat: 'SANGAT_BAIK', derived: false, warning: 'PREDIKAT_TIDAK_SESUAI_RATING' },
      source: 'rules.md §1.1: disagreement → official kept + warning',
    },
    {
      input: {
        resultRating: 'DI_BAWAH_EKSPEKTASI',
        behaviourRating: 'DI_BAWAH_EKSPEKTASI',
        predikat: 'KURANG',
      },
      expected: { predikat: 'KURANG', derived: false, warning: 'PREDIKAT_TIDAK_SESUAI_RATING' },
      source: 'rules.md §1.1: matrix says SANGAT_KURANG, official KURANG kept',
    },
  ] as const)('$source', ({ input, expected }) => {
    expect(resolvePredikat(input)).toEqual(expected);
  });
});

describe('parseRating / parsePredikat (import-format.md §2 accepted spellings)', () => {
  it.each([
    { value: 'DI_ATAS_EKSPEKTASI', expected: 'DI_ATAS_EKSPEKTASI' },
    { value: 'Di Atas Ekspektasi', expected: 'DI_ATAS_EKSPEKTASI' },
    { value: 'diatas ekspektasi', expected: 'DI_ATAS_EKSPEKTASI' },
    { value: 'Dibawah Ekspektasi', expected: 'DI_BAWAH_EKSPEKTASI' },
    { value: ' sesuai  ekspektasi ', expected: 'SESUAI_EKSPEKTASI' },
    { value: 'Di-Bawah-Ekspektasi', expected: 'DI_BAWAH_EKSPEKTASI' },
    { value: 'Baik', expected: null },
    { value: '', expected: null },
  ])('rating "$value" → $expected', ({ value, expected }) => {
    expect(parseRating(value)).toBe(expected);
  });

  it.each([
    { value: 'SANGAT_BAIK', expected: 'SANGAT_BAIK' },
    { value: 'Sangat Baik', expected: 'SANGAT_BAIK' },
    { value: 'baik', expected: 'BAIK' },
    { value: 'Butuh Perbaikan', expected: 'BUTUH_PERBAIKAN' },
    { value: 'Kurang/Misconduct', expected: 'KURANG' },
    { value: 'Misconduct', expected: 'KURANG' },
    { value: 'Kurang', expected: 'KURANG' },
    { value: 'Sangat Kurang', expected: 'SANGAT_KURANG' },
    { value: 'Kurang Sekali', expected: null },
    { value: 'Cukup', expected: null },
  ])('predikat "$value" → $expected', ({ value, expected }) => {
    expect(parsePredikat(value)).toBe(expected);
  });
});
